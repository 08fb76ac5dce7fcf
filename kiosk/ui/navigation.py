"""The navigation stack: home at the bottom, pushed screens above it.

Home and Back are always reachable; Back does nothing on the home screen. Screens that are
left (Back, Home, end of a visitor session) are wiped and destroyed, never kept around.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.ui.screens.base import Screen, ScreenFactory


class Navigator(QObject):
    """Owns the order of screens in a :class:`QStackedWidget`; the widget only shows them."""

    currentChanged = Signal(object)  # the Screen now shown

    def __init__(
        self,
        stack: QStackedWidget,
        home: Screen,
        routes: Mapping[str, ScreenFactory] | None = None,
        prepare: Callable[[Screen], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._routes: dict[str, ScreenFactory] = dict(routes or {})
        self._prepare = prepare
        self._screens: list[Screen] = []
        self._home = home
        self._adopt(home, prepare=False)  # the window prepares home after its first paint
        self._screens.append(home)
        stack.addWidget(home)
        stack.setCurrentWidget(home)

    # --- state -------------------------------------------------------------------------

    @property
    def current(self) -> Screen:
        return self._screens[-1]

    @property
    def home_screen(self) -> Screen:
        return self._home

    @property
    def depth(self) -> int:
        """How many screens are pushed above home (0 on the home screen)."""
        return len(self._screens) - 1

    def can_go_back(self) -> bool:
        return self.depth > 0

    def routes(self) -> list[str]:
        return sorted(self._routes)

    def set_route(self, name: str, factory: ScreenFactory) -> None:
        """Register (or replace) the factory behind a route name."""
        self._routes[name] = factory

    # --- moves -------------------------------------------------------------------------

    def push(self, screen: Screen) -> None:
        self._adopt(screen)
        self._screens.append(screen)
        self._stack.addWidget(screen)
        self._stack.setCurrentWidget(screen)
        self.currentChanged.emit(screen)

    def open(self, route: str) -> Screen:
        """Build the screen behind ``route`` with its factory and push it.

        Asking for the route already shown (a second tap) does nothing.
        """
        if self.current.property("kioskRoute") == route:
            return self.current
        try:
            factory = self._routes[route]
        except KeyError:
            raise KeyError(f"no screen registered for route {route!r}") from None
        screen = factory()
        screen.setProperty("kioskRoute", route)
        self.push(screen)
        return screen

    def back(self) -> None:
        if not self.can_go_back():
            return
        self._discard(self._screens.pop())
        self._show_top()

    def home(self) -> None:
        if not self.can_go_back():
            return
        while len(self._screens) > 1:
            self._discard(self._screens.pop())
        self._show_top()

    def reset(self) -> None:
        """End of a visitor session: back to home, every screen wiped."""
        while len(self._screens) > 1:
            self._discard(self._screens.pop())
        self._home.reset()
        self._show_top()

    # --- internals ---------------------------------------------------------------------

    def _adopt(self, screen: Screen, *, prepare: bool = True) -> None:
        from kiosk.ui.accessibility.descriptions import describe_fields

        describe_fields(screen)
        screen.openRequested.connect(self.open)
        screen.homeRequested.connect(self.home)
        screen.backRequested.connect(self.back)
        if prepare and self._prepare is not None:
            self._prepare(screen)

    def _discard(self, screen: Screen) -> None:
        from kiosk.ui.privacy import clear_typed_text

        screen.reset()
        clear_typed_text(screen)  # even if a subclass's reset() forgot a field
        self._stack.removeWidget(screen)
        screen.hide()
        screen.deleteLater()

    def _show_top(self) -> None:
        top = self._screens[-1]
        self._stack.setCurrentWidget(top)
        self.currentChanged.emit(top)
