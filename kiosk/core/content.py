"""The content pack: what a terminal knows about its region, offices and services.

A content pack is one JSON document (format ``dorfkiosk-content``, see ``docs/content-pack.md``
and ``resources/schema/content-pack.schema.json``). This module turns the parsed JSON into frozen
dataclasses and validates everything on the way: types, required and unknown keys, unique ids,
references between entries, bounded sizes, clean text, ``https`` links and well-formed opening
hours. It is all or nothing: the first problem raises :class:`ContentPackError` naming its JSON
path, e.g. ``services[3].fees[0].amount_eur: must be a number >= 0``; nothing partial is ever
returned.

Pure standard library: the terminal, the regional server and the admin tools share it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar
from urllib.parse import urlsplit

from kiosk.errors import KnownError

FORMAT_NAME = "dorfkiosk-content"
SUPPORTED_FORMAT_VERSIONS = frozenset({1})
LANGUAGES = ("de", "en", "tr", "uk", "ar", "de-LS")
"""Languages a label or translation may use; ``de`` is required, ``de-LS`` is Leichte Sprache."""

MAX_PACK_BYTES = 20 * 1024 * 1024
MAX_SERVICES = 20_000
MAX_VILLAGES = 1_000
MAX_HUBS = 1_000
MAX_OFFICES = 2_000
MAX_CATEGORIES = 200
MAX_LIFE_SITUATIONS = 200

MAX_NAME = 200  # names, titles, labels
MAX_SHORT = 500  # short descriptions, list entries
MAX_FULL = 20_000  # the full description (limited rich text)
MAX_NOTE = 1_000
MAX_KEYWORD = 80
MAX_URL = 2_000
MAX_LIST = 50  # documents, prerequisites, keywords, synonyms
MAX_REFS = 50  # category / life situation references of one service
MAX_FEES = 30
MAX_WEEKLY = 70  # ten intervals per weekday
MAX_EXCEPTIONS = 400
MAX_VISITING_HOURS = 50

_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_PACK_VERSION_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._+-]{0,63}")
_POSTAL_CODE_RE = re.compile(r"[0-9]{5}")
_LEIKA_RE = re.compile(r"[0-9]{14}")
_PHONE_RE = re.compile(r"\+?[0-9][0-9 ()/-]{2,39}")
_EMAIL_RE = re.compile(r"[^@\s]{1,64}@[^@\s.]+(?:\.[^@\s.]+)+")
_TIME_RE = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PLAIN_KEY_RE = re.compile(r"[A-Za-z0-9_$-]{1,40}")
# Control characters (tab and line feed are allowed in multi-line text only), lone surrogates,
# Unicode line/paragraph separators and the bidi embedding/override controls.
_BAD_CHARS_SINGLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\ufeff]")
_BAD_CHARS_MULTI = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\ufeff]"
)

T = TypeVar("T")
Labels = Mapping[str, str]
"""Text per language code (see :data:`LANGUAGES`); ``de`` is always present."""


class ContentPackError(KnownError):
    """A content pack is unreadable or invalid; ``path`` is the JSON path of the first problem."""

    def __init__(self, path: str, reason: str, source: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{path or 'content pack'}: {reason}")


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class Address:
    street: str
    postal_code: str
    locality: str

    def one_line(self) -> str:
        return f"{self.street}, {self.postal_code} {self.locality}"


@dataclass(frozen=True)
class TimeRange:
    start: time
    end: time


@dataclass(frozen=True)
class WeeklyInterval:
    """Open on ``weekday`` (0 = Monday … 6 = Sunday) from ``start`` to ``end``."""

    weekday: int
    start: time
    end: time


@dataclass(frozen=True)
class HoursException:
    """A date with different hours: closed (holiday) or open only during ``intervals``."""

    date: date
    closed: bool
    intervals: tuple[TimeRange, ...]
    note: Labels | None


@dataclass(frozen=True)
class OpeningHours:
    weekly: tuple[WeeklyInterval, ...] = ()
    exceptions: tuple[HoursException, ...] = ()
    note: Labels | None = None

    def intervals_on(self, day: date) -> tuple[TimeRange, ...]:
        """The opening intervals on one calendar day, exceptions taken into account."""
        for exception in self.exceptions:
            if exception.date == day:
                return () if exception.closed else exception.intervals
        weekday = day.weekday()
        return tuple(TimeRange(i.start, i.end) for i in self.weekly if i.weekday == weekday)


@dataclass(frozen=True)
class Region:
    id: str
    name: str


@dataclass(frozen=True)
class Village:
    id: str
    name: str
    postal_code: str


@dataclass(frozen=True)
class Office:
    """A responsible office (Bürgerbüro, Standesamt, Kreisverwaltung, …)."""

    id: str
    name: str
    address: Address
    phone: str | None
    email: str | None
    url: str | None
    opening_hours: OpeningHours


@dataclass(frozen=True)
class VisitingHours:
    """An office holding consultation hours at a hub (e.g. Bürgerbüro-Sprechstunde)."""

    office_id: str
    label: Labels
    hours: OpeningHours


@dataclass(frozen=True)
class Hub:
    """A place with a terminal: Dorfbüro, Regio-Hub, a shop's hub corner."""

    id: str
    name: str
    village_id: str
    address: Address
    opening_hours: OpeningHours
    visiting_hours: tuple[VisitingHours, ...]


