"""The UI's words for domain values (roles, outcomes, states …), translated with tr().

The domain packages keep Norwegian labels for the CLI and exports; the GUI words them here so
English shows English. The QT_TRANSLATE_NOOP list lets pyside6-lupdate find every label.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from companion.ui.i18n import fmt

if TYPE_CHECKING:  # training types are not needed to start the window
    from companion.training.types import Readiness, Stage

CONTEXT = "DomainWords"

LABELS = (
    # roles (training.types.ROLES, content.vocabulary.KNOWN_ROLES)
    QT_TRANSLATE_NOOP("DomainWords", "Alle"),
    QT_TRANSLATE_NOOP("DomainWords", "Assistent"),
    QT_TRANSLATE_NOOP("DomainWords", "Helsefagarbeider"),
    QT_TRANSLATE_NOOP("DomainWords", "Sykepleier"),
    QT_TRANSLATE_NOOP("DomainWords", "Lege"),
    QT_TRANSLATE_NOOP("DomainWords", "Fysioterapeut"),
    QT_TRANSLATE_NOOP("DomainWords", "Merkantil"),
    QT_TRANSLATE_NOOP("DomainWords", "Superbruker"),
    # coaching outcomes (training.types.OUTCOMES)
    QT_TRANSLATE_NOOP("DomainWords", "Løst på stedet"),
    QT_TRANSLATE_NOOP("DomainWords", "Trenger oppfølging"),
    QT_TRANSLATE_NOOP("DomainWords", "Eskalert til brukerstøtte"),
    # sign-off stages and their buttons
    QT_TRANSLATE_NOOP("DomainWords", "Marker som vist"),
    QT_TRANSLATE_NOOP("DomainWords", "Fjern vist"),
    QT_TRANSLATE_NOOP("DomainWords", "Marker som øvd"),
    QT_TRANSLATE_NOOP("DomainWords", "Fjern øvd"),
    QT_TRANSLATE_NOOP("DomainWords", "Godkjenn"),
    QT_TRANSLATE_NOOP("DomainWords", "Fjern godkjenning"),
    # categories (content.vocabulary.CATEGORIES)
    QT_TRANSLATE_NOOP("DomainWords", "Legemidler"),
    QT_TRANSLATE_NOOP("DomainWords", "Rover"),
    QT_TRANSLATE_NOOP("DomainWords", "Dokumentasjon"),
    QT_TRANSLATE_NOOP("DomainWords", "Arbeidsliste"),
    QT_TRANSLATE_NOOP("DomainWords", "Meldinger"),
    QT_TRANSLATE_NOOP("DomainWords", "Pasientflyt"),
    QT_TRANSLATE_NOOP("DomainWords", "Innlogging og tilgang"),
    QT_TRANSLATE_NOOP("DomainWords", "Personvern"),
    QT_TRANSLATE_NOOP("DomainWords", "Annet"),
    # ticket states and urgencies (tickets.model)
    QT_TRANSLATE_NOOP("DomainWords", "Utkast"),
    QT_TRANSLATE_NOOP("DomainWords", "I kø"),
    QT_TRANSLATE_NOOP("DomainWords", "Sendt"),
    QT_TRANSLATE_NOOP("DomainWords", "Besvart"),
    QT_TRANSLATE_NOOP("DomainWords", "Løst"),
    QT_TRANSLATE_NOOP("DomainWords", "Feilet"),
    QT_TRANSLATE_NOOP("DomainWords", "Lav"),
    QT_TRANSLATE_NOOP("DomainWords", "Normal"),
    QT_TRANSLATE_NOOP("DomainWords", "Høy"),
    QT_TRANSLATE_NOOP("DomainWords", "Kritisk"),
    # proposal link kinds (insights.model.LINK_KINDS)
    QT_TRANSLATE_NOOP("DomainWords", "Sak"),
    QT_TRANSLATE_NOOP("DomainWords", "Artikkel"),
    QT_TRANSLATE_NOOP("DomainWords", "Avvik"),
    # insight periods
    QT_TRANSLATE_NOOP("DomainWords", "Siste 12 måneder"),
    QT_TRANSLATE_NOOP("DomainWords", "Siste 3 måneder"),
    QT_TRANSLATE_NOOP("DomainWords", "Siste 30 dager"),
    QT_TRANSLATE_NOOP("DomainWords", "Hittil i år"),
    QT_TRANSLATE_NOOP("DomainWords", "Egendefinert"),
)


def word(label: str) -> str:
    """A domain label in the UI language (unchanged when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, label)


def readiness_text(ready: Readiness) -> str:
    """ "Klar for selvstendig vakt" / "Ikke klar: 2 påkrevde punkter mangler godkjenning"."""
    if not ready.has_checklist:
        return QCoreApplication.translate("DomainWords", "Ingen sjekkliste tildelt")
    if ready.ready:
        return QCoreApplication.translate("DomainWords", "Klar for selvstendig vakt")
    if ready.missing == 1:
        return QCoreApplication.translate(
            "DomainWords", "Ikke klar: 1 påkrevde punkt mangler godkjenning"
        )
    return fmt(
        QCoreApplication.translate(
            "DomainWords", "Ikke klar: %1 påkrevde punkter mangler godkjenning"
        ),
        str(ready.missing),
    )


def stage_word(stage: Stage) -> str:
    """ "Vist" / "Øvd" / "Godkjent" for a checklist sign-off stage."""
    from companion.training.types import Stage  # lazily: not needed to start the window

    return {
        Stage.SHOWN: QCoreApplication.translate("DomainWords", "Vist"),
        Stage.PRACTISED: QCoreApplication.translate("DomainWords", "Øvd"),
        Stage.APPROVED: QCoreApplication.translate("DomainWords", "Godkjent"),
    }[stage]


def recorded_by(stage: Stage, who: str, when: date, pc: str) -> str:
    """ "Godkjent 03.12.2026 av Siri Lund på PC HP-123": who recorded a shared registration."""
    text = fmt(
        QCoreApplication.translate("DomainWords", "%1 %2 av %3"),
        stage_word(stage),
        f"{when:%d.%m.%Y}",
        who,
    )
    if not pc:
        return text
    return text + fmt(QCoreApplication.translate("DomainWords", " på PC %1"), pc)
