"""Content words the UI needs before any article is loaded: categories, roles, kinds, status.

Apart from `companion.content.model` so that the window's first paint (filter lists of the
start page) does not build the article dataclasses (start-up time, issue 16).
"""

from __future__ import annotations

from enum import StrEnum

CATEGORIES: dict[str, str] = {
    "legemiddel": "Legemidler",
    "rover": "Rover",
    "dokumentasjon": "Dokumentasjon",
    "arbeidsliste": "Arbeidsliste",
    "meldinger": "Meldinger",
    "pasientflyt": "Pasientflyt",
    "innlogging-tilgang": "Innlogging og tilgang",
    "personvern": "Personvern",
    "annet": "Annet",
}
KNOWN_ROLES: dict[str, str] = {
    "alle": "Alle",
    "assistent": "Assistent",
    "helsefagarbeider": "Helsefagarbeider",
    "sykepleier": "Sykepleier",
    "lege": "Lege",
    "fysioterapeut": "Fysioterapeut",
    "merkantil": "Merkantil",
    "superbruker": "Superbruker",
}
KIND_LABELS: dict[str, str] = {
    "guide": "Veiledning",
    "mistake": "Vanlig feil",
    "checklist": "Sjekkliste",
}


class ContentStatus(StrEnum):
    """Approval status of an article; the values are what authors write in front matter."""

    DRAFT = "utkast"
    APPROVED = "godkjent"
    RETIRED = "utgått"
