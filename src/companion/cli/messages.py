"""Norwegian wording for results the domain returns as data (shared by the CLI commands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from companion.core.idguard import redact
from companion.core.storage import StorageKind, StorageProblem

if TYPE_CHECKING:
    from companion.insights.deviations import ImportResult

_STORAGE = {
    StorageKind.READ_ONLY: "Datamappen {path} er skrivebeskyttet, så Følgesvenn kan ikke lagre noe "
    "der.",
    StorageKind.NO_SPACE: "Disken med datamappen {path} er full.",
    StorageKind.NO_ACCESS: "Du har ikke skrivetilgang til datamappen {path}.",
    StorageKind.NOT_A_FOLDER: "{path} kan ikke brukes som datamappe (det er en fil, eller en del "
    "av stien mangler).",
    StorageKind.IS_A_FOLDER: "Datamappen {path} kan ikke brukes.",
    StorageKind.OTHER: "Følgesvenn kan ikke skrive i datamappen {path}.",
}
_FILE = {
    StorageKind.READ_ONLY: "{path} ligger på en skrivebeskyttet disk.",
    StorageKind.NO_SPACE: "Disken er full, så {path} kan ikke skrives.",
    StorageKind.NO_ACCESS: "Du har ikke tilgang til {path}.",
    StorageKind.NOT_A_FOLDER: "Mappen for {path} finnes ikke.",
    StorageKind.IS_A_FOLDER: "{path} er en mappe. Skriv et filnavn i mappen, for eksempel "
    "{path}/eksport.csv.",
    StorageKind.OTHER: "Kan ikke bruke filen {path}.",
}
_STORAGE_NEXT = {
    StorageKind.NO_SPACE: " Frigjør plass på disken (slett eller flytt store filer) og prøv igjen.",
}
_STORAGE_DEFAULT_NEXT = (
    " Velg en annen mappe med --home (eller COMPANION_HOME), eller be IT om skrivetilgang."
)


def storage_message(problem: StorageProblem) -> str:
    """What happened and what to do next, for a home folder that cannot be written."""
    text = _STORAGE[problem.kind].format(path=problem.path)
    return text + _STORAGE_NEXT.get(problem.kind, _STORAGE_DEFAULT_NEXT)


def file_message(problem: StorageProblem) -> str:
    """A file named on the command line (input or output) that cannot be used."""
    return _FILE[problem.kind].format(path=problem.path) + " Velg en annen fil og prøv igjen."


def identity_message(fields: Sequence[str]) -> str:
    """Refusal for text with an identity number; names the fields, never the number."""
    where = f" (i: {', '.join(redact(f) for f in fields)})" if fields else ""
    return (
        f"Teksten ser ut til å inneholde et fødselsnummer{where}. Av personvernhensyn er "
        "ingenting lagret. Fjern nummeret og prøv igjen."
    )


def deviation_summary(result: ImportResult) -> str:
    """One sentence about what a deviation import did."""
    parts = [f"{result.added} avvik importert"]
    if result.duplicates:
        parts.append(f"{result.duplicates} var importert fra før")
    if result.errors:
        parts.append(f"{len(result.errors)} rader hoppet over på grunn av feil")
    text = ", ".join(parts) + "."
    if result.redacted:
        text += f" {result.redacted} rader hadde et fødselsnummer, som er fjernet før lagring."
    if result.unmapped:
        text += (
            f" {len(result.unmapped)} kategorier er ikke koblet til våre kategorier ennå: "
            "koble dem som vist under, så telles de riktig."
        )
    return text
