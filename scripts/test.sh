#!/usr/bin/env bash
# The one command that runs every test (README: `npm test`). Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
stage() { printf '\n\033[1m== %s ==\033[0m\n' "$*" >&2; }

stage "Type check (astro check)"
npx astro check --minimumSeverity error

stage "Unit tests (Vitest)"
npx vitest run

stage "Easy-Japanese lint (textlint rules from the residence-support guideline)"
npm run lint:ja --silent

stage "Terminology lint (textlint + prh, dictionary from content/glossary.yaml)"
npm run lint:terms --silent

stage "Content check (front matter, ids, links, anchors, images)"
npm run check:content --silent

stage "Build (astro build + Pagefind)"
npm run build --silent

stage "Troubleshooter JavaScript budget (30 KB gzip per page)"
npm run size:troubleshooters --silent

stage "Browser tests (Playwright, Debian Chromium)"
bash scripts/ensure-chromium.sh
npx playwright test
