"""Generic accessible descriptions (kiosk.ui.accessibility.descriptions) follow the language,
read the way a screen reader reads them: through QAccessible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QListView, QVBoxLayout

from kiosk.ui import i18n
from kiosk.ui.accessibility.descriptions import describe_fields
from kiosk.ui.screens.base import Screen

from .conftest import process_deletions


def read(widget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Description)


def translated(source: str) -> str:
    return QCoreApplication.translate("Descriptions", source)


@pytest.fixture
def form(qapp, qtbot) -> Iterator[Screen]:
    """A screen with a text field, a choice list, a list to open and a field a screen
    described itself, described by the navigator's generic pass; shown, in German."""
    i18n.install_translator(qapp, "de")
    screen = Screen()
    layout = QVBoxLayout(screen)
    screen.name = QLineEdit(objectName="Name")
    screen.choice = QComboBox(objectName="Choice")
    screen.rows = QListView(objectName="Rows")
    screen.rows.setModel(QStringListModel(["Umzug", "Geburt"], screen.rows))
    screen.rows.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    screen.own = QLineEdit(objectName="Own")
    screen.own.setAccessibleDescription("Eigene Beschreibung")
    for widget in (screen.name, screen.choice, screen.rows, screen.own):
        layout.addWidget(widget)
    describe_fields(screen)
    qtbot.addWidget(screen)
    screen.show()
    yield screen
    i18n.install_translator(qapp, "de")
    screen.close()
    process_deletions()


def test_generic_descriptions_follow_a_language_change(qapp, form: Screen) -> None:
    assert read(form.name) == "Eingabefeld: tippen, dann schreiben"
    assert read(form.choice) == "Auswahlliste: tippen, dann wählen"
    assert read(form.rows) == "Liste: einen Eintrag antippen, um ihn zu öffnen"
    for language in ("en", "uk", "de"):
        assert i18n.install_translator(qapp, language)
        QCoreApplication.processEvents()  # LanguageChange is posted
        field = translated("Eingabefeld: tippen, dann schreiben")
        choice = translated("Auswahlliste: tippen, dann wählen")
        assert read(form.name) == field
        assert read(form.choice) == choice
        if language != "de":
            assert field != "Eingabefeld: tippen, dann schreiben", "no translation loaded"
    assert read(form.name) == "Eingabefeld: tippen, dann schreiben"


def test_a_description_set_by_the_screen_is_kept(qapp, form: Screen) -> None:
    form.name.setAccessibleDescription("Ihr Name, wie im Ausweis")  # set after the navigator
    assert i18n.install_translator(qapp, "en")
    QCoreApplication.processEvents()
    assert read(form.name) == "Ihr Name, wie im Ausweis"
    assert read(form.own) == "Eigene Beschreibung"


def test_a_list_whose_rows_are_chosen_says_so(qapp) -> None:
    screen = Screen()
    table = QListView(screen)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    describe_fields(screen)
    assert read(table) == "Liste: eine Zeile antippen, um sie auszuwählen"
    screen.deleteLater()
    process_deletions()
