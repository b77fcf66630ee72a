#!/usr/bin/env bash
# Installs what building Wegweiser needs on Debian: libcmark (Markdown) and libstemmer (search).
# Idempotent and quiet; skips apt when everything is there.
set -euo pipefail
fehlend=()
for paket in libcmark-dev libstemmer-dev pkg-config; do
  dpkg -s "$paket" >/dev/null 2>&1 || fehlend+=("$paket")
done
if [ ${#fehlend[@]} -gt 0 ]; then
  echo "Installiere: ${fehlend[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${fehlend[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "Swift 6 fehlt: siehe https://www.swift.org/install/linux/" >&2; exit 2; }
