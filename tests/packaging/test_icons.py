"""The desktop icons are rendered from resources/icons/app.svg by packaging/make_icons.py."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "make_icons.py"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ico_holds_every_size_as_png(qapp: QApplication, tmp_path: Path) -> None:
    make_icons = load_script()
    assert make_icons.main(["make_icons.py", str(tmp_path)]) == 0
    data = (tmp_path / "folgesvenn.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _height, _colors, _zero, _planes, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == PNG_SIGNATURE
        image = QImage.fromData(data[offset : offset + length], "PNG")
        sizes.append(image.width())
        assert image.width() == (width or 256)
        assert (
            image.pixelColor(image.width() // 2, image.height() // 4).alpha() == 255
        )  # drawn, not empty
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_pngs_for_the_linux_menu(qapp: QApplication, tmp_path: Path) -> None:
    make_icons = load_script()
    make_icons.main(["make_icons.py", str(tmp_path)])
    for size in make_icons.PNG_SIZES:
        image = QImage(str(tmp_path / f"folgesvenn-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # transparent corner (rounded square)
    assert (tmp_path / "folgesvenn.svg").read_bytes().startswith(b"<svg")
