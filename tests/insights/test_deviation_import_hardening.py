"""Deviation import: renumbered exports, Excel's UTF-16 text, limits, identity numbers."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from companion.app import AppContext
from companion.cli.main import main
from companion.core.idguard import REDACTION
from companion.db.models.insights import Deviation
from companion.insights import deviations as dev
from companion.insights.service import InsightsService

TODAY = date(2026, 6, 1)
NUMBER = "01019012345"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_exports_numbering_rows_from_1_each_time_keep_every_row(
    service: InsightsService, tmp_path: Path
) -> None:
    march = "Nr;Dato;Kategori\n1;01.03.2026;Fall\n2;02.03.2026;Legemidler\n3;03.03.2026;Rover\n"
    april = "Nr;Dato;Kategori\n1;01.04.2026;Fall\n2;02.04.2026;Legemidler\n3;03.03.2026;Rover\n"
    assert service.import_deviations(write(tmp_path, "mars.csv", march.encode()), TODAY).added == 3
    second = service.import_deviations(write(tmp_path, "april.csv", april.encode()), TODAY)
    assert (second.added, second.duplicates) == (2, 1)  # the last row is the same avvik
    assert service.deviation_count() == 5


def test_rows_imported_by_an_earlier_version_are_still_recognised(
    context: AppContext, tmp_path: Path
) -> None:
    """Before, a row with an id was keyed by the id alone."""
    with context.database.session() as s:
        s.add(
            Deviation(
                key=hashlib.sha256(b"id|7").hexdigest(),
                occurred_on=date(2026, 3, 1),
                source_category="Fall",
                unit="",
                source_file="old.csv",
            )
        )
    text = "Nr;Dato;Kategori\n7;01.03.2026;Fall\n7;02.03.2026;Fall\n"
    result = context.insights.import_deviations(write(tmp_path, "a.csv", text.encode()), TODAY)
    assert (result.added, result.duplicates) == (1, 1)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_excel_unicode_text_utf16_with_bom_and_tabs_imports(
    service: InsightsService, tmp_path: Path, codec: str
) -> None:
    text = "Avviksnummer\tDato\tKategori\tEnhet\r\n11\t05.03.2026\tLegemiddelhåndtering\tAvd 4\r\n"
    bom = "\ufeff".encode(codec)
    result = service.import_deviations(write(tmp_path, "u.txt", bom + text.encode(codec)), TODAY)
    assert result.added == 1 and not result.errors
    assert service.category_mappings()[0].source == "Legemiddelhåndtering"


def test_size_and_row_limits_give_clear_errors(
    service: InsightsService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dev, "MAX_ROWS", 3)
    rows = "".join(f"{n};01.03.2026;Fall\n" for n in range(5))
    many = write(tmp_path, "mange.csv", ("Nr;Dato;Kategori\n" + rows).encode())
    with pytest.raises(dev.DeviationImportError, match="flere enn 4 rader"):
        service.import_deviations(many, TODAY)
    monkeypatch.setattr(dev, "MAX_BYTES", 10)
    with pytest.raises(dev.DeviationImportError, match="høyst"):
        service.import_deviations(many, TODAY)
    assert service.deviation_count() == 0


def test_identity_numbers_in_fields_are_removed_before_storing(
    context: AppContext, tmp_path: Path
) -> None:
    text = f"Nr;Dato;Kategori;Enhet\n1;01.03.2026;Fall {NUMBER};Avd {NUMBER}\n"
    result = context.insights.import_deviations(write(tmp_path, "f.csv", text.encode()), TODAY)
    assert (result.added, result.redacted) == (1, 1)
    con = sqlite3.connect(context.paths.database)
    try:
        stored = " ".join(
            str(cell)
            for table in ("deviation", "deviationcategorymap")
            for row in con.execute(f"SELECT * FROM {table}")
            for cell in row
        )
    finally:
        con.close()
    assert NUMBER not in stored and REDACTION in stored


@pytest.mark.parametrize(
    "argv",
    [
        ["insights", "deviations", "map", f"Fall {NUMBER}", "annet"],
        ["insights", "deviations", "map", "Fall", f"legemiddel{NUMBER}"],
    ],
)
def test_map_refuses_identity_numbers_without_echoing_them(
    home: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main(argv) == 3
    captured = capsys.readouterr()
    assert "fødselsnummer" in captured.err
    for fragment in (NUMBER, NUMBER[:6], "Fall", "legemiddel0"):
        assert fragment not in captured.out + captured.err
    assert main(["insights", "deviations", "map", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
