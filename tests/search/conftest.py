"""Tiny synthetic content folders for search tests (the quality guard uses the bundled content)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from companion.content.loader import load_library
from companion.content.model import Library
from companion.search import SearchService

MISTAKE_SECTIONS = (
    "Hva går galt",
    "Hvorfor skjer det",
    "Slik gjør du det riktig",
    "Slik retter du opp",
)


def write_guide(root: Path, article_id: str, title: str, text: str, **meta: Any) -> None:
    """A valid guide: `text` becomes the introduction, followed by one step."""
    _write(
        root / "guides" / f"{article_id}.md",
        {"id": article_id, "title": title, "kind": "guide", **meta},
        f"{text}\n\n## Steg 1: Gjør det\nFølg prosedyren.\n",
    )


def write_mistake(root: Path, article_id: str, title: str, text: str, **meta: Any) -> None:
    """A valid common-mistake article: `text` is what goes wrong; the other sections are filler."""
    bodies = [
        text,
        "Det skjer i en travel vakt.",
        "Følg prosedyren i enheten.",
        "Kontakt superbrukeren.",
    ]
    body = "\n\n".join(f"## {h}\n{b}" for h, b in zip(MISTAKE_SECTIONS, bodies, strict=True))
    _write(
        root / "kb" / f"{article_id}.md",
        {"id": article_id, "title": title, "kind": "mistake", **meta},
        body + "\n",
    )


def write_checklist(root: Path, checklist_id: str, title: str, role: str, items: list[str]) -> None:
    path = root / "checklists" / f"{checklist_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "id": checklist_id,
        "title": title,
        "role": role,
        "items": [{"id": f"p{i}", "title": t} for i, t in enumerate(items)],
    }
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _write(path: Path, meta: dict[str, Any], body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")


def load_checked(root: Path) -> Library:
    library = load_library(root)
    assert not library.errors, [p.format() for p in library.errors]
    return library


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    """A small ward content folder with words chosen to exercise each language mechanism."""
    root = tmp_path / "content"
    write_guide(
        root,
        "gi-legemidler",
        "Legemiddeladministrering med Rover",
        "Slik gjennomfører du legemiddeladministrering ved sengen.",
        category="legemiddel",
        roles=["sykepleier", "helsefagarbeider"],
    )
    write_guide(
        root,
        "hoyrisiko",
        "Dobbeltkontroll av høyrisikolegemidler",
        "To personer kontrollerer insulin og opioider hver for seg.",
        category="legemiddel",
        roles=["sykepleier"],
    )
    write_mistake(
        root,
        "insulin-feil",
        "Feil antall enheter insulin",
        "Insulinet ble gitt med feil antall enheter.",
        category="legemiddel",
    )
    write_guide(
        root,
        "arbeidsliste",
        "Bruke arbeidslisten",
        "Arbeidslisten viser oppgavene dine gjennom vakten.",
        category="arbeidsliste",
        roles=["alle"],
    )
    write_mistake(
        root,
        "strekkode-mangler",
        "Legemiddelet har ingen strekkode",
        "Pakningen kan ikke skannes fordi strekkoden mangler.",
        category="rover",
    )
    write_guide(
        root,
        "kurve",
        "Registrere i kurven",
        "Dosen registreres i kurven når den er gitt.",
        category="legemiddel",
    )
    write_guide(
        root,
        "flytskjema",
        "Vitale parametre i flytskjema",
        "Blodtrykk og puls føres i flytskjemaet.",
        category="dokumentasjon",
    )
    write_mistake(
        root,
        "innboks",
        "Meldinger i innboksen blir ikke lest",
        "Ingen leser innboksen på avdelingen.",
        category="meldinger",
    )
    write_guide(
        root,
        "bryt-glasset",
        "Bryt glasset",
        "Når du må bryte glasset for å åpne en journal uten behandlingsrelasjon.",
        category="personvern",
    )
    write_guide(
        root,
        "behovsmedisin",
        "Gi behovsmedisin",
        "Behovsmedisin gis når pasienten trenger det.",
        category="legemiddel",
    )
    write_guide(
        root,
        "maalsetting",
        "Sette mål i tiltaksplanen",
        "Skriv tydelige mål for pasienten.",
        category="dokumentasjon",
    )
    write_guide(
        root,
        "mal-notat",
        "Bruke en mal for notatet",
        "Velg riktig mal før du skriver.",
        category="dokumentasjon",
    )
    write_mistake(
        root,
        "smartkort",
        "Smartkortet virker ikke",
        "Kortleseren reagerer ikke på smartkortet.",
        category="innlogging-tilgang",
        roles=["alle"],
    )
    write_guide(
        root,
        "sykepleier-rapport",
        "Rapport for sykepleiere",
        "Sykepleieren gir rapport ved vaktskifte.",
        category="arbeidsliste",
        roles=["sykepleier"],
    )
    write_guide(
        root,
        "hoyre-side",
        "Ærlig og åpen kommunikasjon",
        "Vær ærlig med pasienten om feil.",
        category="annet",
    )
    write_checklist(
        root,
        "sommervikar",
        "Opplæring for sommervikar",
        "assistent",
        ["Logge inn med smartkort", "Gi legemidler med Rover"],
    )
    return root


@pytest.fixture
def ward_library(ward: Path) -> Library:
    return load_checked(ward)


@pytest.fixture
def search(ward_library: Library) -> SearchService:
    service = SearchService(ward_library, None)
    service.ensure_index()
    return service


@pytest.fixture
def ids(search: SearchService) -> Callable[..., list[str]]:
    """ids("query") -> result ids, best first."""

    def run(query: str, limit: int = 10, **filters: Any) -> list[str]:
        return [hit.id for hit in search.search(query, limit=limit, **filters)]

    return run
