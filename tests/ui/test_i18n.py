"""Switching languages at runtime; the catalog tool checked with the real lupdate/lrelease."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from kiosk import config
from kiosk.ui import i18n
from kiosk.ui.i18n import LANGUAGES, current_language, install_translator
from kiosk.ui.widgets.keyboard import OnScreenKeyboard

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kiosk_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


class Greeting(QWidget):
    """A widget whose tr() context is "Greeting"."""

    def text(self) -> str:
        return self.tr("Guten Tag")


def write_ts(path: Path, language: str, messages: dict[str, dict[str, str | None]]) -> Path:
    """A .ts file: {context: {source: translation or None for unfinished}}."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="de">',
    ]
    for context, entries in messages.items():
        parts.append(f"<context><name>{context}</name>")
        for source, translation in entries.items():
            if translation is None:
                body = '<translation type="unfinished"></translation>'
            else:
                body = f"<translation>{escape(translation)}</translation>"
            parts.append(f"<message><source>{escape(source)}</source>{body}</message>")
        parts.append("</context>")
    parts.append("</TS>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def compile_catalog(directory: Path, code: str, messages: dict[str, dict[str, str | None]]) -> Path:
    ts = write_ts(directory / f"kiosk_{code}.ts", code.split("-")[0], messages)
    qm = tool.lrelease(ts)
    assert qm.is_file()
    return qm


@pytest.fixture(autouse=True)
def back_to_german(qapp) -> Iterator[None]:
    yield
    install_translator(qapp, "de")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_languages_match_the_config_choices() -> None:
    assert tuple(lang.code for lang in LANGUAGES) == config.LANGUAGES
    assert [lang.code for lang in LANGUAGES if lang.rtl] == ["ar"]
    assert i18n.language("uk").native_name == "Українська"
    assert i18n.language("de-LS").qt_language == "de"


def test_language_without_catalog_falls_back_to_german(qapp, tmp_path: Path) -> None:
    assert install_translator(qapp, "tr", directory=tmp_path) is False
    assert current_language() == "de"
    assert Greeting().text() == "Guten Tag"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_unknown_language_falls_back_to_german(qapp, tmp_path: Path) -> None:
    assert install_translator(qapp, "xx", directory=tmp_path) is False
    assert current_language() == "de"


def test_compiled_catalog_translates_tr_strings(qapp, tmp_path: Path) -> None:
    compile_catalog(tmp_path, "en", {"Greeting": {"Guten Tag": "Good day"}})
    assert install_translator(qapp, "en", directory=tmp_path) is True
    assert current_language() == "en"
    assert Greeting().text() == "Good day"
    assert QCoreApplication.translate("Greeting", "Guten Tag") == "Good day"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_leichte_sprache_catalog(qapp, tmp_path: Path) -> None:
    compile_catalog(tmp_path, "de-LS", {"Greeting": {"Guten Tag": "Hallo"}})
    assert install_translator(qapp, "de-LS", directory=tmp_path) is True
    assert current_language() == "de-LS"
    assert Greeting().text() == "Hallo"


def test_arabic_is_right_to_left_and_german_restores_everything(qapp, tmp_path: Path) -> None:
    compile_catalog(tmp_path, "ar", {"Greeting": {"Guten Tag": "نهارك سعيد"}})
    assert install_translator(qapp, "ar", directory=tmp_path) is True
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert Greeting().text() == "نهارك سعيد"

    assert install_translator(qapp, "de", directory=tmp_path) is True
    assert current_language() == "de"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert Greeting().text() == "Guten Tag"


def test_switching_replaces_the_previous_catalog(qapp, tmp_path: Path) -> None:
    compile_catalog(tmp_path, "en", {"Greeting": {"Guten Tag": "Good day"}})
    compile_catalog(tmp_path, "tr", {"Greeting": {"Guten Tag": "İyi günler"}})
    install_translator(qapp, "en", directory=tmp_path)
    install_translator(qapp, "tr", directory=tmp_path)
    assert Greeting().text() == "İyi günler"
    # a language without a catalog must not leave the Turkish one behind
    assert install_translator(qapp, "uk", directory=tmp_path) is False
    assert Greeting().text() == "Guten Tag"


def test_qt_standard_strings_follow_the_language(qapp, tmp_path: Path) -> None:
    install_translator(qapp, "de", directory=tmp_path)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    compile_catalog(tmp_path, "tr", {"Greeting": {"Guten Tag": "İyi günler"}})
    install_translator(qapp, "tr", directory=tmp_path)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("Cancel", "Abbrechen")


def test_keyboard_relabels_itself_on_language_change(qtbot, qapp, tmp_path: Path) -> None:
    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    compile_catalog(tmp_path, "en", {"OnScreenKeyboard": {"Leerzeichen": "Space"}})
    install_translator(qapp, "en", directory=tmp_path)
    qtbot.waitUntil(lambda: keyboard.key(role="space").text() == "Space")
    assert keyboard.key(role="space").accessibleName() == "Space"
    install_translator(qapp, "de")
    qtbot.waitUntil(lambda: keyboard.key(role="space").text() == "Leerzeichen")


# -- tools/i18n.py ------------------------------------------------------------------------


def test_check_accepts_a_complete_consistent_catalog(tmp_path: Path) -> None:
    write_ts(
        tmp_path / "kiosk_en.ts",
        "en",
        {"X": {"Hallo {name}": "Hello {name}", "Noch %1 von %2": "%1 of %2 left"}},
    )
    write_ts(tmp_path / "kiosk_tr.ts", "tr", {"X": {"Hallo {name}": None}})
    assert tool.check(tmp_path, complete=("en",), refresh=False) == []


def test_check_reports_unfinished_entries_only_for_complete_languages(tmp_path: Path) -> None:
    write_ts(tmp_path / "kiosk_en.ts", "en", {"X": {"Hallo": None, "Weiter": "Next"}})
    write_ts(tmp_path / "kiosk_tr.ts", "tr", {"X": {"Hallo": None}})
    problems = tool.check(tmp_path, complete=("en",), refresh=False)
    assert [(p.file, p.source) for p in problems] == [("kiosk_en.ts", "Hallo")]


def test_check_reports_placeholder_drift_in_any_language(tmp_path: Path) -> None:
    write_ts(tmp_path / "kiosk_en.ts", "en", {"X": {"Hallo {name}": "Hello {nmae}"}})
    write_ts(tmp_path / "kiosk_uk.ts", "uk", {"X": {"Termin um %1": "Запис"}})
    problems = tool.check(tmp_path, complete=("en",), refresh=False)
    assert {(p.file, p.source) for p in problems} == {
        ("kiosk_en.ts", "Hallo {name}"),
        ("kiosk_uk.ts", "Termin um %1"),
    }
    assert all("placeholders" in p.what for p in problems)


def test_check_reports_a_missing_complete_catalog(tmp_path: Path) -> None:
    problems = tool.check(tmp_path, complete=("en",), refresh=False)
    assert [p.file for p in problems] == ["kiosk_en.ts"]


def test_update_build_and_check_against_current_code(qapp, tmp_path: Path) -> None:
    sources = tmp_path / "ui"
    sources.mkdir()
    module = sources / "probe.py"
    module.write_text(
        "from PySide6.QtWidgets import QWidget\n\n"
        "class Probe(QWidget):\n"
        "    def text(self):\n"
        '        return self.tr("Hallo {name}")\n',
        encoding="utf-8",
    )
    catalogs = tmp_path / "translations"
    written = tool.update(catalogs, sources)
    assert {p.name for p in written} == {
        "kiosk_en.ts",
        "kiosk_tr.ts",
        "kiosk_uk.ts",
        "kiosk_ar.ts",
        "kiosk_de-LS.ts",
    }
    en = catalogs / "kiosk_en.ts"
    assert "<source>Hallo {name}</source>" in en.read_text(encoding="utf-8")
    assert [p.source for p in tool.check(catalogs, sources, complete=("en",))] == ["Hallo {name}"]

    en.write_text(
        en.read_text(encoding="utf-8").replace(
            '<translation type="unfinished"></translation>',
            "<translation>Hello {name}</translation>",
        ),
        encoding="utf-8",
    )
    assert tool.check(catalogs, sources, complete=("en",)) == []
    assert (catalogs / "kiosk_en.qm") in tool.build(catalogs)
    assert install_translator(qapp, "en", directory=catalogs) is True
    assert QCoreApplication.translate("Probe", "Hallo {name}") == "Hello {name}"

    # A new string in the code makes the stored catalog incomplete, before anyone runs update.
    module.write_text(
        module.read_text(encoding="utf-8") + "\n    def more(self):\n"
        '        return self.tr("Auf Wiedersehen")\n',
        encoding="utf-8",
    )
    assert [p.source for p in tool.check(catalogs, sources, complete=("en",))] == [
        "Auf Wiedersehen"
    ]
    assert tool.check(catalogs, sources, complete=("en",), refresh=False) == []
