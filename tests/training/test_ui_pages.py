"""Opplæring in the GUI: every workflow through the widgets, with the database as the truth."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from training_support import person

from companion.training.service import TrainingService
from companion.training.types import CoachingInput
from companion.ui.pages import training_common
from companion.ui.pages.training_coaching import CoachingTab
from companion.ui.pages.training_page import TrainingPage
from companion.ui.workers import TaskRunner

ASSISTANT = "sommervikar-assistent"


@pytest.fixture
def page(qtbot: QtBot, service: TrainingService) -> Iterator[TrainingPage]:
    runner = TaskRunner()
    widget = TrainingPage(lambda: service, runner, "Avd 3 Medisin")
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    with qtbot.waitSignal(widget.ready, timeout=10000):
        widget.show()
    yield widget
    runner.wait(3000)


def select_item(page: TrainingPage, item_id: str) -> None:
    assert page.people_tab is not None
    panel = page.people_tab.panel
    panel.tree.setCurrentIndex(panel.model.index_of(ASSISTANT, item_id))


def stored_item(service: TrainingService, trainee_id: int, item_id: str):  # type: ignore[no-untyped-def]
    record = service.overview.person_record(trainee_id)
    return next(i for c in record.checklists for i in c.items if i.item_id == item_id)


def test_add_person_and_typed_details_are_saved_without_a_save_button(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    tab = page.people_tab
    assert tab is not None and tab.list_empty.isVisible()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [added] = service.people.all()
    assert added.unit == "Avd 3 Medisin" and added.name == "Ny person"
    form = tab.panel.form
    assert QApplication.focusWidget() is form.name
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Åse Øvrebø")
    qtbot.waitUntil(
        lambda: service.people.get(added.id).name == "Åse Øvrebø", timeout=3000
    )  # no Lagre, no focus change
    qtbot.keyClicks(form.contact, "0101901234")
    qtbot.keyClick(
        form.contact, Qt.Key.Key_5
    )  # an 11-digit fødselsnummer is refused with a message
    form.contact.editingFinished.emit()
    assert service.people.get(added.id).contact == ""
    assert "fødselsnummer" in tab.panel.message.text()
    form.substitute.setChecked(False)
    qtbot.waitUntil(lambda: not service.people.get(added.id).is_substitute, timeout=3000)
    assert tab.model.data(tab.model.index(0, 0)) == "Åse Øvrebø"


def test_sign_off_with_named_superuser_and_exact_undo(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    kari = service.people.add(person())
    service.signoff.mark(kari.id, ASSISTANT, "smartkort", "vist", "Per", date(2026, 6, 2))
    tab = page.people_tab
    assert tab is not None
    tab.refresh(select_id=kari.id)
    panel = tab.panel
    assert panel.record is not None and panel.record.person.id == kari.id
    select_item(page, "smartkort")
    assert panel.stage_buttons["vist"].text() == "Fjern vist"
    qtbot.mouseClick(panel.stage_buttons["godkjent"], Qt.MouseButton.LeftButton)
    # Sign-offs are written in the task runner: wait for the answer, never sleep.
    qtbot.waitUntil(lambda: "Skriv navnet til superbrukeren" in panel.message.text())
    qtbot.keyClicks(panel.superuser, "Siri Superbruker")
    qtbot.mouseClick(panel.stage_buttons["godkjent"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.stage_buttons["godkjent"].text() == "Fjern godkjenning")
    item = stored_item(service, kari.id, "smartkort")
    assert (item.approved_by, item.shown_by) == ("Siri Superbruker", "Per")
    assert service.superuser_name() == "Siri Superbruker", "the name is remembered"
    assert panel.stage_buttons["godkjent"].text() == "Fjern godkjenning"
    assert "godkjent av Siri Superbruker" in panel.undo_button.toolTip()
    assert "Godkjent: «" in panel.message.text() and "Siri Superbruker" in panel.message.text()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Angret" in panel.message.text())
    item = stored_item(service, kari.id, "smartkort")
    assert (item.status, item.shown_by, item.shown_on, item.approved_on) == (
        "vist",
        "Per",
        date(2026, 6, 2),
        None,
    )
    assert "Angret" in panel.message.text()


def test_note_is_saved_as_typed_and_follows_its_item(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    kari = service.people.add(person())
    tab = page.people_tab
    assert tab is not None
    tab.refresh(select_id=kari.id)
    panel = tab.panel
    select_item(page, "rapport")
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "Øvde ISBAR")
    select_item(page, "fall")  # moving on saves the note on the item it was typed for
    qtbot.waitUntil(lambda: stored_item(service, kari.id, "rapport").note == "Øvde ISBAR")
    assert stored_item(service, kari.id, "fall").note == ""
    assert panel.note.toPlainText() == ""
    select_item(page, "rapport")
    assert panel.note.toPlainText() == "Øvde ISBAR"


def test_readiness_and_coaching_mode_link(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    kari = service.people.add(person())
    for item in service.library.checklists[ASSISTANT].items:
        if item.required and item.id != "rapport":
            service.signoff.mark(kari.id, ASSISTANT, item.id, "godkjent", "Siri")
    tab = page.people_tab
    assert tab is not None
    tab.refresh(select_id=kari.id)
    panel = tab.panel
    assert panel.readiness.text() == "! Ikke klar: 1 påkrevde punkt mangler godkjenning (15 av 16)"
    assert panel.current_item() is not None and panel.current_item().item_id == "rapport"  # type: ignore[union-attr]
    with qtbot.waitSignal(page.coachingRequested) as blocker:
        qtbot.mouseClick(panel.coach_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["rapport-overlevering", "Kari Nordmann", "Avd 3 Medisin"]
    panel.superuser.setText("Siri")
    qtbot.mouseClick(panel.stage_buttons["godkjent"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.readiness.text() == "✓ Klar for selvstendig vakt (16 av 16)")
    assert tab.model.data(tab.model.index(0, 2)) == "✓ Klar"


def test_import_dialog_previews_then_imports_good_rows(
    qtbot: QtBot,
    page: TrainingPage,
    service: TrainingService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from companion.ui.pages.training_import import ImportDialog

    roster = tmp_path / "vaktplan.csv"
    roster.write_bytes(
        (
            "navn;rolle;enhet;første arbeidsdag;siste arbeidsdag;vikar;kontakt\n"
            "Kari Nordmann;assistent;Avd 3 Medisin;15.06.2026;;ja;\n"
            "Øystein Ås;sykepleier;Avd 3 Medisin;22.06.2026;;ja;\n"
            "Per;vaktmester;Avd 3 Medisin;22.06.2026;;ja;\n"
        ).encode("cp1252")
    )
    monkeypatch.setattr("companion.ui.pages.training_import.ask_open_path", lambda *a: roster)
    assert page.people_tab is not None
    dialog = ImportDialog(service, page)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 3
    assert (
        "2 personer kan importeres" in dialog.summary.text()
        and "Windows-1252" in dialog.summary.text()
    )
    assert dialog.import_button.text() == "Importer 2 personer"
    assert service.people.all() == [], "nothing is written before Importer"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in service.people.all()] == ["Kari Nordmann", "Øystein Ås"]
    page.people_tab.show_import_result(dialog)
    assert "Importerte 2 personer" in page.people_tab.message.text()
    bad = tmp_path / "feil.csv"
    bad.write_text("navn|rolle|enhet\nKari|assistent|Avd 3\n", encoding="utf-8")
    dialog.load(bad)
    assert dialog.message.isVisibleTo(dialog) and "«|»" in dialog.message.text()
    assert not dialog.import_button.isEnabled()


def test_unit_overview_filters_and_opens_a_person(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    kari = service.people.add(person("Kari", first_day=date(2026, 6, 15)))
    service.people.add(person("Ola", unit="Avd 5", first_day=date(2026, 6, 29)))
    service.signoff.mark(kari.id, ASSISTANT, "smartkort", "godkjent", "Siri")
    page.show_tab("matrix")
    tab = page.matrix_tab
    assert tab is not None
    assert tab.model.rowCount() == 2
    assert (
        "Starter neste uke (uke 25) og er ikke klar: Kari (Avd 3 Medisin, 15 mangler)"
        in tab.soon.text()
    )
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findData("Avd 5"))
    assert [
        tab.model.headerData(r, Qt.Orientation.Vertical) for r in range(tab.model.rowCount())
    ] == ["Ola"]
    tab.unit_combo.setCurrentIndex(0)
    tab.week_combo.setCurrentIndex(tab.week_combo.findData("2026-25"))
    assert tab.model.rowCount() == 1
    column = next(
        c
        for c in range(1, tab.model.columnCount())
        if tab.model.column_at(c).item_id == "smartkort"
    )  # type: ignore[union-attr]
    assert tab.model.data(tab.model.index(0, column)) == "✓"
    tab.view.doubleClicked.emit(tab.model.index(0, column))
    assert page.tabs.currentWidget() is page.people_tab
    assert page.people_tab is not None and page.people_tab.panel.record is not None
    assert page.people_tab.panel.record.person.id == kari.id


def test_coaching_entry_escalates_to_a_ticket_and_the_draft_survives(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    with service.db.session() as s:
        from companion.db.models import CoachingSession

        s.add(
            CoachingSession(
                guide_id="bryt-glasset",
                coached_person="Kari",
                coach_name="Siri",
                unit="Avd 3",
                steps_seen=3,
                total_steps=6,
                minutes=9,
            )
        )
    page.show_tab("coaching")
    tab = page.coaching_tab
    assert tab is not None
    assert tab.model.rowCount() == 1 and "(Vis ved siden av)" in tab.model.data(
        tab.model.index(0, 2)
    )
    qtbot.keyClicks(tab.person, "Ola Olsen")
    qtbot.keyClicks(tab.topic, "Rover mister paring")
    qtbot.waitUntil(
        lambda: "Rover mister paring" in service.preference("training/coaching_draft"), timeout=3000
    )
    restored = CoachingTab(service)
    qtbot.addWidget(restored)
    restored.load()
    assert (restored.person.text(), restored.topic.text()) == ("Ola Olsen", "Rover mister paring")
    tab.outcomes.button(2).setChecked(True)
    tab.coach.setText("Siri")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    entries = service.coaching.entries()
    assert entries[0].outcome == "eskalert" and entries[0].ticket_id is not None
    assert f"sak {entries[0].ticket_id} er laget som utkast" in tab.message.text()
    assert tab.person.text() == ""
    qtbot.waitUntil(lambda: service.preference("training/coaching_draft") == "")  # task runner
    assert tab.model.data(tab.model.index(0, 7)) == f"Sak {entries[0].ticket_id}"


def test_escalation_without_tickets_offers_opprett_sak_later(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    service.set_ticket_creator(None)
    service.coaching.add(CoachingInput("Ola", topic="Innlogging", outcome="eskalert"))
    page.show_tab("coaching")
    tab = page.coaching_tab
    assert tab is not None
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert tab.ticket_button.isEnabled()
    qtbot.mouseClick(tab.ticket_button, Qt.MouseButton.LeftButton)
    assert "Saker er ikke satt opp" in tab.message.text()


def test_summer_coverage_shows_a_gap_in_words(
    qtbot: QtBot, page: TrainingPage, service: TrainingService, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.people.add(person("Kari", first_day=date(2026, 7, 1)))  # week 27
    page.show_tab("coverage")
    tab = page.coverage_tab
    assert tab is not None
    assert tab.year.value() == 2026 and tab.weeks() == tuple(range(24, 35))
    assert (
        "Mangler superbruker" in tab.gap_label.text()
        and "uke 27 Avd 3 Medisin" in tab.gap_label.text()
    )
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.people_model.rowCount() == 1)  # written in the task runner
    [siri] = service.coverage.superusers(2026)
    assert siri.unit == "Avd 3 Medisin"
    assert tab.people_model.setData(tab.people_model.index(0, 0), "Siri", Qt.ItemDataRole.EditRole)
    assert "Ingen uker" in tab.gap_label.text()
    week27 = 2 + 27 - 24
    tab.people_model.setData(
        tab.people_model.index(0, week27),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert service.coverage.superusers(2026)[0].holiday_weeks == frozenset({27})
    row = 27 - 24
    assert "⚠ Mangler superbruker" in tab.coverage_model.data(tab.coverage_model.index(row, 0))
    tab.people.setCurrentIndex(tab.people_model.index(0, 0))
    monkeypatch.setattr("companion.ui.pages.training_coverage.confirm", lambda *a: True)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.coverage.superusers(2026) == [])


def test_exports_from_person_view_and_overview(
    qtbot: QtBot,
    page: TrainingPage,
    service: TrainingService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kari = service.people.add(person())
    target = {"path": tmp_path / "kari.pdf"}
    monkeypatch.setattr(
        "companion.ui.pages.training_common.ask_save_path", lambda *a: target["path"]
    )
    assert page.people_tab is not None
    page.people_tab.refresh(select_id=kari.id)
    panel = page.people_tab.panel
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kari.pdf").read_bytes().startswith(b"%PDF")
    target["path"] = tmp_path / "kari.csv"
    qtbot.mouseClick(panel.csv_button, Qt.MouseButton.LeftButton)
    assert "Kari Nordmann" in (tmp_path / "kari.csv").read_text(encoding="utf-8-sig")
    page.show_tab("matrix")
    assert page.matrix_tab is not None
    target["path"] = tmp_path / "avd.pdf"
    qtbot.mouseClick(page.matrix_tab.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "avd.pdf").read_bytes().startswith(b"%PDF")
    assert "Lagret" in page.matrix_tab.message.text()
    target["path"] = tmp_path / "finnes-ikke" / "avd.csv"
    qtbot.mouseClick(page.matrix_tab.csv_button, Qt.MouseButton.LeftButton)
    assert "Filen kunne ikke lagres" in page.matrix_tab.message.text()


def test_delete_person_asks_first(
    qtbot: QtBot, page: TrainingPage, service: TrainingService, monkeypatch: pytest.MonkeyPatch
) -> None:
    kari = service.people.add(person())
    assert page.people_tab is not None
    page.people_tab.refresh(select_id=kari.id)
    answers = iter([False, True])
    monkeypatch.setattr("companion.ui.pages.training_person.confirm", lambda *a: next(answers))
    qtbot.mouseClick(page.people_tab.panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(service.people.all()) == 1
    qtbot.mouseClick(page.people_tab.panel.delete_button, Qt.MouseButton.LeftButton)
    tab = page.people_tab
    qtbot.waitUntil(lambda: service.people.all() == [] and tab.list_empty.isVisibleTo(page))


def test_date_fields_round_trip(qtbot: QtBot, page: TrainingPage, service: TrainingService) -> None:
    kari = service.people.add(person(last_day=None))
    assert page.people_tab is not None
    page.people_tab.refresh(select_id=kari.id)
    form = page.people_tab.panel.form
    assert form.last_day.text() == "Ikke satt"
    form.last_day.setDate(training_common.qdate(date(2026, 8, 16)))
    form.last_day.editingFinished.emit()
    assert service.people.get(kari.id).last_day == date(2026, 8, 16)
    form.first_day.setDate(training_common.qdate(date(2026, 9, 1)))
    form.first_day.editingFinished.emit()
    assert "før første arbeidsdag" in page.people_tab.panel.message.text()
    assert service.people.get(kari.id).first_day == date(2026, 6, 15)


def test_text_typed_just_before_leaving_the_page_is_stored(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    kari = service.people.add(person())
    assert page.people_tab is not None
    page.people_tab.refresh(select_id=kari.id)
    form = page.people_tab.panel.form
    form.unit.selectAll()
    qtbot.keyClicks(form.unit, "Avd 4")
    page.hide()  # e.g. the window closes within the save delay
    assert service.people.get(kari.id).unit == "Avd 4"


def test_holiday_cell_toggles_anywhere_and_with_space(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    page.show_tab("coverage")
    tab = page.coverage_tab
    assert tab is not None
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.people_model.rowCount() > 0)  # written in the task runner
    week27 = 2 + 27 - 24
    index = tab.people_model.index(0, week27)
    tab.people.scrollTo(index)
    rect = tab.people.visualRect(index)
    far_corner = rect.bottomRight() - QPoint(3, 3)  # well away from the check box itself
    qtbot.mouseClick(tab.people.viewport(), Qt.MouseButton.LeftButton, pos=far_corner)
    assert service.coverage.superusers(2026)[0].holiday_weeks == frozenset({27})
    tab.people.setCurrentIndex(index)
    tab.people.setFocus()
    qtbot.keyClick(tab.people, Qt.Key.Key_Space)
    assert service.coverage.superusers(2026)[0].holiday_weeks == frozenset()


def test_checklist_picker_offers_the_persons_own_role(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    kari = service.people.add(person())  # an assistant: her checklist is assigned already
    tab = page.people_tab
    assert tab is not None
    tab.refresh(select_id=kari.id)
    panel = tab.panel
    assert panel.assign_combo.currentData() is None, "no other role's checklist is suggested"
    assert not panel.assign_button.isEnabled()
    panel.service.people.unassign(kari.id, ASSISTANT)
    panel.reload()
    assert panel.assign_combo.currentData() == ASSISTANT
    assert panel.assign_button.isEnabled()


def geometry(page: TrainingPage) -> dict[str, QRect]:
    """Where every visible push button of the person panel is, in window coordinates."""
    assert page.people_tab is not None
    panel = page.people_tab.panel
    found: dict[str, QRect] = {}
    for button in panel.findChildren(QPushButton):
        if button.isVisible():
            key = button.objectName() or button.accessibleName() or str(id(button))
            top_left = button.mapTo(page.window(), button.rect().topLeft())
            found[key] = QRect(top_left, button.size())
    return found


def test_buttons_stay_put_after_a_registration_and_undo_is_in_the_confirmation(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    kari = service.people.add(person())
    tab = page.people_tab
    assert tab is not None
    tab.refresh(select_id=kari.id)
    panel = tab.panel
    panel.superuser.setText("Siri Superbruker")
    panel.tree.setCurrentIndex(panel.model.index_of(ASSISTANT, "smartkort"))
    QApplication.processEvents()
    before = geometry(page)
    assert len(before) >= 8
    qtbot.mouseClick(panel.stage_buttons["vist"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Angre" in panel.message.text())  # written in the task runner
    assert geometry(page) == before, "a registration must not move any button"
    godkjenn = panel.stage_buttons["godkjent"]
    qtbot.mouseClick(godkjenn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored_item(service, kari.id, "smartkort").approved_on is not None)
    qtbot.waitUntil(lambda: "Godkjent" in panel.message.text())
    assert geometry(page) == before
    text = panel.message.text()
    item = panel.model.item_at(panel.tree.currentIndex())
    assert item is not None and item.title in text
    assert "Siri Superbruker" in text and "Kari Nordmann" in text
    assert "Angre" in text, "undo is offered in the confirmation"
    assert panel.message.isVisible()
    # The confirmation's Angre link undoes exactly that sign-off.
    panel.message.linkActivated.emit("undo")
    qtbot.waitUntil(lambda: stored_item(service, kari.id, "smartkort").approved_on is None)
    stored = service.overview.person_record(kari.id)
    smart = next(i for c in stored.checklists for i in c.items if i.item_id == "smartkort")
    assert smart.approved_on is None and smart.shown_on is not None
    assert geometry(page) == before


def test_sign_off_is_written_off_the_gui_thread(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    """A write that meets a sync (busy_timeout 5 s) must never freeze the window."""
    import threading

    kari = service.people.add(person())
    tab = page.people_tab
    assert tab is not None
    tab.refresh(select_id=kari.id)
    panel = tab.panel
    select_item(page, "smartkort")
    threads: list[threading.Thread] = []
    real_mark = service.signoff.mark

    def spy(*args: object) -> object:
        threads.append(threading.current_thread())
        return real_mark(*args)  # type: ignore[arg-type]

    service.signoff.mark = spy  # type: ignore[method-assign]
    panel.superuser.setText("Siri")
    qtbot.mouseClick(panel.stage_buttons["vist"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored_item(service, kari.id, "smartkort").shown_by == "Siri")
    assert threads and all(t is not threading.main_thread() for t in threads)
