#!/usr/bin/env bash
# Install Følgesvenn from this bundle so it appears in the desktop menu.
#
#   bash linux/install.sh             for this user: ~/.local/opt/folgesvenn, menu entry, icon,
#                                     and the `companion` command in ~/.local/bin
#   sudo bash linux/install.sh --system   for everyone: /opt/folgesvenn, /usr/local/share, /usr/local/bin
#   bash linux/install.sh --uninstall [--system]   remove the program and the menu entry
#
# Upgrading is running a newer bundle's install.sh: the program folder is replaced. User data
# (~/.local/share/Companion) and /etc/companion/config.toml are never touched.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUNDLE="$(dirname "$HERE")"
MODE=user
ACTION=install
PREFIX=""
while [ $# -gt 0 ]; do
  case "$1" in
    --system) MODE=system ;;
    --uninstall) ACTION=uninstall ;;
    --prefix) PREFIX="$2"; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "Ukjent valg: $1 (se --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$MODE" = system ]; then
  DEST="${PREFIX:-/opt/folgesvenn}"; DATA="/usr/local/share"; BIN="/usr/local/bin"
else
  DEST="${PREFIX:-$HOME/.local/opt/folgesvenn}"; DATA="${XDG_DATA_HOME:-$HOME/.local/share}"; BIN="$HOME/.local/bin"
fi
DESKTOP="$DATA/applications/folgesvenn.desktop"
ICONS="$DATA/icons/hicolor"

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "$ACTION" = uninstall ]; then
  rm -rf "$DEST"
  rm -f "$DESKTOP" "$ICONS/scalable/apps/folgesvenn.svg"
  for size in 48 128 256 512; do rm -f "$ICONS/${size}x${size}/apps/folgesvenn.png"; done
  [ -L "$BIN/companion" ] && rm -f "$BIN/companion"
  refresh_menus
  echo "Følgesvenn er fjernet. Dataene dine er beholdt."
  exit 0
fi

[ -x "$BUNDLE/companion" ] || { echo "Finner ikke programmet i $BUNDLE." >&2; exit 1; }
if [ "$(cd "$BUNDLE" && pwd -P)" != "$(mkdir -p "$DEST" && cd "$DEST" && pwd -P)" ]; then
  rm -rf "$DEST.new"
  cp -a "$BUNDLE" "$DEST.new"
  rm -rf "$DEST"
  mv "$DEST.new" "$DEST"
fi
mkdir -p "$DATA/applications" "$BIN"
sed -e "s|^Exec=.*|Exec=\"$DEST/Følgesvenn\"|" -e "s|^TryExec=.*|TryExec=$DEST/Følgesvenn|" \
  "$HERE/folgesvenn.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
install -Dm644 "$HERE/icons/folgesvenn.svg" "$ICONS/scalable/apps/folgesvenn.svg"
for size in 48 128 256 512; do
  install -Dm644 "$HERE/icons/folgesvenn-$size.png" "$ICONS/${size}x${size}/apps/folgesvenn.png"
done
ln -sfn "$DEST/companion" "$BIN/companion"
refresh_menus
echo "Følgesvenn er installert i $DEST og ligger i menyen. Kommandolinje: $BIN/companion"
