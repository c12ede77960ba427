"""Eksporter diagnostikk: one zip the support desk can read, with nothing they must not see.

Why a zip and not "send us your folder": the home folder holds the database (tickets,
notes, training records) and the keyring may hold the Request Tracker token. The zip holds
only the log files, the settings files and a generated ``info.txt`` (versions, paths,
database schema state and row *counts*). Every text line passes a scrubber that removes
values that look like passwords or tokens, URL credentials, the secrets set in the
environment and national identity numbers. The database file is never read except for
``COUNT(*)`` per table, and :mod:`companion.credentials` is never asked for a secret.
"""

from __future__ import annotations

import logging
import os
import platform
import re
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from companion import APP_NAME, __version__
from companion.core.idguard import redact
from companion.credentials import ENV_NAMES
from companion.paths import AppPaths, machine_config_file
from companion.settings import Settings

log = logging.getLogger(__name__)

REMOVED = "«fjernet»"
SQLITE_MAGIC = b"SQLite format 3\x00"

_SECRET_WORD = (
    r"(?:password|passwd|passord|passphrase|pwd|secret|token|api[_-]?key"
    r"|authorization|auth|cookie|session[_-]?id|credential)"
)
_AUTH_HEADER = re.compile(
    r"(?i)\b(authorization\s*[:=]\s*[\"']?)(?:(basic|bearer|token)\s+)?[^\s\"',;]+"
)
_AUTH_SCHEME = re.compile(r"(?i)\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{8,}")
_KEY_VALUE = re.compile(
    rf"(?i)((?<![\w.])[\w-]*{_SECRET_WORD}[\w-]*[\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s,;&\"']+)"
)
_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@")
_OPAQUE = re.compile(r"[A-Za-z0-9_+=-]{24,}")
_HEX = re.compile(r"\b[0-9a-fA-F]{32,}\b")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


@dataclass(frozen=True)
class DiagnosticsResult:
    """Where the zip went and what it holds (shown to the user and logged)."""

    path: Path
    members: tuple[str, ...]
    size_bytes: int


def default_filename(now: datetime | None = None) -> str:
    """A name that sorts by time and says what it is."""
    return f"folgesvenn-diagnostikk-{(now or datetime.now()):%Y%m%d-%H%M}.zip"


def _looks_random(run: str) -> bool:
    """Token-like: long, with upper case, lower case and digits mixed (not a word or path part)."""
    if _UUID.fullmatch(run):
        return False
    upper = sum(c.isupper() for c in run)
    lower = sum(c.islower() for c in run)
    digits = sum(c.isdigit() for c in run)
    return upper >= 2 and lower >= 2 and digits >= 2


class Scrubber:
    """Removes secret-looking values from text; ``known`` are exact values to remove too."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self.known = sorted({k for k in known if len(k) >= 4}, key=len, reverse=True)

    def line(self, text: str) -> str:
        for value in self.known:
            text = text.replace(value, REMOVED)
        text = _URL_USERINFO.sub(lambda m: f"{m.group(1)}{REMOVED}@", text)
        text = _AUTH_HEADER.sub(
            lambda m: f"{m.group(1)}{(m.group(2) + ' ') if m.group(2) else ''}{REMOVED}", text
        )
        text = _AUTH_SCHEME.sub(lambda m: f"{m.group(1)}{m.group(2)}{REMOVED}", text)
        text = _KEY_VALUE.sub(
            lambda m: m.group(1) + (REMOVED if REMOVED not in m.group(2) else m.group(2)), text
        )
        text = _HEX.sub(REMOVED, text)
        text = _OPAQUE.sub(lambda m: REMOVED if _looks_random(m.group(0)) else m.group(0), text)
        return redact(text) if any(c.isdigit() for c in text) else text

    def text(self, text: str) -> str:
        return "".join(self.line(line) for line in text.splitlines(keepends=True))


def environment_secrets(environ: Mapping[str, str]) -> list[str]:
    """Values of the secret environment variables, so they can be removed wherever they appear."""
    return [environ[name] for name in ENV_NAMES.values() if environ.get(name)]


def export_diagnostics(
    paths: AppPaths,
    settings: Settings,
    target: Path,
    *,
    content_dir: Path | None = None,
    machine_file: Path | None = None,
    runtime: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> DiagnosticsResult:
    """Write the diagnostics zip to ``target`` atomically (a failed export leaves no half file).

    ``runtime`` adds lines such as Qt versions that only the UI layer knows.
    """
    env = os.environ if environ is None else environ
    machine = machine_file or machine_config_file()
    scrubber = Scrubber(environment_secrets(env))
    entries: list[tuple[str, str]] = [
        ("info.txt", build_info(paths, settings, content_dir, machine, runtime, env))
    ]
    for name, path in (("config.toml", paths.config_file), ("machine-config.toml", machine)):
        text = _read_text(path)
        if text is not None:
            entries.append((name, text))
    entries.extend(
        (f"logs/{path.name}", text)
        for path in log_files(paths.logs)
        if (text := _read_text(path)) is not None
    )
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".diagnostikk-", suffix=".zip", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in entries:
                archive.writestr(name, scrubber.text(text))
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    members = tuple(name for name, _ in entries)
    log.info("diagnostics exported to %s (%d files)", target, len(members))
    return DiagnosticsResult(target, members, target.stat().st_size)


def log_files(log_dir: Path) -> list[Path]:
    """``companion.log`` and its rotated copies (``*.log*``), oldest last."""
    if not log_dir.is_dir():
        return []
    return sorted((p for p in log_dir.glob("*.log*") if p.is_file()), key=lambda p: p.name)


def _read_text(path: Path) -> str | None:
    """The file as text, or None if missing, unreadable or a database in disguise."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if data.startswith(SQLITE_MAGIC):
        log.warning("skipped %s in diagnostics: it is a database", path)
        return None
    return data.decode("utf-8", errors="replace")