@dataclass(frozen=True)
class Category:
    id: str
    label: Labels
    icon: str | None


@dataclass(frozen=True)
class LifeSituation:
    """A Lebenslage (moving house, birth of a child, …) that groups services."""

    id: str
    label: Labels
    icon: str | None


@dataclass(frozen=True)
class Fee:
    label: str
    amount_cents: int | None
    """``None``: the amount varies, :attr:`note` explains."""
    note: str | None

    @property
    def amount_eur(self) -> Decimal | None:
        if self.amount_cents is None:
            return None
        return Decimal(self.amount_cents) / 100


@dataclass(frozen=True)
class FeeTranslation:
    label: str
    note: str | None


@dataclass(frozen=True)
class ServiceTranslation:
    """A service's texts in another language; a missing field falls back to German."""

    title: str
    short: str
    full: str | None = None
    prerequisites: tuple[str, ...] | None = None
    documents: tuple[str, ...] | None = None
    fees: tuple[FeeTranslation, ...] | None = None
    processing_time: str | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceText:
    """The texts of one service in one language (German where no translation exists)."""

    language: str
    title: str
    short: str
    full: str
    prerequisites: tuple[str, ...]
    documents: tuple[str, ...]
    fees: tuple[Fee, ...]
    processing_time: str | None


@dataclass(frozen=True)
class Service:
    """A Leistung: what a citizen can get done, what to bring, what it costs, who does it."""

    id: str
    title: str
    short: str
    full: str
    prerequisites: tuple[str, ...]
    documents: tuple[str, ...]
    fees: tuple[Fee, ...]
    processing_time: str | None
    legal_basis: str | None
    leika: str | None
    keywords: tuple[str, ...]
    synonyms: tuple[str, ...]
    category_ids: tuple[str, ...]
    life_situation_ids: tuple[str, ...]
    office_id: str | None
    bookable_at_hubs: tuple[str, ...]
    appointment_minutes: int | None
    url: str | None
    translations: Mapping[str, ServiceTranslation] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def text(self, language: str) -> ServiceText:
        """The service's texts in ``language``, falling back field by field to German."""
        tr = self.translations.get(language)
        if tr is None:
            return ServiceText(
                "de",
                self.title,
                self.short,
                self.full,
                self.prerequisites,
                self.documents,
                self.fees,
                self.processing_time,
            )
        fees = self.fees
        if tr.fees is not None:
            fees = tuple(
                Fee(t.label, fee.amount_cents, t.note if t.note is not None else fee.note)
                for fee, t in zip(self.fees, tr.fees, strict=True)
            )
        return ServiceText(
            language,
            tr.title,
            tr.short,
            tr.full if tr.full is not None else self.full,
            tr.prerequisites if tr.prerequisites is not None else self.prerequisites,
            tr.documents if tr.documents is not None else self.documents,
            fees,
            tr.processing_time if tr.processing_time is not None else self.processing_time,
        )


