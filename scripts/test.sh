#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, types, tests (incl. a real RT).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The AT-SPI screen-reader test and screenshots need an X server, D-Bus, AT-SPI and xcb libraries.
EXTRA_APT="${EXTRA_APT:-} xvfb at-spi2-core python3-pyatspi dbus dbus-x11 openbox imagemagick \
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0" \
  EXTRAS=dev source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
if [ -x .ci/install-rt.sh ] || [ -f .ci/install-rt.sh ]; then bash .ci/install-rt.sh; fi
if [ -f .ci/install-postgres.sh ]; then sh .ci/install-postgres.sh; fi
echo "== ruff"; .venv/bin/ruff check src tests benchmarks packaging
echo "== ruff format"; .venv/bin/ruff format --check src tests benchmarks packaging
echo "== mypy"; .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest"; QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
