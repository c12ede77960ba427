"""Content status words for lists, search results and the coaching window, worded with tr().

The domain gives enums and dates (draft/approved/retired, review dates, review reasons); the
words live here so English shows English. Literal QCoreApplication.translate calls let
pyside6-lupdate find every message under the ContentStatus context.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from companion.content.vocabulary import KIND_LABELS, ContentStatus
from companion.ui.i18n import fmt

if TYPE_CHECKING:  # insights.review pulls in SQLModel: not on the start path (issue 16)
    from companion.content.model import Article
    from companion.insights.review import ReviewItem


def status_word(status: ContentStatus) -> str:
    return {
        ContentStatus.DRAFT: QCoreApplication.translate("ContentStatus", "Utkast"),
        ContentStatus.APPROVED: QCoreApplication.translate("ContentStatus", "✓ Godkjent"),
        ContentStatus.RETIRED: QCoreApplication.translate("ContentStatus", "Utgått"),
    }[status]


def status_mark(article: Article | None) -> str:
    """Short mark shown next to a title, e.g. "Utkast" or "✓ Godkjent · Lokal"."""
    if article is None:
        return ""
    mark = status_word(article.status)
    local = QCoreApplication.translate("ContentStatus", "Lokal")
    return f"{mark} · {local}" if article.local else mark


def with_status(badge: str, article: Article | None) -> str:
    """A list badge with the status mark in front."""
    mark = status_mark(article)
    return f"{mark} · {badge}" if mark and badge else mark or badge


def kind_word(kind: str) -> str:
    """ "Veiledning" / "Vanlig feil" / "Sjekkliste" for a kind key or its Norwegian label."""
    words = {
        "guide": QCoreApplication.translate("ContentStatus", "Veiledning"),
        "mistake": QCoreApplication.translate("ContentStatus", "Vanlig feil"),
        "checklist": QCoreApplication.translate("ContentStatus", "Sjekkliste"),
    }
    by_label = {KIND_LABELS[key]: text for key, text in words.items() if key in KIND_LABELS}
    return words.get(kind) or by_label.get(kind, kind)


def status_line(article: Article, today: date | None = None) -> str:
    """One calm line: draft or approved (by whom, when), overdue review, local precedence."""
    today = today or date.today()
    if article.status is ContentStatus.APPROVED and article.approved_at is not None:
        text = fmt(
            QCoreApplication.translate("ContentStatus", "✓ Godkjent av %1, %2"),
            article.approved_by,
            f"{article.approved_at:%d.%m.%Y}",
        )
        if article.owner:
            text += " · " + fmt(
                QCoreApplication.translate("ContentStatus", "ansvarlig: %1"), article.owner
            )
    else:
        text = QCoreApplication.translate("ContentStatus", "Utkast – ikke godkjent hos dere ennå")
    if article.local:
        text += " · " + QCoreApplication.translate("ContentStatus", "Lokal versjon")
    if article.review_by is not None and article.is_overdue(today):
        text += " · " + fmt(
            QCoreApplication.translate("ContentStatus", "Skulle vært gjennomgått %1"),
            f"{article.review_by:%d.%m.%Y}",
        )
    return (
        text + " · " + QCoreApplication.translate("ContentStatus", "Lokal prosedyre gjelder foran")
    )


def reason_text(item: ReviewItem) -> str:
    """Why an article is in the review list, e.g. "Ikke godkjent, skulle vært gjennomgått"."""
    from companion.insights.review import ReviewReason

    words = {
        ReviewReason.DRAFT: QCoreApplication.translate("ContentStatus", "ikke godkjent"),
        ReviewReason.OVERDUE: QCoreApplication.translate(
            "ContentStatus", "skulle vært gjennomgått"
        ),
        ReviewReason.UNHELPFUL: QCoreApplication.translate("ContentStatus", "flere «Nei» enn «Ja»"),
    }
    text = ", ".join(words[r] for r in item.reasons)
    return text[:1].upper() + text[1:]


# The article page's status banner and headings (content.governance / content.render word them
# from these bokmål templates; listed here so pyside6-lupdate finds them).
PAGE_WORDS = (
    QT_TRANSLATE_NOOP("ContentStatus", "✓ Godkjent av %1, %2"),
    QT_TRANSLATE_NOOP("ContentStatus", "ansvarlig: %1"),
    QT_TRANSLATE_NOOP("ContentStatus", "Utgått"),
    QT_TRANSLATE_NOOP("ContentStatus", "– skal ikke brukes lenger"),
    QT_TRANSLATE_NOOP("ContentStatus", "Utkast"),
    QT_TRANSLATE_NOOP("ContentStatus", "– ikke godkjent hos dere ennå"),
    QT_TRANSLATE_NOOP("ContentStatus", "Ansvarlig: %1"),
    QT_TRANSLATE_NOOP("ContentStatus", "Lokal versjon"),
    QT_TRANSLATE_NOOP("ContentStatus", "for deres enhet"),
    QT_TRANSLATE_NOOP("ContentStatus", "Bygger på: %1"),
    QT_TRANSLATE_NOOP("ContentStatus", "Skulle vært gjennomgått %1"),
    QT_TRANSLATE_NOOP("ContentStatus", "Lokal prosedyre gjelder foran."),
    QT_TRANSLATE_NOOP("ContentStatus", "Skal gjennomgås innen %1"),
    QT_TRANSLATE_NOOP("ContentStatus", "Steg %1 av %2"),
)


def page_word(text: str) -> str:
    """A word of the article page's status banner or headings, in the UI language."""
    return QCoreApplication.translate("ContentStatus", text)
