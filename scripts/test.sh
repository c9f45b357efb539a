#!/usr/bin/env bash
# The one command that runs every test (README: `npm test`). Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
phases=()
phase_name=""
phase_start=$SECONDS
run_start=$SECONDS
# Each phase's time, printed at the end (and when a stage fails), so a slowdown shows in the CI log.
end_phase() {
  [ -n "$phase_name" ] && phases+=("$(printf '%5ss  %s' $((SECONDS - phase_start)) "$phase_name")")
  phase_name=""
}
print_phases() {
  end_phase
  printf '\n\033[1m== Phase times (total %ss, load average %s) ==\033[0m\n' $((SECONDS - run_start)) "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
  printf '%s\n' "${phases[@]}" >&2
}
trap print_phases EXIT
stage() {
  end_phase
  phase_name="$*"
  phase_start=$SECONDS
  printf '\n\033[1m== %s ==\033[0m\n' "$*" >&2
}

stage "Type check (astro check)"
npx astro check --minimumSeverity error

stage "Unit tests (Vitest)"
npx vitest run

stage "Easy-Japanese lint (textlint rules from the residence-support guideline)"
npm run lint:ja --silent

stage "Content check (front matter, ids, links, anchors, images)"
npm run check:content --silent

stage "Build (astro build + Pagefind)"
npm run build --silent

stage "Troubleshooter JavaScript budget (30 KB gzip per page)"
npm run size:troubleshooters --silent

stage "Browser tests (Playwright, Debian Chromium)"
bash scripts/ensure-chromium.sh
npx playwright test
