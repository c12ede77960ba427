"""Render resources/icons/app.svg into the icons a desktop needs: PNGs and a multi-size .ico.

Run by build.sh (and the Windows workflow) before PyInstaller, so the icons always match the
SVG and no binary icon is committed. Uses only Qt (already a dependency): the .ico holds
PNG-compressed images, which Windows Vista and later read.

    python packaging/make_icons.py OUT_DIR
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZES = (48, 128, 256, 512)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels with a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG payloads (0 in a size byte means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        byte = 0 if size >= 256 else size
        entries += struct.pack(
            "<BBBBHHII", byte, byte, 0, 0, 1, 32, len(png), offset + len(payload)
        )
        payload += png
    return header + entries + payload


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    rendered = {size: render_png(SVG, size) for size in sorted(set(ICO_SIZES) | set(PNG_SIZES))}
    (out / "folgesvenn.ico").write_bytes(build_ico({s: rendered[s] for s in ICO_SIZES}))
    for size in PNG_SIZES:
        (out / f"folgesvenn-{size}.png").write_bytes(rendered[size])
    (out / "folgesvenn.png").write_bytes(rendered[256])
    (out / "folgesvenn.svg").write_bytes(SVG.read_bytes())
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