@dataclass(frozen=True)
class ContentPack:
    format_version: int
    pack_version: str
    generated_at: datetime
    region: Region
    villages: tuple[Village, ...]
    hubs: tuple[Hub, ...]
    offices: tuple[Office, ...]
    categories: tuple[Category, ...]
    life_situations: tuple[LifeSituation, ...]
    services: tuple[Service, ...]
    sha256: str
    """SHA-256 of the canonical JSON of the pack (key order and whitespace do not matter)."""

    def service(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def office(self, office_id: str) -> Office | None:
        return next((o for o in self.offices if o.id == office_id), None)

    def hub(self, hub_id: str) -> Hub | None:
        return next((h for h in self.hubs if h.id == hub_id), None)


def label_text(labels: Labels, language: str) -> str:
    """The label in ``language``; Leichte Sprache and missing languages fall back to German."""
    return labels.get(language) or labels["de"]


# --------------------------------------------------------------------------- primitives


def _key_path(path: str, key: str) -> str:
    shown = key if _PLAIN_KEY_RE.fullmatch(key) else json.dumps(key[:40])
    return f"{path}.{shown}" if path else shown


def _item_path(path: str, index: int) -> str:
    return f"{path}[{index}]"


def _object(
    value: object, path: str, required: Sequence[str], optional: Sequence[str] = ()
) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise ContentPackError(path, "must be an object")
    allowed = (*required, *optional)
    for key in value:
        if not isinstance(key, str):
            raise ContentPackError(path, "keys must be text")
        if key not in allowed:
            raise ContentPackError(
                _key_path(path, key), "unknown key (allowed: " + ", ".join(allowed) + ")"
            )
    for key in required:
        if key not in value:
            raise ContentPackError(_key_path(path, key), "is required")
    return value


def _list(value: object, path: str, max_items: int, *, min_items: int = 0) -> list[object]:
    if not isinstance(value, list):
        raise ContentPackError(path, "must be a list")
    if len(value) > max_items:
        raise ContentPackError(path, f"must have at most {max_items} entries (has {len(value)})")
    if len(value) < min_items:
        raise ContentPackError(path, f"must have at least {min_items} entries")
    return value


def _optional_list(
    data: Mapping[str, object], key: str, path: str, max_items: int
) -> tuple[list[object], str]:
    """An optional list (absent or null means empty) and its path."""
    list_path = _key_path(path, key)
    value = data.get(key)
    return ([] if value is None else _list(value, list_path, max_items)), list_path


def _text(value: object, path: str, max_len: int, *, multiline: bool = False) -> str:
    if not isinstance(value, str):
        raise ContentPackError(path, "must be text")
    if len(value) > max_len:
        raise ContentPackError(path, f"must be at most {max_len} characters (has {len(value)})")
    if not value.strip():
        raise ContentPackError(path, "must not be empty")
    bad = (_BAD_CHARS_MULTI if multiline else _BAD_CHARS_SINGLE).search(value)
    if bad:
        raise ContentPackError(
            path, f"contains a control character (U+{ord(bad.group()):04X}) at {bad.start()}"
        )
    return value


def _opt(
    data: Mapping[str, object], key: str, path: str, read: Callable[[object, str], T]
) -> T | None:
    value = data.get(key)
    if value is None:
        return None
    return read(value, _key_path(path, key))


def _pattern(value: object, path: str, regex: re.Pattern[str], what: str, max_len: int) -> str:
    text = _text(value, path, max_len)
    if not regex.fullmatch(text):
        raise ContentPackError(path, f"must be {what} (got {json.dumps(text[:40])})")
    return text


def _id(value: object, path: str) -> str:
    return _pattern(value, path, _ID_RE, "an id: a-z, 0-9, '-' and '_', at most 64", 64)


def _int(value: object, path: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ContentPackError(path, f"must be a whole number from {low} to {high}")
    return value


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ContentPackError(path, "must be true or false")
    return value


def _url(value: object, path: str) -> str:
    text = _text(value, path, MAX_URL)
    try:
        parts = urlsplit(text)
    except ValueError:
        raise ContentPackError(path, "must be a valid https:// address") from None
    if (
        parts.scheme != "https"
        or not parts.hostname
        or "@" in parts.netloc
        or any(c.isspace() for c in text)
    ):
        raise ContentPackError(path, "must be an https:// address without user name or spaces")
    return text


def _labels(value: object, path: str, max_len: int = MAX_NAME) -> Labels:
    data = _object(value, path, ("de",), LANGUAGES[1:])
    return MappingProxyType(
        {
            lang: _text(data[lang], _key_path(path, lang), max_len)
            for lang in LANGUAGES
            if lang in data
        }
    )


def _texts(value: object, path: str, max_items: int, max_len: int) -> tuple[str, ...]:
    items = _list(value, path, max_items)
    return tuple(_text(v, _item_path(path, i), max_len) for i, v in enumerate(items))


def _unique(values: Iterable[tuple[str, str]], what: str) -> None:
    """Raise on the first repeated value; ``values`` are (value, path) pairs."""
    seen: set[str] = set()
    for value, path in values:
        if value in seen:
            raise ContentPackError(path, f"duplicate {what} {json.dumps(value)}")
        seen.add(value)


def _refs(
    value: object,
    path: str,
    known: Mapping[str, object],
    what: str,
    max_items: int,
    *,
    min_items: int = 0,
) -> tuple[str, ...]:
    items = _list(value, path, max_items, min_items=min_items)
    ids = tuple(_ref(v, _item_path(path, i), known, what) for i, v in enumerate(items))
    _unique(((v, _item_path(path, i)) for i, v in enumerate(ids)), what)
    return ids


def _ref(value: object, path: str, known: Mapping[str, object], what: str) -> str:
    ref = _id(value, path)
    if ref not in known:
        raise ContentPackError(path, f"unknown {what} {json.dumps(ref)}")
    return ref


# --------------------------------------------------------------------------- structures


def _address(value: object, path: str) -> Address:
    data = _object(value, path, ("street", "postal_code", "locality"))
    return Address(
        street=_text(data["street"], _key_path(path, "street"), MAX_NAME),
        postal_code=_postal_code(data["postal_code"], _key_path(path, "postal_code")),
        locality=_text(data["locality"], _key_path(path, "locality"), MAX_NAME),
    )


def _postal_code(value: object, path: str) -> str:
    return _pattern(value, path, _POSTAL_CODE_RE, "a German postal code of five digits", 5)


def _clock(value: object, path: str) -> time:
    text = _pattern(value, path, _TIME_RE, "a time HH:MM from 00:00 to 23:59", 5)
    return time(int(text[:2]), int(text[3:]))


def _time_range(data: Mapping[str, object], path: str) -> TimeRange:
    start = _clock(data["start"], _key_path(path, "start"))
    end = _clock(data["end"], _key_path(path, "end"))
    if not start < end:
        raise ContentPackError(_key_path(path, "end"), "must be later than start")
    return TimeRange(start, end)


def _no_overlap(ranges: Sequence[tuple[int, TimeRange]], path: str) -> None:
    """``ranges`` are (index, range) pairs of one day; report the later of two overlapping."""
    ordered = sorted(ranges, key=lambda item: (item[1].start, item[0]))
    for (_, before), (index, after) in itertools.pairwise(ordered):
        if after.start < before.end:
            raise ContentPackError(
                _item_path(path, index),
                f"overlaps with {before.start:%H:%M}–{before.end:%H:%M} on the same day",
            )


def _weekly(value: object, path: str) -> tuple[WeeklyInterval, ...]:
    items = _list(value, path, MAX_WEEKLY)
    result: list[WeeklyInterval] = []
    for i, raw in enumerate(items):
        item_path = _item_path(path, i)
        data = _object(raw, item_path, ("weekday", "start", "end"))
        weekday = _int(data["weekday"], _key_path(item_path, "weekday"), 0, 6)
        span = _time_range(data, item_path)
        result.append(WeeklyInterval(weekday, span.start, span.end))
    for weekday in range(7):
        _no_overlap(
            [(i, TimeRange(w.start, w.end)) for i, w in enumerate(result) if w.weekday == weekday],
            path,
        )
    return tuple(result)


def _date(value: object, path: str) -> date:
    text = _text(value, path, 10)
    try:
        if not _DATE_RE.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ContentPackError(path, "must be a date YYYY-MM-DD") from None


def _exception(value: object, path: str) -> HoursException:
    data = _object(value, path, ("date",), ("closed", "intervals", "note"))
    day = _date(data["date"], _key_path(path, "date"))
    closed = _opt(data, "closed", path, _bool) or False
    raw_intervals, intervals_path = _optional_list(data, "intervals", path, 10)
    spans: list[TimeRange] = []
    for i, raw in enumerate(raw_intervals):
        span_path = _item_path(intervals_path, i)
        spans.append(_time_range(_object(raw, span_path, ("start", "end")), span_path))
    if closed and spans:
        raise ContentPackError(intervals_path, "must be empty when closed is true")
    if not closed and not spans:
        raise ContentPackError(intervals_path, "must list the hours when closed is not true")
    _no_overlap(list(enumerate(spans)), intervals_path)
    return HoursException(day, closed, tuple(spans), _opt(data, "note", path, _note_labels))


def _note_labels(value: object, path: str) -> Labels:
    return _labels(value, path, MAX_NOTE)


def _hours(value: object, path: str) -> OpeningHours:
    data = _object(value, path, (), ("weekly", "exceptions", "note"))
    weekly = _opt(data, "weekly", path, _weekly) or ()
    raw_exceptions, exceptions_path = _optional_list(data, "exceptions", path, MAX_EXCEPTIONS)
    exceptions = tuple(
        _exception(raw, _item_path(exceptions_path, i)) for i, raw in enumerate(raw_exceptions)
    )
    _unique(
        (
            (e.date.isoformat(), _key_path(_item_path(exceptions_path, i), "date"))
            for i, e in enumerate(exceptions)
        ),
        "date",
    )
    return OpeningHours(weekly, exceptions, _opt(data, "note", path, _note_labels))


def _optional_hours(data: Mapping[str, object], key: str, path: str) -> OpeningHours:
    return _opt(data, key, path, _hours) or OpeningHours()


def _region(value: object, path: str) -> Region:
    data = _object(value, path, ("id", "name"))
    return Region(
        _id(data["id"], _key_path(path, "id")),
        _text(data["name"], _key_path(path, "name"), MAX_NAME),
    )


def _village(value: object, path: str) -> Village:
    data = _object(value, path, ("id", "name", "postal_code"))
    return Village(
        _id(data["id"], _key_path(path, "id")),
        _text(data["name"], _key_path(path, "name"), MAX_NAME),
        _postal_code(data["postal_code"], _key_path(path, "postal_code")),
    )


def _office(value: object, path: str) -> Office:
    data = _object(
        value, path, ("id", "name", "address"), ("phone", "email", "url", "opening_hours")
    )
    return Office(
        id=_id(data["id"], _key_path(path, "id")),
        name=_text(data["name"], _key_path(path, "name"), MAX_NAME),
        address=_address(data["address"], _key_path(path, "address")),
        phone=_opt(data, "phone", path, _phone),
        email=_opt(data, "email", path, _email),
        url=_opt(data, "url", path, _url),
        opening_hours=_optional_hours(data, "opening_hours", path),
    )


def _phone(value: object, path: str) -> str:
    return _pattern(value, path, _PHONE_RE, "a phone number (digits, spaces, + ( ) / -)", 40)


def _email(value: object, path: str) -> str:
    return _pattern(value, path, _EMAIL_RE, "an e-mail address", 254)


def _hub(
    value: object, path: str, villages: Mapping[str, Village], offices: Mapping[str, Office]
) -> Hub:
    data = _object(
        value, path, ("id", "name", "village", "address"), ("opening_hours", "visiting_hours")
    )
    hub_id = _id(data["id"], _key_path(path, "id"))
    name = _text(data["name"], _key_path(path, "name"), MAX_NAME)
    village_id = _ref(data["village"], _key_path(path, "village"), villages, "village")
    address = _address(data["address"], _key_path(path, "address"))
    opening_hours = _optional_hours(data, "opening_hours", path)
    raw_visits, visits_path = _optional_list(data, "visiting_hours", path, MAX_VISITING_HOURS)
    visits: list[VisitingHours] = []
    for i, raw in enumerate(raw_visits):
        visit_path = _item_path(visits_path, i)
        visit = _object(raw, visit_path, ("office", "label", "hours"))
        visits.append(
            VisitingHours(
                office_id=_ref(visit["office"], _key_path(visit_path, "office"), offices, "office"),
                label=_labels(visit["label"], _key_path(visit_path, "label")),
                hours=_hours(visit["hours"], _key_path(visit_path, "hours")),
            )
        )
    return Hub(hub_id, name, village_id, address, opening_hours, tuple(visits))


def _icon(value: object, path: str) -> str:
    return _id(value, path)


def _category(value: object, path: str) -> Category:
    data = _object(value, path, ("id", "label"), ("icon",))
    return Category(
        _id(data["id"], _key_path(path, "id")),
        _labels(data["label"], _key_path(path, "label")),
        _opt(data, "icon", path, _icon),
    )


def _life_situation(value: object, path: str) -> LifeSituation:
    category = _category(value, path)
    return LifeSituation(category.id, category.label, category.icon)


def _amount_cents(value: object, path: str) -> int:
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not math.isfinite(value)
        or not 0 <= value <= 1_000_000
    ):
        raise ContentPackError(path, "must be a number >= 0 (euros, at most 1000000)")
    cents = round(value * 100)
    if abs(value * 100 - cents) > 1e-6:
        raise ContentPackError(path, "must have at most two decimal places (cents)")
    return cents


def _fee(value: object, path: str) -> Fee:
    data = _object(value, path, ("label", "amount_eur"), ("note",))
    note = _opt(data, "note", path, _note)
    raw_amount = data["amount_eur"]
    amount = (
        None if raw_amount is None else _amount_cents(raw_amount, _key_path(path, "amount_eur"))
    )
    if amount is None and note is None:
        raise ContentPackError(_key_path(path, "note"), "is required when amount_eur is null")
    return Fee(_text(data["label"], _key_path(path, "label"), MAX_NAME), amount, note)


def _note(value: object, path: str) -> str:
    return _text(value, path, MAX_NOTE)


def _short(value: object, path: str) -> str:
    return _text(value, path, MAX_SHORT)


def _full(value: object, path: str) -> str:
    return _text(value, path, MAX_FULL, multiline=True)


def _list_texts(value: object, path: str) -> tuple[str, ...]:
    return _texts(value, path, MAX_LIST, MAX_SHORT)


def _keywords(value: object, path: str) -> tuple[str, ...]:
    return _texts(value, path, MAX_LIST, MAX_KEYWORD)


def _minutes(value: object, path: str) -> int:
    return _int(value, path, 5, 480)


def _leika(value: object, path: str) -> str:
    return _pattern(value, path, _LEIKA_RE, "a LeiKa key of 14 digits", 14)


_TRANSLATION_KEYS = (
    "full",
    "prerequisites",
    "documents",
    "fees",
    "processing_time",
    "keywords",
)


def _translation(value: object, path: str, fees: Sequence[Fee]) -> ServiceTranslation:
    data = _object(value, path, ("title", "short"), _TRANSLATION_KEYS)
    fee_translations: tuple[FeeTranslation, ...] | None = None
    if data.get("fees") is not None:
        fees_path = _key_path(path, "fees")
        items = _list(data["fees"], fees_path, MAX_FEES)
        if len(items) != len(fees):
            raise ContentPackError(
                fees_path, f"must have as many entries as the German fees ({len(fees)})"
            )
        translated: list[FeeTranslation] = []
        for i, raw in enumerate(items):
            fee_path = _item_path(fees_path, i)
            fee_data = _object(raw, fee_path, ("label",), ("note",))
            translated.append(
                FeeTranslation(
                    _text(fee_data["label"], _key_path(fee_path, "label"), MAX_NAME),
                    _opt(fee_data, "note", fee_path, _note),
                )
            )
        fee_translations = tuple(translated)
    return ServiceTranslation(
        title=_text(data["title"], _key_path(path, "title"), MAX_NAME),
        short=_short(data["short"], _key_path(path, "short")),
        full=_opt(data, "full", path, _full),
        prerequisites=_opt(data, "prerequisites", path, _list_texts),
        documents=_opt(data, "documents", path, _list_texts),
        fees=fee_translations,
        processing_time=_opt(data, "processing_time", path, _short),
        keywords=_opt(data, "keywords", path, _keywords) or (),
    )


_SERVICE_OPTIONAL = (
    "full",
    "prerequisites",
    "documents",
    "fees",
    "processing_time",
    "legal_basis",
    "leika",
    "keywords",
    "synonyms",
    "life_situations",
    "office",
    "bookable_at_hubs",
    "appointment_minutes",
    "url",
    "translations",
)


@dataclass(frozen=True)
class _Known:
    offices: Mapping[str, Office]
    hubs: Mapping[str, Hub]
    categories: Mapping[str, Category]
    life_situations: Mapping[str, LifeSituation]


def _service(value: object, path: str, known: _Known) -> Service:
    data = _object(value, path, ("id", "title", "short", "categories"), _SERVICE_OPTIONAL)

    def key(name: str) -> str:
        return _key_path(path, name)

    service_id = _id(data["id"], key("id"))
    title = _text(data["title"], key("title"), MAX_NAME)
    short = _short(data["short"], key("short"))
    full = _opt(data, "full", path, _full) or ""
    prerequisites = _opt(data, "prerequisites", path, _list_texts) or ()
    documents = _opt(data, "documents", path, _list_texts) or ()
    raw_fees, fees_path = _optional_list(data, "fees", path, MAX_FEES)
    fees = tuple(_fee(raw, _item_path(fees_path, i)) for i, raw in enumerate(raw_fees))
    processing_time = _opt(data, "processing_time", path, _short)
    legal_basis = _opt(data, "legal_basis", path, _short)
    leika = _opt(data, "leika", path, _leika)
    keywords = _opt(data, "keywords", path, _keywords) or ()
    synonyms = _opt(data, "synonyms", path, _keywords) or ()
    category_ids = _refs(
        data["categories"],
        key("categories"),
        known.categories,
        "category",
        MAX_REFS,
        min_items=1,
    )
    raw_situations, situations_path = _optional_list(data, "life_situations", path, MAX_REFS)
    situation_ids = _refs(
        raw_situations, situations_path, known.life_situations, "life situation", MAX_REFS
    )
    office = data.get("office")
    office_id = None if office is None else _ref(office, key("office"), known.offices, "office")
    raw_hubs, hubs_path = _optional_list(data, "bookable_at_hubs", path, MAX_HUBS)
    hub_ids = _refs(raw_hubs, hubs_path, known.hubs, "hub", MAX_HUBS)
    minutes = _opt(data, "appointment_minutes", path, _minutes)
    url = _opt(data, "url", path, _url)
    translations_path = key("translations")
    raw_translations = data.get("translations")
    translations: dict[str, ServiceTranslation] = {}
    if raw_translations is not None:
        by_language = _object(raw_translations, translations_path, (), LANGUAGES[1:])
        for lang in LANGUAGES[1:]:
            if lang in by_language:
                translations[lang] = _translation(
                    by_language[lang], _key_path(translations_path, lang), fees
                )
    return Service(
        id=service_id,
        title=title,
        short=short,
        full=full,
        prerequisites=prerequisites,
        documents=documents,
        fees=fees,
        processing_time=processing_time,
        legal_basis=legal_basis,
        leika=leika,
        keywords=keywords,
        synonyms=synonyms,
        category_ids=category_ids,
        life_situation_ids=situation_ids,
        office_id=office_id,
        bookable_at_hubs=hub_ids,
        appointment_minutes=minutes,
        url=url,
        translations=MappingProxyType(translations),
    )


def _entries(
    data: Mapping[str, object],
    key: str,
    max_items: int,
    read: Callable[[object, str], T],
    *,
    min_items: int = 0,
) -> tuple[T, ...]:
    items = _list(data[key], key, max_items, min_items=min_items)
    return tuple(read(raw, _item_path(key, i)) for i, raw in enumerate(items))


def _by_id(entries: Sequence[T], key: str, what: str, get_id: Callable[[T], str]) -> dict[str, T]:
    _unique(((get_id(e), f"{_item_path(key, i)}.id") for i, e in enumerate(entries)), what + " id")
    return {get_id(e): e for e in entries}


_TOP_REQUIRED = (
    "format",
    "format_version",
    "pack_version",
    "generated_at",
    "region",
    "villages",
    "hubs",
    "offices",
    "categories",
    "life_situations",
    "services",
)


def _generated_at(value: object, path: str) -> datetime:
    text = _text(value, path, 40)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None or "T" not in text:
        raise ContentPackError(
            path, "must be a date and time with time zone, e.g. 2025-03-01T08:00:00+01:00"
        )
    return moment


def canonical_json(data: object) -> bytes:
    """The bytes the pack's SHA-256 is computed over: sorted keys, no whitespace, UTF-8."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def parse_content_pack(data: object) -> ContentPack:
    """Validate parsed JSON and build a :class:`ContentPack`, or raise :class:`ContentPackError`."""
    if not isinstance(data, dict):
        raise ContentPackError("", "must be a JSON object")
    if data.get("format") != FORMAT_NAME:
        raise ContentPackError("format", f'must be "{FORMAT_NAME}"')
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ContentPackError("format_version", "must be a whole number")
    if version not in SUPPORTED_FORMAT_VERSIONS:
        supported = ", ".join(str(v) for v in sorted(SUPPORTED_FORMAT_VERSIONS))
        raise ContentPackError(
            "format_version",
            f"version {version} is not supported by this Dorfkiosk (supported: {supported})",
        )
    top = _object(data, "", _TOP_REQUIRED, ("$schema",))
    if "$schema" in top:
        _text(top["$schema"], "$schema", MAX_URL)
    pack_version = _pattern(
        top["pack_version"],
        "pack_version",
        _PACK_VERSION_RE,
        "a version text (letters, digits, . _ + -)",
        64,
    )
    generated_at = _generated_at(top["generated_at"], "generated_at")
    region = _region(top["region"], "region")

    villages = _entries(top, "villages", MAX_VILLAGES, _village, min_items=1)
    village_ids = _by_id(villages, "villages", "village", lambda v: v.id)
    offices = _entries(top, "offices", MAX_OFFICES, _office)
    office_ids = _by_id(offices, "offices", "office", lambda o: o.id)
    hubs = _entries(top, "hubs", MAX_HUBS, lambda v, p: _hub(v, p, village_ids, office_ids))
    hub_ids = _by_id(hubs, "hubs", "hub", lambda h: h.id)
    categories = _entries(top, "categories", MAX_CATEGORIES, _category, min_items=1)
    category_ids = _by_id(categories, "categories", "category", lambda c: c.id)
    situations = _entries(top, "life_situations", MAX_LIFE_SITUATIONS, _life_situation)
    situation_ids = _by_id(situations, "life_situations", "life situation", lambda s: s.id)

    known = _Known(office_ids, hub_ids, category_ids, situation_ids)
    services = _entries(top, "services", MAX_SERVICES, lambda v, p: _service(v, p, known))
    _by_id(services, "services", "service", lambda s: s.id)

    return ContentPack(
        format_version=version,
        pack_version=pack_version,
        generated_at=generated_at,
        region=region,
        villages=villages,
        hubs=hubs,
        offices=offices,
        categories=categories,
        life_situations=situations,
        services=services,
        sha256=hashlib.sha256(canonical_json(data)).hexdigest(),
    )


# --------------------------------------------------------------------------- back to JSON


def _labels_data(labels: Labels) -> dict[str, str]:
    return dict(labels)


def _address_data(address: Address) -> dict[str, object]:
    return {
        "street": address.street,
        "postal_code": address.postal_code,
        "locality": address.locality,
    }


def opening_hours_data(hours: OpeningHours) -> dict[str, object]:
    """Opening hours as format-1 JSON data."""
    data: dict[str, object] = {
        "weekly": [
            {"weekday": w.weekday, "start": f"{w.start:%H:%M}", "end": f"{w.end:%H:%M}"}
            for w in hours.weekly
        ],
        "exceptions": [_exception_data(e) for e in hours.exceptions],
    }
    if hours.note is not None:
        data["note"] = _labels_data(hours.note)
    return data


def _exception_data(exception: HoursException) -> dict[str, object]:
    data: dict[str, object] = {
        "date": exception.date.isoformat(),
        "closed": exception.closed,
        "intervals": [
            {"start": f"{r.start:%H:%M}", "end": f"{r.end:%H:%M}"} for r in exception.intervals
        ],
    }
    if exception.note is not None:
        data["note"] = _labels_data(exception.note)
    return data


def _amount_data(cents: int | None) -> int | float | None:
    if cents is None:
        return None
    return cents // 100 if cents % 100 == 0 else cents / 100


def _drop_none(data: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in data.items() if v is not None}


def service_data(service: Service) -> dict[str, object]:
    """One service as format-1 JSON data (what :func:`parse_content_pack` reads)."""
    translations: dict[str, object] = {}
    for lang, tr in service.translations.items():
        translations[lang] = _drop_none(
            {
                "title": tr.title,
                "short": tr.short,
                "full": tr.full,
                "prerequisites": None if tr.prerequisites is None else list(tr.prerequisites),
                "documents": None if tr.documents is None else list(tr.documents),
                "fees": None
                if tr.fees is None
                else [_drop_none({"label": f.label, "note": f.note}) for f in tr.fees],
                "processing_time": tr.processing_time,
                "keywords": list(tr.keywords),
            }
        )
    return _drop_none(
        {
            "id": service.id,
            "title": service.title,
            "short": service.short,
            "full": service.full or None,
            "prerequisites": list(service.prerequisites),
            "documents": list(service.documents),
            "fees": [
                {"label": f.label, "amount_eur": _amount_data(f.amount_cents)}
                | _drop_none({"note": f.note})
                for f in service.fees
            ],
            "processing_time": service.processing_time,
            "legal_basis": service.legal_basis,
            "leika": service.leika,
            "keywords": list(service.keywords),
            "synonyms": list(service.synonyms),
            "categories": list(service.category_ids),
            "life_situations": list(service.life_situation_ids),
            "office": service.office_id,
            "bookable_at_hubs": list(service.bookable_at_hubs),
            "appointment_minutes": service.appointment_minutes,
            "url": service.url,
            "translations": translations,
        }
    )


def pack_data(pack: ContentPack) -> dict[str, object]:
    """The pack as format-1 JSON data; ``parse_content_pack(pack_data(p))`` equals ``p``
    (apart from :attr:`ContentPack.sha256`, which is computed over the original document)."""
    return {
        "format": FORMAT_NAME,
        "format_version": pack.format_version,
        "pack_version": pack.pack_version,
        "generated_at": pack.generated_at.isoformat(),
        "region": {"id": pack.region.id, "name": pack.region.name},
        "villages": [
            {"id": v.id, "name": v.name, "postal_code": v.postal_code} for v in pack.villages
        ],
        "offices": [
            _drop_none(
                {
                    "id": o.id,
                    "name": o.name,
                    "address": _address_data(o.address),
                    "phone": o.phone,
                    "email": o.email,
                    "url": o.url,
                    "opening_hours": opening_hours_data(o.opening_hours),
                }
            )
            for o in pack.offices
        ],
        "hubs": [
            {
                "id": h.id,
                "name": h.name,
                "village": h.village_id,
                "address": _address_data(h.address),
                "opening_hours": opening_hours_data(h.opening_hours),
                "visiting_hours": [
                    {
                        "office": v.office_id,
                        "label": _labels_data(v.label),
                        "hours": opening_hours_data(v.hours),
                    }
                    for v in h.visiting_hours
                ],
            }
            for h in pack.hubs
        ],
        "categories": [
            _drop_none({"id": c.id, "label": _labels_data(c.label), "icon": c.icon})
            for c in pack.categories
        ],
        "life_situations": [
            _drop_none({"id": s.id, "label": _labels_data(s.label), "icon": s.icon})
            for s in pack.life_situations
        ],
        "services": [service_data(s) for s in pack.services],
    }


def _reject_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


_TOO_BIG = f"is larger than {MAX_PACK_BYTES // (1024 * 1024)} MB"


def parse_content_pack_bytes(raw: bytes, source: str | None = None) -> ContentPack:
    """Parse and validate a pack from its JSON bytes (UTF-8, at most :data:`MAX_PACK_BYTES`)."""
    if len(raw) > MAX_PACK_BYTES:
        raise ContentPackError("", _TOO_BIG, source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentPackError("", f"is not UTF-8 text (byte {exc.start})", source) from None
    try:
        data = json.loads(
            text, object_pairs_hook=_reject_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise ContentPackError(
            "", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", source
        ) from None
    except _DuplicateKey as exc:
        raise ContentPackError(
            "",
            f"is not valid: the key {json.dumps(exc.key[:40])} appears twice in one object",
            source,
        ) from None
    except RecursionError:
        raise ContentPackError("", "is nested too deeply", source) from None
    except ValueError as exc:  # NaN/Infinity, integers with too many digits
        raise ContentPackError("", f"is not valid JSON ({exc})", source) from None
    try:
        return parse_content_pack(data)
    except ContentPackError as exc:
        raise ContentPackError(exc.path, exc.reason, source) from None


def load_content_pack(path: str | PathLike[str]) -> ContentPack:
    """Read, parse and validate a pack file; any problem is a :class:`ContentPackError`."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            # A regular file over the cap is refused unread; anything else is read at most
            # one byte past the cap, which parse_content_pack_bytes then refuses.
            if os.fstat(handle.fileno()).st_size > MAX_PACK_BYTES:
                raw, too_big = b"", True
            else:
                raw = handle.read(MAX_PACK_BYTES + 1)
                too_big = len(raw) > MAX_PACK_BYTES
    except OSError as exc:
        reason = f"cannot read the file ({exc.strerror or exc})"
        raise ContentPackError("", reason, str(file)) from None
    if too_big:
        raise ContentPackError("", _TOO_BIG, str(file))
    return parse_content_pack_bytes(raw, str(file))


__all__ = [
    "FORMAT_NAME",
    "LANGUAGES",
    "MAX_PACK_BYTES",
    "MAX_SERVICES",
    "SUPPORTED_FORMAT_VERSIONS",
    "Address",
    "Category",
    "ContentPack",
    "ContentPackError",
    "Fee",
    "FeeTranslation",
    "HoursException",
    "Hub",
    "Labels",
    "LifeSituation",
    "Office",
    "OpeningHours",
    "Region",
    "Service",
    "ServiceText",
    "ServiceTranslation",
    "TimeRange",
    "Village",
    "VisitingHours",
    "WeeklyInterval",
    "canonical_json",
    "label_text",
    "load_content_pack",
    "opening_hours_data",
    "pack_data",
    "parse_content_pack",
    "parse_content_pack_bytes",
    "service_data",
]
