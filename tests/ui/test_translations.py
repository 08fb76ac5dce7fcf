"""The shipped catalogs: every language has every string of the current code, with the same
placeholders, in the plural forms its grammar needs; they load and switch the running UI; and
pseudo-localisation makes every string 40 % longer without clipping anything."""

from __future__ import annotations

import filecmp
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.ui import i18n, pseudo_l10n, routes

from .conftest import clipped, shown

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as i18n_tool  # noqa: E402  (tools/i18n.py)

TARGETS = [lang.code for lang in i18n.LANGUAGES if lang.code != i18n.SOURCE_LANGUAGE]
PLURAL_FORMS = {"en": 2, "de-LS": 2, "tr": 1, "uk": 3, "ar": 6}
# Every language's word for the top bar's "Startseite", as a person would check it.
HOME = {"en": "Home", "tr": "Ana sayfa", "uk": "Головна", "ar": "الرئيسية", "de-LS": "Start-Seite"}


@pytest.fixture
def german(qapp):
    yield
    i18n.install_translator(qapp, "de")


def messages(code: str) -> list[ET.Element]:
    root = ET.parse(i18n_tool.ts_file(code)).getroot()
    return [
        m
        for m in root.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") != "vanished")
    ]


def test_every_language_is_declared_complete() -> None:
    assert sorted(i18n_tool.COMPLETE) == sorted(TARGETS)


def test_every_language_has_every_string_of_the_code_with_its_placeholders() -> None:
    """tools/i18n.py check: extracts the current code's strings first, so a string added
    anywhere in kiosk/ui without a translation fails here."""
    assert [str(p) for p in i18n_tool.check()] == []


@pytest.mark.parametrize("code", TARGETS)
def test_placeholders_and_plural_forms_match_the_source(code: str) -> None:
    placeholder = re.compile(r"%n|%\d|\{[a-z_]+\}")
    problems = []
    for message in messages(code):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{code}: {source!r} unfinished"
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == PLURAL_FORMS[code], (code, source)
            # the general plural form (the last) always carries the number
            assert "%n" in forms[-1] or (code == "ar" and "%n" in forms[3]), (code, source)
            wanted = set(placeholder.findall(source)) - {"%n"}
            problems += [
                (source, f) for f in forms if set(placeholder.findall(f)) - {"%n"} != wanted
            ]
        else:
            text = translation.text or ""
            assert text.strip(), f"{code}: {source!r} is empty"
            if sorted(placeholder.findall(text)) != sorted(placeholder.findall(source)):
                problems.append((source, text))
    assert problems == []


def test_the_shipped_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    for code in TARGETS:
        ts = i18n_tool.ts_file(code)
        fresh = i18n_tool.lrelease(ts, tmp_path / f"{code}.qm")
        assert filecmp.cmp(fresh, ts.with_suffix(".qm"), shallow=False), f"rebuild {code}"


