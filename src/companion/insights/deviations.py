"""Import deviation reports (*avvik*) from the quality system's CSV export.

Only three facts per row are read - when, what kind, which unit - and nothing else is stored,
so free-text descriptions (which may mention patients) never enter Følgesvenn. Expected
columns (header row, any order, case-insensitive; extra columns are ignored):

=========  =====================================================  ========
column     accepted header names                                  required
=========  =====================================================  ========
date       dato, date, hendelsesdato, meldt dato, registrert       yes
category   kategori, category, type, hendelsestype, avvikstype     yes
unit       enhet, unit, avdeling, seksjon                          no
id         id, avviksnummer, saksnummer, nr                        no
=========  =====================================================  ========

The file is read by the shared :mod:`companion.core.csvio` reader: separators ``;``, ``,`` or
tab; UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text") or Windows-1252
(older Excel in Norway); at most :data:`MAX_BYTES` and :data:`MAX_ROWS`. Dates as
``2026-03-14``, ``14.03.2026`` or ``14.03.26`` (a time after the date is ignored). Each bad row
is skipped with its own message; good rows are imported. A field holding an identity number is
stored with the number replaced (``[fødselsnummer fjernet]``) and counted in the result.
Re-importing the same export adds nothing: a row's key is its id together with its date and
category when the file has an id (some systems number rows 1..N in every export), otherwise the
date, category, unit and how many such rows came before it in the file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from companion.content.vocabulary import CATEGORIES
from companion.core import csvio
from companion.core.idguard import redact

COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("dato", "date", "hendelsesdato", "meldt dato", "registrert"),
    "category": ("kategori", "category", "type", "hendelsestype", "avvikstype"),
    "unit": ("enhet", "unit", "avdeling", "seksjon"),
    "id": ("id", "avviksnummer", "saksnummer", "nr"),
}
MAX_FIELD = 200
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
MAX_ERRORS_SHOWN = 200

# First-time suggestions for foreign category names (substring, case-insensitive) → ours.
# The user can change every mapping afterwards in the table.
SUGGESTIONS: tuple[tuple[str, str], ...] = (
    ("legemid", "legemiddel"),
    ("medisin", "legemiddel"),
    ("rover", "rover"),
    ("dokument", "dokumentasjon"),
    ("journal", "dokumentasjon"),
    ("arbeidsliste", "arbeidsliste"),
    ("melding", "meldinger"),
    ("samhandl", "meldinger"),
    ("pasientflyt", "pasientflyt"),
    ("innleggelse", "pasientflyt"),
    ("utskriv", "pasientflyt"),
    ("tilgang", "innlogging-tilgang"),
    ("innlogg", "innlogging-tilgang"),
    ("personvern", "personvern"),
    ("informasjonssikkerhet", "personvern"),
    ("taushet", "personvern"),
)

_DATE_RE = re.compile(
    r"^\s*(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})[./](?P<m2>\d{1,2})[./](?P<y2>\d{2}|\d{4}))"
    r"(?:[ T].*)?\s*$"
)


class DeviationImportError(Exception):
    """The file as a whole cannot be read; ``str()`` says why and what to do, in Norwegian."""

    user_message = True


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def format(self) -> str:
        return f"linje {self.line}: {self.message}"


@dataclass(frozen=True)
class ParsedRow:
    line: int
    key: str
    occurred_on: date
    source_category: str
    unit: str
    legacy_key: str = ""  # id-only key of earlier versions: recognises rows imported before
    redacted: bool = False


@dataclass(frozen=True)
class ParsedFile:
    rows: tuple[ParsedRow, ...]
    errors: tuple[RowError, ...]

    @property
    def redacted(self) -> int:
        return sum(row.redacted for row in self.rows)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: rows added, rows already there, bad rows, categories to map."""

    added: int
    duplicates: int
    errors: tuple[RowError, ...]
    unmapped: tuple[str, ...]
    auto_mapped: tuple[tuple[str, str], ...] = ()

    redacted: int = 0
    """Rows stored with an identity number replaced by ``[fødselsnummer fjernet]``."""


def read_text(path: Path) -> str:
    """The file as text (encoding detected); a file that cannot be read is refused."""
    try:
        return csvio.decode(csvio.read_file(path, MAX_BYTES)).text
    except csvio.CsvReadError as exc:
        raise DeviationImportError(str(exc)) from None


