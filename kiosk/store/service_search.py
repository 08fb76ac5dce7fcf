"""Search-as-you-type over the services: an SQLite FTS5 index of normalised texts.

Tables (migration ``0003``):

``search_fts``    FTS5, one row per service and language (German always, plus each
                  translation): the normalised title, keywords, synonyms, short and full
                  description, and the original title and short text for display.
``search_fuzzy``  typo lookup keys of the index vocabulary (see
                  :func:`kiosk.core.search_text.term_fuzzy_keys`).
``search_index``  which pack (SHA-256) and which rules version the index was built for.

The index is rebuilt in the same transaction as a content import
(:func:`rebuild_search_index`, called by :func:`kiosk.store.content.import_content_pack`),
and on first use when it is missing or was built by older rules (:func:`ensure_search_index`).

A query (:func:`search_services`): every typed word is a prefix; a word of five letters or
more may also stand for the indexed words within one typo (found through ``search_fuzzy``,
checked with :func:`kiosk.core.search_text.prefix_matches`). FTS5 finds the candidates,
ordered by BM25 with the title weighted most; :func:`kiosk.core.search_text.match_tier`
puts title matches first, then keyword/synonym matches, then description matches.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CheckConstraint, Integer, String, Text, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core.content import ContentPack, Service
from kiosk.core.search_text import (
    RULES_VERSION,
    QueryWord,
    Tier,
    match_fields,
    normalise,
    prefix_matches,
    query_fuzzy_keys,
    term_fuzzy_keys,
    words,
)
from kiosk.store.base import Base
from kiosk.store.db import Database

FTS_TABLE = "search_fts"
CANDIDATES = 300
"""FTS rows ranked in Python per query (BM25 order puts title matches well inside this)."""
MAX_QUERY_WORDS = 8
MAX_TYPO_TERMS = 30
"""Indexed words one typed word may stand for through a typo (closest first)."""

_TAG = re.compile(r"<[^>]*>")


class SearchFuzzyKey(Base):
    """A typo lookup key of one indexed word."""

    __tablename__ = "search_fuzzy"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (SQLAlchemy's own type)

    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    term: Mapped[str] = mapped_column(Text, primary_key=True)


class SearchIndexState(Base):
    __tablename__ = "search_index"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_sha256: Mapped[str] = mapped_column(String(64))
    rules_version: Mapped[int] = mapped_column(Integer)


@dataclass(frozen=True)
class SearchHit:
    """One service in the result list, best first."""

    service_id: str
    title: str
    snippet: str
    """The service's short text, in the language of the row that matched."""
    language: str
    tier: Tier
    typo: bool
    """The match needed a typo correction."""
    score: float
    """Lower is better (BM25 of the best matching row)."""


def not_search_fts(name: str | None, type_: str, _parent: object = None) -> bool:
    """Alembic ``include_name`` filter: False for the FTS5 table and its shadow tables.

    They are created by hand in migration 0003 and have no model; autogenerate and the
    models-versus-migrations test must not see them as tables to drop.
    """
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def plain_text(rich: str) -> str:
    """The words of limited rich text (tags dropped, entities decoded), for the index."""
    return html.unescape(_TAG.sub(" ", rich))


def _rows(service: Service) -> list[dict[str, Any]]:
    german_keywords = " ".join(service.keywords)
    synonyms = normalise(" ".join(service.synonyms))
    out = [
        {
            "service_id": service.id,
            "lang": "de",
            "display_title": service.title,
            "display_short": service.short,
            "title": normalise(service.title),
            "keywords": normalise(german_keywords),
            "synonyms": synonyms,
            "short": normalise(service.short),
            "full": normalise(plain_text(service.full)),
        }
    ]
    for lang, tr in service.translations.items():
        out.append(
            {
                "service_id": service.id,
                "lang": lang,
                "display_title": tr.title,
                "display_short": tr.short,
                "title": normalise(tr.title),
                "keywords": normalise(" ".join(tr.keywords)),
                "synonyms": "",
                "short": normalise(tr.short),
                "full": normalise(plain_text(tr.full or "")),
            }
        )
    return out


_COLUMNS = (
    "service_id",
    "lang",
    "display_title",
    "display_short",
    "title",
    "keywords",
    "synonyms",
    "short",
    "full",
)
_INSERT = text(
    f"INSERT INTO {FTS_TABLE} ({', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in _COLUMNS)})"
)


def rebuild_search_index(session: Session, pack: ContentPack) -> int:
    """Replace the index with ``pack``'s services inside the caller's write transaction.

    Returns the number of indexed rows (services times languages).
    """
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    session.execute(text("DELETE FROM search_fuzzy"))
    session.execute(text("DELETE FROM search_index"))
    rows = [row for service in pack.services for row in _rows(service)]
    if rows:
        session.execute(_INSERT, rows)
        session.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))
    vocabulary: set[str] = set()
    for row in rows:
        for column in ("title", "keywords", "synonyms", "short", "full"):
            vocabulary.update(row[column].split())
    keys = [{"key": k, "term": t} for t in sorted(vocabulary) for k in term_fuzzy_keys(t)]
    if keys:
        session.execute(text("INSERT INTO search_fuzzy (key, term) VALUES (:key, :term)"), keys)
    session.add(SearchIndexState(id=1, pack_sha256=pack.sha256, rules_version=RULES_VERSION))
    return len(rows)


def _index_is_current(session: Session) -> bool:
    row = session.execute(
        text(
            "SELECT p.sha256 = s.pack_sha256 AND s.rules_version = :rules "
            "FROM content_pack AS p LEFT JOIN search_index AS s ON s.id = 1"
        ),
        {"rules": RULES_VERSION},
    ).first()
    return row is None or bool(row[0])  # no content: nothing to index


