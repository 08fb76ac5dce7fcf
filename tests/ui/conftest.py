"""Fixtures for the Qt shell's tests: a started main window with short idle intervals."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kiosk.config import Config, with_overrides
from kiosk.ui.main_window import MainWindow
from kiosk.ui.shell import build_main_window
from kiosk.ui.theme import apply_theme
from kiosk.ui.visitor_session import IdleTiming

# The offscreen platform says this whenever a top-level window is shown; it is not our bug.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints"

FAST = IdleTiming(idle_timeout_s=0.3, countdown_s=3, check_interval_ms=20, tick_ms=40)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


def process_deletions() -> None:
    """Run pending deleteLater() calls now (screens thrown away by the navigator)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def widget_texts(widget: QWidget) -> list[str]:
    """Every text a person could see (or a later visitor could recover) in ``widget``."""
    texts: list[str] = []
    if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QAbstractSpinBox):
        texts.append(widget.text())
    if isinstance(widget, QComboBox):
        texts.append(widget.currentText())
        texts += [widget.itemText(i) for i in range(widget.count())]
    texts.append(widget.accessibleName())
    texts.append(widget.toolTip())
    return texts


def all_texts(root: QWidget) -> list[str]:
    return [text for widget in [root, *root.findChildren(QWidget)] for text in widget_texts(widget)]


def shown(root: QWidget, kind: type) -> list:
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root) and w.isVisible()]


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit the space they were given."""
    problems = []
    for label in shown(root, QLabel):
        if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        if label.wordWrap():
            needed_h = label.heightForWidth(label.contentsRect().width())
            if needed_h > label.contentsRect().height() + 1:
                problems.append(f"label {label.text()!r}: needs {needed_h}px, has {label.height()}")
            if label.minimumSizeHint().width() > label.width() + 1:
                problems.append(f"label {label.text()!r}: a word is wider than {label.width()}px")
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(f"label {label.text()!r}: needs {label.sizeHint().width()}px")
    for button in shown(root, QAbstractButton):
        if not button.text():
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() + 1 or hint.height() > button.height() + 1:
            problems.append(
                f"button {button.text()!r}: needs {hint.width()}x{hint.height()}, "
                f"has {button.width()}x{button.height()}"
            )
    window = root.window()
    for widget in shown(root, QWidget):
        if widget.parentWidget() is root.window() or widget.window() is not window:
            continue
        left = widget.mapTo(window, widget.rect().topLeft()).x()
        outside = left < 0 or left + widget.width() > window.width() + 1
        if outside and not _inside_scroll_area(widget):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} sticks out")
        elif _cut_off(widget) and not _inside_scroll_area(widget):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} is cut off")
    return problems


def _cut_off(widget: QWidget) -> bool:
    """Part of ``widget`` hidden behind the edge of what holds it (a screen taller than its
    room): more than 2 px of a side out of its parent's rectangle."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return False
    return not parent.rect().adjusted(-2, -2, 2, 2).contains(widget.geometry())


def _inside_scroll_area(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


ShellFactory = Callable[..., MainWindow]


@pytest.fixture
def make_shell(qapp: QApplication, qtbot) -> Iterator[ShellFactory]:
    """Build, show and start a main window; closed and deleted after the test."""
    windows: list[MainWindow] = []

    def make(
        *,
        kiosk_mode: bool = False,
        demo: bool = True,
        size: tuple[int, int] | None = (1280, 800),
        timing: IdleTiming = FAST,
        text_scale: int = 100,
        name: str = "Dorfbüro Lindenbach",
        with_keyboard: bool = True,
        high_contrast: bool = False,
    ) -> MainWindow:
        apply_theme(qapp, text_scale=text_scale, high_contrast=high_contrast)
        config = with_overrides(
            Config(), terminal={"name": name}, display={"text_scale": text_scale}
        )
        window = build_main_window(
            config, kiosk_mode=kiosk_mode, demo=demo, timing=timing, with_keyboard=with_keyboard
        )
        windows.append(window)
        if size is not None and not kiosk_mode:
            window.setFixedSize(*size)
        window.start(qapp)
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        return window

    yield make

    for window in windows:
        window.allow_close()
        window.close()
        window.deleteLater()
    process_deletions()
    apply_theme(qapp)
