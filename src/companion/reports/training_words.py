"""Words for training data, shared by the screens and the PDF export (no Qt needed).

The domain returns numbers (:class:`~companion.training.types.Readiness`); the UI words them.
Pass ``self.tr`` from a QObject to translate; the default leaves the Norwegian text.
"""

from __future__ import annotations

from collections.abc import Callable

from companion.training.types import Readiness


def readiness_text(ready: Readiness, tr: Callable[[str], str] = str) -> str:
    """The sentence for a person's readiness (the domain gives numbers, the UI the words)."""
    if not ready.has_checklist:
        return tr("Ingen sjekkliste tildelt")
    if ready.ready:
        return tr("Klar for selvstendig vakt")
    if ready.missing == 1:
        return tr("Ikke klar: 1 påkrevde punkt mangler godkjenning")
    return tr("Ikke klar: %1 påkrevde punkter mangler godkjenning").replace(
        "%1", str(ready.missing)
    )


def readiness_short(ready: Readiness, tr: Callable[[str], str] = str) -> str:
    """One or two words for narrow cells: Klar / Ikke klar / Ingen sjekkliste."""
    if not ready.has_checklist:
        return tr("Ingen sjekkliste")
    return tr("Klar") if ready.ready else tr("Ikke klar")
