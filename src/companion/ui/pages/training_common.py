"""Small pieces shared by the Opplæring tabs: message bar, debounced saving, dates, save dialog."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from companion.training.service import TrainingService
from companion.training.types import TrainingError
from companion.ui import theme
from companion.ui.i18n import fmt

SAVE_DELAY_MS = 400
NO_DATE = QDate(2000, 1, 1)  # shown as the special value "Ikke satt" in optional date fields


def qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def pydate(value: QDate) -> date | None:
    return (
        None
        if value == NO_DATE or not value.isValid()
        else date(value.year(), value.month(), value.day())
    )


class MessageBar(QLabel):
    """A calm line for results and errors (plain Norwegian; an icon word, not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Melding"))
        self._reserved = False
        self.setTextFormat(Qt.TextFormat.AutoText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            self.textInteractionFlags()
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

    def reserve_space(self, lines: int = 2) -> None:
        """Keep the bar's room when empty, so nothing below or beside it moves when it shows."""
        self._reserved = True
        # padding 2x6 + border 2x1 = 14, plus slack for rich text's line height (a link line
        # is ~2 px taller than plain text), so showing a message never grows the bar.
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 20)
        self.setVisible(self.parent() is not None)  # never as a window of its own

    def show_error(self, text: str) -> None:
        self._show(f"⚠ {text}", "#fdf0ef", theme.ERROR)

    def show_info(self, text: str) -> None:
        self._show(f"✓ {text}", "#eef7f0", theme.OK)

    def show_info_with_action(self, text: str, action: str, href: str) -> None:
        """A confirmation with one link-like action ("Godkjent … · Angre"); emits linkActivated."""
        rich = f'✓ {html.escape(text)} · <a href="{html.escape(href)}">{html.escape(action)}</a>'
        self._show(rich, "#eef7f0", theme.OK)
        self.setAccessibleDescription(f"{text} · {action}")

    def _show(self, text: str, background: str, border: str) -> None:
        self.setText(text)
        self.setStyleSheet(
            f"background:{background}; border:1px solid {border}; border-radius:4px; padding:6px; "
            f"color:{theme.TEXT};"
        )
        self.setVisible(True)
        self.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.setText("")
        self.setAccessibleDescription("")
        if self._reserved:
            self.setStyleSheet("background:transparent; border:1px solid transparent; padding:6px;")
        self.setVisible(self._reserved)


class DebouncedSaver(QObject):
    """Saves typed text shortly after the user stops typing, and at once on `flush()`.

    The database is the source of truth: nothing typed waits for a Lagre button. A refused
    value (for example a fødselsnummer) is reported through `failed` and not stored.
    """

    failed = Signal(str)
    saved = Signal()

    def __init__(
        self, save: Callable[[], None], parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._pending = False

    def trigger(self) -> None:
        self._pending = True
        self._timer.start()

    def cancel(self) -> None:
        self._pending = False
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._pending

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        try:
            self._save()
        except TrainingError as exc:
            self.failed.emit(str(exc))
        else:
            self.saved.emit()


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], keep: str | None = None) -> None:
    """Replace a combo's (label, value) items, keeping the current value if it still exists."""
    current = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Ask where to save (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> Path | None:
    """Ask which file to open (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
    return Path(name) if name else None


def slug(text: str) -> str:
    """A safe file-name part: 'Avd 3 Medisin' → 'avd-3-medisin'."""
    keep = "".join(c.lower() if c.isalnum() else "-" for c in text.strip())
    return "-".join(part for part in keep.split("-") if part) or "opplaering"


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """Ask before something that cannot be undone (tests replace this function)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(
        QCoreApplication.translate("TrainingCommon", "Avbryt"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is yes_button


@contextmanager
def wait_cursor() -> Iterator[None]:
    """Busy cursor for the few short, blocking exports.

    A PDF takes ~40 ms once fonts are loaded."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def save_failed_message(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return fmt(
        QCoreApplication.translate(
            "MessageBar",
            "Filen kunne ikke lagres (%1). Ingenting er endret i Følgesvenn. Velg en annen "
            "mappe, eller lukk filen hvis den er åpen i et annet program, og prøv igjen.",
        ),
        reason,
    )


def export_file(
    parent: QWidget,
    message: MessageBar,
    title: str,
    name: str,
    kind: str,
    write: Callable[[Path], object],
) -> Path | None:
    """Ask where to save `name.kind`, write it, and say plainly how it went."""
    file_filter = (
        QCoreApplication.translate("TrainingCommon", "PDF (*.pdf)")
        if kind == "pdf"
        else QCoreApplication.translate("TrainingCommon", "CSV (*.csv)")
    )
    path = ask_save_path(parent, title, Path.home() / f"{name}.{kind}", file_filter)
    if path is None:
        return None
    try:
        with wait_cursor():
            write(path)
    except OSError as exc:
        message.show_error(save_failed_message(exc))
        return None
    message.show_info(fmt(QCoreApplication.translate("TrainingCommon", "Lagret %1"), str(path)))
    return path


def superuser_field(service: TrainingService) -> QLineEdit:
    """The "who am I" field: the superuser's name, remembered between sessions."""
    edit = QLineEdit(service.superuser_name())
    edit.setPlaceholderText(QCoreApplication.translate("TrainingCommon", "Ditt navn (superbruker)"))
    edit.setAccessibleName(
        QCoreApplication.translate("TrainingCommon", "Superbruker som registrerer")
    )
    return edit


def keep_width(button: QPushButton, texts: list[str]) -> None:
    """Give a button the width of its widest text, so changing its text never moves neighbours."""
    current = button.text()
    button.ensurePolished()
    widths = []
    for text in texts:
        button.setText(text)
        widths.append(button.sizeHint().width())
    button.setText(current)
    button.setMinimumWidth(max(widths))


class WholeCellCheckDelegate(QStyledItemDelegate):
    """A check box cell that toggles wherever it is clicked, and with Space (not only the box)."""

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return super().editorEvent(event, model, option, index)
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton
        toggle = (
            kind == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
        ) or (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        )
        if not toggle:
            return super().editorEvent(event, model, option, index)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Checked, 2)
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
