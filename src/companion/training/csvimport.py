"""Read a roster export (CSV) into people to import, with a clear message for every bad row.

Parsing never touches the database: :func:`parse_roster` turns bytes into a preview (good rows,
row errors, file-level error or warnings); the service then writes all good rows in one
transaction. Columns are documented in docs/training.md. Extra columns are ignored and never
stored (rosters sometimes carry a fødselsnummer column); an identity number inside a column we do
read is replaced by ``[fødselsnummer fjernet]`` and counted in ``ImportPreview.redacted``. Files
are read by the shared :mod:`companion.core.csvio` reader (encodings, separators, size limit).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from companion.core import csvio
from companion.core.idguard import redact
from companion.training.types import ROLE_ALIASES, ROLES, PersonInput

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
EXPECTED_HEADER = "navn;rolle;enhet;første arbeidsdag;siste arbeidsdag;vikar;kontakt"
REQUIRED = ("navn", "rolle", "enhet", "første arbeidsdag")
ALIASES: dict[str, str] = {
    "navn": "navn",
    "ansatt": "navn",
    "name": "navn",
    "fullt navn": "navn",
    "rolle": "rolle",
    "stilling": "rolle",
    "yrke": "rolle",
    "role": "rolle",
    "enhet": "enhet",
    "avdeling": "enhet",
    "post": "enhet",
    "unit": "enhet",
    "første arbeidsdag": "første arbeidsdag",
    "første dag": "første arbeidsdag",
    "startdato": "første arbeidsdag",
    "fra dato": "første arbeidsdag",
    "fra": "første arbeidsdag",
    "siste arbeidsdag": "siste arbeidsdag",
    "siste dag": "siste arbeidsdag",
    "sluttdato": "siste arbeidsdag",
    "til dato": "siste arbeidsdag",
    "til": "siste arbeidsdag",
    "vikar": "vikar",
    "sommervikar": "vikar",
    "kontakt": "kontakt",
    "telefon": "kontakt",
    "mobil": "kontakt",
    "e-post": "kontakt",
    "epost": "kontakt",
}
SENSITIVE_HEADERS = ("fødselsnummer", "fodselsnummer", "personnummer", "fnr", "d-nummer")
YES = {"ja", "j", "x", "yes", "y", "1", "true", "sann"}
NO = {"nei", "n", "no", "0", "false", "usann", ""}
DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")


@dataclass(frozen=True)
class ImportRow:
    """A good row: its line in the file and the person it describes."""

    line: int
    person: PersonInput


@dataclass(frozen=True)
class RowError:
    """A row that will not be imported, and why (plain Norwegian)."""

    line: int
    message: str
    name: str = ""


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; nothing is written until the user confirms."""

    rows: tuple[ImportRow, ...] = ()
    errors: tuple[RowError, ...] = ()
    warnings: tuple[str, ...] = ()
    file_error: str = ""
    encoding: str = ""
    delimiter: str = ""
    redacted: int = 0
    """Good rows whose text had an identity number, replaced by ``[fødselsnummer fjernet]``."""

    @property
    def can_import(self) -> bool:
        return not self.file_error and bool(self.rows)


def person_key(name: str, unit: str, first_day: date) -> tuple[str, str, date]:
    """How duplicates are recognised.

    Same name and unit (ignoring case and spaces), same first day.
    """
    return (" ".join(name.split()).casefold(), " ".join(unit.split()).casefold(), first_day)


def read_roster(path: Path, existing: Iterable[tuple[str, str, date]] = ()) -> ImportPreview:
    """Read and check a file; a file that cannot be read gives a preview with `file_error`."""
    try:
        data = csvio.read_file(path, MAX_BYTES)
    except csvio.CsvReadError as exc:
        return ImportPreview(file_error=str(exc))
    return parse_roster(data, existing)


