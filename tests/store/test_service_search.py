"""Service search on a real SQLite file with the demo pack: the examples of issue 4."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from kiosk.core.content import ContentPack, load_content_pack
from kiosk.core.search_text import Tier
from kiosk.store.content import import_content_pack
from kiosk.store.db import Database
from kiosk.store.service_search import (
    ServiceSearch,
    ensure_search_index,
    search_services,
)

from .conftest import raw_rows

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "content-pack.json"


@pytest.fixture(scope="module")
def demo_pack() -> ContentPack:
    return load_content_pack(DEMO)


@pytest.fixture
def searchable(database: Database, demo_pack: ContentPack) -> Database:
    import_content_pack(database, demo_pack)
    return database


def ids(db: Database, query: str, language: str = "de") -> list[str]:
    return [hit.service_id for hit in search_services(db, query, language)]


@pytest.mark.parametrize(
    "typed",
    ["Führerschein", "Fuehrerschein", "fuhrerschein", "FÜHRERSCHEIN", "führ", "fuehr", "Fuhrersc"],
)
def test_umlaut_spellings_find_the_driving_licence(searchable: Database, typed: str) -> None:
    assert ids(searchable, typed)[0] == "fuehrerschein-umtausch"


@pytest.mark.parametrize(
    "typed",
    [
        "Personalausweis",
        "Persnalausweis",
        "personalausweiss",
        "Pesronalausweis",
        "perso",
        "PERS",
        "persona",
    ],
)
def test_the_id_card_is_found_with_one_typo_or_a_prefix(searchable: Database, typed: str) -> None:
    assert ids(searchable, typed)[0] == "personalausweis"


def test_eszett_and_ss_are_the_same(searchable: Database) -> None:
    assert "eheschliessung" in ids(searchable, "Eheschließung")
    assert ids(searchable, "eheschliessung")[0] == "eheschliessung"
    assert ids(searchable, "Sperrmuell")[0] == "sperrmuell"


def test_short_words_get_no_typo_tolerance(searchable: Database) -> None:
    assert ids(searchable, "Hnud") == []  # 4 letters: exact prefixes only
    assert ids(searchable, "Hund")[0] == "hund-anmelden"


def test_two_typos_find_nothing(searchable: Database) -> None:
    assert ids(searchable, "Prsnalausweis") == []


def test_title_matches_rank_first(searchable: Database) -> None:
    hits = search_services(searchable, "Rente")
    tiers = [h.tier for h in hits]
    assert tiers == sorted(tiers)
    # "Rentenberatung im Regio-Hub" has it in the title, "Lebensbescheinigung für die Rente" too;
    # services that only list "Rente" as a keyword come after both.
    assert {h.service_id for h in hits if h.tier == Tier.TITLE} == {
        "rentenberatung",
        "lebensbescheinigung",
    }


def test_keywords_and_synonyms_are_searched(searchable: Database) -> None:
    assert ids(searchable, "Hochzeit")[0] == "eheschliessung"  # keyword
    assert ids(searchable, "heiraten")[0] == "eheschliessung"  # synonym
    assert ids(searchable, "Lappen")[0] == "fuehrerschein-umtausch"  # synonym "Lappen umtauschen"
    hit = search_services(searchable, "Hochzeit")[0]
    assert hit.tier == Tier.KEYWORD and hit.title == "Eheschließung anmelden"
    assert hit.snippet  # the short text, for the result list


def test_all_words_must_match(searchable: Database) -> None:
    hits = search_services(searchable, "Wohnsitz abmelden")
    assert hits[0].service_id == "wohnsitz-abmelden" and not hits[0].typo
    # "anmelden" is one letter away from "abmelden": found, but as a typo, after the exact one
    assert [(h.service_id, h.typo) for h in hits[1:]] == [("wohnsitz-anmelden", True)]
    assert ids(searchable, "Hund Rente") == []


def test_description_words_are_found_after_title_and_keywords(searchable: Database) -> None:
    hits = search_services(searchable, "Fingerabdrucke")  # only in the full description
    assert {(h.service_id, h.tier) for h in hits} == {
        ("personalausweis", Tier.DESCRIPTION),
        ("reisepass", Tier.DESCRIPTION),
    }
    hits = search_services(searchable, "Ausweis")
    tiers = [h.tier for h in hits]
    assert tiers == sorted(tiers) and Tier.DESCRIPTION in tiers
    assert hits[0].service_id == "personalausweis"


def test_the_user_language_is_searched_and_shown(searchable: Database) -> None:
    hits = search_services(searchable, "registration", "en")
    assert hits and hits[0].service_id == "wohnsitz-anmelden"
    assert hits[0].language == "en"
    assert ids(searchable, "registration", "de") == []  # English is not searched for German users


def test_nothing_typed_finds_nothing(searchable: Database) -> None:
    assert ids(searchable, "") == []
    assert ids(searchable, " -- ! ") == []
    assert ids(searchable, '"*) NEAR(') == []  # FTS syntax is just punctuation to us
    assert ids(searchable, '" OR "') == ids(searchable, "or")


def test_the_index_follows_each_import(searchable: Database, demo_pack: ContentPack) -> None:
    renamed = dataclasses.replace(
        demo_pack,
        services=tuple(
            dataclasses.replace(s, title="Hundeführerschein beantragen")
            if s.id == "hund-anmelden"
            else s
            for s in demo_pack.services[:-1]
        ),
        sha256="0" * 64,
    )
    import_content_pack(searchable, renamed)
    assert ids(searchable, "hundefuhrer") == ["hund-anmelden"]
    assert "lebensbescheinigung" not in ids(searchable, "Lebensbescheinigung")


def test_a_missing_index_is_built_on_first_use(
    database: Database, demo_pack: ContentPack, db_path: Path
) -> None:
    import_content_pack(database, demo_pack)
    conn = sqlite3.connect(db_path)
    with conn:  # as after the upgrade to 0003 of a terminal that already had content
        conn.execute("DELETE FROM search_fts")
        conn.execute("DELETE FROM search_index")
    conn.close()
    assert ids(database, "Reisepass") == []
    search = ServiceSearch(database)
    assert search.search("Reisepass")[0].service_id == "reisepass"
    assert raw_rows(db_path, "SELECT pack_sha256 FROM search_index") == [(demo_pack.sha256,)]
    assert ensure_search_index(database) is False  # current now: nothing to do


def test_no_content_means_no_results(database: Database) -> None:
    assert ServiceSearch(database).search("Ausweis") == []


def test_hostile_markup_in_the_description_is_only_words(
    searchable: Database, demo_pack: ContentPack
) -> None:
    evil = '<p>Gebühr <script>alert("x")</script><a href="file:///etc/passwd">Zauberwort</a></p>'
    service = dataclasses.replace(demo_pack.services[0], full=evil)
    pack = dataclasses.replace(
        demo_pack, services=(service, *demo_pack.services[1:]), sha256="1" * 64
    )
    import_content_pack(searchable, pack)
    assert ids(searchable, "Zauberwort") == [service.id]
    assert ids(searchable, "href") == []
