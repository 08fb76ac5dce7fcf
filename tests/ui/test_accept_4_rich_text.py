"""Issue 4, second line of defence: the rich-text widgets read nothing from disk or data: URLs.

The sanitiser already drops every ``<img>``; these tests feed the widgets hostile HTML
directly, as if the sanitiser had a hole. A red 300x200 PNG that Qt could read would make the
document at least 200 px tall; blocked, the image is a blank 1x1 and the text stays one line.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from kiosk.ui.widgets.rich_text import SafeDocument, SafeTextBrowser, blank_resource

ONE_LINE = 60  # px: a line of body text, far below the 200 px of the test image
KINDS = ["file-url", "plain-path", "data-url"]


@pytest.fixture
def red_png(tmp_path: Path) -> Path:
    path = tmp_path / "geheim.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def _source(png: Path, kind: str) -> str:
    if kind == "file-url":
        return png.as_uri()
    if kind == "plain-path":
        return str(png)
    return "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode()


@pytest.mark.parametrize("kind", KINDS)
def test_the_browser_shows_no_local_or_inline_image(qtbot: QtBot, red_png: Path, kind: str) -> None:
    src = _source(red_png, kind)
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(600, 400)
    browser.setHtml(f'<p>Bild:<img src="{src}"></p>')
    browser.show()
    qtbot.waitExposed(browser)
    assert src in browser.blocked_resources  # Qt asked ...
    assert browser.document().size().height() < ONE_LINE  # ... and got nothing to show


@pytest.mark.parametrize("kind", KINDS)
def test_the_print_document_shows_no_local_or_inline_image(red_png: Path, kind: str) -> None:
    src = _source(red_png, kind)
    document = SafeDocument()
    document.setTextWidth(600)
    document.setHtml(f'<p>Bild:<img src="{src}"></p>')
    assert document.size().height() < ONE_LINE


def test_resources_added_on_purpose_still_show() -> None:
    document = SafeDocument()
    document.setTextWidth(600)
    qr = QImage(140, 140, QImage.Format.Format_RGB32)
    qr.fill(QColor("black"))
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("kiosk-qr:x"), qr)
    document.setHtml('<p><img src="kiosk-qr:x"></p>')
    assert document.size().height() >= 140


def test_the_blank_answer_is_never_none() -> None:
    image = blank_resource(QTextDocument.ResourceType.ImageResource)
    assert isinstance(image, QImage) and image.width() == image.height() == 1
    assert blank_resource(int(QTextDocument.ResourceType.ImageResource.value)) == image
    assert blank_resource(QTextDocument.ResourceType.StyleSheetResource) == ""
