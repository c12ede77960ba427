"""Change proposals (guarded text, links, export) and the aggregate-only shared export."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from companion.insights.period import Period
from companion.insights.proposals import ProposalError
from companion.insights.service import InsightsService

from .helpers import coaching, search, ticket

FNR = "01019012345"  # a plausible date: the guard treats it as a possible fødselsnummer


def test_proposals_are_saved_linked_and_exported(
    service: InsightsService, con: sqlite3.Connection, tmp_path: Path
) -> None:
    sak = ticket(con, "2026-03-02 12:00", subject="Vikar mangler tilgang")
    con.commit()
    pid = service.create_proposal("Vikartilgang før sommeren", "Bestill tilgang fire uker før.")
    service.update_proposal(pid, status="klar")
    service.add_link(pid, "sak", f"#{sak}")
    service.add_link(pid, "artikkel", "bryt-glasset")
    service.add_link(pid, "avvik", "Legemiddelhåndtering")
    closed = service.create_proposal("Gammelt forslag")
    service.update_proposal(closed, status="avvist")

    proposals = service.proposals()
    first = proposals[0]
    assert (first.title, first.status_label, first.is_open) == (
        "Vikartilgang før sommeren",
        "Klar til møtet",
        True,
    )
    assert next(link.label for link in first.links) == f"Sak {sak}: Vikar mangler tilgang"
    assert first.links[1].label.startswith("Artikkel: Bryt glasset")
    assert first.links[2].label == "Avvik i kategorien «Legemiddelhåndtering»"
    assert not proposals[1].is_open

    out = tmp_path / "forslag.csv"
    assert service.export_proposals(out, only_open=True) == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["nr", "tittel", "status"]
    assert rows[1][1:3] == ["Vikartilgang før sommeren", "Klar til møtet"]

    service.remove_link(first.links[0].id)
    service.delete_proposal(closed)
    assert [len(p.links) for p in service.proposals()] == [2]


def test_proposal_text_with_an_identity_number_is_not_saved(service: InsightsService) -> None:
    with pytest.raises(ProposalError, match="fødselsnummer"):
        service.create_proposal("Forslag", f"Gjelder pasient {FNR}")
    pid = service.create_proposal("Forslag")
    with pytest.raises(ProposalError, match="fødselsnummer") as info:
        service.update_proposal(pid, title=f"Pasient {FNR}")
    assert FNR not in str(info.value)
    assert service.proposals()[0].title == "Forslag"
    with pytest.raises(ProposalError, match="Fant ingen sak"):
        service.add_link(pid, "sak", "999")
    with pytest.raises(ProposalError, match="Ukjent status"):
        service.update_proposal(pid, status="ferdig")


def test_shared_export_has_aggregates_and_no_names(
    service: InsightsService, con: sqlite3.Connection, tmp_path: Path
) -> None:
    for _ in range(3):
        search(con, "vaksine", "2026-03-10 12:00", hits=0)
    search(con, "Kari Nordmann", "2026-03-10 12:00", hits=0)  # once: a name, stays home
    for _ in range(4):
        search(con, f"tlf 12345678 {FNR}", "2026-03-10 12:00", hits=0, normalized="tlf 12345678")
    ticket(
        con,
        "2026-03-02 12:00",
        subject="Hemmelig emne",
        reporter="Per Melder",
        sent="2026-03-02 13:00",
        reply="2026-03-03 13:00",
    )
    coaching(con, "bryt-glasset", "2026-03-05 12:00", coach="Anne Veileder", person="Ola Vikar")
    con.commit()
    period = Period(date(2026, 3, 1), date(2026, 3, 31))

    json_path, csv_path = tmp_path / "deling.json", tmp_path / "deling.csv"
    assert service.export_shared(period, json_path) == "json"
    assert service.export_shared(period, csv_path) == "csv"

    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["period"] == {"from": "2026-03-01", "to": "2026-03-31"}
    assert {"measure": "saker", "month": "2026-03", "category": "rover", "count": 1} in data[
        "counts"
    ]
    assert {
        "measure": "veiledning",
        "month": "2026-03",
        "category": "personvern",
        "count": 1,
    } in data["counts"]
    assert [g["query"] for g in data["gap_queries"]] == ["vaksine"]
    assert data["response"][0]["median_reply_days"] == 1.0
    for path in (json_path, csv_path):
        text = path.read_text(encoding="utf-8-sig")
        for secret in (
            "Kari",
            "Nordmann",
            "Per Melder",
            "Anne",
            "Ola Vikar",
            "Hemmelig",
            "12345678",
            FNR,
        ):
            assert secret not in text
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["del", "måned", "kategori", "søk", "mål", "verdi"]
    assert ["kunnskapshull", "", "", "vaksine", "searches", "3"] in rows
