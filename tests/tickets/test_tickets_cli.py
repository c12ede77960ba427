"""`companion tickets add|list|show|sync`: the exact CLI contract (exit codes, JSON shapes).

Exit codes: 0 ok; 2 bad input or configuration; 3 identity number without --redact (nothing
stored); 4 tickets still queued after a sync. Sync tests talk to the real RT.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from companion.cli.main import main
from companion.core.idguard import REDACTION
from support.faults import CannedServer, FaultProxy, closed_port, self_signed_tls
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


@pytest.mark.parametrize("option", ["--category", "--urgency"])
def test_an_unknown_category_or_urgency_is_refused_without_echoing_it(
    cli: Cli, option: str
) -> None:
    code = cli("tickets", "add", "--subject", "Rover", option, f"pasient {FNR}")

    assert code == 2
    assert not re.search(r"\d{5}", cli.err)  # the typed value is never repeated
    assert cli.json("tickets", "list") == []


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
def test_sync_into_a_queue_rt_refuses_is_a_configuration_error(
    cli: Cli, rt_env: RTServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(cli, f"Feil kø {uuid.uuid4()}")
    monkeypatch.setenv("COMPANION_RT_QUEUE", "Finnes ikke")

    assert cli("tickets", "sync") == 2
    assert "No permission to create tickets in the queue 'Finnes ikke'" in cli.err
    assert "rt.queue" in cli.err and "ligger trygt i kø" in cli.err
    (listed,) = cli.json("tickets", "list")
    assert (listed["state"], listed["last_error"]) == ("i_kø", "")


@rt
def test_sync_with_an_expired_token_exits_2_and_keeps_the_queue(
    cli: Cli, rt_env: RTServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(cli, f"Utløpt {uuid.uuid4()}")
    monkeypatch.setenv("COMPANION_RT_TOKEN", "1-2-utloept-noekkel")

    assert cli("tickets", "sync") == 2
    assert "HTTP 401" in cli.err and "COMPANION_RT_TOKEN" in cli.err
    assert "1-2-utloept-noekkel" not in cli.out + cli.err
    assert cli.json("tickets", "list")[0]["state"] == "i_kø"


def test_sync_against_an_address_that_redirects_exits_2(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(cli)
    with CannedServer.redirect("https://rt.example.no/rt/NoAuth/Login.html") as server:
        monkeypatch.setenv("COMPANION_SUPPORT_BACKEND", "rt")
        monkeypatch.setenv("COMPANION_RT_URL", server.url)
        monkeypatch.setenv("COMPANION_RT_TOKEN", "t")
        assert cli("tickets", "sync") == 2
    assert "sendte oss videre (HTTP 302)" in cli.err and "rt.url" in cli.err
    assert cli.json("tickets", "list")[0]["state"] == "i_kø"


@pytest.mark.parametrize(
    "url",
    ["https://folgesvenn:hemmelig-pw-9@rt.example.no", "http://:hemmelig-pw-9@127.0.0.1:9/rt"],
)
def test_credentials_in_the_rt_address_are_refused_and_never_printed(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    add(cli)
    monkeypatch.setenv("COMPANION_SUPPORT_BACKEND", "rt")
    monkeypatch.setenv("COMPANION_RT_URL", url)
    monkeypatch.setenv("COMPANION_RT_TOKEN", "t")

    assert cli("tickets", "sync") == 2

    assert "hemmelig-pw-9" not in cli.out + cli.err
    assert "COMPANION_RT_TOKEN" in cli.err and "nøkkelringen" in cli.err
    assert cli.json("tickets", "list")[0]["state"] == "i_kø"


def test_a_server_that_trickles_bytes_is_given_up_after_the_deadline(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One byte every 0.5 s never trips a read timeout; the 2 s deadline ends it: exit 4."""
    add(cli)
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    with CannedServer(answer, trickle=0.5) as server:
        monkeypatch.setenv("COMPANION_SUPPORT_BACKEND", "rt")
        monkeypatch.setenv("COMPANION_RT_URL", server.url)
        monkeypatch.setenv("COMPANION_RT_TOKEN", "t")
        monkeypatch.setenv("COMPANION_RT_DEADLINE_SECONDS", "2")
        started = time.monotonic()
        assert cli("tickets", "sync") == 4
        took = time.monotonic() - started
    assert took < 10  # one request, given up at the deadline: no retries of a stuck desk
    assert server.requests == 1
    assert "innen 2 s" in cli.err or "within 2 s" in cli.err
    assert cli.json("tickets", "list")[0]["state"] == "i_kø"


