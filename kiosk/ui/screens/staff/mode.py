"""Staff mode on the kiosk: the discreet corner entry, the PIN screen, the desk, and the end.

Entry: a small, faint key button in the top bar's right corner. It must be *held* for
:data:`LONG_PRESS_MS` (a citizen's tap does nothing); it has an accessible name and a tooltip
like every control. ``kiosk staff`` opens the PIN screen right after start instead.

Staff mode ends, and every staff screen is destroyed (the navigator wipes them, typed text
included), when staff log out, when the kiosk shows a non-staff screen again (Home, "Fertig"),
and when the visitor session ends: while staff mode is on, that session's idle timeout is
:data:`STAFF_IDLE_SECONDS` (5 minutes including the "Sind Sie noch da?" countdown) instead
of the citizens' 90 seconds, and it is put back when staff mode ends.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from kiosk.paths import DataPaths
from kiosk.ui.screens.base import Screen

# Built before the first paint: no Qt.* names here (their first use costs ~14 ms, see
# kiosk.ui.app), no thread pool, no database. The corner button comes after the paint.

log = logging.getLogger(__name__)

LONG_PRESS_MS = 1200
STAFF_IDLE_SECONDS = 300

CORNER_STYLE = """
QPushButton#StaffCornerButton {
    min-width: 48px; max-width: 48px; min-height: 48px; max-height: 48px;
    padding: 0px; border: 2px solid transparent; border-radius: 24px; background: transparent;
}
QPushButton#StaffCornerButton:pressed { background: rgba(255, 255, 255, 40); }
QPushButton#StaffCornerButton:focus { border-color: #F2B33D; }
"""


class CornerButton(QPushButton):
    """Opens staff mode after a long press (:data:`LONG_PRESS_MS`)."""

    longPressed = Signal()

    def __init__(self, parent: QWidget | None = None, hold_ms: int = LONG_PRESS_MS) -> None:
        super().__init__(parent)
        from kiosk.ui.icons import icon

        self.setObjectName("StaffCornerButton")
        self.setStyleSheet(CORNER_STYLE)
        self.setIcon(icon("staff", "#5E95A2", 22))  # faint on the petrol bar, on purpose
        self.setIconSize(QSize(22, 22))
        self.setAccessibleName(self.tr("Für Mitarbeitende"))
        self.setToolTip(self.tr("Für Mitarbeitende: gedrückt halten"))
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(hold_ms)
        self._hold.timeout.connect(self.longPressed)
        self.pressed.connect(self._hold.start)
        self.released.connect(self._hold.stop)


class StaffMode(QObject):
    entered = Signal()
    left = Signal()

    def __init__(
        self,
        window: Any,
        data_paths: DataPaths,
        *,
        hub_id: str,
        credentials_path: Path | None = None,
        printer_name: str = "",
        service: Any = None,
        hold_ms: int = LONG_PRESS_MS,
        open_at_start: bool = False,
    ) -> None:
        super().__init__(window)
        self._open_at_start = open_at_start
        self._window = window
        self._navigator = window.navigator
        self._data_paths = data_paths
        self._hub_id = hub_id
        self._credentials_path = credentials_path
        self._printer_name = printer_name
        self._service = service
        self._active = False
        self._citizen_timing: Any = None
        self._background: Any = None
        self._hold_ms = hold_ms
        self.desk: Screen | None = None
        self.corner: CornerButton | None = None
        self._navigator.currentChanged.connect(self._screen_changed)

    def start_after_first_paint(self) -> None:
        """Called by the app once the home screen is painted: the corner entry, the admin's
        settings (read in the background) and, for ``kiosk staff``, the PIN screen."""
        self.install_corner()
        self.apply_admin_settings()
        if self._open_at_start:
            self.open_login()

    def install_corner(self) -> CornerButton:
        """Put the entry into the top bar's right corner (after the first paint)."""
        if self.corner is None:
            self.corner = CornerButton(self._window.top_bar, self._hold_ms)
            self.corner.longPressed.connect(self.open_login)
            layout = self._window.top_bar.layout()
            if isinstance(layout, QHBoxLayout):
                from PySide6.QtCore import Qt  # after the first paint: no cost to it

                layout.addSpacing(4)
                # Aligned: an item without alignment caps the bar at its maximum height (48
                # px), and the bar's buttons were squeezed below their size hint.
                layout.addWidget(self.corner, 0, Qt.AlignmentFlag.AlignVCenter)
        return self.corner

    @property
    def background(self) -> Any:
        """The staff lane for slow calls (made on first use)."""
        if self._background is None:
            from kiosk.ui.screens.staff.background import Background

            self._background = Background(self)
        return self._background

    # --- state -----------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._active

    def service(self) -> Any:
        if self._service is None:
            from kiosk.ui.screens.staff.staff_service import StaffService

            self._service = StaffService.open(
                self._data_paths, hub_id=self._hub_id, credentials_path=self._credentials_path
            )
        return self._service

    def close(self) -> None:
        if self._background is not None:
            self._background.shutdown()
        if self._service is not None:
            self._service.close()

    # --- entering and leaving --------------------------------------------------------------

    def open_login(self) -> None:
        if self._active:
            return
        from kiosk.ui.screens.staff.login import PinScreen

        self._navigator.home()
        self._navigator.push(PinScreen(self.service(), self.background, self._logged_in))

    def _logged_in(self, member: Any) -> None:
        from kiosk.ui.screens.staff.desk import DeskContext, StaffDeskScreen

        self._navigator.home()  # the PIN screen goes (staff mode is not on yet)
        self._active = True
        session = self._window.session
        self._citizen_timing = session.timing
        countdown = session.timing.countdown_s
        session.timing = replace(
            session.timing, idle_timeout_s=float(max(10, STAFF_IDLE_SECONDS - countdown))
        )
        service = self.service()
        service.refresh()
        context = DeskContext(
            service,
            self.background,
            self._navigator.push,
            self._navigator.back,
            sync_service=self._sync_service,
            printer_name=self._printer,
            pdf_dir=self._data_paths.root / "printouts",
            leave_kiosk_mode=self.leave_kiosk_mode if self._window.kiosk_mode else None,
            settings_saved=self.apply_admin_settings,
            citizen_idle_seconds=round(self._citizen_timing.idle_timeout_s),
        )
        self.desk = StaffDeskScreen(context, self.leave)
        self._navigator.push(self.desk)
        log.info("staff mode entered by %s", member.id)
        self.entered.emit()

    def leave(self) -> None:
        """Log out: back to the citizens' home screen, every staff screen destroyed."""
        self._navigator.home()
        self._end()

    def _screen_changed(self, screen: Screen) -> None:
        if self._active and not screen.property("staffScreen"):
            self._end()

    def _end(self) -> None:
        if not self._active:
            return
        self._active = False
        self.desk = None
        if self._citizen_timing is not None:
            self._window.session.timing = self._citizen_timing
            self._citizen_timing = None
        if self._service is not None:
            self._service.logout()
        self._show_default_language()
        log.info("staff mode ended")
        self.left.emit()

    # --- helpers ---------------------------------------------------------------------------

    def _sync_service(self) -> Any:
        from kiosk.ui.sync_service import SyncService

        for child in self._window.children():
            if isinstance(child, SyncService):
                return child
        return None

    def _printer(self) -> str:
        try:
            chosen = self.service().admin_settings().printer
        except Exception:  # pragma: no cover - the setting is optional
            chosen = None
        return chosen if chosen is not None else self._printer_name

    def _show_default_language(self) -> None:
        """The citizens' side (again) in the terminal's default language."""
        from kiosk.ui import i18n

        app = QApplication.instance()
        if app is not None and i18n.current_language() != self._window.language:
            i18n.install_translator(app, self._window.language)

    def apply_admin_settings(self) -> None:
        """The admin's idle timeout and default language for citizens (read off the GUI
        thread). The idle timeout applies at once; the language becomes the one each visit
        starts in (``window.language``), shown now if nobody is using the kiosk, else when
        staff mode or the visit ends."""
        if not self._data_paths.database.is_file():
            return

        def load() -> Any:
            return self.service().admin_settings()

        def apply(settings: Any) -> None:
            from kiosk.config import LANGUAGES

            if settings.language in LANGUAGES:
                self._window.language = settings.language
                if not self._active and self._navigator.depth == 0:
                    self._show_default_language()
            seconds = settings.idle_timeout_seconds
            if seconds is None:
                return
            if self._active and self._citizen_timing is not None:
                self._citizen_timing = replace(self._citizen_timing, idle_timeout_s=float(seconds))
            else:
                session = self._window.session
                session.timing = replace(session.timing, idle_timeout_s=float(seconds))

        self.background.run(load, apply, lambda error: log.warning("admin settings: %s", error))

    def leave_kiosk_mode(self) -> None:
        """Maintenance: a normal window that can be closed; the escape keys work again."""
        from PySide6.QtCore import Qt

        from kiosk.ui.kiosk_guard import KioskGuard

        app = QApplication.instance()
        for guard in self._window.findChildren(KioskGuard):
            if app is not None:
                app.removeEventFilter(guard)
        self._window.allow_close()
        self._window.kiosk_mode = False
        flags = self._window.windowFlags()
        flags &= ~Qt.WindowType.FramelessWindowHint
        flags &= ~Qt.WindowType.WindowStaysOnTopHint
        self._window.setWindowFlags(flags)
        self._window.showNormal()
        log.warning("kiosk mode left for maintenance")


__all__ = ["LONG_PRESS_MS", "STAFF_IDLE_SECONDS", "CornerButton", "StaffMode"]
