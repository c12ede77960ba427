#!/usr/bin/env bash
# Build the frozen one-folder app with PyInstaller and smoke-test it (Linux; .ci/run calls this).
#
#   bash packaging/build.sh          build into dist/Følgesvenn (work files in build/), then test
#   CLEAN=1 bash packaging/build.sh  throw away PyInstaller's cache first
#
# Works on a fresh clone without a display or stdin: sets up .venv with the `package` extra,
# renders the icons, runs PyInstaller, smoke-tests the bundle with a temporary COMPANION_HOME
# (packaging/smoke.py) and prints the bundle size and the frozen vs unfrozen start-up time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="Følgesvenn"
BUNDLE="$ROOT/dist/$APP"
# The issue's 150 MB budget (du -sm), also checked for the Windows bundle in
# .github/workflows/release.yml. The Linux bundle carries Qt's ICU data (32 MB) but takes the
# desktop's own libraries from the host (folgesvenn.spec, HOST_LIBRARY); it was 146 MB when
# this was set. A stray QtWebEngine (>100 MB) or a dependency with its own OpenSSL fails here.
BUDGET_MB="${BUDGET_MB:-150}"
started=$(date +%s)

# binutils: PyInstaller strips binaries with `strip` (and smoke.py reads them with readelf); the
# xcb libraries are what the Qt xcb platform plugin needs and many desktops lack, so they must be
# present here to be bundled; the Wayland libraries are taken from the host, and smoke.py checks
# that every host library the bundle needs resolves on this machine.
EXTRA_APT="binutils desktop-file-utils libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libwayland-client0 libwayland-cursor0 libwayland-egl1" \
  EXTRAS=package source "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
export QT_QPA_PLATFORM=offscreen

echo "== icons"
"$PY" packaging/make_icons.py build/icons

echo "== pyinstaller"
[ "${CLEAN:-0}" = 1 ] && rm -rf build/pyinstaller "$BUNDLE"
pyi_started=$(date +%s)
"$ROOT/.venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/folgesvenn.spec
pyi_seconds=$(( $(date +%s) - pyi_started ))

echo "== linux menu entry"
mkdir -p "$BUNDLE/linux/icons"
cp packaging/linux/folgesvenn.desktop packaging/linux/install.sh "$BUNDLE/linux/"
cp build/icons/folgesvenn-*.png build/icons/folgesvenn.svg "$BUNDLE/linux/icons/"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate packaging/linux/folgesvenn.desktop && echo "folgesvenn.desktop is valid"
fi

echo "== smoke test"
set +e
"$PY" packaging/smoke.py --bundle "$BUNDLE" --unfrozen "$PY -m companion"
smoke=$?
set -e

size_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "== figures"
echo "bundle: $BUNDLE"
echo "bundle size: ${size_mb} MB (du -sm; budget ${BUDGET_MB} MB)"
"$PY" - "$BUNDLE" <<'EOF'
import sys
from pathlib import Path

internal = Path(sys.argv[1]) / "_internal"
def mb(paths):
    return sum(p.stat().st_size for p in paths if p.is_file() and not p.is_symlink()) / 2**20
everything = list(Path(sys.argv[1]).rglob("*"))
icu = list(internal.rglob("libicu*"))
qt = [p for p in list((internal / "PySide6").rglob("*")) + list(internal.glob("libQt6*")) if p not in icu]
host = [p for p in internal.glob("lib*.so*") if not p.name.startswith(("libQt6", "libicu", "libpython", "libpyside", "libshiboken"))]
print(f"  Qt and PySide6 {mb(qt):.0f} MB, ICU {mb(icu):.0f} MB, bundled system libraries (SQLite, xcb) {mb(host):.0f} MB, "
      f"everything else {mb(everything) - mb(qt) - mb(icu) - mb(host):.0f} MB")
EOF
echo "pyinstaller: ${pyi_seconds} s; whole build and smoke test: $(( $(date +%s) - started )) s"
if [ "$smoke" -ne 0 ]; then
  echo "packaging: the smoke test failed (see FAIL lines above)" >&2
  exit 1
fi
if [ "$size_mb" -gt "$BUDGET_MB" ]; then
  echo "packaging: the bundle is ${size_mb} MB, over the ${BUDGET_MB} MB budget; check what was added (du -a dist/$APP | sort -n | tail -40, pyi-archive_viewer)" >&2
  exit 1
fi
