"""How text is compared when someone types a search at the kiosk.

People at a touch terminal type without umlauts, with ``ae``/``oe``/``ue``, in any case,
stop after a few letters and make one typo. The rules here make those spellings meet:

- :func:`normalise` folds case, umlauts and their spellings (``Führerschein``,
  ``Fuehrerschein`` and ``fuhrerschein`` all become ``fuhrerschein``), ``ß`` to ``ss``, other
  accents (``é`` to ``e``), and reduces the text to words separated by single spaces. The
  index and the query go through the same function, so they always agree.
- Every typed word is a prefix (``pers`` finds ``personalausweis``).
- A typed word of :data:`TYPO_MIN_LETTERS` or more letters may contain one typo: one letter
  inserted, deleted, replaced, or two neighbours swapped (``persnalausweis``).
- :func:`match_tier` ranks a match: all typed words in the title first, then in the title,
  keywords and synonyms, then anywhere (description).

Pure standard library: no Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

RULES_VERSION = 1
"""Bump when :func:`normalise` or the fuzzy keys change: stored indexes are then rebuilt."""

TYPO_MIN_LETTERS = 5
"""Words shorter than this must be typed exactly (a prefix, no typo)."""

FUZZY_KEY_MIN = TYPO_MIN_LETTERS - 1
FUZZY_KEY_MAX = 6
"""Typo candidates are looked up by the first letters only (at most this many + 1)."""

_DIGRAPHS = re.compile("ae|oe|ue")
_WORD = re.compile(r"[^\W_]+")
# Letters that Unicode does not decompose but a German keyboard cannot type.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe"})


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)
    # casefold() already turned ß into ss; after NFKD ä/ö/ü are a/o/u. The spellings ae, oe,
    # ue fold to the same single letter (left to right, so a prefix folds to a prefix).
    return _DIGRAPHS.sub(lambda m: m.group(0)[0], folded)


def words(text: str) -> list[str]:
    """The normalised words of ``text`` in order (duplicates kept)."""
    return _WORD.findall(_fold(text))


def normalise(text: str) -> str:
    """``text`` as normalised words separated by single spaces (what the index stores)."""
    return " ".join(words(text))


def within_one_edit(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by at most one insert, delete, replace or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one replaced letter
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def typo_allowed(word: str) -> bool:
    return len(word) >= TYPO_MIN_LETTERS


def prefix_matches(typed: str, term: str, *, typo: bool = True) -> bool:
    """Does ``term`` (an indexed word) start with ``typed``, allowing one typo if permitted?"""
    if term.startswith(typed):
        return True
    if not (typo and typo_allowed(typed)):
        return False
    n = len(typed)
    if within_one_edit(typed, term):
        return True
    return any(
        within_one_edit(typed, term[:length]) for length in (n - 1, n, n + 1) if length < len(term)
    )


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def term_fuzzy_keys(term: str) -> set[str]:
    """Lookup keys stored for an indexed word, so that :func:`query_fuzzy_keys` finds it.

    The keys are the word's first ``k`` letters (``FUZZY_KEY_MIN <= k <= FUZZY_KEY_MAX``)
    and each of those with one letter removed. A typed word within one edit of a prefix of
    ``term`` shares at least one key with it (the symmetric-delete method); the caller still
    checks each candidate with :func:`prefix_matches`.
    """
    keys: set[str] = set()
    if len(term) < FUZZY_KEY_MIN:
        return keys
    for k in range(FUZZY_KEY_MIN, min(len(term), FUZZY_KEY_MAX) + 1):
        head = term[:k]
        keys.add(head)
        keys |= _deletes(head)
    return keys


def query_fuzzy_keys(typed: str) -> set[str]:
    """Keys to look up for a typed word (empty if the word is too short for a typo)."""
    if not typo_allowed(typed):
        return set()
    head = typed[:FUZZY_KEY_MAX]
    return {head} | _deletes(head)


class Tier(IntEnum):
    """Where a service matched; lower is better."""

    TITLE = 0
    KEYWORD = 1
    DESCRIPTION = 2


@dataclass(frozen=True)
class QueryWord:
    """A typed word and the indexed words it may stand for besides its own prefixes."""

    typed: str
    typo_terms: frozenset[str] = frozenset()

    def matches(self, term: str) -> bool:
        return term.startswith(self.typed) or term in self.typo_terms

    def exactly(self, term: str) -> bool:
        return term.startswith(self.typed)


@dataclass(frozen=True)
class MatchScore:
    tier: Tier
    typo: bool
    """True if the match needed a typo correction (ranked after exact matches)."""
    title_starts: bool
    """The title starts with the first typed word."""

    def sort_key(self, title_length: int) -> tuple[int, int, int, int]:
        return (int(self.tier), int(self.typo), int(not self.title_starts), title_length)


def match_fields(query: Sequence[QueryWord], title: str, keywords: str) -> MatchScore:
    """Like :func:`match_tier` for normalised texts (words joined by single spaces).

    A word not found in the title or keywords is taken to be in the description (the
    caller only asks about services the index found).
    """
    padded_title = " " + title
    padded_keywords = " " + keywords
    title_words: set[str] | None = None
    keyword_words: set[str] | None = None
    tier = Tier.TITLE
    typo = False
    for word in query:
        needle = " " + word.typed
        if needle in padded_title:
            continue
        if word.typo_terms:
            title_words = set(title.split()) if title_words is None else title_words
            if not word.typo_terms.isdisjoint(title_words):
                typo = True
                continue
        if needle in padded_keywords:
            tier = max(tier, Tier.KEYWORD)
            continue
        if word.typo_terms:
            keyword_words = set(keywords.split()) if keyword_words is None else keyword_words
            if not word.typo_terms.isdisjoint(keyword_words):
                tier, typo = max(tier, Tier.KEYWORD), True
                continue
        tier = Tier.DESCRIPTION
    first = query[0] if query else None
    title_starts = first is not None and (
        padded_title.startswith(" " + first.typed) or title.split(" ", 1)[0] in first.typo_terms
    )
    return MatchScore(tier, typo, title_starts)


def match_tier(
    query: Sequence[QueryWord],
    title: Sequence[str],
    keywords: Sequence[str],
    description: Sequence[str],
) -> MatchScore | None:
    """How well a service (its normalised words) matches the typed words, or None.

    Each typed word counts where it is best found: title, then keywords and synonyms, then
    description; the service's tier is that of its worst-placed word.
    """
    if not query:
        return None
    every = set(title) | set(keywords) | set(description)
    if not all(any(w.matches(t) for t in every) for w in query):
        return None
    return match_fields(query, " ".join(title), " ".join(keywords))


__all__ = [
    "FUZZY_KEY_MAX",
    "RULES_VERSION",
    "TYPO_MIN_LETTERS",
    "MatchScore",
    "QueryWord",
    "Tier",
    "match_fields",
    "match_tier",
    "normalise",
    "prefix_matches",
    "query_fuzzy_keys",
    "term_fuzzy_keys",
    "typo_allowed",
    "within_one_edit",
    "words",
]
