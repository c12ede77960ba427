#!/usr/bin/env bash
# Fresh screenshots of every page and form at 1366x768 and 1024x700 into docs/screenshots/
# (Xvfb + openbox, the app on xcb, ImageMagick's `import -window root`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${1:-docs/screenshots}"
for size in 1366x768 1024x700; do
  width="${size%x*}"
  display=":$((59 + RANDOM % 20))"
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  DISPLAY="$display" openbox >/dev/null 2>&1 &
  wm=$!
  home="$(mktemp -d)"
  DISPLAY="$display" QT_QPA_PLATFORM=xcb COMPANION_HOME="$home" PYTHONPATH=src \
    .venv/bin/python tests/support/screenshot_driver.py "$home" "$OUT" "$width" || status=$?
  kill "$wm" "$xvfb" 2>/dev/null || true
  wait "$wm" "$xvfb" 2>/dev/null || true
  rm -rf "$home"
  [ "${status:-0}" = 0 ] || exit "$status"
done
