"""Rich text from a content pack, made safe: a small allow-list, no remote anything.

:func:`sanitise` keeps ``p``, ``ul``/``ol``/``li``, ``b``/``strong``, ``i``/``em`` and ``br``,
without any attribute. Headings and ``div``-like blocks become paragraphs; every other tag is
dropped but its text kept; the text of ``script``, ``style`` and similar is dropped whole.
A link becomes its text followed by a number (``Antrag [1]``); only ``https`` addresses are
kept, in :attr:`SafeHtml.links`, to be shown as text and QR code. Nothing that could load
or open anything survives.

:class:`SafeTextBrowser` shows the result and, as a second line of defence, never loads a
resource (``loadResource`` answers with a blank value, and counts the attempt) and never opens
a link. The answer must not be ``None``: Qt then reads ``file:`` URLs and plain paths from
disk and decodes ``data:`` URLs itself.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

KEEP = frozenset({"p", "ul", "ol", "li", "b", "strong", "i", "em"})
AS_PARAGRAPH = frozenset(
    {"div", "section", "article", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre"}
)
DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "template",
        "iframe",
        "object",
        "embed",
        "noscript",
        "svg",
        "math",
        "textarea",
        "select",
        "button",
    }
)
VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "source", "area", "wbr", "base"})


@dataclass(frozen=True)
class Link:
    text: str
    url: str
    number: int


@dataclass(frozen=True)
class SafeHtml:
    html: str
    links: tuple[Link, ...]


def _safe_url(href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    parts = urlsplit(href)
    if parts.scheme.lower() != "https" or not parts.hostname or parts.username:
        return None
    if any(c.isspace() or ord(c) < 32 for c in href) or len(href) > 2000:
        return None
    return href


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.dropping = 0
        self.links: list[Link] = []
        self.link_href: str | None = None
        self.link_text: list[str] = []
        self.in_link = False

    def _close(self, tag: str) -> None:
        if tag not in self.open:
            return
        while self.open:
            top = self.open.pop()
            self.out.append(f"</{top}>")
            if top == tag:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in DROP_WITH_CONTENT:
            if tag not in VOID:
                self.dropping += 1
            return
        if self.dropping:
            return
        if tag == "br":
            self.out.append("<br>")
        elif tag in KEEP:
            if tag == "p" and "p" in self.open:
                self._close("p")
            self.out.append(f"<{tag}>")
            self.open.append(tag)
        elif tag in AS_PARAGRAPH:
            if "p" in self.open:
                self._close("p")
            self.out.append("<p>")
            self.open.append("p")
        elif tag == "a":
            self.in_link = True
            self.link_href = dict(attrs).get("href")
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in DROP_WITH_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping:
            return
        if tag in KEEP:
            self._close(tag)
        elif tag in AS_PARAGRAPH:
            self._close("p")
        elif tag == "a" and self.in_link:
            self.in_link = False
            url = _safe_url(self.link_href)
            if url is not None:
                number = len(self.links) + 1
                text = " ".join("".join(self.link_text).split()) or url
                self.links.append(Link(text, url, number))
                self.out.append(f" [{number}]")

    def handle_data(self, data: str) -> None:
        if self.dropping:
            return
        if self.in_link:
            self.link_text.append(data)
        self.out.append(html.escape(data, quote=False))

    def finish(self) -> SafeHtml:
        self.close()
        while self.open:
            self.out.append(f"</{self.open.pop()}>")
        return SafeHtml("".join(self.out), tuple(self.links))


def sanitise(rich_text: str) -> SafeHtml:
    """``rich_text`` reduced to the allow-list (see module docs); never raises on bad markup."""
    parser = _Sanitiser()
    parser.feed(rich_text)
    return parser.finish()


def blank_resource(type_: object) -> QImage | str:
    """What a safe document answers for any resource: a blank 1x1 image or empty text.

    Never ``None``: for a null answer QTextDocument and its image handler fall back to
    reading local files (``file:`` URLs, plain paths) and ``data:`` URLs on their own.
    """
    kind = getattr(type_, "value", type_)
    if kind == QTextDocument.ResourceType.ImageResource.value:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(QColor(0, 0, 0, 0))
        return image
    return ""


class SafeTextBrowser(QTextBrowser):
    """Read-only rich text that never loads a resource and never opens a link.

    It sizes itself to its text (no own scroll bar) so it can sit inside a scrolling page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocked_resources: list[str] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Part of the page, not an input: none of the theme's text-field border and padding.
        self.setStyleSheet("border: none; padding: 0px; background: transparent;")
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.document().contentsChanged.connect(self._fit_height)

    def set_rich_text(self, rich_text: str) -> SafeHtml:
        """Show sanitised ``rich_text``; returns what was kept (for the links' QR codes)."""
        safe = sanitise(rich_text)
        self.setHtml(safe.html)
        return safe

    def loadResource(self, type_: int, name: QUrl | str) -> Any:
        self.blocked_resources.append(name.toString() if isinstance(name, QUrl) else name)
        return blank_resource(type_)

    def setSource(self, *args: Any, **kwargs: Any) -> None:
        """Navigation is not possible here."""

    def _fit_height(self) -> None:
        width = max(self.viewport().width(), 200)
        self.document().setTextWidth(width)
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + 2 * self.frameWidth() + 8
        self.setFixedHeight(int(self.document().size().height()) + extra)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()


class SafeDocument(QTextDocument):
    """A text document (for printing) whose only resources are the ones added explicitly."""

    def loadResource(self, type_: int, name: QUrl | str) -> Any:
        return blank_resource(type_)


__all__ = ["Link", "SafeDocument", "SafeHtml", "SafeTextBrowser", "blank_resource", "sanitise"]
