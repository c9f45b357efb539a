#!/usr/bin/env bash
# Browser tests use Debian's Chromium: Playwright cannot download its own browser here.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium (and CJK fonts for Japanese screenshots)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium fonts-noto-cjk >&2
  [ -x "$CHROMIUM" ] && exit 0
fi
cat >&2 <<MSG
Browser tests need Chromium at $CHROMIUM, and it is not there.
Install it as root with:   apt-get install -y chromium fonts-noto-cjk
or point CHROMIUM_PATH at an existing Chromium binary, then run the tests again.
MSG
exit 1
