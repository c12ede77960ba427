"""Identity-number refusals carry data (fields); the CLI and the UI word them (issue #16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.cli.main import main
from companion.core.idguard import IdentityNumberFound
from companion.insights.service import InsightsService
from companion.ui.workers import TaskRunner

FNR = "01019012345"


def test_domain_refusal_names_fields_not_the_number(service: InsightsService) -> None:
    with pytest.raises(IdentityNumberFound) as info:
        service.create_proposal(f"Pasient {FNR}", f"og {FNR}")
    assert info.value.fields == ("tittel", "tekst")
    assert FNR not in repr(info.value) and FNR not in str(info.value)


def test_cli_proposal_with_identity_number_exits_3_without_echo(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["insights", "proposals", "add", f"Pasient {FNR}"]) == 3
    captured = capsys.readouterr()
    assert "fødselsnummer" in captured.err and "tittel" in captured.err
    assert FNR not in captured.out + captured.err and "Pasient" not in captured.err
    assert main(["insights", "proposals", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_ui_worker_words_the_refusal_itself(qtbot: QtBot) -> None:
    runner = TaskRunner()
    messages: list[str] = []

    def refuse() -> None:
        raise IdentityNumberFound(["notat"])

    runner.start(refuse, on_error=messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    runner.wait(3000)
    assert "(i: notat)" in messages[0] and "fødselsnummer" in messages[0]
