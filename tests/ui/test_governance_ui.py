"""Status banners in the viewer and *Rediger lokalt*: preview, validation, save, reload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.content.conftest import MISTAKE, write
from tests.content.test_governance import APPROVED, RETIRE

from companion.app import AppContext
from companion.content.layers import load_merged
from companion.content.vocabulary import ContentStatus
from companion.paths import resources_dir
from companion.ui.local_editor import LocalEditorDialog
from companion.ui.pages.article_view import ArticleView
from companion.ui.shell import Shell
from companion.ui.workers import TaskRunner


@pytest.fixture
def layers(tmp_path: Path) -> tuple[Path, Path]:
    central, local = tmp_path / "central", tmp_path / "local"
    write(central, "kb/a.md", MISTAKE.format(id="a", title="Sentral A"))
    write(central, "kb/b.md", APPROVED.format(id="b", title="B", review="2001-01-01"))
    write(central, "kb/c.md", MISTAKE.format(id="c", title="C"))
    write(
        central,
        "kb/d.md",
        MISTAKE.format(id="d", title="D").replace("galt\nA\n", "galt\nSe [c](artikkel:c).\n"),
    )
    write(local, "kb/c.md", RETIRE.format(id="c"))
    return central, local


def test_viewer_shows_draft_and_approved_banners(qtbot: QtBot, layers: tuple[Path, Path]) -> None:
    library = load_merged(*layers)
    view = ArticleView(library)
    qtbot.addWidget(view)
    view.show_article(library.articles["a"])
    page = view.browser.toPlainText()
    assert "Utkast – ikke godkjent hos dere ennå" in page
    assert "Lokal prosedyre gjelder foran" in page
    assert "Utkast" in view.browser.toHtml()
    view.show_article(library.articles["b"])
    page = view.browser.toPlainText()
    assert (
        "Godkjent av Fagnettverk legemidler, 01.03.2026 · ansvarlig: Fagnettverk legemidler" in page
    )
    assert "Skulle vært gjennomgått 01.01.2001" in page


def test_link_to_retired_article_says_utgatt(qtbot: QtBot, layers: tuple[Path, Path]) -> None:
    from PySide6.QtCore import QUrl

    library = load_merged(*layers)
    view = ArticleView(library)
    qtbot.addWidget(view)
    view.show()
    view.show_article(library.articles["d"])
    opened: list[str] = []
    view.openArticle.connect(opened.append)
    view.browser.anchorClicked.emit(QUrl("companion://artikkel/c"))
    assert opened == []
    assert view.notice.isVisible() and "er utgått" in view.notice.text()


def _editor(
    qtbot: QtBot, layers: tuple[Path, Path], tmp_path: Path, local: Path | None
) -> LocalEditorDialog:
    library = load_merged(*layers)
    dialog = LocalEditorDialog(
        library, local, tmp_path / "cache", TaskRunner(), library.articles["a"], "mistake"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_editor_preview_validation_and_save(
    qtbot: QtBot, layers: tuple[Path, Path], tmp_path: Path
) -> None:
    central, local = layers
    dialog = _editor(qtbot, layers, tmp_path, local)
    assert dialog.id_field.text() == "a" and dialog.status.currentData() == "utkast"
    dialog.editor.setPlainText(dialog.editor.toPlainText().replace("galt\nA", "galt\nRing oss"))
    qtbot.waitUntil(lambda: "Ring oss" in dialog.preview.toPlainText(), timeout=3000)
    dialog.status.setCurrentIndex(dialog.status.findData("godkjent"))
    qtbot.waitUntil(lambda: "godkjent krever" in dialog.messages.text(), timeout=3000)
    assert not dialog.save_button.isEnabled()
    dialog.approved_by.setText("Enhetsleder")
    dialog.approved_at.setText("2026-05-02")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=3000)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    saved = local / "kb" / "a.md"
    assert "Ring oss" in saved.read_text(encoding="utf-8")
    article = load_merged(central, local).articles["a"]
    assert article.local and article.status is ContentStatus.APPROVED
    assert article.approved_by == "Enhetsleder"


def test_editor_autosaves_and_restores_typed_text(
    qtbot: QtBot, layers: tuple[Path, Path], tmp_path: Path
) -> None:
    dialog = _editor(qtbot, layers, tmp_path, layers[1])
    dialog.editor.appendPlainText("Ikke mist meg")
    dialog.close()
    again = _editor(qtbot, layers, tmp_path, layers[1])
    assert "Ikke mist meg" in again.editor.toPlainText()
    assert "Ulagret tekst" in again.status_label.text()


def test_editor_without_local_folder_explains_and_offers_a_folder(
    qtbot: QtBot, layers: tuple[Path, Path], tmp_path: Path
) -> None:
    dialog = _editor(qtbot, layers, tmp_path, None)
    assert dialog.no_folder.isVisible() and not dialog.save_button.isEnabled()
    chosen: list[str] = []
    dialog.localDirChosen.connect(chosen.append)
    dialog.set_local_dir(tmp_path / "ny-lokal")
    assert chosen == [str(tmp_path / "ny-lokal")]
    assert not dialog.no_folder.isVisible() and dialog.save_button.isEnabled()


@pytest.fixture
def local_context(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppContext]:
    local = tmp_path / "lokal"
    local.mkdir()
    monkeypatch.setenv("COMPANION_CONTENT_LOCAL_DIR", str(local))
    ctx = AppContext.create(home=home, machine_file=home / "no-machine-config.toml")
    yield ctx
    ctx.close()


def test_saving_a_local_version_reloads_and_shows_lokal_versjon(
    qtbot: QtBot, local_context: AppContext
) -> None:
    local_context.prepare_database()
    shell = Shell(local_context, resources_dir())
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.library.libraryLoaded, timeout=10000):
        shell.start_background()
    shell.open_article("melde-avvik")
    dialog = shell.library.edit_locally("melde-avvik")
    assert dialog is not None
    dialog.title_field.setText("Melde avvik hos oss")
    with (
        qtbot.waitSignal(shell.library.libraryReloaded, timeout=20000),
        qtbot.waitSignal(dialog.saved, timeout=5000),
    ):
        dialog.save()
    view = shell.library_pages["guides"].view
    assert view is not None and view.article is not None
    assert view.article.title == "Melde avvik hos oss" and view.article.local
    assert "Lokal versjon" in view.browser.toPlainText()
    page = shell.library_pages["guides"]
    row = page.model.row_of("melde-avvik")
    assert "Lokal" in str(page.model.row_at(row).badge)  # type: ignore[union-attr]
    dialog.close()
    shell.shutdown()


def test_pdf_and_coaching_show_status_and_local_values(
    qtbot: QtBot, layers: tuple[Path, Path], tmp_path: Path
) -> None:
    import shutil
    import subprocess

    from tests.content.conftest import GUIDE

    from companion.reports.article_pdf import export_article
    from companion.ui.coaching import CoachingWindow

    central, local = layers
    guide = GUIDE.format(id="g", title="Guiden", related="a", link="a").replace(
        "Tekst.", "Ring {{brukerstotte_telefon}}."
    )
    write(local, "guides/g.md", guide)
    write(local, "verdier.yaml", "brukerstotte_telefon: '73 80 00 00'\n")
    library = load_merged(central, local)
    window = CoachingWindow(
        library.articles["g"], library.root_for(library.articles["g"]), None, library.values
    )
    qtbot.addWidget(window)
    assert "Utkast – ikke godkjent hos dere ennå" in window.banner.text()
    assert "Lokal versjon" in window.banner.text()
    assert "Lokal prosedyre gjelder foran" in window.banner.text()
    assert "Ring 73 80 00 00." in window.body.toPlainText()
    target = tmp_path / "b.pdf"
    export_article(library.articles["b"], library, target)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Godkjent av Fagnettverk legemidler" in text
        assert "Lokal prosedyre gjelder foran" in text
        assert "fyll inn lokalt: legevakt" in text


def test_editor_blocks_identity_numbers_and_never_autosaves_them(
    qtbot: QtBot, layers: tuple[Path, Path], tmp_path: Path
) -> None:
    from companion.content.authoring import autosave_path

    dialog = _editor(qtbot, layers, tmp_path, layers[1])
    dialog.editor.appendPlainText("Pasient 01010150017")
    qtbot.waitUntil(lambda: "fødselsnummer" in dialog.messages.text(), timeout=3000)
    assert not dialog.save_button.isEnabled()
    dialog.autosave()
    saved = autosave_path(tmp_path / "cache", "a").read_text(encoding="utf-8")
    assert "01010150017" not in saved and "fødselsnummer fjernet" in saved


def test_search_rows_carry_status_and_filled_values(layers: tuple[Path, Path]) -> None:
    from companion.search import SearchService
    from companion.ui.pages.search_page import rows_from_hits

    central, local = layers
    write(
        local,
        "kb/tlf.md",
        MISTAKE.format(id="tlf", title="Telefonliste").replace(
            "galt\nA\n", "galt\nRing legevakten på {{legevakt}} om natten.\n"
        ),
    )
    write(local, "verdier.yaml", "legevakt: '116 117'\n")
    library = load_merged(central, local)
    service = SearchService(library, None)
    service.ensure_index()
    rows = rows_from_hits(list(service.search("legevakten natten")), library)
    row = next(r for r in rows if r.id == "tlf")
    assert row.badge.startswith("Utkast · Lokal")
    assert "116 117" in row.summary and "{{" not in row.summary
