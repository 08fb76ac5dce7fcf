"""The participation screens: list of forms -> start page -> one question per screen -> review
-> thank-you with a reference number; and the results of closed surveys as bar charts.

Each question is its own screen on the navigator's stack, so the top bar's Back (and the
"Zurück" button) goes to the previous question, which still shows its answer: the answers live
in one :class:`~kiosk.ui.screens.participation.flow.FormSession` that the flow's screens share.
When the navigator throws the screens away (Home, the idle reset) the session goes with them.

Nothing here waits for the disk (:mod:`kiosk.ui.background`): the list loads in the write
lane (it first takes in what the last sync brought, which writes), "Absenden" saves in the
write lane; "Einen Moment bitte …" shows when that takes a while, and a failure is a German
message with every answer kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.forms import (
    AnswerError,
    FormDefinition,
    FormKind,
    FormResults,
    Question,
    QuestionType,
    check_answer,
    label,
)
from kiosk.ui.accessibility.bidi import keep_left_to_right
from kiosk.ui.background import WRITE, BusyIndicator, Failure, Operation, lanes
from kiosk.ui.screens.base import Screen, mark_irreversible, scrolling_body
from kiosk.ui.screens.participation.answer_inputs import AnswerInput, make_input
from kiosk.ui.screens.participation.flow import FormSession
from kiosk.ui.screens.participation.service import ParticipationService
from kiosk.ui.widgets.bar_chart import BarChart, ChartRow
from kiosk.ui.widgets.tile import Tile

Push = Callable[[Screen], None]

STYLE = """
QPushButton[answer="true"] { text-align: left; padding-left: 28px; }
QPushButton#RatingButton, QPushButton#YesButton, QPushButton#NoButton {
    text-align: center; padding-left: 22px;
}
QPushButton[answer="true"]:checked { background: #0E5A6B; color: #FFFFFF; }
QLabel#AnswerError { color: #9B2C1C; font-weight: 600; }
"""


def _label(text: str, role: str | None = None, name: str | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def _button(text: str, name: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(72)
    button.setMinimumWidth(220)
    if primary:
        button.setProperty("role", "primary")
    return button


def _bottom_bar(screen: QWidget) -> QHBoxLayout:
    """A row under the scrolling body: always on screen, also above the on-screen keyboard."""
    outer = screen.layout()
    assert isinstance(outer, QVBoxLayout)
    bar = QFrame()
    bar.setObjectName("FlowButtons")
    row = QHBoxLayout(bar)
    row.setContentsMargins(48, 12, 48, 16)
    row.setSpacing(24)
    outer.addWidget(bar)
    return row


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(28, 20, 28, 24)
    layout.setSpacing(10)
    return card, layout


class _Texts(QWidget):
    """German texts shared by several screens (translated through this context)."""

    def kind(self, kind: FormKind) -> str:
        return {
            FormKind.SURVEY: self.tr("Umfrage"),
            FormKind.IDEA: self.tr("Ideen"),
            FormKind.DEFECT_REPORT: self.tr("Mängelmelder"),
        }[kind]

    def problem(self, error: AnswerError) -> str:
        messages = {
            "required_missing": self.tr("Bitte beantworten Sie diese Frage."),
            "empty": self.tr("Bitte beantworten Sie diese Frage."),
            "too_long": self.tr("Der Text ist zu lang."),
            "bad_text": self.tr("Der Text enthält ein Zeichen, das nicht erlaubt ist."),
            "wrong_type": self.tr("Bitte geben Sie eine Zahl ein."),
            "not_whole": self.tr("Bitte geben Sie eine ganze Zahl ein."),
            "out_of_range": self.tr("Die Zahl liegt außerhalb des erlaubten Bereichs."),
            "too_few": self.tr("Bitte wählen Sie mehr Antworten aus."),
            "too_many": self.tr("Bitte wählen Sie weniger Antworten aus."),
            "bad_date": self.tr("Bitte wählen Sie ein Datum."),
            "bad_email": self.tr("Das sieht nicht wie eine E-Mail-Adresse aus (name@beispiel.de)."),
            "bad_phone": self.tr("Bitte geben Sie nur Ziffern, Leerzeichen und + ein."),
            "bad_location": self.tr("Bitte wählen Sie auch die Straße."),
        }
        return messages.get(error.code, self.tr("Diese Antwort passt nicht."))

    def answer(self, question: Question, value: Any, language: str) -> str:
        if value is None:
            return self.tr("– nicht beantwortet –")
        qtype = question.type
        if qtype is QuestionType.YES_NO:
            return self.tr("Ja") if value is True else self.tr("Nein")
        if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
            ids = value if isinstance(value, list) else [value]
            names = [label(o.label, language) for o in question.options if o.id in ids]
            return ", ".join(names)
        if qtype is QuestionType.RATING:
            return self.tr("%n von 5", "", int(value))
        if qtype is QuestionType.DATE and isinstance(value, str) and len(value) == 10:
            return f"{value[8:10]}.{value[5:7]}.{value[0:4]}"
        if qtype is QuestionType.LOCATION and isinstance(value, dict):
            if value.get("no_place"):
                return self.tr("Kein bestimmter Ort")
            place = question.place(str(value.get("village")))
            village = label(place.name, language) if place else str(value.get("village"))
            return f"{village}, {value['street']}" if value.get("street") else village
        if qtype is QuestionType.NUMBER:
            text = str(value).replace(".", ",")
            return f"{text} {label(question.unit, language)}".strip()
        return str(value)


# --- the list -------------------------------------------------------------------------------


class FormListScreen(Screen):
    def __init__(self, service: ParticipationService, push: Push, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._push = push
        body = scrolling_body(self)
        body.addWidget(_label(self.tr("Machen Sie mit!"), "heading"))
        body.addWidget(
            _label(
                self.tr(
                    "Ihre Meinung zählt: Beantworten Sie eine Umfrage, schlagen Sie etwas vor "
                    "oder melden Sie einen Schaden. Ohne Anmeldung, auch ohne Internet."
                ),
                "subheading",
            )
        )
        self.form_tiles: dict[str, Tile] = {}
        self.result_buttons: dict[str, QPushButton] = {}
        self.busy = BusyIndicator(self)
        body.addWidget(self.busy)
        self._body = body
        body.addStretch(1)
        self.loading = lanes().run(
            WRITE,  # takes in pulled forms and results first: a write
            lambda: (service.open_forms(), service.results()),
            owner=self,
            busy=self.busy,
            on_done=self._show,
            on_error=self._failed,
            saving=False,
        )

    def title(self) -> str:
        return self.tr("Mitmachen")

    def _add(self, widget: QWidget) -> None:
        self._body.insertWidget(self._body.count() - 1, widget)  # above the stretch

    def _failed(self, failure: Failure) -> None:
        self._add(_label(failure.message, None, "NothingOpen"))

    def _show(
        self, loaded: tuple[list[FormDefinition], list[tuple[FormDefinition, FormResults]]]
    ) -> None:
        forms, results = loaded
        service, push, language = self._service, self._push, self._service.language
        texts = _Texts(self)
        if not forms:
            self._add(
                _label(self.tr("Zurzeit gibt es hier nichts zum Mitmachen."), None, "NothingOpen")
            )
        for form in forms:
            icon = "construction" if form.kind is FormKind.DEFECT_REPORT else "participate"
            tile = Tile(icon, label(form.title, language), texts.kind(form.kind))
            tile.setObjectName("FormTile")
            tile.clicked.connect(
                lambda _=False, f=form: self._push(IntroScreen(FormSession(f), service, push))
            )
            self.form_tiles[form.id] = tile
            self._add(tile)
        if results:
            self._add(_label(self.tr("Ergebnisse abgeschlossener Umfragen"), "eyebrow"))
        for form, result in results:
            button = _button(label(form.title, language), "ResultsButton")
            button.setAccessibleDescription(self.tr("Die Ergebnisse dieser Umfrage zeigen"))
            button.clicked.connect(
                lambda _=False, f=form, r=result: self._push(ResultsScreen(f, r, service.language))
            )
            self.result_buttons[form.id] = button
            self._add(button)


# --- start page -----------------------------------------------------------------------------


class IntroScreen(Screen):
    def __init__(
        self,
        session: FormSession,
        service: ParticipationService,
        push: Push,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._service = service
        self._push = push
        form = session.form
        language = service.language
        self.setStyleSheet(STYLE)
        body = scrolling_body(self)
        body.addWidget(_label(_Texts(self).kind(form.kind), "eyebrow"))
        body.addWidget(_label(label(form.title, language), "heading", "FormTitle"))
        if form.intro is not None:
            body.addWidget(_label(label(form.intro, language), "subheading"))
        card, inner = _card()
        inner.addWidget(_label(self.tr("Datenschutz"), "eyebrow"))
        inner.addWidget(_label(label(form.privacy_notice, language), "note", "PrivacyNotice"))
        body.addWidget(card)
        count = len(session.visible())
        body.addWidget(_label(self.tr("Anzahl der Fragen: %n", "", count), "note"))
        self.start_button = _button(self.tr("Los geht's"), "StartButton", primary=True)
        self.start_button.setAccessibleDescription(self.tr("Mit der ersten Frage beginnen"))
        self.start_button.clicked.connect(self._start)
        body.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)

    def title(self) -> str:
        return label(self.session.form.title, self._service.language)

    def _start(self) -> None:
        first = self.session.next_after(None)
        if first is None:
            self._push(ReviewScreen(self.session, self._service, self._push))
        else:
            self._push(QuestionScreen(self.session, first, self._service, self._push))


# --- one question ---------------------------------------------------------------------------


class QuestionScreen(Screen):
    def __init__(
        self,
        session: FormSession,
        question: Question,
        service: ParticipationService,
        push: Push,
        *,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.question = question
        self._service = service
        self._push = push
        self._editing = editing
        self._leaving = False
        language = service.language
        self.setStyleSheet(STYLE)
        body = scrolling_body(self, margins=(48, 24, 48, 24))
        body.setSpacing(18)
        number, total = session.position(question.id)
        self.progress = _label(
            self.tr("Frage {n} von {total}")
            .replace("{n}", str(number))
            .replace("{total}", str(total)),
            "eyebrow",
            "Progress",
        )
        body.addWidget(self.progress)
        body.addWidget(_label(label(question.label, language), "heading", "QuestionLabel"))
        hints = []
        if question.help is not None:
            hints.append(label(question.help, language))
        if not question.required:
            hints.append(self.tr("Freiwillig – Sie können diese Frage überspringen."))
        if question.type is QuestionType.MULTIPLE_CHOICE:
            most = question.max_selections or len(question.options)
            if most < len(question.options):
                hints.append(self.tr("Sie können bis zu %n Antworten wählen.", "", most))
            else:
                hints.append(self.tr("Sie können mehrere Antworten wählen."))
        if hints:
            body.addWidget(_label("\n".join(hints), "note", "QuestionHelp"))
        self.input: AnswerInput = make_input(question, language)
        self.input.set_value(session.answer(question.id))
        self.input.changed.connect(self._store)
        body.addWidget(self.input)
        self.error = _label("", None, "AnswerError")
        self.error.hide()
        body.addWidget(self.error)
        body.addStretch(1)
        row = _bottom_bar(self)
        self.back_button = _button(self.tr("Zurück"), "PreviousButton")
        self.back_button.setAccessibleDescription(self.tr("Zum vorigen Schritt"))
        self.back_button.clicked.connect(self.backRequested)
        row.addWidget(self.back_button)
        row.addStretch(1)
        text = self.tr("Übernehmen") if editing else self.tr("Weiter")
        self.next_button = _button(text, "NextButton", primary=True)
        self.next_button.setAccessibleDescription(self.tr("Antwort übernehmen und weiter"))
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.next_button)

    def title(self) -> str:
        return label(self.session.form.title, self._service.language)

    def reset(self) -> None:
        self._leaving = True  # the navigator wipes the fields next: keep the stored answer
        super().reset()

    def _store(self) -> None:
        if not self._leaving:
            self.session.set_answer(self.question.id, self.input.value())
            self.error.hide()

    def _next(self) -> None:
        value = self.input.value()
        problem: AnswerError | None
        if value is None:
            problem = (
                AnswerError(self.question.id, "required_missing", "")
                if self.question.required
                else None
            )
        else:
            problem = check_answer(self.question, value)
        if problem is not None:
            self.error.setText(_Texts(self).problem(problem))
            self.error.show()
            return
        self.session.set_answer(self.question.id, value)
        if self._editing:
            self.backRequested.emit()
            return
        following = self.session.next_after(self.question.id)
        if following is None:
            self._push(ReviewScreen(self.session, self._service, self._push))
        else:
            self._push(QuestionScreen(self.session, following, self._service, self._push))


# --- review and submit ----------------------------------------------------------------------


class ReviewScreen(Screen):
    def __init__(
        self,
        session: FormSession,
        service: ParticipationService,
        push: Push,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._service = service
        self._push = push
        self.setStyleSheet(STYLE)
        body = scrolling_body(self, margins=(48, 24, 48, 24))
        body.setSpacing(16)
        body.addWidget(_label(self.tr("Bitte prüfen Sie Ihre Antworten"), "heading"))
        self._rows = QVBoxLayout()
        self._rows.setSpacing(12)
        body.addLayout(self._rows)
        self.edit_buttons: dict[str, QPushButton] = {}
        self.answer_labels: dict[str, QLabel] = {}
        self.error = _label("", None, "AnswerError")
        self.error.hide()
        body.addWidget(self.error)
        body.addStretch(1)
        row = _bottom_bar(self)
        self.back_button = _button(self.tr("Zurück"), "PreviousButton")
        self.back_button.setAccessibleDescription(self.tr("Zum vorigen Schritt"))
        self.back_button.clicked.connect(self.backRequested)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.busy = BusyIndicator(self)
        row.addWidget(self.busy)
        self.submit_button = _button(self.tr("Absenden"), "SubmitButton", primary=True)
        self.submit_button.setAccessibleDescription(self.tr("Ihre Antworten abschicken"))
        mark_irreversible(self.submit_button)
        self.submit_button.clicked.connect(self._submit)
        row.addWidget(self.submit_button)
        self.submitting: Operation | None = None
        self._fill()

    def title(self) -> str:
        return label(self.session.form.title, self._service.language)

    def showEvent(self, event: QShowEvent) -> None:
        self._fill()  # an answer may have been changed on a question screen
        super().showEvent(event)

    def _fill(self) -> None:
        texts = _Texts(self)
        language = self._service.language
        answers = self.session.answers()
        visible = self.session.visible()
        if [q.id for q in visible] == list(self.answer_labels):
            for question in visible:  # the same questions: only answers may have changed
                text = texts.answer(question, answers.get(question.id), language)
                self.answer_labels[question.id].setText(text)
            return
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.edit_buttons, self.answer_labels = {}, {}
        for question in visible:
            card, inner = _card()
            line = QHBoxLayout()
            column = QVBoxLayout()
            column.addWidget(_label(label(question.label, language), "eyebrow"))
            answer = _label(
                texts.answer(question, answers.get(question.id), language), None, "ReviewAnswer"
            )
            column.addWidget(answer)
            line.addLayout(column, 1)
            edit = QPushButton(self.tr("Ändern"))
            edit.setObjectName("EditAnswerButton")
            edit.setAccessibleDescription(self.tr("Diese Antwort ändern"))
            edit.setMinimumHeight(64)
            edit.clicked.connect(lambda _=False, q=question: self._edit(q))
            line.addWidget(edit, 0, Qt.AlignmentFlag.AlignVCenter)
            inner.addLayout(line)
            self._rows.addWidget(card)
            self.edit_buttons[question.id] = edit
            self.answer_labels[question.id] = answer

    def _edit(self, question: Question) -> None:
        self._push(QuestionScreen(self.session, question, self._service, self._push, editing=True))

    def _submit(self) -> None:
        if not self.submit_button.isEnabled() or self.session.reference is not None:
            return
        if self.submitting is not None and self.submitting.pending:
            return  # on its way to the disk: a second tap does nothing
        problems = self.session.problems()
        if problems:
            first = problems[0]
            question = self.session.form.question(first.question or "")
            name = label(question.label, self._service.language) if question else ""
            self.error.setText(f"{name}: {_Texts(self).problem(first)}")
            self.error.show()
            return
        self.submit_button.setEnabled(False)  # the second tap does nothing
        self.error.hide()
        service, form, answers = self._service, self.session.form, self.session.answers()
        self.submitting = lanes().run(WRITE, lambda: service.submit(form, answers), owner=self,
                                      busy=self.busy, on_done=self._submitted,
                                      on_error=self._not_submitted)  # fmt: skip

    def _not_submitted(self, failure: Failure) -> None:
        self.error.setText(failure.message)  # the answers stay in the session
        self.error.show()
        self.submit_button.setEnabled(True)

    def _submitted(self, reference: str) -> None:
        self.session.reference = reference
        form, service, push = self.session.form, self._service, self._push
        self.homeRequested.emit()  # the filled-in screens go (and with them the answers)
        push(ThankYouScreen(form, reference, service))


class ThankYouScreen(Screen):
    def __init__(
        self,
        form: FormDefinition,
        reference: str,
        service: ParticipationService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        body = scrolling_body(self)
        body.addWidget(_label(self.tr("Vielen Dank!"), "heading", "ThanksHeading"))
        body.addWidget(
            _label(
                self.tr(
                    "Ihre Antworten sind gespeichert. Sie werden an die Verwaltung übertragen, "
                    "sobald das Terminal mit dem Server verbunden ist."
                ),
                "subheading",
            )
        )
        card, inner = _card()
        inner.addWidget(_label(self.tr("Ihre Nummer für Rückfragen:"), "eyebrow"))
        self.reference_label = _label(reference, "heading", "ReferenceNumber")
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        keep_left_to_right(self.reference_label)  # a code reads left to right, also in Arabic
        inner.addWidget(self.reference_label)
        body.addWidget(card)
        self.done_button = _button(self.tr("Fertig"), "DoneButton", primary=True)
        self.done_button.setAccessibleDescription(self.tr("Zurück zur Startseite"))
        self.done_button.clicked.connect(self.homeRequested)
        body.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)
        self._title = label(form.title, service.language)

    def title(self) -> str:
        return self.tr("Abgeschickt")


# --- results --------------------------------------------------------------------------------


class ResultsScreen(Screen):
    def __init__(
        self,
        form: FormDefinition,
        results: FormResults,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._form = form
        self._language = language
        body = scrolling_body(self, margins=(48, 24, 48, 24))
        body.setSpacing(16)
        body.addWidget(_label(label(form.title, language), "heading"))
        body.addWidget(
            _label(
                self.tr("Ergebnis der Umfrage – Teilnahmen: %n", "", results.submissions),
                "subheading",
            )
        )
        self.charts: dict[str, BarChart] = {}
        for result in results.questions:
            card, inner = _card()
            inner.addWidget(_label(label(result.label, language), "eyebrow"))
            chart = BarChart()
            rows = []
            question = form.question(result.question)
            for bar in result.bars:
                text = label(bar.label, language)
                if question is not None and question.type is QuestionType.YES_NO:
                    text = self.tr("Ja") if bar.key == "yes" else self.tr("Nein")
                rows.append(ChartRow(text, bar.count))
            chart.set_rows(rows, unit_one=self.tr("Stimme"), unit_many=self.tr("Stimmen"))
            chart.setAccessibleName(label(result.label, language))
            inner.addWidget(chart)
            self.charts[result.question] = chart
            body.addWidget(card)
        body.addStretch(1)

    def title(self) -> str:
        return self.tr("Ergebnisse")


__all__ = [
    "FormListScreen",
    "IntroScreen",
    "QuestionScreen",
    "ResultsScreen",
    "ReviewScreen",
    "ThankYouScreen",
]
