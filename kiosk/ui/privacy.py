"""Wiping what a citizen typed, so nothing of theirs is left for the next person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)


def clear_typed_text(root: QWidget) -> None:
    """Empty every text input under (and including) ``root``, undo history included.

    ``setText``/``setPlainText`` drop the undo stack, so Ctrl+Z cannot bring the text back.
    Editable combo boxes lose their edit text and any item a visitor added by typing.
    """
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QComboBox):
            _clear_combo(widget)
        elif isinstance(widget, QSpinBox):  # noqa: SIM114 - int and float setValue, for mypy
            widget.setValue(widget.minimum())
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(widget.minimum())
        elif isinstance(widget, QDateTimeEdit):
            widget.setDateTime(widget.minimumDateTime())
        elif isinstance(widget, QAbstractSpinBox):
            widget.clear()
        elif isinstance(widget, QLineEdit):
            if not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                widget.setText("")
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            widget.setPlainText("")
            widget.document().clearUndoRedoStacks()


def _clear_combo(combo: QComboBox) -> None:
    if not combo.isEditable():
        return
    added = combo.property("kioskTypedItemsFrom")
    if isinstance(added, int):
        while combo.count() > added:
            combo.removeItem(combo.count() - 1)
    combo.setCurrentIndex(-1)
    combo.setEditText("")


def guard_editable_combos(root: QWidget) -> None:
    """Stop editable combo boxes from keeping typed text as new items (checked on reset)."""
    for combo in root.findChildren(QComboBox):
        if combo.isEditable():
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setProperty("kioskTypedItemsFrom", combo.count())


def clear_clipboard() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.clipboard().clear()
