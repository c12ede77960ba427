#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, types, tests (incl. a real RT).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRAS=dev source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
if [ -x .ci/install-rt.sh ] || [ -f .ci/install-rt.sh ]; then bash .ci/install-rt.sh; fi
echo "== ruff"; .venv/bin/ruff check src tests benchmarks
echo "== mypy"; .venv/bin/mypy
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest"; QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
