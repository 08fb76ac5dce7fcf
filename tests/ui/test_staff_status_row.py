"""A status change at the desk (arrived, done, not come) updates just its row: the week's other
rows stay as they are (no reload of ~300 rows on the GUI thread), the row shows the new
status, the selection stays on it, and the store has it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.store.staff_desk import DeskStatus

from .test_staff_a11y import NAMES, Terminal, log_in, open_terminal, settle


@pytest.fixture
def terminal(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Terminal]:
    yield from open_terminal(qapp, qtbot, tmp_path)


def test_a_check_in_changes_its_row_and_keeps_the_others(terminal: Terminal, qtbot: QtBot) -> None:
    desk = log_in(qtbot, terminal)
    page = desk.appointments
    page.mode_buttons["week"].click()
    settle(qtbot, terminal.staff)
    model = page.model
    before = [model.appointment(row) for row in range(model.rowCount())]
    assert [a.name for a in before if a is not None] == NAMES
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(
        lambda top, bottom, *_: changed.append((QModelIndex(top).row(), bottom.row()))
    )

    page.select_row(1)
    page.action_buttons["check_in"].click()
    settle(qtbot, terminal.staff)
    assert resets == [] and changed == [(1, 1)]
    assert [model.appointment(row) for row in (0, 2, 3)] == [before[0], before[2], before[3]]
    bernd = page.current()
    assert bernd is not None and bernd.name == "Bernd Bauer"
    assert bernd.status is DeskStatus.ARRIVED
    assert model.data(model.index(1, model.STATUS)) == "angekommen"
    assert not page.action_buttons["check_in"].isEnabled()  # arrived: only "done" is left
    assert page.action_buttons["done"].isEnabled()
    stored = terminal.service.get(bernd.booking_id)
    assert stored is not None and stored.status is DeskStatus.ARRIVED

    page.action_buttons["done"].click()
    settle(qtbot, terminal.staff)
    assert resets == [] and changed == [(1, 1), (1, 1)]
    assert model.data(model.index(1, model.STATUS)) == "erledigt"
