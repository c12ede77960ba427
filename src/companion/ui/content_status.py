"""Status words for lists and search results: a word (not colour alone), worded with tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.content.model import Article, ContentStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContentStatus", text)


def status_word(status: ContentStatus) -> str:
    return {
        ContentStatus.DRAFT: _tr("Utkast"),
        ContentStatus.APPROVED: _tr("✓ Godkjent"),
        ContentStatus.RETIRED: _tr("Utgått"),
    }[status]


def status_mark(article: Article | None) -> str:
    """Short mark shown next to a title, e.g. "Utkast" or "✓ Godkjent · Lokal"."""
    if article is None:
        return ""
    mark = status_word(article.status)
    return f"{mark} · {_tr('Lokal')}" if article.local else mark


def with_status(badge: str, article: Article | None) -> str:
    """A list badge with the status mark in front."""
    mark = status_mark(article)
    return f"{mark} · {badge}" if mark and badge else mark or badge
