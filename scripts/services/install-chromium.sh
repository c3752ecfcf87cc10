#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test (tests/e2e), unless a Chromium is already on
# the machine. Prints its path. playwright-core drives it; its own browser download does not
# work on machines without open internet, so we never call `playwright install`.
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is not installed: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 3
fi
echo "[chromium] installing Debian's chromium with apt-get…" >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
echo /usr/bin/chromium
