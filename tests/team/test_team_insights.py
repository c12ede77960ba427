"""Innsikt for the whole team against a real PostgreSQL: two desktops' search gaps combined."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from team_support import Desktop

from companion.cli.main import main
from companion.db.models import Feedback, SearchLog
from companion.insights.period import Period
from companion.insights.scope import Scope
from support.pg_server import PGServer


def _log(desk: Desktop, zero_hits: int, no_votes: int = 0) -> None:
    with desk.context.database.session() as s:
        for _ in range(zero_hits):
            s.add(SearchLog(query="Rover bytte pasient", normalized="rover bytt pasient", hits=0))
        for _ in range(no_votes):
            s.add(Feedback(article_id="kb-rover", helpful=False))


def test_a_sees_both_pcs_gaps_after_sync_in_the_domain_and_cli_json(
    desktops: Callable[..., Desktop],
    team_server: PGServer,
    tenant: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    a, b = desktops("PC-A"), desktops("PC-B")
    _log(a, 3, no_votes=1)
    _log(b, 2, no_votes=2)
    a.sync()
    b.sync()
    a.sync()
    _log(a, 1)  # searched after the last sync: counted from the local log, never twice
    today = date.today()
    period = Period(today - timedelta(days=1), today)

    gaps = a.context.insights.gaps(period)
    assert (gaps.scope, gaps.pcs) == (Scope.TEAM, 2)
    assert [(q.normalized, q.searches, q.zero_hits) for q in gaps.top] == [
        ("rover bytt pasient", 6, 6)
    ]
    assert [(v.article_id, v.no) for v in gaps.unhelpful] == [("kb-rover", 3)]
    local = a.context.insights.gaps(period, scope=Scope.LOCAL)
    assert [(q.searches, q.zero_hits) for q in local.top] == [(4, 4)]

    # The CLI reads the settings from the home folder: the team comes from the environment.
    monkeypatch.setenv("COMPANION_TEAM_URL", team_server.url_for(tenant))
    home = str(a.context.paths.home)
    args = ["insights", "gaps", "--json", "--from", period.start.isoformat(), "--home", home]
    assert main(args) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["scope"], shown["pcs"]) == ("team", 2)
    assert [(q["normalized"], q["zero_hits"]) for q in shown["top"]] == [("rover bytt pasient", 6)]
    assert main([*args, "--scope", "local"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["scope"], shown["pcs"], shown["zero_hit_searches"]) == ("local", 1, 4)

    # The meeting report reads the same team figures (and says so).
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    pdf = tmp_path / "rapport.pdf"
    dates = ["--from", period.start.isoformat(), "--to", period.end.isoformat()]
    assert main(["insights", "report", *dates, "--output", str(pdf), "--home", home]) == 0
    capsys.readouterr()
    words = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "hele teamet (2 PC-er)" in words
    assert "Søk i alt 6 0 6" in words  # the gap table's only row: 6 zero hits, 0 not opened, 6


def test_scope_team_without_a_team_is_refused_with_advice(
    desktops: Callable[..., Desktop], capsys: pytest.CaptureFixture[str]
) -> None:
    a = desktops("PC-A")
    home = str(a.context.paths.home)
    assert main(["insights", "gaps", "--scope", "team", "--home", home]) == 2
    assert "--scope local" in capsys.readouterr().err
