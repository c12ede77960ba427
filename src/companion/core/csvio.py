"""CSV in and out, one way for every import and export.

Out: semicolon-separated UTF-8 with BOM and CRLF, so Norwegian Excel opens it with æøå intact;
cells that start like a formula (``= + - @``, tab, CR) get a leading ``'`` so a spreadsheet
never runs them; written atomically (temp file + rename).

In: the bytes are decoded by BOM (UTF-8, UTF-16 LE/BE - Excel's "Unicode text"), then as UTF-8,
then as Windows-1252 (older Excel in Norway); the separator (``;``, ``,`` or tab) is chosen from
the header line; size and row limits stop a wrong file early. Problems are a
:class:`CsvReadError` with a :class:`CsvProblem` kind; :func:`describe` words them.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DELIMITERS = (";", ",", "\t")


def safe_cell(value: object) -> str:
    """Text for a CSV cell; formula-like text is neutralised for spreadsheets."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_csv(path: Path, header: Sequence[object], rows: Iterable[Sequence[object]]) -> None:
    """Write atomically (temp file + rename): a crash never leaves half a file behind."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow([safe_cell(h) for h in header])
            for row in rows:
                writer.writerow([safe_cell(c) for c in row])
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class CsvProblem(StrEnum):
    NOT_FOUND = "not-found"
    IS_A_FOLDER = "is-a-folder"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"
    SPREADSHEET = "spreadsheet"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    EMPTY = "empty"
    TOO_MANY_ROWS = "too-many-rows"


class CsvEncoding(StrEnum):
    UTF8 = "UTF-8"
    UTF16 = "UTF-16"
    CP1252 = "Windows-1252"


class CsvReadError(Exception):
    """A file that cannot be read as CSV at all; ``limit`` is the size or row limit hit."""

    user_message = True

    def __init__(self, problem: CsvProblem, detail: str = "", limit: int = 0) -> None:
        self.problem, self.detail, self.limit = problem, detail, limit
        super().__init__(describe(self))


@dataclass(frozen=True)
class CsvText:
    text: str
    encoding: CsvEncoding


def read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing missing, unreadable and too large files."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CsvReadError(CsvProblem.TOO_LARGE, f"{size // 1024} KiB", max_bytes)
        return path.read_bytes()
    except FileNotFoundError:
        raise CsvReadError(CsvProblem.NOT_FOUND, str(path)) from None
    except IsADirectoryError:
        raise CsvReadError(CsvProblem.IS_A_FOLDER, str(path)) from None
    except OSError as exc:
        raise CsvReadError(CsvProblem.UNREADABLE, exc.strerror or str(exc)) from None


def decode(data: bytes) -> CsvText:
    """Text by BOM, then UTF-8, then Windows-1252; spreadsheets and binary files are refused."""
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise CsvReadError(CsvProblem.SPREADSHEET)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return CsvText(data.decode("utf-16"), CsvEncoding.UTF16)
        except UnicodeDecodeError:
            raise CsvReadError(CsvProblem.UNDECODABLE) from None
    if b"\x00" in data:
        raise CsvReadError(CsvProblem.BINARY)
    try:
        return CsvText(data.decode("utf-8-sig"), CsvEncoding.UTF8)
    except UnicodeDecodeError:
        pass
    try:
        return CsvText(data.decode("cp1252"), CsvEncoding.CP1252)
    except UnicodeDecodeError:
        raise CsvReadError(CsvProblem.UNDECODABLE) from None


def split_line(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def sniff_delimiter(header_line: str, score: Callable[[list[str]], int] | None = None) -> str:
    """The separator that splits the header best (by ``score``, else the most cells)."""
    rate = score or len
    return max(DELIMITERS, key=lambda d: rate(split_line(header_line, d)))


def records(text: str, delimiter: str, max_rows: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for every non-blank record; more than ``max_rows`` is an error."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    count = 0
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        count += 1
        if count > max_rows:
            raise CsvReadError(CsvProblem.TOO_MANY_ROWS, limit=max_rows)
        yield reader.line_num, cells


_SAVE_AS = (
    "Åpne den i Excel og velg Lagre som → «CSV UTF-8 (kommadelt)», og importer den nye filen."
)
_MESSAGES = {
    CsvProblem.NOT_FOUND: (
        "Fant ikke filen {detail}, så den kan ikke åpnes. Sjekk navnet og mappen, og prøv igjen."
    ),
    CsvProblem.IS_A_FOLDER: "{detail} er en mappe. Velg CSV-filen i mappen.",
    CsvProblem.UNREADABLE: (
        "Filen kan ikke åpnes ({detail}). Sjekk at den finnes og ikke er åpen i et annet program."
    ),
    CsvProblem.TOO_LARGE: (
        "Filen er {detail}. En importfil kan være høyst {mib} MiB. Del den opp, "
        "eller ta bare med det du trenger."
    ),
    CsvProblem.SPREADSHEET: "Filen er et Excel-regneark, ikke en CSV-fil. " + _SAVE_AS,
    CsvProblem.BINARY: (
        "Filen inneholder binære data og er ikke en tekstfil (CSV). Eksporter listen som CSV "
        "og prøv igjen."
    ),
    CsvProblem.UNDECODABLE: (
        "Filen er ikke lagret som UTF-8, og tegnene kan ikke leses. " + _SAVE_AS
    ),
    CsvProblem.EMPTY: "Filen er tom.",
    CsvProblem.TOO_MANY_ROWS: "Filen har flere enn {limit} rader. Del filen opp og importer "
    "delene.",
}


def describe(error: CsvReadError) -> str:
    """Plain Norwegian: what is wrong with the file and what to do."""
    return _MESSAGES[error.problem].format(
        detail=error.detail, limit=error.limit, mib=max(1, error.limit // 1024 // 1024)
    )
