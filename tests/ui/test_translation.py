"""The English translation: complete, placeholders intact, and actually used by the widgets."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.paths import resources_dir
from companion.ui.i18n import install_translators

TS = resources_dir() / "translations" / "companion_en.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
ACCELERATOR = re.compile(r"&(?!&)\S")


def messages() -> list[tuple[str, ET.Element]]:
    """(context, message) for every message still in the sources.

    Vanished/obsolete ones are skipped.
    """
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if not any(
            msg.find(f"translation[@type='{gone}']") is not None
            for gone in ("vanished", "obsolete")
        )
    ]


def translated_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def english_resources(tmp_path: Path) -> Path:
    """A resources dir whose translations/companion_en.qm is current.

    It is built here when missing or stale.
    """
    built = resources_dir() / "translations" / "companion_en.qm"
    if built.is_file() and built.stat().st_mtime >= TS.stat().st_mtime:
        return resources_dir()
    target = tmp_path / "resources"
    (target / "translations").mkdir(parents=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(TS),
            "-qm",
            str(target / "translations" / "companion_en.qm"),
        ],
        check=True,
    )
    return target


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[list[QTranslator]]:
    """English translators for one test; removed again (with the default locale) afterwards."""
    locale = QLocale()
    translators = install_translators(qapp, english_resources(tmp_path), "en")
    try:
        yield translators
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") != "unfinished"
        and all(t.strip() for t in translated_texts(message))
    )


def test_every_message_is_translated() -> None:
    unfinished = [
        f"{context}: {msg.findtext('source')!r}"
        for context, msg in messages()
        if not is_finished(msg)
    ]
    assert len(messages()) > 400
    assert unfinished == []


def test_placeholders_and_accelerators_are_kept() -> None:
    problems = []
    for context, msg in messages():
        source = msg.findtext("source") or ""
        wanted = set(PLACEHOLDER.findall(source))
        for text in translated_texts(msg):
            missing = wanted - set(PLACEHOLDER.findall(text))
            if missing:
                problems.append(f"{context}: {source!r} → {text!r} lacks {sorted(missing)}")
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"{context}: {source!r} → {text!r} lost its accelerator")
    assert problems == []


def test_numerus_messages_have_singular_and_plural() -> None:
    for context, msg in messages():
        if msg.get("numerus") == "yes":
            forms = translated_texts(msg)
            assert len(forms) == 2 and all("%n" in form for form in forms), (
                context,
                msg.findtext("source"),
            )


def test_contexts_are_class_names() -> None:
    """lupdate files `parent.tr(...)`/`w.tr(...)` under a context that never matches at run time."""
    bad = sorted(
        {
            context
            for context, _msg in messages()
            if not context.isidentifier() or not context[0].isupper()
        }
    )
    assert bad == []


def test_main_window_in_english(qtbot: QtBot, english: list[QTranslator], tmp_path: Path) -> None:
    from companion.ui.main_window import MainWindow

    assert english, "no translator was installed"
    window = MainWindow(resources_dir(), tmp_path / "ui-state.ini")
    qtbot.addWidget(window)
    assert (
        window.search_field.placeholderText()
        == "Search guides, common mistakes and checklists (Ctrl+K)"
    )
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    assert window.settings_action.text() == "&Settings…"
    window.set_queue_count(1)
    assert window.queue_label.text() == "Queued tickets: 1"
    window.set_last_sync(None)
    assert window.sync_label.text() == "Last synced: never"


def test_navigation_in_english(
    qtbot: QtBot, english: list[QTranslator], context: AppContext
) -> None:
    from companion.ui.shell import Shell

    context.prepare_database()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    labels = [shell.window.nav.item(i).text() for i in range(shell.window.nav.count())]
    assert labels == ["Guides", "Knowledge base", "Tickets", "Training", "Insights"]
    shell.shutdown()


NORWEGIAN = re.compile(
    r"[æøåÆØÅ]|\b(?:og|ikke|eller|av|til|fra|ingen|siste|måneder|kø|marker|godkjenn|vist|velg|"
    r"lagre|slett|legg|eksporter|vis|sak|saker|opplæring|veiledning|veiledninger|"
    r"personer|uke|uker|enhet|rolle|navn|dato|notat|søk|alle|hjelp|neste|forrige|ny|nytt|"
    r"innstillinger|avbryt|lukk|fjern|tildel|angre|sjekkliste|brukerstøtte)\b",
    re.IGNORECASE,
)


NAMES = {"Følgesvenn", "Norsk (bokmål)"}  # the product's name; a language's own name


def visible_ui_texts(root: QWidget) -> list[tuple[str, str]]:
    """The UI's own words on screen: buttons, labels, tabs, placeholders, headers, titles.

    Widgets marked with the property `content` (article text, names, checklist items from the
    bundled Norwegian content) are left out: they are data, not UI.
    """
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTableView,
        QTreeView,
    )

    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _is_content(widget):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QAbstractButton | QGroupBox):
            found.append(
                (kind, widget.text() if isinstance(widget, QAbstractButton) else widget.title())
            )
        elif isinstance(widget, QLabel) and widget.text():
            found.append((kind, re.sub(r"<[^>]+>", " ", widget.text())))
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append((kind + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabBar):
            found += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            found.append((kind, widget.currentText()))
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(min(model.columnCount(QModelIndex()), 30)):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    found.append((kind + " header", header))
    return [(kind, text) for kind, text in found if text and text.strip()]


def _is_content(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property("content"):
            return True
        widget = widget.parentWidget()
    return False


def test_every_page_in_english_has_no_norwegian(
    qtbot: QtBot, english: list[QTranslator], context: AppContext
) -> None:
    from companion.ui.shell import Shell
    from support.ui_tour import seed, tour

    context.prepare_database()
    seed(context)
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    shell.window.resize(1366, 728)
    shell.window.show()
    with qtbot.waitSignal(shell.servicePagesReady, timeout=20000):
        shell.start_background()
    # Article titles are bundled Norwegian content (data), also where the UI quotes them.
    titles = sorted((a.title for a in context.library.articles.values()), key=len, reverse=True)
    left = set()
    for step, root in tour(shell, lambda c: qtbot.waitUntil(lambda: bool(c()), timeout=20000)):
        for kind, text in visible_ui_texts(root):
            words = re.sub(r"(?<!\w)[ØøÅåÆæ](?!\w)", "", text)  # a status symbol, not a word
            words = words.replace("Følgesvenn", "")  # the product's name
            for title in titles:
                words = words.replace(title, "")
            if NORWEGIAN.search(words) and text.strip() not in NAMES:
                left.add(f"{step}: {kind}: {text.strip()[:90]!r}")
    shell.shutdown()
    assert not left, f"{len(left)} Norwegian texts in English:\n" + "\n".join(sorted(left))


def test_fmt_fills_placeholders_like_qt_arg() -> None:
    from companion.ui.i18n import fmt

    assert fmt("Sak %1 – %2", 7, "Sendt") == "Sak 7 – Sendt"
    assert fmt("%2 før %1", "a", "b") == "b før a"
    assert fmt("Verdi: %1", "%2 blir stående") == "Verdi: %2 blir stående", "one pass"
    assert fmt("%1 og %3", "x") == "x og %3", "a missing value leaves its marker"


def test_article_status_banner_in_english(english: list[QTranslator], context: AppContext) -> None:
    """The status banner and step headings are UI words, even inside the Norwegian article."""
    from companion.content.render import render_for
    from companion.ui.content_status import page_word

    library = context.library
    guide = next(a for a in library.articles.values() if a.kind == "guide" and a.steps)
    english_page = render_for(library, guide, tr=page_word).html
    norwegian_page = render_for(library, guide).html
    assert "Local procedure takes precedence." in english_page
    assert "Step 1 of" in english_page
    assert "Lokal prosedyre gjelder foran" not in english_page
    assert "Lokal prosedyre gjelder foran." in norwegian_page, "the PDF stays bokmål"
