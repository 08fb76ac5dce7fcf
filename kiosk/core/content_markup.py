"""Markup in a content pack: an allow-list, checked before a pack is accepted anywhere.

The content pack format allows limited rich text in a service's ``full`` description (and its
translations): ``p``, ``ul``/``ol``/``li``, ``b``/``strong``, ``i``/``em``, ``br`` and
``a href="https://..."``. The terminal sanitises that text again when it shows it; this check
makes a pack that carries anything else (``<script>``, ``<img src="http://...">``, ``<iframe>``,
``style``/``on...`` attributes, ``javascript:`` links) fail *whole* at the regional server's
import and at the terminal's pull, so hostile content never replaces good content. Every other
text field is plain text and may contain no tag at all (a ``<`` followed by a letter, ``/``,
``!`` or ``?``; ``Kinder <6 Jahre`` is fine).

Pure standard library, like :mod:`kiosk.core.content`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from kiosk.core.content import ContentPackError

RICH_TEXT_KEYS = frozenset({"full"})
ALLOWED_TAGS = frozenset({"p", "ul", "ol", "li", "b", "strong", "i", "em", "br", "a"})
_TAG_START = re.compile(r"<\s*[/!?A-Za-z]")


class _AllowList(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problem: str | None = None

    def _refuse(self, problem: str) -> None:
        if self.problem is None:
            self.problem = problem

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self._refuse(f"the tag <{tag}> is not allowed")
            return
        for name, value in attrs:
            if tag == "a" and name == "href" and (value or "").startswith("https://"):
                continue
            self._refuse(f'the attribute {name}="…" on <{tag}> is not allowed')

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ALLOWED_TAGS:
            self._refuse(f"the tag </{tag}> is not allowed")

    def handle_comment(self, data: str) -> None:
        self._refuse("comments are not allowed")

    def handle_decl(self, decl: str) -> None:
        self._refuse("declarations are not allowed")

    def handle_pi(self, data: str) -> None:
        self._refuse("processing instructions are not allowed")

    def unknown_decl(self, data: str) -> None:
        self._refuse("CDATA sections are not allowed")


def rich_text_problem(text: str) -> str | None:
    """Why ``text`` is not allowed as rich text, or None."""
    parser = _AllowList()
    parser.feed(text)
    parser.close()
    return parser.problem


def _walk(value: object, path: str, key: str | None) -> None:
    if isinstance(value, dict):
        for child_key, child in value.items():
            _walk(child, f"{path}.{child_key}" if path else str(child_key), str(child_key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _walk(child, f"{path}[{index}]", key)
    elif isinstance(value, str) and "<" in value:
        if key in RICH_TEXT_KEYS:
            problem = rich_text_problem(value)
            if problem is not None:
                raise ContentPackError(path, problem)
        elif _TAG_START.search(value):
            raise ContentPackError(path, "markup is not allowed in this text")


def check_markup(data: object) -> None:
    """:class:`ContentPackError` (naming the JSON path) if the pack's parsed JSON carries
    markup outside the allow-list. Run it beside :func:`kiosk.core.content.parse_content_pack`.
    """
    _walk(data, "", None)


__all__ = ["ALLOWED_TAGS", "RICH_TEXT_KEYS", "check_markup", "rich_text_problem"]
