"""The touch inputs, one per question type: big buttons instead of tiny radio boxes.

Every input is an :class:`AnswerInput`: ``value()`` gives the answer in the JSON shape of
``docs/forms.md`` (``None`` = unanswered), ``set_value()`` restores one (going back keeps
answers), and ``changed`` fires on every change.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.forms import Question, QuestionType, label

ANSWER_BUTTON_HEIGHT = 80
CHECK = "✓  "


def answer_button(
    text: str, name: str = "AnswerButton", *, height: int = ANSWER_BUTTON_HEIGHT
) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setCheckable(True)
    button.setMinimumHeight(height)
    button.setProperty("answer", True)
    button.setProperty("plainText", text)
    button.toggled.connect(lambda on, b=button: _mark(b, on))
    _describe(button, False)
    return button


def _mark(button: QPushButton, on: bool) -> None:
    """A checked answer shows a tick as well as the colour (not colour alone)."""
    text = str(button.property("plainText"))
    button.setText(CHECK + text if on else text)
    _describe(button, on)


def _describe(button: QPushButton, on: bool) -> None:
    """What a tap does, for screen readers: the description follows the state."""
    if on:
        text = QCoreApplication.translate("AnswerInput", "Antwort abwählen")
    else:
        text = QCoreApplication.translate("AnswerInput", "Antwort auswählen")
    button.setAccessibleDescription(text)


class AnswerInput(QWidget):
    changed = Signal()

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        """Give the keyboard to the text field, if the input has one."""


class TextInput(AnswerInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit: QLineEdit | QPlainTextEdit
        if question.type in (QuestionType.LONG_TEXT, QuestionType.NOTE):
            edit = QPlainTextEdit()
            edit.setObjectName("AnswerText")
            edit.setMinimumHeight(170)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self.changed)
            self.edit = edit
        else:
            line = QLineEdit()
            line.setObjectName("AnswerLine")
            line.setMaxLength(question.text_limit)
            line.setMinimumHeight(64)
            if question.type is QuestionType.EMAIL:
                line.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
            elif question.type is QuestionType.PHONE:
                line.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
            line.textChanged.connect(self.changed)
            self.edit = line
        layout.addWidget(self.edit)

    def text(self) -> str:
        edit = self.edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def value(self) -> Any:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(text)
        else:
            self.edit.setText(text)

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class NumberInput(AnswerInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("AnswerNumber")
        self.edit.setMaxLength(18)
        self.edit.setMinimumHeight(64)
        self.edit.setMaximumWidth(320)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.edit.textChanged.connect(self.changed)
        layout.addWidget(self.edit)
        if question.unit is not None:
            layout.addWidget(QLabel(label(question.unit, language)))
        layout.addStretch(1)

    def value(self) -> Any:
        text = self.edit.text().strip().replace(" ", "")
        if not text:
            return None
        if re.fullmatch(r"[+-]?[0-9]+", text):
            return int(text)
        if re.fullmatch(r"[+-]?[0-9]+[,.][0-9]+", text):
            return float(text.replace(",", "."))
        return text  # not a number: the check says so

    def set_value(self, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.edit.setText("" if value is None else str(value))
        else:
            self.edit.setText(str(value).replace(".", ","))

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class ChoiceInput(AnswerInput):
    """Single choice (exclusive) or multiple choice: one big button per option."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.multiple = question.type is QuestionType.MULTIPLE_CHOICE
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        for option in question.options:
            button = answer_button(label(option.label, language))
            self.group.addButton(button)
            self.buttons[option.id] = button
            button.toggled.connect(self.changed)
            layout.addWidget(button)

    def value(self) -> Any:
        chosen = [oid for oid, b in self.buttons.items() if b.isChecked()]
        if self.multiple:
            return chosen or None
        return chosen[0] if chosen else None

    def set_value(self, value: Any) -> None:
        wanted = set(value) if isinstance(value, list) else {value}
        for option_id, button in self.buttons.items():
            button.setChecked(option_id in wanted)