@pytest.mark.parametrize("code", TARGETS)
def test_choosing_a_language_switches_the_running_ui(make_shell, qapp, qtbot, german, code) -> None:
    window = make_shell()
    window.navigator.open(routes.LANGUAGE)
    screen = window.navigator.current
    button = screen.findChild(QAbstractButton, f"Language_{code}")
    assert button is not None and button.text() == i18n.language(code).native_name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert i18n.current_language() == code
    qtbot.waitUntil(lambda: window.top_bar.home_button.text() == HOME[code])
    assert window.navigator.depth == 0  # from home, back to home
    home_texts = {w.text() for w in shown(window.navigator.home_screen, QLabel)}
    prompt = "Wobei können wir Ihnen helfen? Tippen Sie auf ein Feld."
    assert prompt not in home_texts  # the home screen's texts are translated too
    rtl = i18n.language(code).rtl
    assert (qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl
    qtbot.wait(20)  # let the layouts settle
    assert clipped(window) == []
    with qtbot.waitSignal(window.session.ended):
        window.session.end_session()  # the next visitor sees German again
    assert i18n.current_language() == "de"
    qtbot.waitUntil(lambda: window.top_bar.home_button.text() == "Startseite")


def test_strings_of_module_level_helpers_are_translated_at_runtime(qapp, german) -> None:
    """lupdate files ``tr()`` helper strings under the empty context; the catalog finds them
    for the helper's own context (ServiceTexts, Handout)."""
    assert i18n.install_translator(qapp, "en")
    assert QCoreApplication.translate("ServiceTexts", "kostenlos") == "free of charge"
    assert QCoreApplication.translate("Handout", "Telefon: {phone}") == "Phone: {phone}"
    assert QCoreApplication.translate("ServiceTexts", "Montag") == "Monday"


def test_plural_forms_follow_each_languages_grammar(qapp, german) -> None:
    def seconds(n: int) -> str:
        return QCoreApplication.translate("IdlePrompt", "Noch %n Sekunden", "", n)

    i18n.install_translator(qapp, "uk")
    assert [seconds(n) for n in (1, 3, 5, 21)] == [
        "Залишилася 1 секунда",
        "Залишилося 3 секунди",
        "Залишилося 5 секунд",
        "Залишилася 21 секунда",
    ]
    i18n.install_translator(qapp, "ar")
    assert seconds(2) == "بقيت ثانيتان" and seconds(11) == "بقيت 11 ثانية"


def test_pseudo_text_is_40_percent_longer_in_brackets() -> None:
    for text in ("Ja", "Startseite", "Noch %n Sekunden", "Telefon: {phone}"):
        out = pseudo_l10n.pseudo(text)
        assert out.startswith("[" + text) and out.endswith("]")
        assert len(out) >= round(len(text) * 1.4)
    assert pseudo_l10n.pseudo("") == ""


@pytest.mark.parametrize("code", ["de", "uk"])
@pytest.mark.parametrize("view", ["home", routes.LANGUAGE, routes.ACCESSIBILITY, "idle"])
def test_pseudo_localisation_clips_nothing_and_every_text_is_translatable(
    german, make_shell, qapp, qtbot, monkeypatch, code, view
) -> None:
    monkeypatch.setenv(pseudo_l10n.ENV_VAR, "1")
    i18n.install_translator(qapp, code)
    window = make_shell()
    if view == "idle":
        window.show_idle_prompt(20)
    elif view != "home":
        window.navigator.open(view)
    qtbot.wait(20)
    root = window.idle_prompt if view == "idle" else window
    assert root is not None
    assert clipped(root) == []
    # Every visible text went through tr(): brackets. Exempt: the terminal's own name, the
    # language names (never translated on purpose), numbers and single symbols.
    exempt = {"Dorfbüro Lindenbach", "Demo"} | {lang.native_name for lang in i18n.LANGUAGES}
    untranslated = [
        w.text()
        for w in shown(root, QLabel) + shown(root, QAbstractButton)
        if w.text().strip()
        and not w.text().strip().startswith("[")
        and w.text().strip() not in exempt
        and "·" not in w.text()  # the home screen's "Sprache · Language · …" line
        and re.search(r"[^\W\d_]{2}", w.text())
    ]
    assert untranslated == []


@pytest.mark.parametrize("code", TARGETS)
def test_a_string_missing_from_the_catalog_shows_in_german_never_empty(qapp, german, code) -> None:
    """A string added to the code but not yet translated (or translated identically, which
    lrelease leaves out) must show the German source, not an empty button."""
    i18n.install_translator(qapp, code)
    assert QCoreApplication.translate("Nowhere", "Nicht im Katalog") == "Nicht im Katalog"
    assert QCoreApplication.translate("TopBar", "Zurück") != ""


def _unfinish(ts: Path, source: str) -> None:
    """Make one entry of a catalog copy unfinished and empty, as lupdate leaves a new string."""
    text = ts.read_text(encoding="utf-8")
    root = ET.fromstring(text.split("\n", 2)[2])
    for message in root.iter("message"):
        if message.findtext("source") == source:
            translation = message.find("translation")
            translation.set("type", "unfinished")
            for form in [translation, *translation.iter("numerusform")]:
                form.text = ""
    ts.write_text(i18n_tool.TS_HEADER + ET.tostring(root, encoding="unicode"), encoding="utf-8")


def test_todo_lists_unfinished_strings_and_fill_puts_translations_in(tmp_path: Path) -> None:
    for code in TARGETS:
        (tmp_path / i18n_tool.ts_file(code).name).write_bytes(i18n_tool.ts_file(code).read_bytes())
    _unfinish(i18n_tool.ts_file("en", tmp_path), "Startseite")
    _unfinish(i18n_tool.ts_file("uk", tmp_path), "%n Sekunden")
    items = i18n_tool.todo(tmp_path)
    assert {(i["source"], tuple(i["translations"])) for i in items} == {
        ("Startseite", ("en",)),
        ("%n Sekunden", ("uk",)),
    }
    seconds = next(i for i in items if i["source"] == "%n Sekunden")
    assert seconds["plural"] and seconds["translations"]["uk"] == ["", "", ""]
    problems = i18n_tool.check(tmp_path, refresh=False)
    assert len(problems) == 2

    with pytest.raises(ValueError, match="3 plural forms"):
        i18n_tool.fill([{**seconds, "translations": {"uk": "%n секунд"}}], tmp_path)
    for item in items:
        if item["source"] == "Startseite":
            item["translations"]["en"] = "Home"
        else:
            item["translations"]["uk"] = ["%n секунда", "%n секунди", "%n секунд"]
    assert i18n_tool.fill(items, tmp_path) == 2
    assert i18n_tool.todo(tmp_path) == []
    assert i18n_tool.check(tmp_path, refresh=False) == []
    with pytest.raises(ValueError, match="not in the catalog"):
        unknown = {"context": "X", "source": "nie", "translations": {"en": "never"}}
        i18n_tool.fill([unknown], tmp_path)
