"""Choosing the language: one big button per language, each named in its own language.

No flags (a flag is a country, not a language: Arabic is spoken in twenty countries, German in
several). A tap switches the whole UI at once (:func:`kiosk.ui.i18n.install_translator` sends
``LanguageChange`` to every widget) and leads back: to the screen the visitor came from when
that screen follows a language change (:attr:`Screen.follows_language_change`), else to the
home screen, which is then shown in the new language. The visit's end restores the
terminal's configured language (``MainWindow.end_visit``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QWidget

from kiosk.ui import i18n
from kiosk.ui.screens.base import Screen, scrolling_body

BUTTON_MIN_HEIGHT = 96


class LanguageScreen(Screen):
    follows_language_change = True
    languageChosen = Signal(str)  # the code now shown

    def __init__(
        self,
        *,
        leaves_to_home: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._leaves_to_home = leaves_to_home
        body = scrolling_body(self)
        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._heading.setWordWrap(True)
        self._note = QLabel()
        self._note.setObjectName("LanguageContentNote")
        self._note.setProperty("role", "note")
        self._note.setWordWrap(True)
        self._home_note = QLabel()
        self._home_note.setObjectName("LanguageHomeNote")
        self._home_note.setProperty("role", "note")
        self._home_note.setWordWrap(True)
        self._home_note.setVisible(leaves_to_home())
        body.addWidget(self._heading)

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(24)
        for index, language in enumerate(i18n.LANGUAGES):
            button = QPushButton(language.native_name)
            button.setObjectName(f"Language_{language.code}")
            button.setProperty("role", "language")
            button.setProperty("languageCode", language.code)
            button.setCheckable(True)
            button.setMinimumHeight(BUTTON_MIN_HEIGHT)
            # The name is shaped and read in its own language and direction.
            button.setLocale(language.locale())
            if language.rtl:
                button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            button.clicked.connect(lambda _=False, code=language.code: self.choose(code))
            self.buttons[language.code] = button
            grid.addWidget(button, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body.addLayout(grid)
        body.addWidget(self._note)
        body.addWidget(self._home_note)
        body.addStretch(1)
        self._retranslate()

    def title(self) -> str:
        return self.tr("Sprache")

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Bitte wählen Sie Ihre Sprache."))
        self._note.setText(
            self.tr(
                "Texte, die es nicht in Ihrer Sprache gibt, zeigen wir auf Deutsch. "
                "Am Ende Ihres Besuchs spricht der Kiosk wieder Deutsch."
            )
        )
        self._home_note.setText(self.tr("Danach beginnen Sie wieder auf der Startseite."))
        current = i18n.current_language()
        for code, button in self.buttons.items():
            button.setChecked(code == current)
            # Named in its own language; the description says what a tap does, in the
            # language on screen now.
            button.setAccessibleName(i18n.language(code).native_name)
            button.setAccessibleDescription(self.tr("Die Bedienung auf diese Sprache umstellen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def choose(self, code: str) -> None:
        """Show the kiosk in ``code`` now, then go back (or home)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            i18n.install_translator(app, code)
        self._retranslate()
        self.languageChosen.emit(i18n.current_language())
        if self._leaves_to_home():
            self.homeRequested.emit()
        else:
            self.backRequested.emit()


__all__ = ["LanguageScreen"]