class RatingInput(AnswerInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QPushButton] = {}
        for n in range(1, 6):
            button = answer_button(str(n), "RatingButton", height=96)
            button.setMinimumWidth(120)
            button.setAccessibleName(self.tr("%n von 5", "", n))
            self.group.addButton(button)
            self.buttons[n] = button
            button.toggled.connect(self.changed)
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> Any:
        return next((n for n, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: Any) -> None:
        for n, button in self.buttons.items():
            button.setChecked(n == value)


class YesNoInput(AnswerInput):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        self.group = QButtonGroup(self)
        self.yes = answer_button(self.tr("Ja"), "YesButton", height=96)
        self.no = answer_button(self.tr("Nein"), "NoButton", height=96)
        for button in (self.yes, self.no):
            button.setMinimumWidth(240)
            self.group.addButton(button)
            button.toggled.connect(self.changed)
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> Any:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: Any) -> None:
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)


class DateInput(AnswerInput):
    """Day, month and year with big − / + buttons; nothing is chosen until the person taps."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self._date: date | None = None
        self._shown = date.today()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        self.parts: dict[str, QLabel] = {}
        self.steppers: dict[str, tuple[QPushButton, QPushButton]] = {}
        for part, caption in (
            ("day", self.tr("Tag")),
            ("month", self.tr("Monat")),
            ("year", self.tr("Jahr")),
        ):
            column = QVBoxLayout()
            column.setSpacing(8)
            title = QLabel(caption)
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            plus = QPushButton("+")
            plus.setObjectName(f"DatePlus_{part}")
            plus.setAccessibleName(caption + " +")
            minus = QPushButton("−")
            minus.setObjectName(f"DateMinus_{part}")
            minus.setAccessibleName(caption + " −")
            value = QLabel()
            value.setProperty("role", "subheading")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setMinimumWidth(120)
            for button in (plus, minus):
                button.setMinimumSize(120, 64)
            plus.clicked.connect(lambda _=False, p=part: self._step(p, 1))
            minus.clicked.connect(lambda _=False, p=part: self._step(p, -1))
            column.addWidget(title)
            column.addWidget(plus)
            column.addWidget(value)
            column.addWidget(minus)
            layout.addLayout(column)
            self.parts[part] = value
            self.steppers[part] = (minus, plus)
        self.today_button = QPushButton(self.tr("Heute"))
        self.today_button.setObjectName("DateToday")
        self.today_button.clicked.connect(lambda: self._set(date.today()))
        layout.addWidget(self.today_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addStretch(1)
        self._show()

    def _step(self, part: str, delta: int) -> None:
        d = self._date or self._shown
        year, month, day = d.year, d.month, d.day
        if part == "day":
            self._set(date.fromordinal(d.toordinal() + delta))
            return
        if part == "month":
            month += delta
            year += (month - 1) // 12
            month = (month - 1) % 12 + 1
        else:
            year = min(max(year + delta, 1900), 2100)
        self._set(date(year, month, min(day, calendar.monthrange(year, month)[1])))

    def _set(self, value: date) -> None:
        self._date = value
        self._shown = value
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        d = self._shown
        chosen = self._date is not None
        for part, text in (
            ("day", f"{d.day:02d}."),
            ("month", f"{d.month:02d}."),
            ("year", str(d.year)),
        ):
            self.parts[part].setText(text if chosen else "–")

    def value(self) -> Any:
        return None if self._date is None else self._date.isoformat()

    def set_value(self, value: Any) -> None:
        try:
            self._date = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            self._date = None
        if self._date is not None:
            self._shown = self._date
        self._show()


class LocationInput(AnswerInput):
    """First the village, then its street (from the list), or "no particular place"."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        villages = QHBoxLayout()
        villages.setSpacing(12)
        self.village_group = QButtonGroup(self)
        self.village_buttons: dict[str, QPushButton] = {}
        for place in question.places:
            button = answer_button(label(place.name, language), "VillageButton")
            self.village_group.addButton(button)
            self.village_buttons[place.village] = button
            button.clicked.connect(lambda _=False, v=place.village: self._choose_village(v))
            villages.addWidget(button)
        self.no_place: QPushButton | None = None
        if question.allow_no_place:
            self.no_place = answer_button(self.tr("Kein bestimmter Ort"), "NoPlaceButton")
            self.village_group.addButton(self.no_place)
            self.no_place.clicked.connect(self._choose_no_place)
            villages.addWidget(self.no_place)
        layout.addLayout(villages)
        self.street_title = QLabel(self.tr("Straße:"))
        self.street_title.setProperty("role", "eyebrow")
        layout.addWidget(self.street_title)
        self.street_area = QWidget()
        self.street_grid = QGridLayout(self.street_area)
        self.street_grid.setContentsMargins(0, 0, 0, 0)
        self.street_grid.setSpacing(12)
        layout.addWidget(self.street_area)
        self.street_group = QButtonGroup(self)
        self.street_buttons: dict[str, QPushButton] = {}
        self._village: str | None = None
        self._no_place = False
        self._fill_streets()

    def _choose_village(self, village: str) -> None:
        self._village = village
        self._no_place = False
        self._fill_streets()
        self.changed.emit()

    def _choose_no_place(self) -> None:
        self._village = None
        self._no_place = True
        self._fill_streets()
        self.changed.emit()

    def _fill_streets(self, street: str | None = None) -> None:
        for button in self.street_buttons.values():
            self.street_group.removeButton(button)
            button.deleteLater()
        self.street_buttons = {}
        place = self.question.place(self._village) if self._village else None
        streets = place.streets if place is not None else ()
        for index, name in enumerate(streets):
            button = answer_button(name, "StreetButton", height=64)
            button.setChecked(name == street)
            self.street_group.addButton(button)
            button.toggled.connect(self.changed)
            self.street_grid.addWidget(button, index // 3, index % 3)
            self.street_buttons[name] = button
        self.street_title.setVisible(bool(streets))
        self.street_area.setVisible(bool(streets))

    def value(self) -> Any:
        if self._no_place:
            return {"no_place": True}
        if self._village is None:
            return None
        place = self.question.place(self._village)
        if place is not None and place.streets:
            street = next((s for s, b in self.street_buttons.items() if b.isChecked()), None)
            return (
                {"village": self._village, "street": street}
                if street
                else {"village": self._village}
            )
        return {"village": self._village}

    def set_value(self, value: Any) -> None:
        self._village, self._no_place = None, False
        street = None
        if isinstance(value, dict):
            if value.get("no_place") is True:
                self._no_place = True
            elif isinstance(value.get("village"), str):
                self._village = value["village"]
                street = value.get("street")
        for village, button in self.village_buttons.items():
            button.setChecked(village == self._village)
        if self.no_place is not None:
            self.no_place.setChecked(self._no_place)
        self._fill_streets(street if isinstance(street, str) else None)


_INPUTS: dict[QuestionType, type[AnswerInput]] = {
    QuestionType.SHORT_TEXT: TextInput,
    QuestionType.LONG_TEXT: TextInput,
    QuestionType.NOTE: TextInput,
    QuestionType.EMAIL: TextInput,
    QuestionType.PHONE: TextInput,
    QuestionType.NUMBER: NumberInput,
    QuestionType.SINGLE_CHOICE: ChoiceInput,
    QuestionType.MULTIPLE_CHOICE: ChoiceInput,
    QuestionType.RATING: RatingInput,
    QuestionType.YES_NO: YesNoInput,
    QuestionType.DATE: DateInput,
    QuestionType.LOCATION: LocationInput,
}


def make_input(question: Question, language: str) -> AnswerInput:
    return _INPUTS[question.type](question, language)


__all__ = ["AnswerInput", "make_input"]
