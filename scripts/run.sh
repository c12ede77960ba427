#!/usr/bin/env bash
# Set up (first time) and start Følgesvenn. Extra arguments go to the app, e.g. --home DIR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRA_APT="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0" \
  source "$ROOT/scripts/bootstrap.sh"
exec "$ROOT/.venv/bin/companion" "$@"
