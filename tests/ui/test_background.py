"""The background helper: results on the GUI thread, writes in order, dead owners ignored,
errors as German sentences, the write lane drained at exit, and a GUI that keeps ticking."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.errors import KnownError
from kiosk.store.errors import DatabaseWriteError
from kiosk.ui.background import (
    BUSY_DELAY_MS,
    READ,
    WRITE,
    BusyIndicator,
    Failure,
    Lanes,
    citizen_message,
)

from .heartbeat import heartbeat


@pytest.fixture
def lanes(qapp: QApplication) -> Iterator[Lanes]:
    made = Lanes()
    yield made
    assert made.shutdown(5.0)
    made.deleteLater()


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_work_runs_in_a_lane_and_the_answer_arrives_on_the_gui_thread(
    qapp: QApplication, qtbot: QtBot, lanes: Lanes, owner: QWidget
) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread().name
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is qapp.thread()
        seen["main"] = threading.current_thread() is threading.main_thread()

    for lane, prefix in ((READ, "kiosk-read"), (WRITE, "kiosk-write")):
        seen.clear()
        op = lanes.run(lane, work, owner=owner, on_done=done)
        assert op.pending and "value" not in seen  # never synchronous
        qtbot.waitUntil(lambda: "value" in seen)
        assert str(seen["worker"]).startswith(prefix)
        assert seen["value"] == 42 and seen["gui"] and seen["main"]
        assert not op.pending and lanes.pending() == 0


def test_writes_happen_and_are_answered_in_the_order_they_were_asked_for(
    qtbot: QtBot, lanes: Lanes, owner: QWidget
) -> None:
    rng = random.Random(7)
    written: list[int] = []
    answered: list[int] = []

    def write(n: int, pause: float) -> int:
        time.sleep(pause)
        written.append(n)
        return n

    for n in range(40):
        pause = rng.choice((0.0, 0.0, 0.001, 0.004))
        lanes.run(WRITE, lambda n=n, p=pause: write(n, p), owner=owner, on_done=answered.append)
        if n % 7 == 0:  # reads in between do not overtake or reorder the writes
            lanes.run(READ, lambda: time.sleep(0.002), owner=owner)
    assert lanes.wait_idle(10)
    assert written == list(range(40))
    assert answered == list(range(40))


def test_an_owner_destroyed_before_the_answer_gets_nothing_and_nothing_crashes(
    qapp: QApplication, qtbot: QtBot, lanes: Lanes
) -> None:
    screen = QWidget()
    busy = BusyIndicator(screen)
    called: list[str] = []
    finished = threading.Event()

    def slow() -> str:
        time.sleep(0.1)
        finished.set()
        return "late"

    lanes.run(READ, slow, owner=screen, busy=busy,
              on_done=lambda v: (called.append(v), screen.setWindowTitle(v)),
              on_error=lambda f: called.append("error"))  # fmt: skip
    failing = lanes.run(WRITE, lambda: 1 / 0, owner=screen, on_error=lambda f: called.append("x"))
    shiboken6.delete(screen)  # the visitor went Home: the screen is gone
    assert not shiboken6.isValid(screen)
    assert lanes.wait_idle(5)
    assert finished.is_set() and called == []
    assert not failing.pending


def test_an_exception_reaches_on_error_as_a_german_sentence_and_a_logged_traceback(
    qtbot: QtBot, lanes: Lanes, owner: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[Failure] = []

    def broken() -> None:
        raise ValueError("a bug deep down")

    with caplog.at_level(logging.ERROR, logger="kiosk.ui.background"):
        lanes.run(WRITE, broken, owner=owner, on_done=lambda _: pytest.fail("no result"),
                  on_error=failures.append)  # fmt: skip
        qtbot.waitUntil(lambda: bool(failures))
    failure = failures[0]
    assert isinstance(failure.error, ValueError) and not failure.known
    assert "Bitte wenden Sie sich an das Personal" in failure.message
    assert "a bug" not in failure.message  # no internals for the citizen
    record = next(r for r in caplog.records if r.levelno == logging.ERROR)
    assert record.exc_info is not None and record.exc_info[0] is ValueError  # the traceback


def test_a_known_error_says_what_happened_and_that_the_entries_are_still_there(
    qtbot: QtBot, lanes: Lanes, owner: QWidget
) -> None:
    class SlotGone(KnownError):
        pass

    failures: list[Failure] = []

    def disk_full() -> None:
        raise DatabaseWriteError("Could not save to database x (database or disk is full)")

    lanes.run(WRITE, disk_full, owner=owner, on_error=failures.append)
    lanes.run(WRITE, lambda: (_ for _ in ()).throw(SlotGone("Der Termin ist vergeben.")),
              owner=owner, on_error=failures.append, own_words=(SlotGone,))  # fmt: skip
    lanes.run(READ, lambda: (_ for _ in ()).throw(KnownError("english admin text")),
              owner=owner, on_error=failures.append)  # fmt: skip
    qtbot.waitUntil(lambda: len(failures) == 3)
    by_type = {type(f.error): f for f in failures}
    disk = by_type[DatabaseWriteError]
    assert disk.known and "nicht gespeichert" in disk.message and "noch da" in disk.message
    assert "disk" not in disk.message  # the English admin line is for the log, not the citizen
    assert by_type[SlotGone].message == "Der Termin ist vergeben."
    other = by_type[KnownError]  # from a load: nothing typed was at stake
    assert other.known and "english" not in other.message
    assert "nicht geladen" in other.message and "noch da" not in other.message
    saving = citizen_message(KnownError("english admin text"), saving=True)
    assert "noch da" in saving and "english" not in saving


def test_citizen_message_for_a_bug_is_an_apology() -> None:
    text = citizen_message(RuntimeError("boom"))
    assert text.startswith("Das tut uns leid") and "Personal" in text


def test_shutdown_waits_for_every_confirmed_write(qapp: QApplication) -> None:
    lanes = Lanes()
    owner = QObject()
    written: list[int] = []
    delivered: list[int] = []
    for n in range(5):
        lanes.run(WRITE, lambda n=n: (time.sleep(0.05), written.append(n))[1],
                  owner=owner, on_done=delivered.append)  # fmt: skip
    started = time.monotonic()
    assert lanes.shutdown(timeout=5.0)
    assert written == [0, 1, 2, 3, 4]  # all on disk before shutdown returned
    assert time.monotonic() - started >= 0.2
    qapp.processEvents()
    assert delivered == []  # the screens are going: no answers after shutdown
    with pytest.raises(RuntimeError):
        lanes.run(WRITE, lambda: None, owner=owner)
    lanes.deleteLater()


def test_shutdown_gives_up_after_its_timeout_and_says_so(qapp: QApplication) -> None:
    lanes = Lanes()
    release = threading.Event()
    lanes.run(WRITE, lambda: release.wait(5), owner=QObject())
    try:
        assert lanes.shutdown(timeout=0.05) is False
    finally:
        release.set()
    lanes.deleteLater()


def test_a_newer_read_of_the_same_kind_supersedes_the_older_one(
    qtbot: QtBot, lanes: Lanes, owner: QWidget
) -> None:
    got: list[str] = []
    first = lanes.run(READ, lambda: (time.sleep(0.1), "old")[1], owner=owner,
                      on_done=got.append, key="times")  # fmt: skip
    lanes.run(READ, lambda: "new", owner=owner, on_done=got.append, key="times")
    assert lanes.wait_idle(5)
    assert got == ["new"] and not first.pending
    with pytest.raises(ValueError):
        lanes.run(WRITE, lambda: None, owner=owner, key="times")


def test_the_busy_indicator_shows_only_for_slow_work_and_without_flicker(
    qtbot: QtBot, lanes: Lanes, owner: QWidget
) -> None:
    busy = BusyIndicator(owner)
    owner.show()
    lanes.run(READ, lambda: time.sleep(0.02), owner=owner, busy=busy)
    assert busy.active
    assert lanes.wait_idle(5)
    qtbot.wait(BUSY_DELAY_MS + 50)
    assert busy.isHidden() and not busy.active  # fast work: never shown

    release = threading.Event()
    lanes.run(WRITE, lambda: release.wait(5), owner=owner, busy=busy)
    qtbot.wait(BUSY_DELAY_MS // 2)
    assert busy.isHidden()
    qtbot.waitUntil(busy.isVisible, timeout=2000)
    assert busy.text() == "Einen Moment bitte …"
    release.set()
    assert lanes.wait_idle(5)
    assert busy.isVisible()  # stays a moment: no blink
    qtbot.waitUntil(busy.isHidden, timeout=2000)


@pytest.mark.parametrize("lane", [READ, WRITE])
def test_the_gui_keeps_ticking_while_a_lane_blocks_for_300_ms(
    qtbot: QtBot, lanes: Lanes, owner: QWidget, lane: str
) -> None:
    done: list[object] = []
    with heartbeat() as beat:
        qtbot.wait(50)
        lanes.run(lane, lambda: time.sleep(0.3), owner=owner, on_done=done.append)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: bool(done), timeout=3000)
        qtbot.wait(20)
    assert beat.count > 30  # it really ticked all the while (300 ms / 5 ms, with slack)
    assert beat.max_gap_ms < 33, f"GUI stalled for {beat.max_gap_ms:.1f} ms"
