"""*Rediger lokalt*: write the unit's own version of an article, with a live preview.

A focused dialog, not a word processor: front matter as form fields (status and approval
included), Markdown on the left, the rendered page on the right, and the same checks as
``content check`` under the text. Typed text is autosaved to the user's cache so nothing is
lost; saving writes the file atomically into the local folder in a worker.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.content import authoring
from companion.content.authoring import Draft
from companion.content.model import Article, Library, Problem
from companion.content.vocabulary import ContentStatus
from companion.core.idguard import redact
from companion.ui.content_status import page_word
from companion.ui.i18n import fmt
from companion.ui.pages.article_view import SafeTextBrowser
from companion.ui.pages.base import muted
from companion.ui.workers import TaskRunner

PREVIEW_DELAY_MS = 300
AUTOSAVE_DELAY_MS = 1000


class LocalEditorDialog(QDialog):
    """Edit one local article; emits `saved(id)` after the file is written."""

    saved = Signal(str)
    localDirChosen = Signal(str)

    def __init__(
        self,
        library: Library,
        local_dir: Path | None,
        cache_dir: Path,
        runner: TaskRunner,
        source: Article | None = None,
        kind: str = "mistake",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.local_dir, self.cache_dir, self.runner = (
            library,
            local_dir,
            cache_dir,
            runner,
        )
        self.source = source
        self.problems: list[Problem] = []
        self.setWindowTitle(self.tr("Rediger lokalt"))
        self.setAccessibleName(self.tr("Rediger lokal versjon"))
        self.resize(1200, 720)
        layout = QVBoxLayout(self)
        self._build_no_folder(layout)
        self._build_form(layout)
        self._build_editor(layout)
        self._build_buttons(layout)
        self.preview_timer = self._timer(PREVIEW_DELAY_MS, self.update_preview)
        self.autosave_timer = self._timer(AUTOSAVE_DELAY_MS, self.autosave)
        self._load(source, kind)
        self._update_enabled()

    # building ---------------------------------------------------------------------------------
    def _timer(self, interval: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _build_no_folder(self, layout: QVBoxLayout) -> None:
        self.no_folder = QWidget()
        row = QHBoxLayout(self.no_folder)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLabel(
            self.tr(
                "Lokale versjoner lagres i en egen mappe for enheten deres, og den er ikke valgt "
                "ennå. Velg en mappe (gjerne en felles mappe superbrukerne har tilgang til)."
            )
        )
        text.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Velg mappe …"))
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(text, 1)
        row.addWidget(self.choose_button)
        layout.addWidget(self.no_folder)

    def _build_form(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.id_field, self.title_field = QLineEdit(), QLineEdit()
        self.status = QComboBox()
        for text, value in (
            (self.tr("Utkast"), ContentStatus.DRAFT),
            (self.tr("Godkjent"), ContentStatus.APPROVED),
            (self.tr("Utgått (skjul artikkelen)"), ContentStatus.RETIRED),
        ):
            self.status.addItem(text, str(value))
        self.approved_by, self.approved_at = QLineEdit(), QLineEdit()
        self.approved_at.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.owner, self.source_field = QLineEdit(), QLineEdit()
        self.owner.setPlaceholderText(self.tr("F.eks. Fagnettverk legemidler"))
        self.source_field.setPlaceholderText(self.tr("F.eks. forskrift, nasjonal retningslinje"))
        row = QHBoxLayout()
        self.id_field.setAccessibleName(self.tr("Id"))
        self.title_field.setAccessibleName(self.tr("Tittel"))
        form.addRow(self.tr("Id"), self.id_field)
        form.addRow(self.tr("Tittel"), self.title_field)
        field: QWidget
        for label, field in (
            (self.tr("Status"), self.status),
            (self.tr("Godkjent av"), self.approved_by),
            (self.tr("Godkjent dato"), self.approved_at),
        ):
            field.setAccessibleName(label)
            row.addWidget(QLabel(label))
            row.addWidget(field, 1)
        form.addRow(row)
        row2 = QHBoxLayout()
        for label, widget in (
            (self.tr("Ansvarlig"), self.owner),
            (self.tr("Bygger på"), self.source_field),
        ):
            widget.setAccessibleName(label)
            row2.addWidget(QLabel(label))
            row2.addWidget(widget, 1)
        form.addRow(row2)
        layout.addLayout(form)
        for widget in (
            self.id_field,
            self.title_field,
            self.approved_by,
            self.approved_at,
            self.owner,
            self.source_field,
        ):
            widget.textChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)

    def _build_editor(self, layout: QVBoxLayout) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Tekst (Markdown)"))
        self.editor.textChanged.connect(self._changed)
        self.preview = SafeTextBrowser(self.local_dir or self.library.root)
        self.preview.setAccessibleName(self.tr("Forhåndsvisning"))
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        splitter.setSizes([600, 600])
        layout.addWidget(splitter, 1)
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setAccessibleName(self.tr("Kontroll av teksten"))
        self.messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.messages)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.status_label = muted("")
        self.save_button = QPushButton(self.tr("Lagre lokal versjon"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Lukk"))
        close.clicked.connect(self.close)
        self.template_button = QPushButton(self.tr("Ny fra mal"))
        self.template_button.setToolTip(
            self.tr("Start en ny lokal artikkel med avsnittene ferdig satt opp")
        )
        self.template_button.clicked.connect(self.start_from_template)
        row.addWidget(self.template_button)
        row.addWidget(self.status_label, 1)
        row.addWidget(close)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    # state ------------------------------------------------------------------------------------
    def _load(self, source: Article | None, kind: str) -> None:
        if source is None:
            draft = authoring.template(kind)
        elif source.local:
            draft = authoring.draft_from_text(source.path.read_text(encoding="utf-8"))
        else:
            draft = authoring.draft_from_article(source)
        restored = self._restore_autosave(draft.article_id)
        if restored is not None:
            draft = restored
        self._fill(draft)
        if restored is not None:
            self.status_label.setText(self.tr("Ulagret tekst fra forrige gang er hentet fram."))

    def _restore_autosave(self, article_id: str) -> Draft | None:
        path = authoring.autosave_path(self.cache_dir, article_id)
        if not article_id or not path.is_file():
            return None
        return authoring.draft_from_text(path.read_text(encoding="utf-8"))

    def _fill(self, draft: Draft) -> None:
        self.meta = dict(draft.meta)
        self._filling = True
        meta = draft.meta
        self.id_field.setText(str(meta.get("id") or ""))
        self.id_field.setReadOnly(self.source is not None)
        self.title_field.setText(str(meta.get("title") or ""))
        index = self.status.findData(str(meta.get("status") or ContentStatus.DRAFT))
        self.status.setCurrentIndex(max(0, index))
        self.approved_by.setText(str(meta.get("approved_by") or ""))
        self.approved_at.setText(str(meta.get("approved_at") or ""))
        self.owner.setText(str(meta.get("owner") or ""))
        self.source_field.setText(str(meta.get("source") or ""))
        self.editor.setPlainText(draft.body)
        self._filling = False
        self.update_preview()

    def draft(self) -> Draft:
        """The article as currently typed."""
        meta = dict(self.meta)
        approved_at = authoring.parse_date(self.approved_at.text())
        meta.update(
            id=self.id_field.text().strip(),
            title=self.title_field.text().strip(),
            status=str(self.status.currentData()),
            approved_by=self.approved_by.text().strip(),
            approved_at=approved_at or self.approved_at.text().strip(),
            owner=self.owner.text().strip(),
            source=self.source_field.text().strip(),
        )
        return Draft(meta=meta, body=self.editor.toPlainText())

    def _changed(self) -> None:
        if getattr(self, "_filling", False):
            return
        self.preview_timer.start()
        self.autosave_timer.start()
        self.status_label.setText(self.tr("Ikke lagret ennå"))

    def _update_enabled(self) -> None:
        has_folder = self.local_dir is not None
        self.no_folder.setVisible(not has_folder)
        self.save_button.setEnabled(
            has_folder and not any(p.severity == "error" for p in self.problems)
        )
        self.save_button.setToolTip(
            "" if has_folder else self.tr("Velg en mappe for lokale versjoner først")
        )

    # actions ----------------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Check the text like `content check` does and render it as it will look."""
        from companion.content.render import render_article

        draft = self.draft()
        root = self.local_dir or self.library.root
        path = root / authoring.FOLDER_OF_KIND[draft.kind] / f"{draft.article_id or 'ny'}.md"
        article, self.problems = authoring.check_text(draft.text(), path, self.library)
        if article is not None:
            import dataclasses

            shown = dataclasses.replace(article, local=True)
            page = render_article(shown, root, self.library.values, date.today(), page_word).html
            self.preview.content_root = root
            self.preview.setHtml(page)
        self.messages.setText(self._problem_text())
        self._update_enabled()

    def _problem_text(self) -> str:
        if not self.problems:
            return self.tr("✓ Ingen feil funnet.")
        lines = []
        for problem in self.problems:
            prefix = self.tr("Feil") if problem.severity == "error" else self.tr("Advarsel")
            lines.append(f"{prefix}: {problem.message}")
        return "\n".join(lines)

    def autosave(self) -> None:
        """Keep what is typed in the user's cache until it is saved (never lose text)."""
        draft = self.draft()
        path = authoring.autosave_path(self.cache_dir, draft.article_id)
        try:
            # Never keep an identity number, not even in the user's own cache.
            authoring.atomic_write(path, redact(draft.text()))
        except OSError:
            self.status_label.setText(self.tr("Kunne ikke mellomlagre teksten."))

    def save(self) -> None:
        if self.local_dir is None:
            return
        self.update_preview()
        if any(p.severity == "error" for p in self.problems):
            return
        draft = self.draft()
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Lagrer …"))
        self.runner.start(
            authoring.save_article,
            self.local_dir,
            draft,
            on_done=partial(self._on_saved, draft),
            on_error=self._on_save_failed,
        )

    def _on_saved(self, draft: Draft, _path: object = None) -> None:
        self.autosave_timer.stop()
        authoring.autosave_path(self.cache_dir, draft.article_id).unlink(missing_ok=True)
        self.status_label.setText(self.tr("Lagret i den lokale mappen."))
        self._update_enabled()
        self.saved.emit(draft.article_id)

    def _on_save_failed(self, message: str) -> None:
        self.status_label.setText(
            fmt(self.tr("Kunne ikke lagre: %1. Sjekk at du har skrivetilgang til mappen."), message)
        )
        self._update_enabled()

    def start_from_template(self) -> None:
        """A new article of the same kind: the format's sections prefilled, id to be chosen."""
        self.autosave()
        kind = self.draft().kind
        self.source = None
        self._fill(authoring.template(kind))
        self.id_field.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.autosave_timer.isActive():
            self.autosave_timer.stop()
            self.autosave()
        super().closeEvent(event)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe for lokale versjoner"))
        if chosen:
            self.set_local_dir(Path(chosen))

    def set_local_dir(self, folder: Path) -> None:
        self.local_dir = folder
        self.localDirChosen.emit(str(folder))
        self.update_preview()
