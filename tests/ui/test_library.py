"""Guide and knowledge-base pages: browse, render, favourites, feedback, coaching, PDF."""

import shutil
import subprocess
import threading
from functools import cached_property
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.paths import resources_dir
from companion.ui.coaching import CoachingWindow
from companion.ui.shell import Shell


@pytest.fixture
def shell(qtbot: QtBot, context: AppContext) -> Shell:
    context.prepare_database()
    s = Shell(context, resources_dir())
    qtbot.addWidget(s.window)
    s.window.show()
    with qtbot.waitSignal(s.library.libraryLoaded, timeout=10000):
        s.start_background()
    return s


def test_guides_page_lists_bundled_guides_and_renders(shell: Shell, qtbot: QtBot) -> None:
    page = shell.library_pages["guides"]
    assert page.model.rowCount() >= 30
    page.list.setCurrentIndex(page.model.index(0))
    assert page.view is not None
    html = page.view.browser.toHtml()
    assert "Steg 1" in html
    assert page.view.coach_button.isVisible()


def test_category_filter_and_empty_state(shell: Shell) -> None:
    page = shell.library_pages["kb"]
    total = page.model.rowCount()
    page.category_combo.setCurrentIndex(page.category_combo.findData("rover"))
    assert 0 < page.model.rowCount() < total
    page.show_combo.setCurrentIndex(page.show_combo.findData("favoritter"))
    assert page.model.rowCount() == 0
    assert page.list_empty.isVisibleTo(page)
    assert "favoritter" in page.list_empty.text()


def test_internal_link_opens_other_article(shell: Shell) -> None:
    shell.open_article("rover-logger-ut")
    assert shell.window.current_page_key() == "kb"
    assert shell.library_pages["kb"].current_id() == "rover-logger-ut"
    shell.library_pages["kb"].view.openArticle.emit("rover-gi-legemidler-strekkode")  # type: ignore[union-attr]
    shell.open_article("rover-gi-legemidler-strekkode")
    assert shell.window.current_page_key() == "guides"
    assert shell.library_pages["guides"].current_id() == "rover-gi-legemidler-strekkode"


def test_favorite_and_feedback_are_saved(shell: Shell, qtbot: QtBot, context: AppContext) -> None:
    shell.open_article("skjerm-ulast")
    view = shell.library_pages["kb"].view
    assert view is not None
    view.favorite_button.click()
    qtbot.waitUntil(lambda: context.usage.favorites() == ["skjerm-ulast"])
    view.no_button.click()
    assert view.comment.isVisible()
    qtbot.waitUntil(lambda: shell.library._last_feedback_id is not None)
    view.comment.setText("Mangler hva jeg gjør på natt")
    view.comment.editingFinished.emit()
    from sqlmodel import select

    from companion.db.models import Feedback

    def saved() -> bool:
        with context.database.session() as s:
            row = s.exec(select(Feedback)).first()
        return (
            row is not None
            and row.comment == "Mangler hva jeg gjør på natt"
            and row.helpful is False
        )

    qtbot.waitUntil(saved)


def test_coaching_mode_navigation_and_record(
    shell: Shell, qtbot: QtBot, context: AppContext
) -> None:
    window = shell.library.start_coaching("rover-gi-legemidler-strekkode")
    assert isinstance(window, CoachingWindow)
    qtbot.addWidget(window)
    total = window.total
    assert window.counter.text() == f"Steg 1 av {total}"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.counter.text() == f"Steg 3 av {total}"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.counter.text() == f"Steg 2 av {total}"
    size = window.point_size
    window.zoom(2)
    assert window.point_size == size + 2
    for _ in range(total):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    from companion.ui.coaching import RecordCoachingDialog

    dialog = shell.window.findChild(RecordCoachingDialog, "recordCoachingDialog")
    assert dialog is not None
    dialog.person.setText("Kari Vikar")
    dialog.coach.setText("Ola")
    with qtbot.waitSignal(shell.library.coachingRecorded, timeout=5000):
        dialog.save_button.click()
    [session] = context.usage.coaching_sessions()
    assert (session.guide_id, session.coached_person, session.steps_seen, session.total_steps) == (
        "rover-gi-legemidler-strekkode",
        "Kari Vikar",
        total,
        total,
    )


