"""The base class of every screen in the navigation stack.

A screen is a small widget with a title. It never reaches for the main window: it asks for
navigation through its signals, and the :class:`kiosk.ui.navigation.Navigator` that shows it
connects them. Screens are made by factories (``Callable[[], Screen]``), so ending a visitor's
session can throw every pushed screen away and build fresh ones next time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QVBoxLayout, QWidget

IRREVERSIBLE = "kioskIrreversible"
"""Dynamic property of a button whose tap cannot be taken back: it prints, books, submits or
cancels. The automated walk over every screen (tests/ui/test_screen_walk.py) taps such a
button once per kind, last, in a branch of its own (on a throwaway data dir). Set it with
:func:`mark_irreversible`."""

ACTION = "kioskAction"
"""Dynamic property naming what a button does beyond the screen: ``"print"`` (paper comes
out; the walk never taps it) or ``"leave"`` (ends a mode, e.g. staff log-out; the walk
never taps it either: Home does the same). Set it with :func:`mark_action`."""

PRINT = "print"
LEAVE = "leave"


def mark_irreversible(button: QAbstractButton) -> QAbstractButton:
    """Mark ``button`` as one that writes something for good (see IRREVERSIBLE)."""
    button.setProperty(IRREVERSIBLE, True)
    return button


def mark_action(button: QAbstractButton, action: str) -> QAbstractButton:
    """Mark ``button`` as one that prints or leaves a mode (see ACTION)."""
    button.setProperty(ACTION, action)
    return button


class Screen(QWidget):
    """One page of the kiosk. Subclasses set their content and override :meth:`title`."""

    openRequested = Signal(str)  # a route name, see kiosk.ui.routes
    homeRequested = Signal()
    backRequested = Signal()

    #: True if the screen re-sets its texts on ``LanguageChange``. Choosing a language leads
    #: back to such a screen; from any other one it leads home (its texts would stay old).
    follows_language_change = False

    def title(self) -> str:
        """The title shown in the top bar (translated)."""
        return ""

    def read_aloud_text(self) -> str:
        """What read-aloud says for this screen: by default the title, then every visible
        label in reading order. Override to leave out decoration or add what labels miss."""
        from kiosk.ui.accessibility.read_aloud import reading_text

        return reading_text(self, self.title())

    def reset(self) -> None:
        """Forget everything the visitor entered. The default wipes all text inputs."""
        from kiosk.ui.privacy import clear_typed_text

        clear_typed_text(self)


ScreenFactory = Callable[[], Screen]


def scrolling_body(
    screen: QWidget, *, margins: tuple[int, int, int, int] = (48, 32, 48, 32)
) -> QVBoxLayout:
    """Give ``screen`` a vertically scrolling body and return the body's layout.

    Large text (130 %, 160 %) or a shown keyboard then scrolls instead of clipping; the
    navigator turns on kinetic (finger) scrolling for it.
    """
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(screen)
    area.setObjectName("ScreenScroll")  # the stylesheet turns its horizontal scroll bar off
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    body.setObjectName("ScreenBody")
    layout = QVBoxLayout(body)
    layout.setContentsMargins(*margins)
    layout.setSpacing(24)
    area.setWidget(body)
    outer.addWidget(area)
    return layout
