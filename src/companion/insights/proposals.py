"""Change proposals (*endringsforslag*) for the joint meeting of municipalities.

A proposal is text the user types, so title and body pass the identity-number guard before
they are stored. Links say what the proposal rests on: a ticket (*sak*, by its local number),
an article (by id) or a deviation category (the name from the quality system), so the meeting
can see the evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Connection, text

from companion.core.csvio import write_csv
from companion.core.idguard import IdentityNumberFound, find_identity_numbers
from companion.insights import queries as q
from companion.insights.model import LINK_KINDS, PROPOSAL_STATUSES, Proposal, ProposalLink

MAX_TITLE = 300


class ProposalError(ValueError):
    """Cannot save what was asked; ``str()`` is Norwegian text for the UI and CLI."""

    user_message = True


class ProposalIdentityError(ProposalError, IdentityNumberFound):
    """Text refused for an identity number; ``fields`` says where (the UI and CLI word it)."""


def check_text(title: str, body: str) -> None:
    """Refuse text with a national identity number (nothing is stored then)."""
    fields = [
        label
        for label, value in (("tittel", title), ("tekst", body))
        if find_identity_numbers(value)
    ]
    if fields:
        raise ProposalIdentityError(fields)
    if len(title) > MAX_TITLE:
        raise ProposalError(
            f"Tittelen er for lang ({len(title)} tegn). Korte den ned til {MAX_TITLE} tegn."
        )


def check_status(status: str) -> None:
    if status not in PROPOSAL_STATUSES:
        choices = ", ".join(PROPOSAL_STATUSES)
        raise ProposalError(f"Ukjent status «{status}». Velg en av: {choices}.")


def check_link(kind: str, ref: str) -> None:
    if kind not in LINK_KINDS:
        raise ProposalError(f"Ukjent koblingstype «{kind}». Velg sak, artikkel eller avvik.")
    if not ref.strip():
        raise ProposalError(
            "Skriv hva forslaget skal kobles til (saksnummer, artikkel-id eller avvikskategori)."
        )
    if find_identity_numbers(ref):
        raise ProposalIdentityError(["kobling"])


def _local_day(value: object) -> date:
    stored = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if stored.tzinfo is None:
        stored = stored.replace(tzinfo=UTC)
    return stored.astimezone().date()


def load_proposals(conn: Connection, label_for: Callable[[str, str], str]) -> list[Proposal]:
    """All proposals, oldest first, with their links labelled by ``label_for(kind, ref)``."""
    links: dict[int, list[ProposalLink]] = {}
    for link_id, proposal_id, kind, ref in conn.execute(text(q.PROPOSAL_LINKS)):
        links.setdefault(int(proposal_id), []).append(
            ProposalLink(int(link_id), str(kind), str(ref), label_for(str(kind), str(ref)))
        )
    return [
        Proposal(
            id=int(pid),
            title=str(title),
            body=str(body),
            status=str(status),
            created_on=_local_day(created),
            updated_on=_local_day(updated),
            links=tuple(links.get(int(pid), ())),
        )
        for pid, title, body, status, created, updated in conn.execute(text(q.PROPOSALS))
    ]


def write_proposals_csv(proposals: Sequence[Proposal], path: Path) -> int:
    """The list for the joint meeting, Excel-friendly (the shared CSV writer)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_csv(
        path,
        ["nr", "tittel", "status", "opprettet", "sist endret", "tekst", "grunnlag"],
        (
            [
                p.id,
                p.title,
                p.status_label,
                p.created_on.isoformat(),
                p.updated_on.isoformat(),
                p.body,
                " | ".join(link.label for link in p.links),
            ]
            for p in proposals
        ),
    )
    return len(proposals)