def ensure_search_index(db: Database) -> bool:
    """Build the index if it is missing or stale (older pack or rules); True if it was built."""
    with db.session() as session:
        if _index_is_current(session):
            return False
    from kiosk.store.content import load_content  # content imports this module

    pack = load_content(db)
    with db.write() as session:
        if _index_is_current(session) or pack is None:
            return False
        rebuild_search_index(session, pack)
    return True


def _typo_terms(session: Session, typed: str) -> frozenset[str]:
    keys = sorted(query_fuzzy_keys(typed))
    if not keys:
        return frozenset()
    marks = ", ".join(f":k{i}" for i in range(len(keys)))
    found = session.execute(
        text(f"SELECT DISTINCT term FROM search_fuzzy WHERE key IN ({marks})"),
        {f"k{i}": k for i, k in enumerate(keys)},
    ).scalars()
    matches = [t for t in found if not t.startswith(typed) and prefix_matches(typed, t)]
    matches.sort(key=lambda t: (abs(len(t) - len(typed)), t))
    return frozenset(matches[:MAX_TYPO_TERMS])


def _match_expression(query: Sequence[QueryWord]) -> str:
    parts = []
    for word in query:
        options = [f'"{word.typed}"*', *(f'"{t}"' for t in sorted(word.typo_terms))]
        parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


def query_words(session: Session, query: str) -> list[QueryWord]:
    """The typed words, normalised, each with the indexed words it may mean through a typo."""
    typed = list(dict.fromkeys(words(query)))[:MAX_QUERY_WORDS]
    return [QueryWord(t, _typo_terms(session, t)) for t in typed]


_SELECT = (
    "SELECT service_id, lang, display_title, display_short, title, keywords, synonyms, "
    f"bm25({FTS_TABLE}, 0, 0, 0, 0, 10.0, 5.0, 5.0, 2.0, 1.0) AS score "
    f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match AND lang IN ('de', :lang) "
)
_BY_SCORE = text(_SELECT + "ORDER BY score LIMIT :candidates")
_BY_TITLE = text(_SELECT + "ORDER BY title LIMIT :candidates")

SHORT_QUERY = 3
"""Fewer letters than this: only titles that start with them (an A–Z jump, not a search)."""
DESCRIPTION_MIN_LETTERS = 4
"""Descriptions are searched only when every typed word has at least this many letters."""


def _fts_rows(
    session: Session, qwords: Sequence[QueryWord], language: str, limit: int
) -> list[Any]:
    params: dict[str, Any] = {"lang": language, "candidates": CANDIDATES}
    if len(qwords) == 1 and len(qwords[0].typed) < SHORT_QUERY:
        params["match"] = f'{{title}} : ^"{qwords[0].typed}"*'
        return list(session.execute(_BY_TITLE, params).all())
    expression = _match_expression(qwords)
    params["match"] = f"{{title keywords synonyms}} : ({expression})"
    rows = list(session.execute(_BY_SCORE, params).all())
    if len({row[0] for row in rows}) >= limit or any(
        len(w.typed) < DESCRIPTION_MIN_LETTERS for w in qwords
    ):
        return rows
    params["match"] = expression
    return rows + list(session.execute(_BY_SCORE, params).all())


def search_services(
    db: Database, query: str, language: str = "de", *, limit: int = 50
) -> list[SearchHit]:
    """Services matching what was typed so far, best first (at most ``limit``).

    Searches the German texts and those of ``language``. One or two letters find the
    services whose title starts with them; longer input searches titles, keywords and
    synonyms, and descriptions too unless there are enough matches there already. Call
    :func:`ensure_search_index` once before (the :class:`ServiceSearch` object does).
    """
    with db.session() as session:
        qwords = query_words(session, query)
        if not qwords:
            return []
        rows = _fts_rows(session, qwords, language, limit)
    return rank(qwords, rows, language, limit)


def rank(
    qwords: Sequence[QueryWord], rows: Iterable[Sequence[Any]], language: str, limit: int
) -> list[SearchHit]:
    """Order FTS rows by tier (title, keywords, description), typo, title start, length."""
    best: dict[str, tuple[tuple[int, int, int, int, int, float], SearchHit]] = {}
    for service_id, lang, title, short, n_title, n_keywords, n_synonyms, score in rows:
        matched = match_fields(qwords, n_title, f"{n_keywords} {n_synonyms}")
        prefer_language = 0 if lang == language else 1
        key = (*matched.sort_key(len(title)), prefer_language, float(score))
        hit = SearchHit(service_id, title, short, lang, matched.tier, matched.typo, float(score))
        if service_id not in best or key < best[service_id][0]:
            best[service_id] = (key, hit)
    ordered = sorted(best.values(), key=lambda pair: pair[0])
    return [hit for _, hit in ordered[:limit]]


class ServiceSearch:
    """Search over one database; builds the index on first use if it is missing or stale."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._checked = False

    def ensure_index(self) -> None:
        ensure_search_index(self._db)
        self._checked = True

    def search(self, query: str, language: str = "de", *, limit: int = 50) -> list[SearchHit]:
        if not self._checked:
            self.ensure_index()
        return search_services(self._db, query, language, limit=limit)


__all__ = [
    "SearchFuzzyKey",
    "SearchHit",
    "SearchIndexState",
    "ServiceSearch",
    "ensure_search_index",
    "not_search_fts",
    "plain_text",
    "query_words",
    "rebuild_search_index",
    "search_services",
]
