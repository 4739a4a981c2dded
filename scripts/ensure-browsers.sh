#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium and Firefox ESR (no browser can be downloaded by npm
# here). Installs them when missing and we may (root with apt-get); otherwise says what to install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian for the end-to-end tests…"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
else
  echo "The end-to-end tests need: ${missing[*]}. Install them, e.g. sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