def build_info(
    paths: AppPaths,
    settings: Settings,
    content_dir: Path | None,
    machine_file: Path,
    runtime: Mapping[str, str] | None,
    environ: Mapping[str, str],
) -> str:
    """The human-readable summary: versions, paths, schema state, counts; never contents."""
    lines = [
        f"{APP_NAME} – diagnostikk",
        f"Laget: {datetime.now():%Y-%m-%d %H:%M:%S} (lokal tid)",
        f"Versjon: {__version__}",
        f"Frosset app: {'ja' if getattr(sys, 'frozen', False) else 'nei'} ({sys.executable})",
        f"Operativsystem: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
    ]
    lines += [f"{key}: {value}" for key, value in (runtime or {}).items()]
    lines += ["", "[Mapper]"]
    lines += [
        f"Datamappe: {paths.home}",
        f"Database: {_describe_file(paths.database)}",
        f"Logger: {paths.logs}",
        f"Brukerinnstillinger: {_describe_file(paths.config_file)}",
        f"Maskininnstillinger: {_describe_file(machine_file)}",
        f"Innhold: {content_dir or '(innebygd)'}",
        f"Sikkerhetskopier: {_count_files(paths.backups)} filer i {paths.backups}",
        f"Vedlegg: {_count_files(paths.attachments)} filer",
    ]
    lines += ["", "[Database]", *database_summary(paths.database)]
    lines += ["", "[Innstillinger i bruk]"]
    for section, values in settings.to_dict().items():
        lines += [f"{section}.{key} = {value!r}" for key, value in values.items()]
    lines += [f"Problem: {problem}" for problem in settings.problems]
    names = sorted(
        name for name in environ if name.startswith("COMPANION_") or name.startswith("QT_")
    )
    lines += ["", "[Miljøvariabler som er satt (bare navn)]", *(names or ["(ingen)"])]
    return "\n".join(lines) + "\n"


def _describe_file(path: Path) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return f"{path} (finnes ikke)"
    except OSError as exc:
        return f"{path} (kan ikke leses: {type(exc).__name__})"
    readable = "lesbar" if os.access(path, os.R_OK) else "ikke lesbar"
    return f"{path} ({size} byte, {readable})"


def _count_files(folder: Path) -> int:
    try:
        return sum(1 for p in folder.iterdir() if p.is_file())
    except OSError:
        return 0


def database_summary(path: Path) -> list[str]:
    """Schema state and the number of rows per table; opens the file read-only."""
    from companion.db.migrate import read_state
    from companion.db.revisions import HEAD

    state, revision = read_state(path)
    lines = [f"Tilstand: {state.value} (versjon {revision or '-'}, gjeldende {HEAD})"]
    if not path.is_file() or state.value in {"missing", "empty", "corrupt"}:
        return lines
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = [
                row[0]
                for row in con.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                    "'sqlite_%' ORDER BY name"
                )
            ]
            lines.append("Antall rader per tabell:")
            for table in tables:
                quoted = '"' + table.replace('"', '""') + '"'
                count = con.execute(f"SELECT COUNT(*) FROM {quoted}").fetchone()[0]
                lines.append(f"  {table}: {count}")
        finally:
            con.close()
    except sqlite3.Error as exc:
        lines.append(f"Kunne ikke telle rader: {type(exc).__name__}")
    return lines
