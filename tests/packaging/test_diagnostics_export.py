"""Eksporter diagnostikk: logs and settings for the desk; never the database, never secrets."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from companion import __version__
from companion.app import AppContext
from companion.diagnostics import REMOVED, Scrubber, default_filename, export_diagnostics
from companion.settings import load_settings

SECRETS = {
    "config": "PlantedConfigToken-Xy12Zz98",
    "machine": "MachineSecretValue77",
    "log_password": "hunter2hunter2",
    "log_header": "1-14-0123456789abcdef0123456789abcdef",
    "env": "EnvOnlySecret4711",
    "url": "urlpass99",
}
DB_MARKER = "Innhold-fra-databasen-som-aldri-skal-ut"


def plant(context: AppContext, machine: Path) -> None:
    paths = context.paths
    paths.config_file.write_text(
        '[rt]\nurl = "https://rt.kommune.no"\nqueue = "Helseplattformen"\ntoken = '
        f'"{SECRETS["config"]}"\n',
        encoding="utf-8",
    )
    machine.write_text(
        f'[support]\nbackend = "rt"\n[rt]\npassword = "{SECRETS["machine"]}"\n', encoding="utf-8"
    )
    paths.logs.mkdir(parents=True, exist_ok=True)
    (paths.logs / "companion.log").write_text(
        "2026-01-05 10:00:00,000 INFO companion.tickets.rt: login user=ola password="
        + SECRETS["log_password"]
        + "\n"
        "2026-01-05 10:00:01,000 DEBUG httpx: Authorization: token " + SECRETS["log_header"] + "\n"
        "2026-01-05 10:00:02,000 INFO companion.tickets.rt: using "
        + SECRETS["env"]
        + " from the environment\n"
        "2026-01-05 10:00:03,000 INFO companion.tickets.rt: GET https://ola:"
        + SECRETS["url"]
        + "@rt.kommune.no/REST/2.0/queues\n"
        "2026-01-05 10:00:04,000 WARNING companion.search: no hits for 'insulin'\n",
        encoding="utf-8",
    )
    (paths.logs / "companion.log.1").write_text(
        "2026-01-04 09:00:00,000 INFO companion.ui.launch: starting\n", encoding="utf-8"
    )
    # A database copied into the log folder by mistake must not ride along either.
    (paths.logs / "copy.log.db").write_bytes(context.paths.database.read_bytes())


def add_ticket(context: AppContext) -> None:
    from companion.db.models.tickets import Ticket

    with context.database.session() as session:
        session.add(
            Ticket(
                external_id="0b6c3a4e-1111-4222-8333-444455556666",
                subject=DB_MARKER,
                description=DB_MARKER,
            )
        )


@pytest.fixture
def exported(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[zipfile.ZipFile, dict[str, bytes]]:
    monkeypatch.setenv("COMPANION_RT_TOKEN", SECRETS["env"])
    context.prepare_database()
    add_ticket(context)
    machine = tmp_path / "machine-config.toml"
    plant(context, machine)
    settings = load_settings(context.paths.config_file, machine)
    target = tmp_path / "out" / default_filename()
    result = export_diagnostics(
        context.paths,
        settings,
        target,
        content_dir=context.content_dir,
        machine_file=machine,
        runtime={"Qt": "6.x"},
    )
    assert result.path == target and target.is_file() and result.size_bytes == target.stat().st_size
    archive = zipfile.ZipFile(target)
    return archive, {name: archive.read(name) for name in archive.namelist()}


def test_zip_holds_logs_settings_and_info(
    exported: tuple[zipfile.ZipFile, dict[str, bytes]],
) -> None:
    _archive, members = exported
    assert set(members) == {
        "info.txt",
        "config.toml",
        "machine-config.toml",
        "logs/companion.log",
        "logs/companion.log.1",
    }
    assert "no hits for 'insulin'" in members["logs/companion.log"].decode()
    assert 'queue = "Helseplattformen"' in members["config.toml"].decode()


def test_zip_never_holds_the_database(
    exported: tuple[zipfile.ZipFile, dict[str, bytes]], context: AppContext
) -> None:
    _archive, members = exported
    assert not any(name.endswith((".db", ".db-wal", ".db-shm")) for name in members)
    for name, data in members.items():
        assert b"SQLite format 3" not in data, name
        assert DB_MARKER.encode() not in data, name
    assert context.paths.database.is_file()


def test_zip_never_holds_a_planted_secret(
    exported: tuple[zipfile.ZipFile, dict[str, bytes]],
) -> None:
    _archive, members = exported
    for name, data in members.items():
        for label, secret in SECRETS.items():
            assert secret.encode() not in data, f"{label} secret leaked into {name}"
    assert REMOVED in members["logs/companion.log"].decode()


def test_info_has_versions_paths_and_counts_only(
    exported: tuple[zipfile.ZipFile, dict[str, bytes]], context: AppContext
) -> None:
    info = exported[1]["info.txt"].decode()
    assert f"Versjon: {__version__}" in info
    assert "Python: " in info and "Qt: 6.x" in info
    assert f"Datamappe: {context.paths.home}" in info
    assert f"Logger: {context.paths.logs}" in info
    assert "Tilstand: current" in info
    assert "  ticket: 1" in info
    assert "COMPANION_RT_TOKEN" in info  # the name of a set variable, never its value
    assert "ukjent innstilling rt.token" in info


def test_failed_export_leaves_no_file(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.paths.logs.mkdir(parents=True, exist_ok=True)
    (context.paths.logs / "companion.log").write_text("line\n", encoding="utf-8")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken)
    target = tmp_path / "out" / "diag.zip"
    with pytest.raises(OSError):
        export_diagnostics(
            context.paths, context.settings, target, machine_file=tmp_path / "none.toml"
        )
    assert list(target.parent.iterdir()) == []


def test_export_without_database_or_logs(context: AppContext, tmp_path: Path) -> None:
    context.paths.database.unlink()  # the fixture's home comes with a migrated database
    result = export_diagnostics(
        context.paths, context.settings, tmp_path / "d.zip", machine_file=tmp_path / "none.toml"
    )
    with zipfile.ZipFile(result.path) as archive:
        assert archive.namelist() == ["info.txt"]
        assert "Tilstand: missing" in archive.read("info.txt").decode()


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ('password = "hunter2"', "hunter2"),
        ("passord: sommer2026", "sommer2026"),
        ("GET /x?token=abc123&x=1", "abc123"),
        ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", "eyJhbGciOiJIUzI1NiJ9"),
        ("proxy http://user:pa55word@proxy.kommune.no:8080", "pa55word"),
        ("got key Zq8RkP2xLm4VbN7cTy5WsQ3d from server", "Zq8RkP2xLm4VbN7cTy5WsQ3d"),
        (
            "hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "9f86d081884c7d659a2f",
        ),
        ("pasient 01019012345 falt", "01019012345"),
    ],
)
def test_scrubber_removes_secret_looking_values(line: str, secret: str) -> None:
    assert secret not in Scrubber().line(line)


@pytest.mark.parametrize(
    "line",
    [
        "2026-01-05 10:00:00,000 INFO companion.credentials: keyring unavailable: NoKeyringError",
        "home=/tmp/pytest-of-root/pytest-3/test_export_never_contains_the_database0/home",
        "synced 0b6c3a4e-1111-4222-8333-444455556666 to ticket 1234",
        r"C:\Users\ola.nordmann\AppData\Local\Companion\logs\companion.log",
        "rt.custom_field = 'ExternalId'",
    ],
)
def test_scrubber_keeps_ordinary_lines(line: str) -> None:
    assert Scrubber().line(line) == line
