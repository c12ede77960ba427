"""Coaching mode (*Vis ved siden av*): one step at a time in large type, for the bedside."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.content.model import Article
from companion.ui.content_status import status_line
from companion.ui.i18n import fmt
from companion.ui.pages.training_common import keep_width

BASE_POINT_SIZE = 20
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Up)
STEP_KEYS = frozenset(
    {*NEXT_KEYS, *PREVIOUS_KEYS, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Escape}
)


class StepKeyFilter(QObject):
    """Application-level filter: while the coaching window is active, step keys are its own.

    A focused button would otherwise eat ←/→ (focus moves) and Space (presses the button).
    """

    def __init__(self, window: CoachingWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in STEP_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # we take the key before any shortcut does
            return True
        return self.window.handle_key(event.key())


@dataclass(frozen=True)
class CoachingResult:
    """What the superuser chose to record after a session."""

    coached_person: str
    coach_name: str
    unit: str
    minutes: int
    outcome: str


class CoachingWindow(QDialog):
    """Large, calm, keyboard-driven step viewer; emits `completed` when the user finishes."""

    completed = Signal(int, int)  # steps seen, total steps

    def __init__(
        self,
        article: Article,
        content_root: object,
        parent: QWidget | None = None,
        values: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.article = article
        self.content_root = content_root
        self.values = values or {}
        self.index = 0
        self.seen = {0}
        self.point_size = BASE_POINT_SIZE
        self.started_at = datetime.now(UTC)
        self.setWindowTitle(fmt(self.tr("Vis ved siden av – %1"), article.title))
        self.setAccessibleName(self.tr("Veiledning ved siden av"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        self.title = QLabel(article.title)
        self.title.setWordWrap(True)
        self.banner = QLabel(status_line(article))
        self.banner.setWordWrap(True)
        self.banner.setObjectName("coachingStatus")
        self.banner.setAccessibleName(self.tr("Status for veiledningen"))
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Hvilket steg"))
        self.progress = QProgressBar()
        self.progress.setRange(0, len(article.steps))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        from companion.content.render import CSS

        self.body.document().setDefaultStyleSheet(CSS)
        self.body.setAccessibleName(self.tr("Stegets tekst"))
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prev_button = QPushButton(self.tr("← Forrige steg"))
        self.next_button = QPushButton(self.tr("Vis neste steg →"))
        self.next_button.setProperty("primary", True)
        self.full_button = QPushButton(self.tr("Fullskjerm (F11)"))
        self.full_button.setCheckable(True)
        keep_width(
            self.full_button, [self.tr("Fullskjerm (F11)"), self.tr("Avslutt fullskjerm (F11)")]
        )
        self.full_button.setAccessibleName(self.tr("Fullskjerm"))
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.full_button.clicked.connect(self.toggle_full_screen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addStretch(1)
        buttons.addWidget(self.full_button)
        buttons.addWidget(self.next_button)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.counter)
        layout.addWidget(self.progress)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        for keys, slot in (
            (["Ctrl++", "Ctrl+="], lambda: self.zoom(2)),
            (["Ctrl+-"], lambda: self.zoom(-2)),
            (["F11"], self.toggle_full_screen),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(slot)
        self.key_filter = StepKeyFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.key_filter)
        self._update()

    def done(self, result: int) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.key_filter)
        super().done(result)

    @property
    def total(self) -> int:
        return len(self.article.steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def handle_key(self, key: int) -> bool:
        """Step keys work whatever has focus; Esc leaves full screen first, then coaching."""
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.total - 1)
        elif key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.toggle_full_screen()
            else:
                self.reject()
        else:
            return False
        return True

    def go_to(self, index: int) -> None:
        self.index = max(0, min(self.total - 1, index))
        self.seen.add(self.index)
        self._update()

    def next(self) -> None:
        if self.index >= self.total - 1:
            self.finish()
            return
        self.index += 1
        self.seen.add(self.index)
        self._update()

    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._update()

    def finish(self) -> None:
        self.completed.emit(len(self.seen), self.total)
        self.accept()

    def zoom(self, delta: int) -> None:
        self.point_size = min(48, max(12, self.point_size + delta))
        self._update()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self._show_full_screen_state(self.isFullScreen())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self._show_full_screen_state(self.isFullScreen())
        super().changeEvent(event)

    def _show_full_screen_state(self, on: bool) -> None:
        self.full_button.setChecked(on)
        self.full_button.setText(
            self.tr("Avslutt fullskjerm (F11)") if on else self.tr("Fullskjerm (F11)")
        )

    def _update(self) -> None:
        size = self.point_size
        self.title.setStyleSheet(f"font-size: {size + 4}pt; font-weight: bold;")
        self.counter.setStyleSheet(f"font-size: {max(12, size - 4)}pt; color: #4b5563;")
        self.banner.setStyleSheet(f"font-size: {max(12, size - 6)}pt; color: #3d2c00;")
        self.body.setStyleSheet(f"font-size: {size}pt;")
        self.counter.setText(fmt(self.tr("Steg %1 av %2"), str(self.index + 1), str(self.total)))
        self.progress.setValue(self.index + 1)
        from companion.content.render import render_step

        self.body.setHtml(
            render_step(self.article, self.index, self.content_root, self.values)  # type: ignore[arg-type]
        )
        self.prev_button.setEnabled(self.index > 0)
        last = self.index >= self.total - 1
        self.next_button.setText(self.tr("Ferdig") if last else self.tr("Vis neste steg →"))


class RecordCoachingDialog(QDialog):
    """Asks whether to record the session, and for whom (employee names only)."""

    def __init__(
        self,
        guide_title: str,
        minutes: int,
        coach_name: str,
        unit: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registrer veiledning"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            fmt(
                self.tr("Vil du registrere at du viste «%1»? Det vises under Opplæring."),
                guide_title,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Navn på kollegaen (ikke pasient)"))
        self.coach = QLineEdit(coach_name)
        self.unit = QLineEdit(unit)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.outcome = QComboBox()
        for text, value in (
            (self.tr("Løst på stedet"), "løst"),
            (self.tr("Trenger oppfølging"), "oppfølging"),
            (self.tr("Sendt videre til brukerstøtte"), "eskalert"),
        ):
            self.outcome.addItem(text, value)
        for label, widget in (
            (self.tr("Hvem ble veiledet"), self.person),
            (self.tr("Veileder (deg)"), self.coach),
            (self.tr("Enhet"), self.unit),
            (self.tr("Tid brukt"), self.minutes),
            (self.tr("Utfall"), self.outcome),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addLayout(form)
        box = QDialogButtonBox()
        self.save_button = box.addButton(self.tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Ikke lagre"), QDialogButtonBox.ButtonRole.RejectRole)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def result_value(self) -> CoachingResult:
        return CoachingResult(
            self.person.text().strip(),
            self.coach.text().strip(),
            self.unit.text().strip(),
            self.minutes.value(),
            str(self.outcome.currentData()),
        )
