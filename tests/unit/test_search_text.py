"""Search rules: spellings people type at a kiosk meet the words in the content."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.search_text import (
    QueryWord,
    Tier,
    match_tier,
    normalise,
    prefix_matches,
    query_fuzzy_keys,
    term_fuzzy_keys,
    within_one_edit,
    words,
)

GERMAN = "abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"
german_words = st.text(alphabet=GERMAN, min_size=1, max_size=20)
folded_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=5, max_size=18)


@pytest.mark.parametrize(
    "spellings",
    [
        ("Führerschein", "Fuehrerschein", "fuhrerschein", "FÜHRERSCHEIN", "fuehrerschein"),
        ("Straße", "Strasse", "STRASSE", "strasse"),
        ("Größe", "Groesse", "grosse"),
        ("Bärenstraße", "Baerenstrasse", "barenstrasse"),
        ("Café", "cafe", "CAFE"),
    ],
)
def test_spellings_of_one_word_normalise_alike(spellings: tuple[str, ...]) -> None:
    assert len({normalise(s) for s in spellings}) == 1


def test_normalise_splits_on_punctuation_and_collapses_space() -> None:
    assert normalise("  Kfz-Zulassung,   Personalausweis (neu)!\n") == (
        "kfz zulassung personalausweis neu"
    )
    assert words("Pass_2026 / ÄRGER") == ["pass", "2026", "arger"]
    assert normalise("") == "" and normalise(" - ") == ""


def test_non_latin_text_is_kept() -> None:
    assert normalise("Паспорт громадянина") == "паспорт громадянина"
    assert normalise("Kimlik kartı") == "kimlik karti"


@given(german_words)
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(german_words, st.integers(min_value=1, max_value=20))
def test_a_typed_prefix_normalises_to_a_prefix(word: str, cut: int) -> None:
    """Typing letter by letter never loses a match the whole word would have."""
    assert normalise(word).startswith(normalise(word[:cut]))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("personalausweis", "persnalausweis", True),  # deleted
        ("personalausweis", "personnalausweis", True),  # inserted
        ("personalausweis", "persomalausweis", True),  # replaced
        ("personalausweis", "pesronalausweis", True),  # swapped
        ("personalausweis", "prsnalausweis", False),
        ("personalausweis", "personalausweiss1", False),
        ("abc", "abc", True),
        ("ab", "ba", True),
        ("abcd", "badc", False),
    ],
)
def test_within_one_edit(a: str, b: str, expected: bool) -> None:
    assert within_one_edit(a, b) is expected
    assert within_one_edit(b, a) is expected


def _one_edit(word: str, data: st.DataObject) -> str:
    kind = data.draw(st.sampled_from(["insert", "delete", "replace", "swap"]))
    i = data.draw(st.integers(min_value=0, max_value=len(word) - 2))
    letter = data.draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    if kind == "insert":
        return word[:i] + letter + word[i:]
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "replace":
        return word[:i] + letter + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


@given(folded_words, st.data())
def test_one_typo_is_found_typed_letter_by_letter(term: str, data: st.DataObject) -> None:
    """Whenever a typed prefix with one typo matches, the lookup keys find the term."""
    typed_whole = _one_edit(term, data)
    for cut in range(5, len(typed_whole) + 1):
        typed = typed_whole[:cut]
        if prefix_matches(typed, term):
            assert query_fuzzy_keys(typed) & term_fuzzy_keys(term), (typed, term)
    if len(typed_whole) >= 5:
        assert prefix_matches(typed_whole, term)


@given(folded_words, folded_words)
def test_the_lookup_keys_never_miss_a_match(term: str, typed: str) -> None:
    if prefix_matches(typed, term) and not term.startswith(typed):
        assert query_fuzzy_keys(typed) & term_fuzzy_keys(term)


def test_short_words_need_exact_prefixes() -> None:
    assert prefix_matches("pers", "personalausweis")
    assert not prefix_matches("prse", "personalausweis")  # 4 letters: no typo allowed
    assert prefix_matches("pesro", "personalausweis")  # 5 letters: one swap allowed
    assert not prefix_matches("paß", "pass")  # callers normalise first
    assert query_fuzzy_keys("pass") == set()


def _q(*typed: str) -> list[QueryWord]:
    return [QueryWord(t) for t in typed]


def test_title_matches_rank_before_keywords_before_description() -> None:
    query = _q("ausweis")
    in_title = match_tier(query, words("Ausweis beantragen"), [], [])
    in_keywords = match_tier(query, words("Personalausweis"), words("Ausweis Perso"), [])
    in_text = match_tier(query, words("Reisepass"), [], words("Ein Ausweis reicht nicht"))
    assert in_title is not None and in_keywords is not None and in_text is not None
    assert (in_title.tier, in_keywords.tier, in_text.tier) == (
        Tier.TITLE,
        Tier.KEYWORD,
        Tier.DESCRIPTION,
    )
    assert match_tier(query, words("Hundesteuer"), words("Hund"), words("Steuer")) is None


def test_every_word_must_match_and_typos_rank_after_exact() -> None:
    exact = match_tier(_q("personal", "neu"), words("Personalausweis neu beantragen"), [], [])
    typo = match_tier(
        [QueryWord("persnal", frozenset({"personalausweis"})), QueryWord("neu")],
        words("Personalausweis neu beantragen"),
        [],
        [],
    )
    assert exact is not None and typo is not None
    assert exact.sort_key(30) < typo.sort_key(30)
    assert match_tier(_q("personal", "alt"), words("Personalausweis neu"), [], []) is None
