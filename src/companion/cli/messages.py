"""Norwegian wording for results the domain returns as data (shared by the CLI commands)."""

from __future__ import annotations

from companion.core.storage import StorageKind, StorageProblem

_STORAGE = {
    StorageKind.READ_ONLY: "Datamappen {path} er skrivebeskyttet, så Følgesvenn kan ikke lagre noe der.",
    StorageKind.NO_SPACE: "Disken med datamappen {path} er full.",
    StorageKind.NO_ACCESS: "Du har ikke skrivetilgang til datamappen {path}.",
    StorageKind.NOT_A_FOLDER: "{path} kan ikke brukes som datamappe (det er en fil, eller en del av stien mangler).",
    StorageKind.OTHER: "Følgesvenn kan ikke skrive i datamappen {path}.",
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
