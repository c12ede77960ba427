"""Summer coverage models: superusers × holiday weeks (editable, saved at once), weeks × units."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from companion.training.types import Coverage, CoverageCell, SuperuserInfo, TrainingError
from companion.ui import theme
from companion.ui.i18n import fmt
from companion.ui.models.training_status import GAP_STYLE, Index, color

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
SUPERUSER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
WEEK_COLUMN0 = 2  # Navn, Enhet, then one column per week

Saver = Callable[..., None]


class SuperuserWeeksModel(QAbstractTableModel):
    """Rows: superusers. Columns: name, unit (editable text), then a checkbox per week (*ferie*).

    Every edit goes straight to the service (`save_person(id, name=, unit=)` and
    `save_week(id, year, week, on)`); a refused edit is reported through `errorOccurred`
    and the cell keeps the stored value.
    """

    errorOccurred = Signal(str)
    changed = Signal()

    def __init__(self, save_person: Saver, save_week: Saver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save_person = save_person
        self._save_week = save_week
        self._rows: list[SuperuserInfo] = []
        self._year = 0
        self._weeks: tuple[int, ...] = ()

    def set_data(self, rows: list[SuperuserInfo], year: int, weeks: tuple[int, ...]) -> None:
        self.beginResetModel()
        self._rows, self._year, self._weeks = list(rows), year, tuple(weeks)
        self.endResetModel()

    def person_at(self, row: int) -> SuperuserInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEK_COLUMN0 + len(self._weeks)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < WEEK_COLUMN0:
                return (self.tr("Superbruker"), self.tr("Enhet"))[section]
            return str(self._weeks[section - WEEK_COLUMN0])
        if role == Qt.ItemDataRole.ToolTipRole and section >= WEEK_COLUMN0:
            return fmt(
                self.tr("Uke %1: kryss av for ferie"), str(self._weeks[section - WEEK_COLUMN0])
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < WEEK_COLUMN0:
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == SUPERUSER_ID_ROLE:
            return person.id
        if column < WEEK_COLUMN0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return person.name if column == 0 else person.unit
            return None
        week = self._weeks[column - WEEK_COLUMN0]
        away = week in person.holiday_weeks
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if away else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Ferie") if away else ""
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            state = self.tr("ferie") if away else self.tr("på jobb")
            return f"{person.name}, uke {week}: {state}"
        if role == Qt.ItemDataRole.BackgroundRole and away:
            return color("#fbe7c6")
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        person = self._rows[index.row()]
        column = index.column()
        try:
            if column < WEEK_COLUMN0 and role == Qt.ItemDataRole.EditRole:
                text = str(value or "")
                if text == (person.name if column == 0 else person.unit):
                    return False
                changes = {"name": text} if column == 0 else {"unit": text}
                self._save_person(person.id, **changes)
                updated = SuperuserInfo(
                    person.id,
                    " ".join(changes.get("name", person.name).split()),
                    " ".join(changes.get("unit", person.unit).split()),
                    person.holiday_weeks,
                )
            elif column >= WEEK_COLUMN0 and role == Qt.ItemDataRole.CheckStateRole:
                week = self._weeks[column - WEEK_COLUMN0]
                on = int(getattr(value, "value", value)) == Qt.CheckState.Checked.value  # type: ignore[call-overload]
                self._save_week(person.id, self._year, week, on)
                weeks = set(person.holiday_weeks)
                (weeks.add if on else weeks.discard)(week)
                updated = SuperuserInfo(person.id, person.name, person.unit, frozenset(weeks))
            else:
                return False
        except TrainingError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        self._rows[index.row()] = updated
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.changed.emit()
        return True


class CoverageModel(QAbstractTableModel):
    """Rows: weeks. Columns: units.

    A gap shows "⚠ Mangler superbruker" (text and icon, not only colour)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coverage: Coverage | None = None

    def set_coverage(self, coverage: Coverage) -> None:
        self.beginResetModel()
        self._coverage = coverage
        self.endResetModel()

    def cell_at(self, row: int, column: int) -> CoverageCell | None:
        c = self._coverage
        if c is None or not (0 <= row < len(c.weeks) and 0 <= column < len(c.units)):
            return None
        return c.cell(c.units[column], c.weeks[row])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._coverage is None else len(self._coverage.weeks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._coverage is None else len(self._coverage.units)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        c = self._coverage
        if c is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(c.units):
            return c.units[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(c.weeks):
            return fmt(self.tr("Uke %1"), str(c.weeks[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell_at(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            return None
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.BackgroundRole and cell.gap:
            return color(GAP_STYLE.background)
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.gap:
                return color(GAP_STYLE.foreground)
            if not cell.starting:
                return color(theme.MUTED)
        return None

    def _text(self, cell: CoverageCell) -> str:
        n = len(cell.starting)
        starting = (
            self.tr("1 vikar starter") if n == 1 else fmt(self.tr("%1 vikarer starter"), str(n))
        )
        present = len(cell.superusers_present)
        superusers = (
            self.tr("1 superbruker på jobb")
            if present == 1
            else fmt(self.tr("%1 superbrukere på jobb"), str(present))
        )
        text = f"{starting}\n{superusers}"
        if cell.gap:
            text += f"\n{GAP_STYLE.symbol} {self.tr(GAP_STYLE.word)}"
        return text

    def _tooltip(self, cell: CoverageCell) -> str:
        lines = [f"{cell.unit}, uke {cell.week}"]
        lines.append(
            self.tr("Vikarer som starter: ") + (", ".join(cell.starting) or self.tr("ingen"))
        )
        lines.append(
            self.tr("Superbrukere på jobb: ")
            + (", ".join(cell.superusers_present) or self.tr("ingen"))
        )
        if cell.superusers_away:
            lines.append(self.tr("På ferie: ") + ", ".join(cell.superusers_away))
        if cell.gap:
            lines.append(
                self.tr(
                    "Mangler superbruker: flytt en ferieuke eller avtal hjelp fra en annen enhet."
                )
            )
        return "\n".join(lines)
