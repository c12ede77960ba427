"""Import people from the roster's CSV export.

Pick a file, see every row, then import the good ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.training.csvimport import EXPECTED_HEADER, ImportPreview
from companion.training.people import ImportResult
from companion.training.service import TrainingService
from companion.training.types import TrainingError
from companion.ui.i18n import fmt
from companion.ui.models.training_import import ImportPreviewModel
from companion.ui.pages.training_common import MessageBar, ask_open_path


class ImportDialog(QDialog):
    """Nothing is written until "Importer"; then all good rows in one transaction."""

    def __init__(self, service: TrainingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.preview: ImportPreview | None = None
        self.result_value: ImportResult | None = None
        self.setWindowTitle(self.tr("Importer personer fra vaktplanen"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt(
                self.tr(
                    "Velg en CSV-fil fra vaktplanen (semikolon eller komma, helst UTF-8). Første "
                    "linje er overskriftene:\n%1\n"
                    "Bare ansattopplysninger leses. Kolonner som ikke står over, blir ikke lest "
                    "eller lagret."
                ),
                EXPECTED_HEADER,
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("content", True)  # the column headings are the file format (Norwegian)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Velg fil …"))
        self.choose_button.clicked.connect(self.choose)
        self.file_label = QLabel(self.tr("Ingen fil valgt"))
        self.file_label.setProperty("role", "muted")
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Forhåndsvisning av importen"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.assign = QCheckBox(self.tr("Tildel sjekklisten for rollen til hver person"))
        self.assign.setChecked(True)
        layout.addWidget(self.assign)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Importer"))
        self.import_button.setProperty("primary", True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def choose(self) -> None:
        path = ask_open_path(
            self, self.tr("Velg CSV-fil"), self.tr("CSV-filer (*.csv *.txt);;Alle filer (*)")
        )
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read and check the file; shows every row, writes nothing."""
        self.file_label.setText(str(path))
        self.preview = self.service.people.preview_import(path)
        preview = self.preview
        self.model.set_preview(preview)
        self.message.clear_message()
        if preview.file_error:
            self.message.show_error(preview.file_error)
            self.summary.setText("")
        else:
            parts = [fmt(self.tr("%1 personer kan importeres."), str(len(preview.rows)))]
            if preview.errors:
                parts.append(
                    fmt(
                        self.tr("%1 rader har feil og blir ikke importert (se Resultat)."),
                        str(len(preview.errors)),
                    )
                )
            if preview.redacted:
                parts.append(
                    fmt(
                        self.tr(
                            "%1 rader hadde et fødselsnummer. Det er erstattet med "
                            "[fødselsnummer fjernet] og blir ikke lagret."
                        ),
                        preview.redacted,
                    )
                )
            parts += [f"⚠ {w}" for w in preview.warnings]
            self.summary.setText("\n".join(parts))
        self.import_button.setEnabled(preview.can_import)
        self.import_button.setText(
            fmt(self.tr("Importer %1 personer"), str(len(preview.rows)))
            if preview.rows
            else self.tr("Importer")
        )
        self.table.resizeRowsToContents()

    def do_import(self) -> None:
        if self.preview is None or not self.preview.can_import:
            return
        try:
            self.result_value = self.service.people.import_rows(
                self.preview, self.assign.isChecked()
            )
        except TrainingError as exc:
            self.message.show_error(str(exc))
            return
        self.accept()
