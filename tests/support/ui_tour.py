"""A walk through every page, tab, form and dialog of the real app, for layout and a11y checks.

Used by the fit test (text must fit at 1024x700 and 1366x768, also at 150% text), the English
strings test, the AT-SPI walk and the screenshot script. `wait(condition)` is qtbot.waitUntil in
tests, an event-loop spin in scripts. Each step yields (name, top-level widget to check).
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from companion.app import AppContext
from companion.tickets.model import TicketDraft
from companion.training.types import PersonInput
from companion.ui.shell import Shell

Wait = Callable[[Callable[[], object]], None]
Step = tuple[str, QWidget]


def spin_until(condition: Callable[[], object], timeout_ms: int = 20000) -> None:
    """Run the event loop until `condition()` is true (for scripts without qtbot)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(timeout_ms)
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the app did not get there in time")


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def seed(context: AppContext) -> None:
    """A little realistic data so lists, tables and charts are not empty (no patient data)."""
    training = context.training
    monday = date.today() - timedelta(days=date.today().weekday())
    kari = training.people.add(PersonInput("Kari Nordmann", "assistent", "Avd 3 Medisin", monday))
    training.people.add(
        PersonInput("Ola Sommervikar", "sykepleier", "Avd 3 Medisin", monday + timedelta(days=7))
    )
    training.remember_superuser_name("Siri Superbruker")
    record = training.overview.person_record(kari.id)
    if record.checklists:
        checklist = record.checklists[0]
        for item in checklist.items[:3]:
            training.signoff.mark(
                kari.id, checklist.checklist_id, item.item_id, "vist", "Siri Superbruker"
            )
    context.tickets.create(
        TicketDraft(
            subject="Rover logger meg ut under legemiddelrunden",
            description="Skjer etter ca. 5 minutter.",
            category="rover",
            unit="Avd 3 Medisin",
            reporter_name="Siri Superbruker",
        )
    )


def launch(home: Path, maximized: bool = False) -> tuple[QApplication, AppContext, Shell]:
    """The real app for a script (AT-SPI walk, screenshots): themed, seeded, pages ready."""
    from companion.paths import resources_dir
    from companion.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Følgesvenn")
    apply_theme(app, resources_dir(), 11)
    context = AppContext.create(home=home, machine_file=home / "no-machine.toml")
    context.prepare_database()
    seed(context)
    shell = Shell(context, resources_dir())
    if maximized:
        shell.window.showMaximized()
    else:
        shell.window.resize(1366, 728)
        shell.window.show()
    shell.start_background()
    spin_until(lambda: hasattr(shell, "tickets_page"), 30000)
    return app, context, shell


def tour(shell: Shell, wait: Wait) -> Iterator[Step]:
    """Show every page and form in turn; the caller checks each step."""
    window = shell.window
    library_pages = shell.library_pages
    for key in ("guides", "kb"):
        window.show_page(key)
        page = library_pages[key]
        wait(lambda p=page: p.view is not None and p.model.rowCount() > 0)  # type: ignore[misc]
        settle()
        yield f"{key}-start", window
        page.list.setCurrentIndex(page.model.index(0))
        settle()
        yield key, window

    window.show_page("tickets")
    tickets = shell.tickets_page
    queued = [t for t in shell.context.tickets.list_tickets() if t.state != "utkast"]
    if queued:
        tickets.show_ticket(queued[0].id)
        settle()
        yield "tickets", window
    tickets.new_ticket()
    settle()
    yield "ticket-form", window

    window.show_page("training")
    training = shell.training_page
    wait(lambda: training.people_tab is not None)
    assert training.people_tab is not None
    people = training.people_tab
    first = shell.context.training.people.all()
    people.refresh(select_id=first[0].id if first else None)
    settle()
    yield "training", window
    for index, name in ((1, "training-matrix"), (2, "training-coaching"), (3, "training-cover")):
        training.tabs.setCurrentIndex(index)
        settle()
        yield name, window
    training.tabs.setCurrentIndex(0)

    window.show_page("insights")
    insights = window.page("insights")
    wait(lambda: getattr(insights, "dashboard", None) is not None)
    tabs = insights.tabs  # type: ignore[attr-defined]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        if tabs.widget(index) is insights.review_view:  # type: ignore[attr-defined]
            wait(lambda: insights.review_view.model.rowCount() > 0)  # type: ignore[attr-defined]
            settle()
        yield f"insights-{index + 1}", window
    tabs.setCurrentIndex(0)

    yield from team_status(shell, wait)

    window.search_field.setText("rover")
    wait(lambda: window.current_page_key() == "search" and shell.search_page.model.rowCount())
    settle()
    yield "search", window
    window.search_field.clear()
    window.show_page("guides")

    yield from dialogs(shell, wait)


def team_status(shell: Shell, wait: Wait) -> Iterator[Step]:
    """The team word in the status bar: a team server that does not answer (nothing listens)."""
    team = shell.team
    settings = shell.context.settings.team
    settings.url = "postgresql://companion@127.0.0.1:9/team?connect_timeout=2"
    team.start()
    wait(lambda: not team.busy and shell.window.team_label.isVisible())
    settle()
    yield "team-status", shell.window
    team.timer.stop()
    settings.url = ""
    team.start()  # not configured again: the word is hidden


