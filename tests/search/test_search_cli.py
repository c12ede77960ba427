"""`companion kb search`: the exact JSON/JSONL contract, the table, and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli.main import main

REPO = Path(__file__).resolve().parents[2]


def test_single_query_json_array(ward: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "search", "dobbel kontroll", "--content", str(ward), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data
    assert data[0]["id"] == "hoyrisiko"
    for item in data:
        assert {"id", "title", "kind", "score"} <= set(item)
        assert item["kind"] in ("guide", "mistake", "checklist")
    scores = [item["score"] for item in data]
    assert scores == sorted(scores, reverse=True)


def test_options_after_subcommand_and_limit(ward: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["kb", "search", "legemiddel", "--limit", "2", "--json", "--content", str(ward)]) == 0
    )
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_no_hits_is_an_empty_array(ward: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "search", "qqqqzzzz", "--content", str(ward), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_filters(ward: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["kb", "search", "smartkort", "--kind", "checklist", "--content", str(ward), "--json"])
        == 0
    )
    assert [h["id"] for h in json.loads(capsys.readouterr().out)] == ["sommervikar"]


def test_queries_file_gives_jsonl_in_input_order(
    ward: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = ["insullin", "", "bryt glasset", "qqqqzzzz", "korleis gje behovsmedisin"]
    path = tmp_path / "q.txt"
    path.write_text("\n".join(queries) + "\n", encoding="utf-8")
    assert (
        main(
            [
                "kb",
                "search",
                "--queries",
                str(path),
                "--content",
                str(ward),
                "--json",
                "--limit",
                "3",
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(queries)
    objects = [json.loads(line) for line in lines]
    assert [o["query"] for o in objects] == queries
    assert objects[0]["results"][0]["id"] == "insulin-feil"
    assert objects[1]["results"] == [] and objects[3]["results"] == []
    assert objects[2]["results"][0]["id"] == "bryt-glasset"
    assert all(len(o["results"]) <= 3 for o in objects)


def test_missing_queries_file_exits_2_with_norwegian_message(
    ward: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "kb",
                "search",
                "--queries",
                str(tmp_path / "finnes-ikke.txt"),
                "--content",
                str(ward),
                "--json",
            ]
        )
        == 2
    )
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Finner ikke søkefilen" in captured.err and "Traceback" not in captured.err


def test_query_or_file_is_required(ward: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "search", "--content", str(ward)]) == 2
    assert "kb search" in capsys.readouterr().err


def test_readable_table_and_suggestion(ward: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "search", "insullin", "--content", str(ward)]) == 0
    out = capsys.readouterr().out
    assert "Tittel" in out and "Feil antall enheter insulin" in out
    assert "Mente du: insulin?" in out
    assert main(["kb", "search", "qqqqzzzz", "--content", str(ward)]) == 0
    assert "Ingen treff." in capsys.readouterr().out


def test_batch_jsonl_in_a_real_process(ward: Path, tmp_path: Path) -> None:
    """One process, one index load, one flushed JSON line per query (stdout is a pipe)."""
    path = tmp_path / "q.txt"
    path.write_text("dobbel kontroll\nMAR\nmål\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "COMPANION_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "companion",
            "kb",
            "search",
            "--queries",
            str(path),
            "--content",
            str(ward),
            "--json",
        ],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["query"] for line in lines] == ["dobbel kontroll", "MAR", "mål"]
    assert [json.loads(line)["results"][0]["id"] for line in lines] == [
        "hoyrisiko",
        "kurve",
        "maalsetting",
    ]
    assert "PySide6" not in result.stderr.decode()
    assert list(
        (tmp_path / "home" / "cache" / "search").iterdir()
    )  # index cached under COMPANION_HOME
