"""Roster CSV import: good rows in, bad rows explained, bad files refused with clear advice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from companion.training.csvimport import parse_roster, person_key, read_roster

HEADER = "navn;rolle;enhet;første arbeidsdag;siste arbeidsdag;vikar;kontakt\n"
GOOD = (
    HEADER
    + "Kari Nordmann;assistent;Avd 3 Medisin;15.06.2026;16.08.2026;ja;912 34 567\n"
    + "Øystein Ås;Helsefagarbeider;Avd 3 Medisin;2026-06-22;;nei;oystein@kommune.no\n"
)


def test_good_semicolon_file_gives_every_row() -> None:
    preview = parse_roster(GOOD.encode("utf-8"))
    assert preview.file_error == ""
    assert preview.errors == ()
    assert [r.line for r in preview.rows] == [2, 3]
    kari, oystein = (r.person for r in preview.rows)
    assert (
        kari.name,
        kari.role,
        kari.unit,
        kari.first_day,
        kari.last_day,
        kari.is_substitute,
        kari.contact,
    ) == (
        "Kari Nordmann",
        "assistent",
        "Avd 3 Medisin",
        date(2026, 6, 15),
        date(2026, 8, 16),
        True,
        "912 34 567",
    )
    assert (oystein.role, oystein.first_day, oystein.last_day, oystein.is_substitute) == (
        "helsefagarbeider",
        date(2026, 6, 22),
        None,
        False,
    )
    assert preview.encoding == "UTF-8" and preview.delimiter == ";"


def test_comma_file_with_bom_and_quotes_is_read() -> None:
    text = '\ufeffNavn,Stilling,Avdeling,Startdato\n"Nordmann, Kari",assistent,Avd 3,15.06.2026\n'
    preview = parse_roster(text.encode("utf-8"))
    assert preview.file_error == ""
    assert preview.rows[0].person.name == "Nordmann, Kari"
    assert preview.rows[0].person.is_substitute is True  # no vikar column: a list of substitutes


def test_wrong_delimiter_is_named_in_the_message() -> None:
    text = "navn|rolle|enhet|første arbeidsdag\nKari|assistent|Avd 3|15.06.2026\n"
    preview = parse_roster(text.encode("utf-8"))
    assert not preview.can_import
    assert "«|»" in preview.file_error and "semikolon" in preview.file_error


def test_row_with_wrong_delimiter_is_reported_and_others_imported() -> None:
    text = (
        HEADER
        + "Kari Nordmann,assistent,Avd 3,15.06.2026,,ja,\n"
        + "Ola Olsen;assistent;Avd 3;15.06.2026;;ja;\n"
    )
    preview = parse_roster(text.encode("utf-8"))
    assert [r.person.name for r in preview.rows] == ["Ola Olsen"]
    assert preview.errors[0].line == 2
    assert "skilletegnet er semikolon" in preview.errors[0].message


def test_missing_columns_are_listed() -> None:
    preview = parse_roster(b"navn;rolle\nKari;assistent\n")
    assert "mangler kolonnene «enhet», «første arbeidsdag»" in preview.file_error
    assert "navn;rolle;enhet;første arbeidsdag" in preview.file_error


def test_windows_1252_file_is_read_with_a_warning() -> None:
    preview = parse_roster(GOOD.encode("cp1252"))
    assert preview.file_error == ""
    assert preview.encoding == "Windows-1252"
    assert preview.rows[1].person.name == "Øystein Ås"
    assert any("UTF-8" in w and "æ, ø og å" in w for w in preview.warnings)


def test_utf16_with_bom_is_read() -> None:
    preview = parse_roster(GOOD.replace(";", "\t").encode("utf-16"))
    assert [r.person.name for r in preview.rows] == ["Kari Nordmann", "Øystein Ås"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00rest-of-zip", "Excel-regneark"),
        (b"navn;rolle\x00\x00;enhet", "binære data"),
        (
            HEADER.encode()
            + b"Kari;assistent;Avd \x81\x8d;15.06.2026;;ja;\n"
            + bytes([0xC3, 0x28]),
            "ikke lagret som UTF-8",
        ),
        (b"", "Filen er tom"),
        (HEADER.encode(), "ingen personer"),
    ],
)
def test_bad_files_get_a_clear_message(data: bytes, expected: str) -> None:
    preview = parse_roster(data)
    assert expected in preview.file_error
    assert preview.rows == () and not preview.can_import


def test_duplicates_in_file_and_in_database_are_reported() -> None:
    text = (
        HEADER
        + "Kari Nordmann;assistent;Avd 3;15.06.2026;;ja;\n"
        + "kari  nordmann;assistent;avd 3;15.06.2026;;ja;\n"
        + "Ola Olsen;assistent;Avd 3;15.06.2026;;ja;\n"
    )
    existing = {person_key("Ola Olsen", "Avd 3", date(2026, 6, 15))}
    preview = parse_roster(text.encode(), existing)
    assert [r.person.name for r in preview.rows] == ["Kari Nordmann"]
    messages = {e.line: e.message for e in preview.errors}
    assert "Samme person som på linje 2" in messages[3]
    assert "Finnes allerede" in messages[4]


def test_every_problem_of_a_row_is_explained() -> None:
    text = (
        HEADER
        + ";vaktmester;;31.02.2026;01.01.2026;kanskje;\n"
        + "Per;sykepleier;Avd 3;20.06.2026;10.06.2026;ja;\n"
    )
    preview = parse_roster(text.encode())
    first, second = preview.errors
    for part in (
        "Navn mangler",
        "enhet mangler",
        "ukjent rolle «vaktmester»",
        "«31.02.2026» er ikke en gyldig dato",
        "vikar «kanskje» må være ja eller nei",
    ):
        assert part in first.message
    assert "siste arbeidsdag er før første arbeidsdag" in second.message.lower()


def test_identity_numbers_are_removed_before_import_and_counted() -> None:
    text = HEADER + "Kari 01019012345;assistent;Avd 3;15.06.2026;;ja;\n"
    preview = parse_roster(text.encode())
    assert [r.person.name for r in preview.rows] == ["Kari [fødselsnummer fjernet]"]
    assert preview.redacted == 1 and not preview.errors
    assert "01019012345" not in repr(preview)


def test_a_fodselsnummer_column_is_ignored_with_a_warning() -> None:
    text = (
        "navn;fødselsnummer;rolle;enhet;første arbeidsdag\nKari;01019012345;assistent;Avd "
        "3;15.06.2026\n"
    )
    preview = parse_roster(text.encode())
    assert len(preview.rows) == 1
    assert "01019012345" not in repr(preview.rows)
    assert any("«fødselsnummer» blir ikke lest" in w for w in preview.warnings)
    assert preview.redacted == 0  # an ignored column is never stored, nothing to remove


def test_read_roster_refuses_huge_and_missing_files(tmp_path: Path) -> None:
    missing = read_roster(tmp_path / "finnes-ikke.csv")
    assert "kan ikke åpnes" in missing.file_error
    big = tmp_path / "stor.csv"
    big.write_bytes(b"x" * (2 * 1024 * 1024 + 1))
    assert "høyst 2 MiB" in read_roster(big).file_error


def test_cli_import_reports_removed_identity_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.cli.main import main

    roster = tmp_path / "vaktplan.csv"
    roster.write_text(HEADER + "Kari 01019012345;assistent;Avd 3;15.06.2026;;ja;\n", "utf-8")
    assert main(["training", "import", str(roster), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 rader hadde et fødselsnummer" in out and "01019012345" not in out
    assert main(["training", "people", "--json"]) == 0
    listed = capsys.readouterr().out
    assert "[fødselsnummer fjernet]" in listed and "01019012345" not in listed


def test_a_folder_instead_of_a_file_is_named(tmp_path: Path) -> None:
    assert f"{tmp_path} er en mappe" in read_roster(tmp_path).file_error


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("spl", "sykepleier"),
        ("SPL.", "sykepleier"),
        ("hfa", "helsefagarbeider"),
        ("ass.", "assistent"),
        ("Ass", "assistent"),
        ("Sykepleier", "sykepleier"),
    ],
)
def test_common_role_abbreviations_are_accepted(written: str, role: str) -> None:
    from companion.training.csvimport import normalize_role

    assert normalize_role(written) == role


def test_unknown_role_is_still_refused() -> None:
    from companion.training.csvimport import normalize_role

    assert normalize_role("sjef") is None