def decode(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, error) by the shared reader: BOM, UTF-8, then Windows-1252."""
    try:
        decoded = csvio.decode(data)
    except csvio.CsvReadError as exc:
        return "", "", str(exc)
    return decoded.text, decoded.encoding.value, ""


def _norm_header(cell: str) -> str:
    return " ".join(cell.strip().strip('"').replace("_", " ").split()).casefold()


def _known_columns(cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        canonical = ALIASES.get(_norm_header(cell))
        if canonical and canonical not in columns:
            columns[canonical] = index
    return columns


def _find_delimiter(header_line: str) -> tuple[str, dict[str, int]]:
    """The delimiter whose split of the header gives the most known columns, and those columns."""
    delimiter = csvio.sniff_delimiter(header_line, lambda cells: len(_known_columns(cells)))
    return delimiter, _known_columns(csvio.split_line(header_line, delimiter))


def _other_delimiter(header_line: str) -> str:
    for candidate in ("|", ":", "/", " "):
        if header_line.count(candidate) >= 2:
            return candidate
    return ""


def parse_date(text: str) -> date | None:
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def normalize_role(text: str) -> str | None:
    """A role key from a full name ("Sykepleier") or a common abbreviation ("spl", "ass.")."""
    wanted = " ".join(text.split()).casefold()
    for key, label in ROLES.items():
        if wanted in (key, label.casefold()):
            return key
    return ROLE_ALIASES.get(wanted.rstrip(".").strip())


def parse_roster(data: bytes, existing: Iterable[tuple[str, str, date]] = ()) -> ImportPreview:
    """Check every row; good rows are returned, bad rows are explained, nothing is written."""
    text, encoding, error = decode(data)
    if error:
        return ImportPreview(file_error=error)
    warnings: list[str] = []
    if encoding == csvio.CsvEncoding.CP1252:
        warnings.append(
            "Filen var ikke lagret som UTF-8 og er lest som Windows-1252 (vanlig fra eldre Excel). "
            "Sjekk at æ, ø og å ser riktige ut i forhåndsvisningen."
        )
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return ImportPreview(
            file_error=f"Filen er tom. Første linje skal være overskriftene: {EXPECTED_HEADER}"
        )
    delimiter, columns = _find_delimiter(lines[0])
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        return ImportPreview(file_error=_missing_message(lines[0], columns, missing))
    header = next(csv.reader([lines[0]], delimiter=delimiter))
    for cell in header:
        normalized = _norm_header(cell)
        if any(word in normalized for word in SENSITIVE_HEADERS):
            warnings.append(
                f"Kolonnen «{redact(cell.strip())}» blir ikke lest og ikke lagret. Fjern den "
                "gjerne fra filen."
            )
    reader = csv.reader(io.StringIO("\n".join(lines[1:])), delimiter=delimiter)
    return _rows(reader, header, columns, delimiter, existing, encoding, warnings)


def _missing_message(header_line: str, columns: dict[str, int], missing: list[str]) -> str:
    other = _other_delimiter(header_line)
    if not columns and other:
        return (
            f"Fant ingen kjente kolonner. Filen ser ut til å bruke «{other}» som skilletegn. "
            f"Bruk semikolon (;) eller komma, med overskriftene: {EXPECTED_HEADER}"
        )
    if not columns:
        return (
            "Fant ingen kjente kolonner i første linje. Første linje skal være "
            f"overskriftene: {EXPECTED_HEADER}"
        )
    names = ", ".join(f"«{m}»" for m in missing)
    noun = "kolonnen" if len(missing) == 1 else "kolonnene"
    return f"Filen mangler {noun} {names}. Første linje skal være overskriftene: {EXPECTED_HEADER}"


def _rows(
    reader: Iterable[list[str]],
    header: list[str],
    columns: dict[str, int],
    delimiter: str,
    existing: Iterable[tuple[str, str, date]],
    encoding: str,
    warnings: list[str],
) -> ImportPreview:
    seen: dict[tuple[str, str, date], int] = {}
    known = set(existing)
    rows: list[ImportRow] = []
    errors: list[RowError] = []
    redacted = 0
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(rows) + len(errors) >= MAX_ROWS:
            errors.append(
                RowError(
                    number,
                    f"Filen har flere enn {MAX_ROWS} rader; resten er ikke lest. Del filen opp.",
                )
            )
            break
        clean = [redact(cell) for cell in cells]
        person, problems = _row(clean, header, columns, delimiter)
        name = clean[columns["navn"]].strip() if len(clean) > columns["navn"] else ""
        if person is not None:
            key = person_key(person.name, person.unit, person.first_day)
            if key in seen:
                problems.append(
                    f"samme person som på linje {seen[key]} (navn, enhet og første arbeidsdag)"
                )
            elif key in known:
                problems.append(
                    "finnes allerede i Opplæring (samme navn, enhet og første arbeidsdag); hoppes "
                    "over"
                )
            seen.setdefault(key, number)
        if problems or person is None:
            errors.append(RowError(number, _sentence("; ".join(problems)), name))
        else:
            rows.append(ImportRow(number, person))
            redacted += any(clean[i] != cells[i] for i in columns.values() if i < len(cells))
    if not rows and not errors:
        return ImportPreview(
            file_error="Filen har overskrifter, men ingen personer. Legg til én person per linje "
            "under overskriften."
        )
    return ImportPreview(
        tuple(rows), tuple(errors), tuple(warnings), "", encoding, delimiter, redacted
    )


def _sentence(text: str) -> str:
    return (text[:1].upper() + text[1:] + ".") if text else text


def _row(
    cells: list[str], header: list[str], columns: dict[str, int], delimiter: str
) -> tuple[PersonInput | None, list[str]]:
    """One row → a person, or the list of problems with it."""
    extra = cells[len(header) :]
    if len(cells) < len(header) or any(c.strip() for c in extra):
        shown = (
            "semikolon (;)"
            if delimiter == ";"
            else ("komma (,)" if delimiter == "," else "tabulator")
        )
        return None, [
            f"raden har {len(cells)} felt, men overskriften har {len(header)}. Sjekk at "
            f"skilletegnet er {shown} og at tekst med skilletegn står i anførselstegn"
        ]

    def get(column: str) -> str:
        index = columns.get(column)
        return " ".join(cells[index].split()) if index is not None else ""

    problems: list[str] = []
    values = {
        c: get(c)
        for c in (
            "navn",
            "rolle",
            "enhet",
            "første arbeidsdag",
            "siste arbeidsdag",
            "vikar",
            "kontakt",
        )
    }
    for column in REQUIRED:
        if not values[column]:
            problems.append(f"{column} mangler")
    role = normalize_role(values["rolle"]) if values["rolle"] else None
    if values["rolle"] and role is None:
        problems.append(f"ukjent rolle «{values['rolle']}» (bruk {', '.join(ROLES)})")
    first = _date(values["første arbeidsdag"], "første arbeidsdag", problems)
    last = _date(values["siste arbeidsdag"], "siste arbeidsdag", problems)
    if first and last and last < first:
        problems.append("siste arbeidsdag er før første arbeidsdag")
    substitute = _yes_no(values["vikar"], "vikar" in columns, problems)
    for column, limit in (("navn", 200), ("enhet", 200), ("kontakt", 200)):
        if len(values[column]) > limit:
            problems.append(f"{column} er lengre enn {limit} tegn")
    if problems or first is None or role is None:
        return None, problems
    person = PersonInput(
        values["navn"], role, values["enhet"], first, last, substitute, values["kontakt"]
    )
    return person, []


def _date(text: str, column: str, problems: list[str]) -> date | None:
    if not text:
        return None
    value = parse_date(text)
    if value is None:
        problems.append(f"{column} «{text}» er ikke en gyldig dato (skriv dd.mm.åååå)")
    return value


def _yes_no(text: str, has_column: bool, problems: list[str]) -> bool:
    if not has_column:
        return True  # a list without the column is a list of substitutes
    value = text.casefold()
    if value in YES:
        return True
    if value in NO:
        return False
    problems.append(f"vikar «{text}» må være ja eller nei")
    return False