# -- retry / input checks / terminal safety ------------------------------------------------


def _mark_failed(home: Path, ticket_id: int) -> None:
    from sqlmodel import select

    from companion.app import AppContext
    from companion.db.models import OutboxEntry, Ticket

    context = AppContext.create(home=home, machine_file=home / "no-machine-config.toml")
    try:
        with context.database.session() as s:
            ticket = s.get(Ticket, ticket_id)
            assert ticket is not None
            ticket.state, ticket.last_error = "feilet", "Brukerstøtte avviste saken: nei"
            for entry in s.exec(select(OutboxEntry).where(OutboxEntry.ticket_id == ticket_id)):
                entry.done = True
                s.add(entry)
            s.add(ticket)
    finally:
        context.close()


def test_retry_queues_a_failed_ticket_again(cli: Cli, home: Path) -> None:
    first, second, third = (add(cli, f"Sak {n}") for n in range(3))
    for ticket in (first, second):
        _mark_failed(home, ticket["id"])

    assert cli("tickets", "retry", str(first["id"])) == 0
    assert f"sak {first['id']}" in cli.out
    assert cli("tickets", "retry", str(third["id"])) == 2  # queued, not failed
    assert "har ikke feilet" in cli.err
    assert cli.json("tickets", "retry", "--all-failed") == {"queued": [second["id"]]}
    assert {t["state"] for t in cli.json("tickets", "list")} == {"i_kø"}
    assert cli("tickets", "retry", "--all-failed") == 0 and "Ingen saker" in cli.out


def test_retry_needs_an_id_or_all_failed(cli: Cli) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["tickets", "retry"])
    assert excinfo.value.code == 2


@pytest.mark.parametrize("number", ["99999999999999999999999", "0", "-4", "fire"])
def test_show_with_an_impossible_number_exits_2(
    cli: Cli, capsys: pytest.CaptureFixture[str], number: str
) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["tickets", "show", number])
    assert excinfo.value.code == 2
    err = capsys.readouterr().err
    assert "saksnummer" in err and "Traceback" not in err


def test_list_with_an_unknown_state_exits_2_naming_the_valid_ones(cli: Cli) -> None:
    add(cli)
    assert cli("tickets", "list", "--state", "bogus") == 2
    assert "Ukjent tilstand «bogus»" in cli.err
    assert "utkast, i_kø, sendt, besvart, løst, feilet" in cli.err
    assert len(cli.json("tickets", "list", "--state", "i_kø")) == 1


def test_list_and_show_never_replay_terminal_escape_sequences(cli: Cli, home: Path) -> None:
    hostile = "Rover \x1b]0;eid\x07\x1b[2J\x9b31m\rferdig"
    ticket = add(cli, hostile)

    assert cli("tickets", "list") == 0
    listed = cli.out
    assert cli("tickets", "show", str(ticket["id"])) == 0
    shown = cli.out
    assert cli("tickets", "show", str(ticket["id"]), "--json") == 0
    as_json = cli.out

    for out in (listed, shown, as_json):
        assert not any(c in out for c in "\x1b\x07\x9b\r"), repr(out)
    assert "Rover \\x1b]0;eid\\x07" in shown  # visible, not obeyed
    assert json.loads(as_json)["subject"] == hostile  # JSON keeps the exact text, escaped


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