def parse_csv(content: str, today: date | None = None) -> ParsedFile:
    """Parse the export; rows with problems become :class:`RowError` instead of data."""
    today = today or date.today()
    header_line = next((line for line in content.splitlines() if line.strip()), "")
    if not header_line:
        raise DeviationImportError(
            "Filen er tom. Eksporter avvikene på nytt fra kvalitetssystemet som CSV."
        )
    delimiter = csvio.sniff_delimiter(header_line)
    columns: dict[str, int] | None = None
    rows: list[ParsedRow] = []
    errors: list[RowError] = []
    seen: dict[tuple[date, str, str], int] = {}
    try:
        for line, record in csvio.records(content, delimiter, MAX_ROWS + 1):
            if columns is None:
                columns = find_columns(record)
                continue
            parsed = parse_row(record, columns, line, today, seen)
            if isinstance(parsed, RowError):
                errors.append(parsed)
            else:
                rows.append(parsed)
    except csvio.CsvReadError as exc:
        raise DeviationImportError(str(exc)) from None
    return ParsedFile(tuple(rows), tuple(errors))


def find_columns(header: list[str]) -> dict[str, int]:
    names = [cell.strip().strip('"').casefold() for cell in header]
    columns: dict[str, int] = {}
    for key, aliases in COLUMNS.items():
        for index, name in enumerate(names):
            if name in aliases:
                columns[key] = index
                break
    missing = [k for k in ("date", "category") if k not in columns]
    if missing:
        wanted = " og ".join(f"«{COLUMNS[k][0]}»" for k in missing)
        raise DeviationImportError(
            f"Fant ikke kolonnen {wanted} i første linje av filen. Filen må ha en overskriftslinje "
            "med minst dato og kategori (for eksempel «Dato;Kategori;Enhet»). "
            "Se docs/insights.md for kolonnene som godtas."
        )
    return columns


def parse_row(
    record: list[str],
    columns: dict[str, int],
    line: int,
    today: date,
    seen: dict[tuple[date, str, str], int],
) -> ParsedRow | RowError:
    def cell(key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(record):
            return ""
        return " ".join(record[index].split())

    raw = {key: cell(key) for key in COLUMNS}
    values = {key: redact(value) for key, value in raw.items()}
    redacted = values != raw
    if not values["date"]:
        return RowError(line, "datoen mangler")
    occurred = parse_any_date(values["date"])
    if occurred is None:
        return RowError(
            line, f"forstår ikke datoen «{values['date'][:40]}» (bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)"
        )
    if occurred > today:
        return RowError(line, f"datoen {occurred:%d.%m.%Y} er fram i tid")
    if not values["category"]:
        return RowError(line, "kategorien mangler")
    if len(values["category"]) > MAX_FIELD or len(values["unit"]) > MAX_FIELD:
        return RowError(line, f"kategori eller enhet er lengre enn {MAX_FIELD} tegn")
    category, unit = values["category"], values["unit"]
    legacy = ""
    if values["id"]:
        basis = f"id|{values['id']}|{occurred.isoformat()}|{category.casefold()}"
        legacy = _digest(f"id|{values['id']}")
    else:
        group = (occurred, category.casefold(), unit.casefold())
        seen[group] = seen.get(group, 0) + 1
        basis = f"row|{occurred.isoformat()}|{group[1]}|{group[2]}|{seen[group]}"
    return ParsedRow(line, _digest(basis), occurred, category, unit, legacy, redacted)


def _digest(basis: str) -> str:
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def parse_any_date(text: str) -> date | None:
    match = _DATE_RE.match(text)
    if not match:
        return None
    if match.group("y"):
        year, month, day = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    else:
        year, month, day = int(match.group("y2")), int(match.group("m2")), int(match.group("d2"))
        if year < 100:
            year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def suggest_category(source: str) -> str | None:
    """Our category for a foreign name when it is obvious (same name, or a known word)."""
    folded = source.casefold().strip()
    for key, label in CATEGORIES.items():
        if folded in (key, label.casefold()):
            return key
    for needle, key in SUGGESTIONS:
        if needle in folded:
            return key
    return None


def fresh_sources(rows: Iterable[ParsedRow], known: Iterable[str]) -> list[str]:
    """Foreign category names in ``rows`` that the map has not seen (first spelling wins)."""
    seen = {k.casefold() for k in known}
    fresh: list[str] = []
    for row in rows:
        folded = row.source_category.casefold()
        if folded not in seen:
            seen.add(folded)
            fresh.append(row.source_category)
    return fresh


def now_utc() -> datetime:
    return datetime.now(UTC)