def dialogs(shell: Shell, wait: Wait) -> Iterator[Step]:
    """The forms that open over the window: settings, import, coaching mode and its record."""
    dialog = shell.open_settings()
    settle()
    yield "settings", dialog
    dialog.reject()

    for name, show in (
        ("help-shortcuts", shell.show_shortcuts),
        ("help-getting-started", shell.show_getting_started),
        ("help-about", shell.help_actions.show_about),
    ):
        help_dialog = show()
        fit_to_screen(help_dialog)
        settle()
        yield name, help_dialog
        help_dialog.close()
        help_dialog.deleteLater()

    from companion.ui.pages.training_import import ImportDialog

    assert shell.training_page.service is not None
    importer = ImportDialog(shell.training_page.service, shell.window)
    fit_to_screen(importer)
    importer.show()
    settle()
    yield "import", importer
    importer.reject()
    importer.deleteLater()

    guide = next(g for g in shell.library.library.guides() if g.steps)  # type: ignore[union-attr]
    editor = shell.library.edit_locally(guide.id)
    assert editor is not None
    fit_to_screen(editor)
    settle()
    yield "local-editor", editor
    editor.reject()
    editor.deleteLater()
    coaching = shell.library.start_coaching(guide.id, "Kari Nordmann", "Avd 3 Medisin")
    assert coaching is not None
    fit_to_screen(coaching)
    settle()
    yield "coaching", coaching
    coaching.finish()
    from companion.ui.coaching import RecordCoachingDialog

    wait(lambda: shell.window.findChild(RecordCoachingDialog, "recordCoachingDialog") is not None)
    record = shell.window.findChild(RecordCoachingDialog, "recordCoachingDialog")
    assert record is not None
    settle()
    yield "coaching-record", record
    record.reject()
    record.setObjectName("")
    record.deleteLater()


def fit_to_screen(widget: QWidget) -> None:
    """A dialog never larger than the screen it opens on."""
    screen = widget.screen() or QApplication.primaryScreen()
    available = screen.availableGeometry()
    widget.resize(
        min(widget.width(), available.width() - 40), min(widget.height(), available.height() - 60)
    )


# ---- the fit check ---------------------------------------------------------------------------
def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _needed_width(widget: QWidget) -> tuple[str, int] | None:
    """The text a button or label shows and the width it needs, or None when it may wrap."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QToolButton) and (
        widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not widget.icon().isNull()
    ):
        return None  # shows its icon only; the text is its name and tooltip
    if isinstance(widget, QAbstractButton):
        text = _plain(widget.text())
        if not text:
            return None
        needed = metrics.horizontalAdvance(text)
        if not widget.icon().isNull():
            needed += widget.iconSize().width() + 4
        if isinstance(widget, QCheckBox | QRadioButton):
            style = widget.style()
            needed += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
        return text, needed
    if isinstance(widget, QLabel):
        if widget.wordWrap() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        text = widget.text()
        if not text or widget.property("elided"):
            return None
        if widget.textFormat() != Qt.TextFormat.PlainText and re.search(
            r"<[a-zA-Z/]", text
        ):  # rich text
            doc = QTextDocument()
            doc.setDefaultFont(widget.font())
            doc.setHtml(text)
            doc.setDocumentMargin(0)
            plain = doc.toPlainText()
            longest = max(plain.splitlines() or [""], key=metrics.horizontalAdvance)
            return html.unescape(longest), metrics.horizontalAdvance(longest)
        longest = max(_plain(text).splitlines() or [""], key=metrics.horizontalAdvance)
        return longest, metrics.horizontalAdvance(longest)
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible button or label whose text is cut (by its own width or by a parent)."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, QAbstractButton | QLabel) or not widget.isVisible():
            continue
        found = _needed_width(widget)
        if found is None:
            continue
        text, needed = found
        room = widget.contentsRect().width()
        if isinstance(widget, QPushButton):  # the style's padding is not text room
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            room = (
                widget.style()
                .subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
                .width()
            )
        elif isinstance(widget, QLabel):
            room -= 2 * widget.margin()
        shown = widget.visibleRegion().boundingRect()
        if not shown.isEmpty() and shown.height() >= widget.height() // 2:
            room = min(room, shown.width() - (widget.width() - widget.contentsRect().width()))
        if needed > room + 3:  # the style's own rounding
            kind = type(widget).__name__
            problems.append(f"{kind} «{text}» needs {needed}px, has {room}px")
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if not area.isVisible() or inner is None:
            continue
        if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            wanted = inner.minimumSizeHint().width()
            if wanted > area.viewport().width() + 1:
                problems.append(
                    f"{type(inner).__name__} in a scroll area needs {wanted}px, "
                    f"has {area.viewport().width()}px (its left or right side is cut)"
                )
    return problems
