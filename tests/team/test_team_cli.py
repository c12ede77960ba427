"""Headless: `training show|record|people --json` and `team admin` against a real server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from team_support import CHECKLIST, ITEM, PASSWORD, person

from companion.app import AppContext
from companion.cli.main import main
from support.pg_server import PGServer


def _seed(home: Path) -> str:
    context = AppContext.create(home=home, machine_file=home / "none.toml")
    try:
        return context.training.people.add(person()).uid
    finally:
        context.close()


def test_record_then_show_and_people_json(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uid = _seed(home)
    assert main(["training", "record", uid, ITEM, "--stage", "godkjent", "--by", "Siri Lund",
                 "--date", "2026-06-01"]) == 0  # fmt: skip
    assert "godkjent av Siri Lund" in capsys.readouterr().out
    assert main(["training", "show", uid, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert set(shown) == {"id", "name", "unit", "role", "first_day", "ready", "items"}
    assert shown["id"] == uid and shown["ready"] is False
    card = next(i for i in shown["items"] if i["item_id"] == ITEM)
    assert card["checklist"] == CHECKLIST and card["required"] is True
    assert card["approved"]["by"] == "Siri Lund" and card["approved"]["on"] == "2026-06-01"
    assert card["shown"] is None
    assert main(["training", "people", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert set(row) == {"id", "name", "unit", "role", "first_day", "ready", "approved", "required"}
    assert (row["id"], row["approved"]) == (uid, 1) and row["required"] > 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--stage", "ferdig", "--by", "Siri"], "Ukjent trinn"),
        (["--stage", "vist", "--by", "Siri", "--date", "1. juni"], "ÅÅÅÅ-MM-DD"),
        (["--stage", "vist", "--by", "Siri", "--date", "2999-01-01"], "frem i tid"),
        (["--stage", "vist", "--by", " "], "Skriv navnet"),
    ],
)
def test_record_refuses_bad_input_with_exit_2(
    home: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    uid = _seed(home)
    assert main(["training", "record", uid, ITEM, *args]) == 2
    assert message in capsys.readouterr().err


def test_unknown_person_and_item_are_exit_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uid = _seed(home)
    assert main(["training", "show", "17"]) == 2
    assert "ikke en person-id" in capsys.readouterr().err
    assert main(["training", "show", "0b8a3a5e-1111-4111-8111-111111111111"]) == 2
    assert "Fant ingen person" in capsys.readouterr().err
    assert main(["training", "record", uid, "finnes-ikke", "--stage", "vist", "--by", "S"]) == 2
    assert "Fant ikke punktet" in capsys.readouterr().err


def test_admin_init_is_idempotent_and_add_tenant_prints_a_url_without_password(
    team_server: PGServer, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(2):
        assert main(["team", "admin", "init", "--url", team_server.admin_url]) == 0
        assert "t001" in capsys.readouterr().out
    url = team_server.admin_url
    assert main(["team", "admin", "add-tenant", "kommune_cli", "--url", url]) == 0
    out = capsys.readouterr().out
    assert f"postgresql://kommune_cli@127.0.0.1:{team_server.port}/postgres" in out
    assert team_server.password not in out
    assert main(["team", "admin", "add-tenant", "Robert'); DROP", "--url", url,
                 "--password", PASSWORD]) == 2  # fmt: skip
    assert "kan ikke brukes" in capsys.readouterr().err
