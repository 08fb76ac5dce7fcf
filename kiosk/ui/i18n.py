"""Runtime translation: which languages exist, and switching between them while running.

German is the source language: every user-visible string is German in the code and goes
through ``self.tr()`` / ``QCoreApplication.translate``. Other languages are Qt ``.qm`` files
``kiosk_<code>.qm`` in ``resources/translations`` (built by ``tools/i18n.py build``); Leichte
Sprache is ``kiosk_de-LS.qm``. Switching sends ``LanguageChange`` to every widget, so widgets
re-set their texts in ``changeEvent``.

Qt's own strings (standard buttons, context menus) come from Qt's ``qtbase_<lang>.qm``.
With ``KIOSK_PSEUDO_L10N=1`` every string is shown 40 % longer in brackets
(:mod:`kiosk.ui.pseudo_l10n`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk.paths import resources_dir

SOURCE_LANGUAGE = "de"
CATALOG_PREFIX = "kiosk_"


@dataclass(frozen=True)
class Language:
    """A language the kiosk offers, named in itself (a person looks for their own word)."""

    code: str
    native_name: str
    rtl: bool = False

    @property
    def qt_language(self) -> str:
        """The language whose Qt catalog and locale apply (Leichte Sprache is German)."""
        return self.code.split("-", 1)[0]

    @property
    def catalog_name(self) -> str:
        return f"{CATALOG_PREFIX}{self.code}"

    def locale(self) -> QLocale:
        return QLocale(self.qt_language)


LANGUAGES: tuple[Language, ...] = (
    Language("de", "Deutsch"),
    Language("en", "English"),
    Language("tr", "Türkçe"),
    Language("uk", "Українська"),
    Language("ar", "العربية", rtl=True),
    Language("de-LS", "Leichte Sprache"),
)

_BY_CODE = {language.code: language for language in LANGUAGES}


class CatalogTranslator(QTranslator):
    """A ``.qm`` catalog. A string not found in its context is looked up in the empty one:
    lupdate files the strings of module-level ``tr()`` helpers (``printing.py``,
    ``services/texts.py``) there, while the code asks with the helper's context."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        # None is a null QString: Qt then asks the next catalog and falls back to the source.
        # An empty string would be taken as the translation (an empty button).
        return found or None  # type: ignore[return-value]


# The translators currently installed; kept referenced so Python does not collect them.
_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def language(code: str) -> Language:
    """The :class:`Language` for ``code``; ``KeyError`` for a code the kiosk does not offer."""
    return _BY_CODE[code]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translator(app: QCoreApplication, language: str, directory: Path | None = None) -> bool:
    """Show ``language`` from now on. True if it is shown, False if German is shown instead.

    Removes the translators installed by the previous call, loads ``kiosk_<code>.qm`` from
    ``directory`` (default: the bundled translations) and Qt's own catalog, and sets the
    layout direction (right-to-left for Arabic). German needs no catalog and returns True.
    A language without a ``.qm`` file (or an unknown code) falls back to German: False.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    wanted = _BY_CODE.get(language)
    shown = _BY_CODE[SOURCE_LANGUAGE]
    kiosk: QTranslator | None = None
    if wanted is not None and wanted.code != SOURCE_LANGUAGE:
        kiosk = CatalogTranslator(app)
        folder = directory if directory is not None else translations_dir()
        catalog = folder / f"{wanted.catalog_name}.qm"
        # The exact file only: QTranslator.load would otherwise fall back to "kiosk.qm".
        if catalog.is_file() and kiosk.load(str(catalog)):
            app.installTranslator(kiosk)
            _installed.append(kiosk)
            shown = wanted
        else:
            kiosk = None

    qt_catalog = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_catalog.load(f"qtbase_{shown.qt_language}", qt_dir):
        app.installTranslator(qt_catalog)
        _installed.append(qt_catalog)

    from kiosk.ui import pseudo_l10n

    if pseudo_l10n.enabled():  # installed last, so asked first
        lengthen = pseudo_l10n.PseudoTranslator(kiosk, app)
        app.installTranslator(lengthen)
        _installed.append(lengthen)

    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if shown.rtl else Qt.LayoutDirection.LeftToRight
        )
    _current = shown.code
    return wanted is not None and shown == wanted


def current_language() -> str:
    """The code of the language on screen (``"de"`` until another one was installed)."""
    return _current


__all__ = [
    "LANGUAGES",
    "CatalogTranslator",
    "Language",
    "current_language",
    "install_translator",
    "language",
    "translations_dir",
]