def test_coaching_keys_work_whatever_has_focus(
    shell: Shell, qtbot: QtBot, context: AppContext
) -> None:
    context.training.remember_superuser_name("Siri Superbruker")
    window = shell.library.start_coaching("rover-gi-legemidler-strekkode")
    assert isinstance(window, CoachingWindow)
    qtbot.addWidget(window)
    window.activateWindow()
    total = window.total
    window.next_button.setFocus()
    qtbot.keyClick(window.next_button, Qt.Key.Key_Right)
    assert window.counter.text() == f"Steg 2 av {total}", "a focused button must not eat →"
    window.full_button.setFocus()
    qtbot.keyClick(window.full_button, Qt.Key.Key_Space)
    assert window.counter.text() == f"Steg 3 av {total}", "Space moves on, it does not press"
    assert not window.full_button.isChecked() and not window.isFullScreen()
    qtbot.keyClick(window.next_button, Qt.Key.Key_Left)
    assert window.counter.text() == f"Steg 2 av {total}"
    qtbot.keyClick(window.next_button, Qt.Key.Key_PageDown)
    assert window.counter.text() == f"Steg 3 av {total}"
    qtbot.keyClick(window.next_button, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.next_button, Qt.Key.Key_End)
    assert window.counter.text() == f"Steg {total} av {total}"
    qtbot.keyClick(window.next_button, Qt.Key.Key_Home)
    assert window.counter.text() == f"Steg 1 av {total}"
    window.full_button.click()
    assert window.full_button.isChecked() and window.full_button.text().startswith("Avslutt")
    qtbot.keyClick(window.next_button, Qt.Key.Key_Escape)
    assert window.isVisible() and not window.isFullScreen(), "Esc leaves full screen first"
    assert not window.full_button.isChecked()
    assert window.full_button.text() == "Fullskjerm (F11)"
    qtbot.keyClick(window.next_button, Qt.Key.Key_Escape)
    assert not window.isVisible(), "Esc leaves coaching when not in full screen"


def test_coach_name_is_the_one_from_training(
    shell: Shell, qtbot: QtBot, context: AppContext
) -> None:
    context.training.remember_superuser_name("Siri Superbruker")
    window = shell.library.start_coaching("rover-gi-legemidler-strekkode")
    assert isinstance(window, CoachingWindow)
    qtbot.addWidget(window)
    window.finish()
    from companion.ui.coaching import RecordCoachingDialog

    dialog = shell.window.findChild(RecordCoachingDialog, "recordCoachingDialog")
    assert dialog is not None
    assert dialog.coach.text() == "Siri Superbruker"
    dialog.coach.setText("Ola Veileder")
    dialog.person.setText("Kari Vikar")
    with qtbot.waitSignal(shell.library.coachingRecorded, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: context.user_name() == "Ola Veileder", timeout=5000)


