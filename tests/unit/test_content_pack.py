"""The content pack format: the demo pack is valid, and every broken pack is refused with the
JSON path of its first problem, never with another exception and never half-parsed."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.content import (
    MAX_PACK_BYTES,
    MAX_SERVICES,
    ContentPack,
    ContentPackError,
    label_text,
    load_content_pack,
    pack_data,
    parse_content_pack,
    parse_content_pack_bytes,
)
from kiosk.errors import KnownError

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "content-pack.json"
SCHEMA = ROOT / "resources" / "schema" / "content-pack.schema.json"
DEMO_DATA: dict[str, Any] = json.loads(DEMO.read_text(encoding="utf-8"))


def demo() -> dict[str, Any]:
    return copy.deepcopy(DEMO_DATA)


def service_index(data: dict[str, Any], service_id: str) -> int:
    return next(i for i, s in enumerate(data["services"]) if s["id"] == service_id)


def error_of(data: object) -> ContentPackError:
    with pytest.raises(ContentPackError) as info:
        parse_content_pack(data)
    return info.value


# --- the demo pack ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    return load_content_pack(DEMO)


def test_demo_pack_is_valid_and_complete(pack: ContentPack) -> None:
    assert pack.format_version == 1
    assert pack.region.name.startswith("Verbandsgemeinde Hohenwald")
    assert [v.name for v in pack.villages] == ["Hohenwald", "Lindenbach", "Kirchweiler"]
    assert len(pack.hubs) == 3
    assert {h.village_id for h in pack.hubs} == {v.id for v in pack.villages}
    assert {"buergerbuero", "standesamt", "bauamt", "ordnungsamt"} <= {o.id for o in pack.offices}
    assert {
        "umzug",
        "geburt",
        "bauen",
        "auto",
        "rente",
        "heirat",
        "tod",
        "arbeit",
        "familie",
        "ausweis",
    } <= {s.id for s in pack.life_situations}
    assert len(pack.services) >= 25
    assert sum("en" in s.translations for s in pack.services) >= 8
    assert sum(bool(s.bookable_at_hubs) for s in pack.services) >= 5
    assert len(pack.sha256) == 64


def test_demo_pack_fees_are_the_german_ones(pack: ContentPack) -> None:
    ausweis = pack.service("personalausweis")
    assert ausweis is not None
    amounts = {f.label: f.amount_eur for f in ausweis.fees}
    assert str(amounts["Personalausweis ab 24 Jahren"]) == "37"
    assert str(amounts["Personalausweis unter 24 Jahren"]) == "22.8"
    assert ausweis.fees[1].amount_cents == 2280


def test_demo_hub_has_tuesday_morning_office_hours(pack: ContentPack) -> None:
    hub = pack.hub("dorfbuero-lindenbach")
    assert hub is not None
    visit = hub.visiting_hours[0]
    assert visit.office_id == "buergerbuero"
    assert label_text(visit.label, "de") == "Bürgerbüro-Sprechstunde"
    tuesday = date(2027, 3, 2)
    assert visit.hours.intervals_on(tuesday)[0].start == time(9, 0)
    assert visit.hours.intervals_on(tuesday)[0].end == time(12, 0)
    assert visit.hours.intervals_on(date(2027, 3, 3)) == ()  # a Wednesday
    assert hub.opening_hours.intervals_on(date(2026, 12, 24)) == ()  # closed: Heiligabend


def test_translation_falls_back_to_german_field_by_field(pack: ContentPack) -> None:
    ausweis = pack.service("personalausweis")
    assert ausweis is not None
    english = ausweis.text("en")
    assert english.title == "Apply for an identity card"
    assert english.fees[0].label == "Identity card, age 24 and over"
    assert english.fees[0].amount_cents == 3700
    assert english.prerequisites == ausweis.prerequisites  # not translated: German
    turkish = ausweis.text("tr")
    assert turkish.language == "de" and turkish.title == ausweis.title
    category = pack.categories[0]
    assert label_text(category.label, "uk") != label_text(category.label, "de")
    assert label_text({"de": "Nur Deutsch"}, "ar") == "Nur Deutsch"


def test_pack_data_round_trips(pack: ContentPack) -> None:
    again = parse_content_pack(json.loads(json.dumps(pack_data(pack))))
    assert dataclasses.replace(again, sha256=pack.sha256) == pack


def test_sha256_ignores_key_order_and_whitespace() -> None:
    data = demo()
    shuffled = dict(reversed(list(data.items())))
    assert parse_content_pack(shuffled).sha256 == parse_content_pack(data).sha256
    raw = json.dumps(data, indent=None).encode()
    assert parse_content_pack_bytes(raw).sha256 == parse_content_pack(data).sha256
    data["pack_version"] = "2"
    assert parse_content_pack(data).sha256 != parse_content_pack(demo()).sha256


def test_error_is_a_known_error_with_path_and_reason() -> None:
    data = demo()
    data["services"][3]["fees"] = [{"label": "Gebühr", "amount_eur": -1}]
    err = error_of(data)
    assert isinstance(err, KnownError)
    assert err.path == "services[3].fees[0].amount_eur"
    assert str(err) == (
        "services[3].fees[0].amount_eur: must be a number >= 0 (euros, at most 1000000)"
    )


# --- targeted breakage: (mutation, expected path, reason fragment) ---------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: object) -> Mutation:
    """Set a dotted path like ``services.0.fees.0.amount_eur`` (integers index lists)."""

    def apply(data: dict[str, Any]) -> None:
        parts: list[Any] = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = value

    return apply


def _delete(path: str) -> Mutation:
    def apply(data: dict[str, Any]) -> None:
        parts: list[Any] = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for part in parts[:-1]:
            target = target[part]
        del target[parts[-1]]

    return apply


def _dup_service(data: dict[str, Any]) -> None:
    data["services"].append(copy.deepcopy(data["services"][0]))


# fmt: off
CASES: list[tuple[str, Mutation, str, str]] = [
    ("unknown top-level key", _set("extras", 1), "extras", "unknown key"),
    ("wrong format", _set("format", "other"), "format", 'must be "dorfkiosk-content"'),
    ("future format", _set("format_version", 2), "format_version", "not supported"),
    ("format version text", _set("format_version", "1"), "format_version", "whole number"),
    ("missing services", _delete("services"), "services", "is required"),
    ("services not a list", _set("services", {}), "services", "must be a list"),
    ("no villages", _set("villages", []), "villages", "at least 1"),
    ("village id upper case", _set("villages.0.id", "Hohenwald"), "villages[0].id", "an id"),
    ("postal code", _set("villages.1.postal_code", "5699"), "villages[1].postal_code", "five"),
    ("duplicate village", _set("villages.1.id", "hohenwald"), "villages[1].id", "duplicate"),
    ("hub in unknown village", _set("hubs.0.village", "atlantis"), "hubs[0].village",
     'unknown village "atlantis"'),
    ("visiting office unknown", _set("hubs.0.visiting_hours.0.office", "nope"),
     "hubs[0].visiting_hours[0].office", "unknown office"),
    ("weekday 7", _set("hubs.0.opening_hours.weekly.0.weekday", 7),
     "hubs[0].opening_hours.weekly[0].weekday", "from 0 to 6"),
    ("weekday bool", _set("hubs.0.opening_hours.weekly.0.weekday", True),
     "hubs[0].opening_hours.weekly[0].weekday", "whole number"),
    ("time 24:00", _set("hubs.0.opening_hours.weekly.0.end", "24:00"),
     "hubs[0].opening_hours.weekly[0].end", "HH:MM"),
    ("time 9:00", _set("hubs.0.opening_hours.weekly.0.start", "9:00"),
     "hubs[0].opening_hours.weekly[0].start", "HH:MM"),
    ("end before start", _set("hubs.0.opening_hours.weekly.0.end", "08:00"),
     "hubs[0].opening_hours.weekly[0].end", "later than start"),
    ("overlap", _set("hubs.0.opening_hours.weekly", [
        {"weekday": 1, "start": "09:00", "end": "12:00"},
        {"weekday": 1, "start": "11:00", "end": "13:00"}]),
     "hubs[0].opening_hours.weekly[1]", "overlaps"),
    ("closed with hours", _set("offices.0.opening_hours.exceptions.0.intervals",
                               [{"start": "09:00", "end": "10:00"}]),
     "offices[0].opening_hours.exceptions[0].intervals", "must be empty"),
    ("bad date", _set("offices.0.opening_hours.exceptions.0.date", "2027-02-30"),
     "offices[0].opening_hours.exceptions[0].date", "YYYY-MM-DD"),
    ("duplicate exception date", _set("offices.0.opening_hours.exceptions.1.date", "2026-12-24"),
     "offices[0].opening_hours.exceptions[1].date", "duplicate"),
    ("phone letters", _set("offices.0.phone", "call me"), "offices[0].phone", "phone"),
    ("email", _set("offices.0.email", "buergerbuero"), "offices[0].email", "e-mail"),
    ("http url", _set("offices.0.url", "http://vg.example"), "offices[0].url", "https"),
    ("javascript url", _set("services.0.url", "javascript:alert(1)"), "services[0].url", "https"),
    ("url with user", _set("services.0.url", "https://a@b.example/"), "services[0].url", "https"),
    ("label without de", _set("categories.0.label", {"en": "IDs"}), "categories[0].label.de",
     "is required"),
    ("label unknown language", _set("categories.0.label.fr", "Papiers"),
     "categories[0].label.fr", "unknown key"),
    ("empty label", _set("categories.0.label.de", "  "), "categories[0].label.de", "empty"),
    ("service category unknown", _set("services.0.categories", ["ausweise", "raumfahrt"]),
     "services[0].categories[1]", 'unknown category "raumfahrt"'),
    ("service without category", _set("services.0.categories", []), "services[0].categories",
     "at least 1"),
    ("category twice", _set("services.0.categories", ["ausweise", "ausweise"]),
     "services[0].categories[1]", "duplicate"),
    ("life situation unknown", _set("services.0.life_situations", ["mondlandung"]),
     "services[0].life_situations[0]", "unknown life situation"),
    ("office unknown", _set("services.0.office", "finanzamt"), "services[0].office",
     "unknown office"),
    ("hub unknown", _set("services.0.bookable_at_hubs", ["nirgendwo"]),
     "services[0].bookable_at_hubs[0]", "unknown hub"),
    ("duplicate service", _dup_service, "services[29].id", "duplicate service id"),
    ("title not text", _set("services.2.title", 5), "services[2].title", "must be text"),
    ("full not text", _set("services.2.full", ["<p>"]), "services[2].full", "must be text"),
    ("control character", _set("services.2.title", "Pass\x07"), "services[2].title",
     "control character"),
    ("newline in title", _set("services.2.title", "Pass\nantrag"), "services[2].title",
     "control character"),
    ("bidi override", _set("services.2.short", "abc\u202edef"), "services[2].short",
     "control character"),
    ("lone surrogate", _set("services.2.short", "abc\ud800"), "services[2].short",
     "control character"),
    ("huge title", _set("services.2.title", "x" * 100_000), "services[2].title", "at most 200"),
    ("huge full", _set("services.2.full", "x" * 20_001), "services[2].full", "at most 20000"),
    ("too many keywords", _set("services.2.keywords", ["k"] * 51), "services[2].keywords",
     "at most 50"),
    ("leika 13 digits", _set("services.0.leika", "9910201300000"), "services[0].leika", "14"),
    ("negative fee", _set("services.0.fees.0.amount_eur", -0.01),
     "services[0].fees[0].amount_eur", ">= 0"),
    ("fee as text", _set("services.0.fees.0.amount_eur", "37,00"),
     "services[0].fees[0].amount_eur", ">= 0"),
    ("fee NaN", _set("services.0.fees.0.amount_eur", float("nan")),
     "services[0].fees[0].amount_eur", ">= 0"),
    ("fee tenths of cents", _set("services.0.fees.0.amount_eur", 37.005),
     "services[0].fees[0].amount_eur", "two decimal places"),
    ("varying fee without note", _set("services.0.fees.0.amount_eur", None),
     "services[0].fees[0].note", "required when amount_eur is null"),
    ("minutes zero", _set("services.0.appointment_minutes", 0),
     "services[0].appointment_minutes", "from 5 to 480"),
    ("translation language", _set("services.0.translations.fr", {"title": "a", "short": "b"}),
     "services[0].translations.fr", "unknown key"),
    ("translation de", _set("services.0.translations.de", {"title": "a", "short": "b"}),
     "services[0].translations.de", "unknown key"),
    ("translation without title", _delete("services.0.translations.en.title"),
     "services[0].translations.en.title", "is required"),
    ("translated fees count", _set("services.0.translations.en.fees", [{"label": "x"}]),
     "services[0].translations.en.fees", "as many entries"),
    ("generated_at naive", _set("generated_at", "2026-11-20T08:00:00"), "generated_at",
     "time zone"),
    ("pack_version spaces", _set("pack_version", "1 2"), "pack_version", "version"),
    ("unknown key deep", _set("services.0.fees.0.currency", "EUR"),
     "services[0].fees[0].currency", "unknown key"),
]
# fmt: on


@pytest.mark.parametrize(
    ("mutate", "path", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_broken_pack_names_the_path(mutate: Mutation, path: str, reason: str) -> None:
    data = demo()
    mutate(data)
    err = error_of(data)
    assert err.path == path, str(err)
    assert reason in err.reason, str(err)
    assert "\n" not in str(err)


def test_not_an_object() -> None:
    assert error_of([1, 2]).reason == "must be a JSON object"
    assert str(error_of(None)) == "content pack: must be a JSON object"


def test_too_many_services_is_refused_before_reading_them() -> None:
    data = demo()
    data["services"] = [None] * (MAX_SERVICES + 1)
    err = error_of(data)
    assert err.path == "services"
    assert "at most 20000" in err.reason


def test_null_means_absent_for_optional_keys() -> None:
    data = demo()
    i = service_index(data, "personalausweis")
    for key in (
        "full",
        "prerequisites",
        "documents",
        "fees",
        "leika",
        "office",
        "url",
        "bookable_at_hubs",
        "translations",
        "appointment_minutes",
    ):
        data["services"][i][key] = None
    service = parse_content_pack(data).services[i]
    assert service.full == "" and service.fees == () and service.office_id is None
    assert dict(service.translations) == {}


# --- hypothesis: mutations of the demo pack ---------------------------------------------------

PathKey = str | int


def _walk(value: Any, path: tuple[PathKey, ...] = ()) -> Iterator[tuple[tuple[PathKey, ...], Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _walk(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk(child, (*path, index))


ALL_PATHS = [p for p, _ in _walk(DEMO_DATA) if p]
STRING_PATHS = [p for p, v in _walk(DEMO_DATA) if p and isinstance(v, str)]
DICT_KEY_PATHS = [p for p in ALL_PATHS if isinstance(p[-1], str)]
LIST_ITEM_PATHS = [p for p in ALL_PATHS if isinstance(p[-1], int)]
REFERENCE_KEYS = {"village", "office"}
REFERENCE_LISTS = {"categories", "life_situations", "bookable_at_hubs"}
REFERENCE_PATHS = [
    p
    for p in ALL_PATHS
    if (p[-1] in REFERENCE_KEYS and p[0] in {"hubs", "services"})
    or (len(p) >= 3 and p[0] == "services" and p[-2] in REFERENCE_LISTS)
]


def _path_text(path: tuple[PathKey, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _mutated(path: tuple[PathKey, ...], change: Callable[[Any, PathKey], None]) -> dict[str, Any]:
    data = demo()
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    change(target, path[-1])
    return data


def _parse_or_error(data: object) -> ContentPack | ContentPackError:
    try:
        return parse_content_pack(data)
    except ContentPackError as err:
        assert "\n" not in str(err)
        return err


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)


@FAST
@given(st.sampled_from(ALL_PATHS))
def test_a_foreign_object_anywhere_is_refused_at_its_path(path: tuple[PathKey, ...]) -> None:
    def change(parent: Any, key: PathKey) -> None:
        parent[key] = {"unexpected": 1}

    result = _parse_or_error(_mutated(path, change))
    assert isinstance(result, ContentPackError)
    assert result.path.startswith(_path_text(path)), (result.path, path)


@FAST
@given(st.sampled_from(STRING_PATHS), st.sampled_from(["\x00", "\x1b[2J", "x" * 100_001]))
def test_poisoned_or_huge_text_anywhere_is_refused_at_its_path(
    path: tuple[PathKey, ...], poison: str
) -> None:
    def change(parent: Any, key: PathKey) -> None:
        parent[key] = parent[key] + poison

    result = _parse_or_error(_mutated(path, change))
    assert isinstance(result, ContentPackError)
    assert result.path == _path_text(path)


@FAST
@given(st.sampled_from(DICT_KEY_PATHS))
def test_deleting_a_key_is_fine_or_refused_inside_its_object(path: tuple[PathKey, ...]) -> None:
    def change(parent: Any, key: PathKey) -> None:
        del parent[key]

    result = _parse_or_error(_mutated(path, change))
    if isinstance(result, ContentPackError):
        assert result.path.startswith(_path_text(path[:-1])), (result.path, path)


@FAST
@given(st.sampled_from(REFERENCE_PATHS))
def test_a_dangling_reference_is_refused_at_the_reference(path: tuple[PathKey, ...]) -> None:
    def change(parent: Any, key: PathKey) -> None:
        parent[key] = "does-not-exist"

    result = _parse_or_error(_mutated(path, change))
    assert isinstance(result, ContentPackError)
    assert result.path == _path_text(path)
    assert "unknown" in result.reason


@FAST
@given(st.sampled_from(ALL_PATHS), JSON_VALUES)
def test_any_value_anywhere_gives_a_pack_or_a_content_error(
    path: tuple[PathKey, ...], value: object
) -> None:
    def change(parent: Any, key: PathKey) -> None:
        parent[key] = value

    result = _parse_or_error(_mutated(path, change))
    if isinstance(result, ContentPackError):
        assert result.path, "only a non-object root has an empty path"


@FAST
@given(st.sampled_from(LIST_ITEM_PATHS))
def test_dropping_a_list_entry_gives_a_pack_or_a_content_error(
    path: tuple[PathKey, ...],
) -> None:
    def change(parent: Any, key: PathKey) -> None:
        del parent[key]

    _parse_or_error(_mutated(path, change))


# --- files ------------------------------------------------------------------------------------


def test_load_names_the_file(tmp_path: Path) -> None:
    file = tmp_path / "pack.json"
    file.write_text('{"format": "dorfkiosk-content", "format_version": 1, "x": 1', "utf-8")
    with pytest.raises(ContentPackError, match=r"pack\.json: content pack: is not valid JSON"):
        load_content_pack(file)
    data = demo()
    data["services"][0]["url"] = "ftp://x.example"
    file.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ContentPackError) as info:
        load_content_pack(file)
    assert info.value.source == str(file)
    assert info.value.path == "services[0].url"
    assert str(info.value).startswith(f"{file}: services[0].url: ")


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentPackError, match="cannot read the file"):
        load_content_pack(tmp_path / "nope.json")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"a": 1, "a": 2}', 'the key "a" appears twice'),
        (b'{"amount": NaN}', "NaN is not allowed"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"n": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"", "not valid JSON"),
    ],
    ids=["duplicate key", "NaN", "deep nesting", "huge integer", "not utf-8", "empty"],
)
def test_hostile_bytes_are_content_errors(raw: bytes, reason: str) -> None:
    with pytest.raises(ContentPackError) as info:
        parse_content_pack_bytes(raw)
    assert reason in info.value.reason


def test_byte_order_mark_is_accepted() -> None:
    raw = "\ufeff".encode() + DEMO.read_bytes()
    assert parse_content_pack_bytes(raw).pack_version == DEMO_DATA["pack_version"]


def test_file_over_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    file = tmp_path / "big.json"
    with file.open("wb") as handle:
        handle.truncate(MAX_PACK_BYTES + 1)  # sparse: cheap to make
    with pytest.raises(ContentPackError, match="larger than 20 MB"):
        load_content_pack(file)
    with pytest.raises(ContentPackError, match="larger than 20 MB"):
        parse_content_pack_bytes(b" " * (MAX_PACK_BYTES + 1))


# --- the JSON Schema describes the same format -----------------------------------------------


def test_schema_accepts_the_demo_and_refuses_obvious_breakage() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert list(validator.iter_errors(DEMO_DATA)) == []
    for name, mutate, _path, _reason in CASES:
        data = demo()
        mutate(data)
        if name in _SCHEMA_CANNOT_SEE:
            continue
        assert list(validator.iter_errors(data)), f"schema accepts: {name}"


# Rules only the validator can check: references, uniqueness, overlaps, cross-field rules.
_SCHEMA_CANNOT_SEE = {
    "duplicate village",
    "hub in unknown village",
    "visiting office unknown",
    "overlap",
    "end before start",
    "closed with hours",
    "bad date",
    "duplicate exception date",
    "service category unknown",
    "category twice",
    "life situation unknown",
    "office unknown",
    "hub unknown",
    "duplicate service",
    "fee tenths of cents",
    "varying fee without note",
    "translated fees count",
    "generated_at naive",
    "url with user",
    "lone surrogate",
    "fee NaN",
    "weekday bool",
}
