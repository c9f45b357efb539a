#!/usr/bin/env bash
# `npm run preview:change`: checks the content, builds the site with your change and serves it,
# printing the address of the site and of every article you changed (compared with the main branch).
# HC_OUT_DIR / HC_PORT choose another output folder and port.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${HC_OUT_DIR:-dist}"
port="${HC_PORT:-4321}"
base="http://127.0.0.1:${port}"

# Astro would quietly move to another port and the addresses below would be wrong, so stop instead.
if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
  echo "Port ${port} is already in use. Stop the other server or choose a port: HC_PORT=4400 npm run preview:change" >&2
  exit 1
fi

npm run check:content --silent
HC_OUT_DIR="$out" npm run build --silent

echo
echo "Site: ${base}/en/"
# Articles changed on this branch or not yet committed: content/articles/<locale>/<id>.mdx → /<locale>/articles/<id>/
changed="$( { git diff --name-only "$(git merge-base HEAD origin/main 2>/dev/null || git merge-base HEAD main 2>/dev/null || echo HEAD)" -- content/articles 2>/dev/null; git ls-files --others --exclude-standard content/articles; } | sort -u)"
if [ -n "$changed" ]; then
  echo "Your changed articles:"
  while IFS= read -r file; do
    if [[ "$file" =~ ^content/articles/([^/]+)/([^/]+)\.mdx$ ]]; then echo "  ${base}/${BASH_REMATCH[1]}/articles/${BASH_REMATCH[2]}/"; fi
  done <<< "$changed"
fi
echo "Press Ctrl+C to stop."
exec env HC_OUT_DIR="$out" npx astro preview --port "$port" --host 127.0.0.1 --ignore-lock