def test_link_opens_the_linked_article_here_with_back(shell: Shell, qtbot: QtBot) -> None:
    from PySide6.QtCore import QUrl

    shell.window.show_page("kb")
    page = shell.library_pages["kb"]
    assert page.select("arbeidsliste-feil-pasienter")
    view = page.view
    assert view is not None and view.article is not None
    assert not view.back_button.isEnabled()
    assert "companion://artikkel/arbeidsliste-bruke" in view.browser.toHtml()
    view.browser.anchorClicked.emit(QUrl("companion://artikkel/arbeidsliste-bruke"))
    assert view.article.id == "arbeidsliste-bruke", "the linked guide is shown right here"
    assert view.article.kind == "guide"
    assert shell.window.current_page_key() == "kb"
    assert view.back_button.isVisible() and view.back_button.isEnabled()
    view.browser.setFocus()
    qtbot.keyClick(view.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.article.id == "arbeidsliste-feil-pasienter"
    assert not view.back_button.isEnabled()


def test_start_page_instead_of_an_empty_pane(shell: Shell, qtbot: QtBot) -> None:
    from PySide6.QtCore import QUrl

    page = shell.library_pages["guides"]
    view = page.view
    assert view is not None and view.article is None
    assert view.browser.isVisible() and not view.empty.isVisible()
    text = view.browser.toPlainText()
    assert "Kom i gang" in text and "Favoritter" in text and "Nytt innhold" in text
    assert "companion://artikkel/" in view.browser.toHtml()
    first_link = view.browser.toHtml().split("companion://artikkel/")[1].split('"')[0]
    view.browser.anchorClicked.emit(QUrl(f"companion://artikkel/{first_link}"))
    assert view.article is not None and view.article.id == first_link


def test_lists_show_before_the_user_lists_and_a_click_never_loads_them_here(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Content shows as soon as it is parsed; favourites and recently seen need the database
    layer and come after ("Henter …" until then). A click in between leaves the database work
    to a worker: the usage service is never built on the GUI thread."""
    on_gui_thread: list[bool] = []
    build = AppContext.__dict__["usage"].func

    def usage(self: AppContext) -> object:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return build(self)

    lazy = cached_property(usage)
    lazy.__set_name__(AppContext, "usage")
    monkeypatch.setattr(AppContext, "usage", lazy)
    context.prepare_database()
    favourite = context.library.guides()[0].id  # saved earlier, through another context
    earlier = AppContext.create(home=context.paths.home)
    earlier.usage.set_favorite(favourite, True)
    earlier.close()
    on_gui_thread.clear()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    controller = shell.library
    release = threading.Event()
    load_lists = controller._load_user_lists

    def slow_lists() -> tuple[list[str], list[str]]:
        release.wait(10)
        return load_lists()

    monkeypatch.setattr(controller, "_load_user_lists", slow_lists)
    controller.load()
    page = shell.library_pages["guides"]
    qtbot.waitUntil(lambda: page.view is not None, timeout=10000)
    assert page.view is not None and page.model.rowCount() >= 30
    start = page.view.browser.toPlainText()
    assert "Henter …" in start and "Ingen favoritter ennå." not in start

    first = page.articles()[0].id
    assert first == favourite
    controller.show_article(first)
    assert page.view.article is not None and page.view.article.id == first
    assert not page.view.favorite_button.isChecked()  # not known yet
    with qtbot.waitSignal(controller.libraryLoaded, timeout=10000):
        release.set()
    assert page.view.favorite_button.isChecked(), "the open article shows its loaded state"
    assert page.user_lists_loaded
    qtbot.waitUntil(lambda: context.usage.recent() == [first], timeout=10000)
    assert on_gui_thread and not any(on_gui_thread)
    assert page.view.article.id == first, "the loaded lists must not replace the open article"


def test_long_titles_wrap_to_two_lines() -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from companion.ui.models.articles import two_lines

    metrics = QFontMetrics(QFont())
    title = "Registrere insulin med riktig tidspunkt og dose i kurven på sengeposten"
    width = metrics.horizontalAdvance(title) * 2 // 3
    lines = two_lines(metrics, title, width)
    assert len(lines) == 2 and lines[0] and lines[1]
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert " ".join(lines).replace("…", "").split()[:6] == title.split()[:6]
    assert two_lines(metrics, "Kort", 500) == ["Kort"]


def test_title_has_the_whole_row_width_and_the_badge_goes_below(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 1024 px the list is ~240 px wide: a badge beside the title cut titles to one word."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QListView, QStyleOptionViewItem

    from companion.ui.models import articles

    widths: list[int] = []
    wrap = articles.two_lines

    def spy(metrics: object, text: str, width: int) -> list[str]:
        widths.append(width)
        return wrap(metrics, text, width)  # type: ignore[arg-type]

    monkeypatch.setattr(articles, "two_lines", spy)
    model = articles.ArticleListModel()
    model.set_rows(
        [articles.ArticleRow("a", "Dokumentere sår med bilde", "Slik beskriver du", "Utkast · X")]
    )
    view = QListView()
    qtbot.addWidget(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 240, 90)
    image = QImage(240, 90, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        articles.ArticleDelegate().paint(painter, option, model.index(0))
    finally:
        painter.end()
    assert widths == [240 - 2 * articles.ArticleDelegate.PADDING]


def test_pdf_export_of_guide(shell: Shell, tmp_path: Path) -> None:
    target = tmp_path / "guide.pdf"
    assert shell.library.export_pdf("insulin-registrering", target) == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "insulin" in text.lower() and "Gjennomgås innen" in text


def test_checklist_pdf(context: AppContext, tmp_path: Path, qtbot: QtBot) -> None:
    from companion.reports.article_pdf import export_checklist

    library = context.library
    target = tmp_path / "sjekkliste.pdf"
    pages = export_checklist(library.checklists["sommervikar-assistent"], library, target)
    assert pages >= 1 and target.read_bytes().startswith(b"%PDF")


def test_new_content_is_worked_out_once_per_library(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Returning to the start pane must not stat every article file again (10,000 at scale)."""
    from companion.ui.pages import article_view

    calls: list[str] = []
    freshness = article_view._freshness

    def counted(article: object) -> object:
        calls.append(article.id)  # type: ignore[attr-defined]
        return freshness(article)  # type: ignore[arg-type]

    monkeypatch.setattr(article_view, "_freshness", counted)
    view = article_view.ArticleView(context.library)
    qtbot.addWidget(view)
    guides = len(context.library.guides())
    view.show_start("guide", [], [])
    assert len(calls) == guides
    text = view.browser.toPlainText()
    view.show_start("guide", [], [])
    assert len(calls) == guides and view.browser.toPlainText() == text
    view.show_start("mistake", [], [])
    assert len(calls) == guides + len(context.library.mistakes())
