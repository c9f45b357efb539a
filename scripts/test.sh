#!/usr/bin/env bash
# The one command that runs every test (README: `npm test`). Independent stages run side by side,
# two at a time for the machine's two cores; the run stops at the first failing stage, names it and
# stops the stage running beside it. Each stage's output is printed whole when it ends, then each
# phase's time.
set -euo pipefail
cd "$(dirname "$0")/.."
# Job control: every background lane gets its own process group, so a failure can stop it whole.
set -m

logs=$(mktemp -d)
run_start=$SECONDS
lanes=()

print_phases() {
  printf '\n\033[1m== Phase times (total %ss, load average %s) ==\033[0m\n' $((SECONDS - run_start)) "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
  [ -f "$logs/times" ] && cat "$logs/times" >&2
  rm -rf "$logs"
}
stop_lanes() {
  for pid in "${lanes[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  lanes=()
}
trap 'stop_lanes; print_phases' EXIT

# stage TITLE COMMAND...: runs one stage, then prints its output and time in one piece.
stage() {
  local title=$1 log started=$SECONDS status=0
  shift
  log=$(mktemp "$logs/stage.XXXX")
  "$@" >"$log" 2>&1 || status=$?
  {
    flock 9
    printf '\n\033[1m== %s (%ss) ==\033[0m\n' "$title" $((SECONDS - started)) >&2
    cat "$log" >&2
    printf '%5ss  %s\n' $((SECONDS - started)) "$title" >>"$logs/times"
    if [ "$status" -ne 0 ]; then
      printf '\n\033[1;31mnpm test stopped: "%s" failed (exit %s). Its output is above; the stage beside it was stopped.\033[0m\n' "$title" "$status" >&2
    fi
  } 9>"$logs/print.lock"
  return "$status"
}

# together LANE...: runs each lane (a function that runs stages in order) at the same time; at the
# first failure stops the others and exits with its status.
together() {
  local lane pid status
  lanes=()
  for lane in "$@"; do
    "$lane" &
    lanes+=($!)
  done
  while [ ${#lanes[@]} -gt 0 ]; do
    status=0
    wait -n -p pid "${lanes[@]}" || status=$?
    local left=()
    for lane in "${lanes[@]}"; do [ "$lane" != "$pid" ] && left+=("$lane"); done
    lanes=("${left[@]}")
    if [ "$status" -ne 0 ]; then
      stop_lanes
      exit "$status"
    fi
  done
}

types() { stage "Type check (astro check)" npx astro check --minimumSeverity error; }
# The PostgreSQL store's tests need a server: one throw-away cluster for the whole Vitest run (about 5 s).
unit() { stage "Unit tests (Vitest, with a throw-away PostgreSQL)" bash scripts/with-postgres.sh npx vitest run; }
# The build starts after the type check: both write Astro's generated types and content store.
build() {
  stage "Build (astro build + Pagefind)" npm run build --silent &&
    stage "Troubleshooter JavaScript budget (30 KB gzip per page)" npm run size:troubleshooters --silent &&
    stage "Markup of every built page (html-validate, recommended rules)" npm run validate:html --silent
}
content() {
  stage "Easy-Japanese lint (textlint rules from the residence-support guideline)" npm run lint:ja --silent &&
    stage "Terminology lint (textlint + prh, dictionary from content/glossary.yaml)" npm run lint:terms --silent &&
    stage "Content check (front matter, ids, links, anchors, images)" npm run check:content --silent &&
    stage "Unused files, exports and dependencies (knip)" npm run lint:dead-code --silent &&
    stage "Chromium present (Debian package)" bash scripts/ensure-chromium.sh
}

together types unit
together build content

# Playwright prints as it goes (a long stage should show progress), so it is not run through `stage`.
printf '\n\033[1m== Browser tests (Playwright, Debian Chromium) ==\033[0m\n' >&2
browser_started=$SECONDS
browser_status=0
npx playwright test || browser_status=$?
printf '%5ss  %s\n' $((SECONDS - browser_started)) "Browser tests (Playwright, Debian Chromium)" >>"$logs/times"
if [ "$browser_status" -ne 0 ]; then
  printf '\n\033[1;31mnpm test stopped: the browser tests failed (exit %s); the failing tests are listed above.\033[0m\n' "$browser_status" >&2
fi
exit "$browser_status"
