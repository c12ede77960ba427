"""The main window shell: left navigation, global search (Ctrl+K), pages, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.ui.a11y import name_clear_button
from companion.ui.i18n import fmt
from companion.ui.qt_values import ACCESSIBLE_TEXT_ROLE, APPLICATION_SHORTCUT, USER_ROLE
from companion.ui.theme import icon

log = logging.getLogger(__name__)


@dataclass
class PageSpec:
    """A navigation entry: key, label, icon name and the widget factory."""

    key: str
    label: str
    icon: str
    factory: Callable[[], QWidget]


class MainWindow(QMainWindow):
    """Owns the layout only; pages and controllers are handed in by the launcher."""

    searchRequested = Signal(str)
    searchSubmitted = Signal(str)
    zoomChanged = Signal(int)
    firstPainted = Signal()  # the window has been drawn once (start-up ends here, #16)

    def __init__(self, resources: Path, state_file: Path, font_point_size: int = 11) -> None:
        super().__init__()
        self.resources = resources
        self._state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self._pages: dict[str, int] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._point_size = font_point_size
        self._painted = False
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(720, 480))
        self._build()
        self._build_menus()
        self._restore_geometry()
        self.apply_font_size()

    # ---- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        top = QWidget()
        top.setObjectName("topBar")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(12, 8, 12, 8)
        title = QLabel(APP_NAME)
        title.setProperty("role", "heading")
        self.search_field = QLineEdit()
        self.search_field.setObjectName("globalSearch")
        self.search_field.setPlaceholderText(
            self.tr("Søk i veiledninger, vanlige feil og sjekklister (Ctrl+K)")
        )
        self.search_field.setAccessibleName(self.tr("Søk"))
        self.search_field.setClearButtonEnabled(True)
        search_icon = self.search_field.addAction(
            icon(self.resources, "search"), QLineEdit.ActionPosition.LeadingPosition
        )
        search_icon.setText(self.tr("Søk"))
        search_icon.triggered.connect(lambda: self.searchSubmitted.emit(self.search_field.text()))
        name_clear_button(self.search_field, self.tr("Tøm søkefeltet"))
        self.search_field.textChanged.connect(self.searchRequested)
        self.search_field.returnPressed.connect(
            lambda: self.searchSubmitted.emit(self.search_field.text())
        )
        top_layout.addWidget(title)
        top_layout.addSpacing(16)
        top_layout.addWidget(self.search_field, 1)
        outer.addWidget(top)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Hovedmeny"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._on_nav)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.stack, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        shortcut.setWhatsThis(self.tr("Gå til søkefeltet"))
        shortcut.setProperty("context", APPLICATION_SHORTCUT)  # not `Qt`: see qt_values
        shortcut.activated.connect(self.focus_search)

        self.net_label = QLabel()
        self.net_label.setAccessibleName(self.tr("Nettstatus"))
        self.queue_label = QLabel()
        self.queue_label.setAccessibleName(self.tr("Saker i kø"))
        self.sync_label = QLabel()
        self.sync_label.setAccessibleName(self.tr("Sist synkronisert"))
        self.team_label = QLabel()
        self.team_label.setAccessibleName(self.tr("Teamstatus"))
        self.team_label.setVisible(False)  # only when a team is set up
        self.team_label.setWordWrap(True)  # with large text it wraps instead of cutting the others
        self.message_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.message_label, 1)
        for label in (self.team_label, self.net_label, self.queue_label, self.sync_label):
            status.addPermanentWidget(label)
        self.set_network(None)
        self.set_queue_count(0)
        self.set_last_sync(None)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Fil"))
        self.settings_action = QAction(self.tr("&Innstillinger …"), self)
        file_menu.addAction(self.settings_action)
        self.content_update_action = QAction(self.tr("Se &etter oppdatert innhold"), self)
        self.content_update_action.setVisible(False)  # shown when [content] update_url is set
        file_menu.addAction(self.content_update_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Avslutt"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])  # setShortcut would build `Qt`
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = menu.addMenu(self.tr("&Vis"))
        for text, keys, delta in (
            (self.tr("Større tekst"), ["Ctrl++", "Ctrl+="], 1),
            (self.tr("Mindre tekst"), ["Ctrl+-"], -1),
            (self.tr("Vanlig tekststørrelse"), ["Ctrl+0"], 0),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _c=False, d=delta: self.zoom(d))
            view_menu.addAction(action)
        self.help_menu = menu.addMenu(self.tr("&Hjelp"))
        self.getting_started_action = QAction(self.tr("&Kom i gang"), self)
        self.getting_started_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.help_menu.addAction(self.getting_started_action)
        self.shortcuts_action = QAction(self.tr("&Hurtigtaster"), self)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.about_action = QAction(self.tr("&Om Følgesvenn"), self)
        self.help_menu.addAction(self.about_action)
        self.diagnostics_action = QAction(self.tr("&Eksporter diagnostikk …"), self)
        self.help_menu.addAction(self.diagnostics_action)

    # ---- pages --------------------------------------------------------------------------
    def add_page(
        self, key: str, label: str, icon_name: str, widget: QWidget, in_nav: bool = True
    ) -> None:
        index = self.stack.addWidget(widget)
        self._pages[key] = index
        if in_nav:
            item = QListWidgetItem(icon(self.resources, icon_name), label)
            item.setData(USER_ROLE, key)
            item.setData(ACCESSIBLE_TEXT_ROLE, label)
            self.nav.addItem(item)

    def add_lazy_page(
        self,
        key: str,
        label: str,
        icon_name: str,
        factory: Callable[[], QWidget],
        placeholder: QWidget,
    ) -> None:
        """A page built the first time it is shown (keeps its imports out of start-up)."""
        self.add_page(key, label, icon_name, placeholder)
        self._factories[key] = factory

    def replace_page(self, key: str, widget: QWidget) -> None:
        """Swap a page's widget (placeholders are replaced once their data has loaded)."""
        index = self._pages[key]
        old = self.stack.widget(index)
        current = self.stack.currentIndex() == index
        self.stack.insertWidget(index, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if current:
            self.stack.setCurrentIndex(index)

    def show_page(self, key: str) -> None:
        factory = self._factories.pop(key, None)
        if factory is not None:
            self.replace_page(key, factory())
        index = self._pages[key]
        self.stack.setCurrentIndex(index)
        for row in range(self.nav.count()):
            if self.nav.item(row).data(USER_ROLE) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
                break
        else:
            self.nav.clearSelection()

    def page(self, key: str) -> QWidget:
        widget = self.stack.widget(self._pages[key])
        assert widget is not None
        return widget

    def current_page_key(self) -> str:
        index = self.stack.currentIndex()
        return next((k for k, i in self._pages.items() if i == index), "")

    def _on_nav(self, row: int) -> None:
        if row >= 0:
            self.show_page(self.nav.item(row).data(USER_ROLE))

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt  # not at module level: see companion.ui.qt_values

        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # ---- zoom ---------------------------------------------------------------------------
    def zoom(self, delta: int) -> None:
        """Change the application font size (Ctrl +/-/0); pages re-layout automatically."""
        self._point_size = 11 if delta == 0 else min(28, max(9, self._point_size + delta))
        self.apply_font_size()
        self.zoomChanged.emit(self._point_size)

    def apply_font_size(self) -> None:
        font = QApplication.font()
        font.setPointSize(self._point_size)
        QApplication.setFont(font)

    # ---- status bar ---------------------------------------------------------------------
    def set_network(self, online: bool | None) -> None:
        """Show the state as a word (never by colour alone)."""
        if online is None:
            text = self.tr("Brukerstøtte ikke satt opp")
        elif online:
            text = self.tr("Tilkoblet")
        else:
            text = self.tr("Frakoblet")
        self.net_label.setText(text)
        self.net_label.setToolTip(text)
        self.net_label.setAccessibleDescription(text)

    def set_queue_count(self, count: int) -> None:
        self.queue_label.setText(self.tr("Saker i kø: %n", "", count))

    def set_last_sync(self, text: str | None) -> None:
        self.sync_label.setText(fmt(self.tr("Sist synkronisert: %1"), text or self.tr("aldri")))

    def set_team_state(self, text: str | None, detail: str = "") -> None:
        """The team workspace in words ("Synkronisert med teamet 10:42"); None hides it."""
        self.team_label.setVisible(text is not None)
        self.team_label.setText(text or "")
        self.team_label.setToolTip(detail or text or "")
        self.team_label.setAccessibleDescription(detail or text or "")

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # ---- geometry -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
            screen = self.screen()
            if screen is not None:  # first start on a 1366x768 PC: fit inside the taskbar
                available = screen.availableGeometry()
                self.resize(
                    min(1280, int(available.width() * 0.95)),
                    min(760, int(available.height() * 0.92)),
                )
        size = self._state.value("window/fontSize")
        if size is not None:
            try:
                self._point_size = int(size)
            except (TypeError, ValueError):
                pass

    def save_state(self) -> None:
        """Write geometry, text size and page; the file is rewritten only when one changed
        (this runs on close and again on quit)."""
        values = {  # as the INI file gives them back: numbers as text
            "window/geometry": self.saveGeometry(),
            "window/fontSize": str(self._point_size),
            "window/page": self.current_page_key(),
        }
        changed = {key: v for key, v in values.items() if self._state.value(key) != v}
        for key, value in changed.items():
            self._state.setValue(key, value)
        if changed:
            self._state.sync()

    def saved_page(self) -> str:
        return str(self._state.value("window/page") or "")

    @property
    def point_size(self) -> int:
        return self._point_size

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # children are drawn in the same pass, right after this
            self._painted = True
            self.firstPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
