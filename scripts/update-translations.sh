#!/usr/bin/env bash
# Refresh resources/translations/*.ts from the UI sources (bokmål is the source language).
# Translators edit the .ts files (Qt Linguist: .venv/bin/pyside6-linguist); the .qm files are
# built by scripts/bootstrap.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mapfile -t sources < <(find src/companion/ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate -silent -no-obsolete -source-language nb_NO -target-language en_GB "${sources[@]}" -ts resources/translations/companion_en.ts
echo "Updated resources/translations/companion_en.ts"
