"""Every Qt item model of Opplæring passes qtmodeltester, filled from real service data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from training_support import person

from companion.training.csvimport import parse_roster
from companion.training.service import TrainingService
from companion.training.types import CoachingInput
from companion.ui.models.training_coaching import CoachingLogModel
from companion.ui.models.training_coverage import CoverageModel, SuperuserWeeksModel
from companion.ui.models.training_import import ImportPreviewModel
from companion.ui.models.training_items import ChecklistItemsModel
from companion.ui.models.training_matrix import TrainingMatrixModel
from companion.ui.models.training_people import PeopleTableModel

ASSISTANT = "sommervikar-assistent"


def seeded(service: TrainingService) -> int:
    kari = service.people.add(person("Kari Nordmann"))
    service.people.add(person("Ola Olsen", role="helsefagarbeider", unit="Avd 5"))
    service.people.assign(kari.id, "sykepleier")
    service.signoff.mark(kari.id, ASSISTANT, "smartkort", "vist", "Siri")
    service.signoff.mark(kari.id, ASSISTANT, "rapport", "godkjent", "Siri")
    service.signoff.set_note(kari.id, ASSISTANT, "rapport", "Bra")
    return kari.id


def test_people_and_matrix_models(qtmodeltester: ModelTester, service: TrainingService) -> None:
    seeded(service)
    matrix = service.overview.matrix()
    people = PeopleTableModel()
    people.set_rows(matrix.rows)
    qtmodeltester.check(people)
    assert people.data(people.index(0, 2)).startswith("! ") and people.data(
        people.index(0, 2)
    ).endswith(" %")
    grid = TrainingMatrixModel()
    grid.set_matrix(matrix)
    qtmodeltester.check(grid)
    assert grid.columnCount() == 1 + len(matrix.columns)
    assert grid.headerData(0, Qt.Orientation.Vertical) == "Kari Nordmann"
    symbols = {grid.data(grid.index(0, c)) for c in range(1, grid.columnCount())}
    assert {"✓", "V", "–", ""} <= symbols, (
        "godkjent, vist, not started and not assigned all show a symbol or blank"
    )
    tooltip = grid.data(grid.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tooltip, str) and "Kari Nordmann" in tooltip


def test_items_tree_model(qtmodeltester: ModelTester, service: TrainingService) -> None:
    kari = seeded(service)
    model = ChecklistItemsModel()
    model.set_checklists(service.overview.person_record(kari).checklists)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    top = model.index(0, 0)
    assert "påkrevde godkjent" in model.data(top)
    rapport = model.index_of(ASSISTANT, "rapport")
    assert rapport.parent() == top
    assert model.data(rapport).startswith("✓ Gi og ta imot rapport")
    assert model.data(rapport.siblingAtColumn(3)) == "10.06.26"
    assert "Godkjent 10.06.2026 av Siri" in model.data(rapport, Qt.ItemDataRole.ToolTipRole)
    assert model.data(rapport.siblingAtColumn(4)) == "Bra"
    assert model.rowCount(rapport) == 0 and model.parent(QModelIndex()) == QModelIndex()


def test_coaching_coverage_and_import_models(
    qtmodeltester: ModelTester, service: TrainingService
) -> None:
    service.coaching.add(CoachingInput("Ola", topic="Skriver", outcome="eskalert", unit="Avd 3"))
    log = CoachingLogModel()
    log.set_entries(service.coaching.entries())
    qtmodeltester.check(log)
    assert log.data(log.index(0, 7)) == "Ikke opprettet"
    siri = service.coverage.add_superuser("Siri", "Avd 3 Medisin")
    service.coverage.set_holiday(siri.id, 2026, 25, True)
    service.people.add(person("Kari", first_day=date(2026, 6, 15)))
    weeks = SuperuserWeeksModel(lambda *a, **k: None, service.coverage.set_holiday)
    weeks.set_data(service.coverage.superusers(2026), 2026, tuple(range(24, 35)))
    qtmodeltester.check(weeks)
    coverage = CoverageModel()
    coverage.set_coverage(service.coverage.coverage(2026))
    qtmodeltester.check(coverage)
    text = coverage.data(coverage.index(1, 0))
    assert (
        "1 vikar starter" in text
        and "0 superbrukere på jobb" in text
        and "⚠ Mangler superbruker" in text
    )
    preview = ImportPreviewModel()
    preview.set_preview(
        parse_roster(
            "navn;rolle;enhet;første arbeidsdag\nKari;assistent;Avd 3;15.06.2026\nOla;x;Avd "
            "3;15.06.2026\n".encode()
        )
    )
    qtmodeltester.check(preview)
    assert preview.data(preview.index(0, 7)) == "✓ Importeres"
    assert preview.data(preview.index(1, 7)).startswith("⚠ Ukjent rolle")


def test_holiday_ticks_are_saved_at_once(
    qtmodeltester: ModelTester, service: TrainingService
) -> None:
    service.coverage.add_superuser("Siri", "Avd 3")
    model = SuperuserWeeksModel(service.coverage.update_superuser, service.coverage.set_holiday)
    model.set_data(service.coverage.superusers(2026), 2026, (27, 28))
    qtmodeltester.check(model)
    assert model.setData(
        model.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert service.coverage.superusers(2026)[0].holiday_weeks == frozenset({28})
    assert model.setData(model.index(0, 1), "Avd 4", Qt.ItemDataRole.EditRole)
    assert service.coverage.superusers(2026)[0].unit == "Avd 4"
    errors: list[str] = []
    model.errorOccurred.connect(errors.append)
    assert not model.setData(model.index(0, 0), "  ", Qt.ItemDataRole.EditRole)
    assert errors and "Skriv navnet" in errors[0]
    assert service.coverage.superusers(2026)[0].name == "Siri" == model.data(model.index(0, 0))
