"""The quality system's CSV export: good rows in, each bad row reported with its line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from companion.cli.messages import deviation_summary
from companion.insights.deviations import DeviationImportError, parse_any_date, parse_csv
from companion.insights.period import Period
from companion.insights.service import InsightsService

TODAY = date(2026, 6, 1)
SPRING = Period(date(2026, 2, 1), date(2026, 5, 31))

EXPORT = """Avviksnummer;Dato;Kategori;Enhet;Beskrivelse
101;14.03.2026;Legemiddelhåndtering;Avd 1;fritekst som aldri lagres
102;2026-03-15;IKT / teknisk svikt;;
103;31.02.2026;Fall;Avd 2;ugyldig dato
104;;Fall;Avd 2;mangler dato
105;01.03.2026;;Avd 2;mangler kategori
106;01.07.2026;Fall;Avd 2;fram i tid
107;02.03.2026;Fall;Pasient 01019012345;fødselsnummer i enhet
108;i går;Fall;Avd 2;
109;03.04.26 14:30;Legemidler;Avd 3;kort år og klokkeslett

"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "avvik.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_bad_rows_are_reported_per_line_and_good_rows_imported(
    service: InsightsService, tmp_path: Path
) -> None:
    result = service.import_deviations(write(tmp_path, EXPORT), today=TODAY)

    assert result.added == 4 and result.redacted == 1
    assert [e.format() for e in result.errors] == [
        "linje 4: forstår ikke datoen «31.02.2026» (bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)",
        "linje 5: datoen mangler",
        "linje 6: kategorien mangler",
        "linje 7: datoen 01.07.2026 er fram i tid",
        "linje 9: forstår ikke datoen «i går» (bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)",
    ]
    assert "01019012345" not in " ".join(e.message for e in result.errors)
    assert result.unmapped == ("Fall", "IKT / teknisk svikt")  # line 8 kept, number removed
    assert dict(result.auto_mapped) == {
        "Legemiddelhåndtering": "legemiddel",
        "Legemidler": "legemiddel",
    }
    summary = deviation_summary(result)
    assert "4 avvik importert" in summary and "5 rader hoppet over" in summary
    assert "1 rader hadde et fødselsnummer" in summary
    series = service.trends(SPRING).deviations
    assert series.by_month() == [0, 3, 1, 0]
    assert dict(series.by_category()) == {"legemiddel": 2, "": 2}


def test_reimporting_the_same_export_adds_nothing(service: InsightsService, tmp_path: Path) -> None:
    path = write(tmp_path, EXPORT)
    service.import_deviations(path, today=TODAY)
    again = service.import_deviations(path, today=TODAY)
    assert (again.added, again.duplicates) == (0, 4)
    assert service.deviation_count() == 4


def test_rows_without_id_are_keyed_by_content_and_occurrence(
    service: InsightsService, tmp_path: Path
) -> None:
    text = "dato,kategori\n2026-03-01,Fall\n2026-03-01,Fall\n"
    assert service.import_deviations(write(tmp_path, text), today=TODAY).added == 2
    longer = text + "2026-03-01,Fall\n"
    second = service.import_deviations(write(tmp_path, longer), today=TODAY)
    assert (second.added, second.duplicates) == (1, 2)


def test_windows_1252_and_tab_separated_exports(tmp_path: Path) -> None:
    parsed = parse_csv(
        "Hendelsesdato\tAvvikstype\tAvdeling\n05.03.2026\tLegemiddelhåndtering\tAvd 4\n".encode(
            "cp1252"
        ).decode("cp1252"),
        TODAY,
    )
    assert [(r.occurred_on, r.source_category, r.unit) for r in parsed.rows] == [
        (date(2026, 3, 5), "Legemiddelhåndtering", "Avd 4")
    ]
    from companion.insights.deviations import read_text

    path = write(tmp_path, "Dato;Kategori\n05.03.2026;Legemiddelhåndtering\n", encoding="cp1252")
    assert "Legemiddelhåndtering" in read_text(path)


def test_a_file_without_the_required_columns_is_refused(
    service: InsightsService, tmp_path: Path
) -> None:
    with pytest.raises(DeviationImportError, match="Fant ikke kolonnen «kategori»"):
        service.import_deviations(write(tmp_path, "Dato;Beskrivelse\n01.03.2026;x\n"), today=TODAY)
    with pytest.raises(DeviationImportError, match="Filen er tom"):
        service.import_deviations(write(tmp_path, "\n\n"), today=TODAY)
    with pytest.raises(DeviationImportError, match="Fant ikke filen"):
        service.import_deviations(tmp_path / "finnes-ikke.csv", today=TODAY)
    assert service.deviation_count() == 0


def test_editing_the_map_re_sorts_earlier_imports(service: InsightsService, tmp_path: Path) -> None:
    service.import_deviations(write(tmp_path, EXPORT), today=TODAY)
    mappings = service.category_mappings()
    assert [(m.source, m.category, m.count) for m in mappings][:2] == [
        ("Fall", "", 1),
        ("IKT / teknisk svikt", "", 1),
    ]
    service.set_mapping("ikt / TEKNISK svikt", "innlogging-tilgang")
    service.set_mapping("Fall", "annet")
    assert dict(service.trends(SPRING).deviations.by_category()) == {
        "legemiddel": 2,
        "innlogging-tilgang": 1,
        "annet": 1,
    }
    assert service.trends(SPRING).unmapped_categories == ()
    with pytest.raises(ValueError, match="Ukjent kategori"):
        service.set_mapping("Fall", "noe-annet")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-03-14", date(2026, 3, 14)), ("14.03.2026", date(2026, 3, 14)),
     ("4.3.26", date(2026, 3, 4)), ("14/03/2026 08:15", date(2026, 3, 14)), ("2026-13-01", None),
     ("14.03", None), ("", None)],
)  # fmt: skip
def test_date_formats(text: str, expected: date | None) -> None:
    assert parse_any_date(text) == expected
