"""`companion tickets add|list|show|sync`: the exact CLI contract (exit codes, JSON shapes).

Exit codes: 0 ok; 2 bad input or configuration; 3 identity number without --redact (nothing
stored); 4 tickets still queued after a sync. Sync tests talk to the real RT.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest

from companion.cli.main import main
from companion.core.idguard import REDACTION
from support.faults import FaultProxy, closed_port, self_signed_tls
from support.rt_server import RTServer
from support.ticket_helpers import PNG, seed_home, synthetic_fnr, write_file

FNR = synthetic_fnr()
rt = pytest.mark.rt


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys
        self.out = self.err = ""

    def __call__(self, *args: str) -> int:
        code = main(list(args))
        self.out, self.err = self.capsys.readouterr()
        return code

    def json(self, *args: str) -> Any:
        code = self(*args, "--json")
        assert code in (0, 4), (code, self.err)
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], home: Path) -> Cli:
    seed_home(home)  # COMPANION_HOME points here; the CLI finds a current database
    return Cli(capsys)


@pytest.fixture
def rt_env(monkeypatch: pytest.MonkeyPatch, rt_server: RTServer) -> RTServer:
    assert rt_server.service_token
    monkeypatch.setenv("COMPANION_SUPPORT_BACKEND", "rt")
    monkeypatch.setenv("COMPANION_RT_URL", rt_server.url)
    monkeypatch.setenv("COMPANION_RT_TOKEN", rt_server.service_token)
    return rt_server


def add(cli: Cli, subject: str = "Rover skanner ikke", *extra: str) -> dict[str, Any]:
    ticket: dict[str, Any] = cli.json(
        "tickets", "add", "--subject", subject, "--body", "Armbåndet leses ikke.", *extra
    )
    return ticket


# -- add / list / show -------------------------------------------------------------------


def test_add_prints_the_stored_ticket_and_list_and_show_find_it(cli: Cli) -> None:
    ticket = add(cli, "Rover skanner ikke", "--category", "rover", "--urgency", "høy")

    assert ticket["state"] == "i_kø" and ticket["remote_id"] == ""
    assert (ticket["subject"], ticket["description"], ticket["category"], ticket["urgency"]) == (
        "Rover skanner ikke",
        "Armbåndet leses ikke.",
        "rover",
        "høy",
    )
    assert ticket["external_id"] == str(uuid.UUID(ticket["external_id"]))
    (listed,) = cli.json("tickets", "list")
    assert {"id", "subject", "state", "remote_id"} <= set(listed)
    assert (listed["id"], listed["state"]) == (ticket["id"], "i_kø")
    shown = cli.json("tickets", "show", str(ticket["id"]))
    assert (shown["id"], shown["messages"]) == (ticket["id"], [])

    assert cli("tickets", "list") == 0
    assert "Rover skanner ikke" in cli.out and "I kø" in cli.out
    assert cli("tickets", "show", str(ticket["id"])) == 0
    assert "Armbåndet leses ikke." in cli.out


def test_add_draft_is_not_queued(cli: Cli) -> None:
    assert add(cli, "Utkast", "--draft")["state"] == "utkast"


@pytest.mark.parametrize("where", ["--subject", "--body"])
def test_identity_number_exits_3_says_why_and_stores_nothing(
    cli: Cli, home: Path, where: str
) -> None:
    args = {"--subject": "Rover skanner ikke", "--body": "Armbåndet leses ikke."}
    args[where] = f"Gjelder {FNR[:6]} {FNR[6:]} på rom 4"

    code = cli("tickets", "add", *[x for pair in args.items() for x in pair], "--json")

    assert code == 3
    assert cli.out == ""
    assert "fødselsnummer" in cli.err and "--redact" in cli.err
    assert not re.search(r"\d{5}", cli.err)  # no part of the number is repeated
    assert cli.json("tickets", "list") == []
    assert FNR[6:].encode() not in (home / "companion.db").read_bytes()


def test_identity_number_in_a_file_name_or_with_a_bad_file_still_exits_3(
    cli: Cli, tmp_path: Path
) -> None:
    png = write_file(tmp_path / f"skjerm {FNR}.png", PNG)
    assert cli("tickets", "add", "--subject", "Sak", "--attach", str(png)) == 3
    assert FNR not in cli.err and "Filnavn" in cli.err
    assert cli("tickets", "add", "--subject", f"Sak {FNR}", "--attach", "finnes-ikke.png") == 3
    assert cli.json("tickets", "list") == []


def test_redact_replaces_the_number_and_stores(cli: Cli) -> None:
    ticket = cli.json(
        "tickets",
        "add",
        "--subject",
        "Feil dose",
        "--body",
        f"Pasient {FNR} fikk feil dose",
        "--redact",
    )

    assert ticket["state"] == "i_kø"
    assert ticket["description"] == f"Pasient {REDACTION} fikk feil dose"


def test_attachment_is_stored_with_the_ticket(cli: Cli, tmp_path: Path) -> None:
    png = write_file(tmp_path / "skjerm.png", PNG)

    ticket = add(cli, "Med vedlegg", "--attach", str(png))

    assert [(a["filename"], a["mime_type"], a["size"]) for a in ticket["attachments"]] == [
        ("skjerm.png", "image/png", len(PNG))
    ]
    assert "pasientopplysninger" in cli.err  # the confirmation is stated when not asked


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--urgency", "akutt"], "hastegrad"),
        (["--category", "ukjent"], "kategori"),
        (["--attach", "finnes-ikke.png"], "Finner ikke vedlegget"),
        (["--attach", "{text}"], "PNG/JPEG"),
        (["--attach", "{png}", "--attach", "{text}"], "PNG/JPEG"),
    ],
)
def test_bad_input_exits_2_and_stores_nothing(
    cli: Cli, tmp_path: Path, args: list[str], message: str
) -> None:
    files = {
        "{png}": str(write_file(tmp_path / "ok.png", PNG)),
        "{text}": str(write_file(tmp_path / "notat.txt", b"hei")),
    }
    args = [files.get(a, a) for a in args]

    assert cli("tickets", "add", "--subject", "Sak", *args) == 2
    assert message.lower() in cli.err.lower()
    assert cli.json("tickets", "list") == []
    assert list((tmp_path / "home" / "attachments").glob("*/*")) == []


def test_missing_subject_is_a_usage_error(cli: Cli) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["tickets", "add", "--body", "uten emne"])
    assert excinfo.value.code == 2


def test_show_unknown_ticket_exits_2(cli: Cli) -> None:
    assert cli("tickets", "show", "4242") == 2
    assert "Fant ingen sak" in cli.err


# -- sync ----------------------------------------------------------------------------------


def test_sync_without_a_desk_exits_2(cli: Cli) -> None:
    add(cli)
    assert cli("tickets", "sync") == 2
    assert "COMPANION_SUPPORT_BACKEND" in cli.err
    assert cli.json("tickets", "list")[0]["state"] == "i_kø"


def test_sync_with_a_malformed_address_exits_2(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPANION_SUPPORT_BACKEND", "rt")
    monkeypatch.setenv("COMPANION_RT_URL", "rt.example.no")  # no http(s)://
    monkeypatch.setenv("COMPANION_RT_TOKEN", "hemmelig-token-123")
    assert cli("tickets", "sync") == 2
    assert "ugyldige" in cli.err and "hemmelig-token-123" not in cli.err


@rt
def test_sync_exits_4_while_the_desk_is_away_then_0_and_pulls_replies(
    cli: Cli, rt_env: RTServer, monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    ticket = add(cli, f"CLI {uuid.uuid4()}")
    monkeypatch.setenv("COMPANION_RT_URL", f"http://127.0.0.1:{closed_port()}")

    report = cli.json("tickets", "sync")
    assert cli("tickets", "sync", "--json") == 4
    assert (report["online"], report["sent"], report["remaining"]) == (False, 0, 1)
    assert {"sent", "failed", "retry_later", "replies", "remaining", "online", "errors"} <= set(
        report
    )
    assert cli.json("tickets", "list")[0]["state"] == "i_kø"

    monkeypatch.setenv("COMPANION_RT_URL", rt_env.url)
    assert cli("tickets", "sync", "--due-only") == 4  # scheduled runs respect the backoff
    assert cli("--verbose", "tickets", "sync") == 0  # an explicit sync sends what is queued
    assert "Sendt: 1." in cli.out
    (listed,) = cli.json("tickets", "list")
    assert listed["state"] == "sendt" and listed["remote_id"].isdigit()
    assert rt_env.tickets_with_external_id(ticket["external_id"]) == [int(listed["remote_id"])]

    rt_env.reply_as_staff(listed["remote_id"], "Hei! Start Rover på nytt, så virker det. – IT")
    assert cli.json("tickets", "sync")["replies"] == 1
    shown = cli.json("tickets", "show", str(ticket["id"]))
    assert shown["state"] == "besvart"
    assert [(m["direction"], m["body"]) for m in shown["messages"]][-1] == (
        "inn",
        "Hei! Start Rover på nytt, så virker det. – IT",
    )
    assert cli("tickets", "show", str(ticket["id"])) == 0
    assert "Brukerstøtte (Enoch Root)" in cli.out

    token = rt_env.service_token or ""
    logs = "".join(p.read_text(encoding="utf-8") for p in (home / "logs").glob("*.log*"))
    assert "created" in logs and token not in logs  # secrets never in logs


@rt
def test_sync_with_user_and_password(
    cli: Cli, rt_env: RTServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticket = add(cli, f"Basic {uuid.uuid4()}")
    monkeypatch.delenv("COMPANION_RT_TOKEN")
    monkeypatch.setenv("COMPANION_RT_USER", rt_env.service_user)
    monkeypatch.setenv("COMPANION_RT_PASSWORD", rt_env.service_password)

    assert cli("tickets", "sync", "--json") == 0
    assert rt_env.service_password not in cli.out + cli.err
    assert len(rt_env.tickets_with_external_id(ticket["external_id"])) == 1


@rt
def test_sync_marks_a_refused_ticket_failed_with_rts_message(
    cli: Cli, rt_env: RTServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(cli, f"Feil kø {uuid.uuid4()}")
    monkeypatch.setenv("COMPANION_RT_QUEUE", "Finnes ikke")

    report = cli.json("tickets", "sync")

    assert (report["failed"], report["remaining"]) == (1, 0)
    (listed,) = cli.json("tickets", "list")
    assert listed["state"] == "feilet"
    assert "No permission to create tickets in the queue 'Finnes ikke'" in listed["last_error"]


@rt
def test_tls_certificate_is_verified_by_default(
    cli: Cli, rt_env: RTServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """RT behind HTTPS with a certificate nobody trusts: nothing (no token) is sent."""
    tls = self_signed_tls(tmp_path)
    if tls is None:
        pytest.skip("openssl is not installed")
    ticket = add(cli, f"TLS {uuid.uuid4()}")
    with FaultProxy(rt_env.url, tls=tls) as https:
        monkeypatch.setenv("COMPANION_RT_URL", https.url)

        assert cli("tickets", "sync") == 4
        assert "CERTIFICATE_VERIFY_FAILED" in cli.err
        assert https.seen == []  # the handshake failed: no request (and no token) went out
        assert rt_env.tickets_with_external_id(ticket["external_id"]) == []

        monkeypatch.setenv("COMPANION_RT_VERIFY_TLS", "false")  # an explicit choice only
        assert cli("tickets", "sync") == 0
        assert len(rt_env.tickets_with_external_id(ticket["external_id"])) == 1
