#!/usr/bin/env bash
# Browser tests use Debian's Chromium: Playwright cannot download its own browser here. Screenshots and
# glyph checks need the system fonts of every script the site is written in: Noto CJK (Japanese, Chinese)
# and Noto core (Devanagari for Nepali, Myanmar for Burmese).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
fonts_present() {
  local families
  families=$(fc-list : family 2>/dev/null) || return 1
  [[ $families == *"Noto Sans CJK"* && $families == *"Noto Sans Myanmar"* && $families == *"Noto Sans Devanagari"* ]]
}
if [ -x "$CHROMIUM" ] && fonts_present; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium or its fonts are missing: installing Debian's chromium, fonts-noto-cjk and fonts-noto-core…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-core >&2
  [ -x "$CHROMIUM" ] && fonts_present && exit 0
fi
cat >&2 <<MSG
Browser tests need Chromium at $CHROMIUM and the Noto fonts, and one is not there.
Install them as root with:   apt-get install -y chromium fonts-noto-cjk fonts-noto-core
or point CHROMIUM_PATH at an existing Chromium binary, then run the tests again.
MSG
exit 1
