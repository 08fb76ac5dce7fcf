"""Search-as-you-type benchmark: 5,000 generated services, 200 queries typed letter by letter.

Builds a valid content pack of generated German services (titles of 2–6 words, short texts
of ~20 words, full descriptions of 80–300 words, keywords and synonyms), imports it into a
fresh terminal database (which builds the search index), then types 200 queries one letter
at a time. About a fifth of the queries carry one typo, a fifth use ae/oe/ue/ss spellings,
a fifth have two words. Each keystroke is timed from the query text to the result list model
updated (the services screen's Qt model when the UI is importable, else the store call
alone: then ``"scope": "store"``); painting is not included. Prints ONE JSON line.

Target (issue 4): search_p95_ms <= 16 (one frame at 60 Hz).

    .venv/bin/python tests/bench/search.py [--services 5000] [--queries 200] [--seed 4]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.core.content import parse_content_pack
from kiosk.store.content import import_content_pack
from kiosk.store.db import open_database
from kiosk.store.schema import prepare_database
from kiosk.store.service_search import ServiceSearch


def _split(text: str) -> list[str]:
    return text.split()


STEMS = _split(
    "Personal Ausweis Reise Pass Führer Schein Fahr Erlaubnis Wohn Sitz Melde Bescheinigung "
    "Geburt Urkunde Ehe Schließung Sterbe Fall Hunde Steuer Gewerbe Bau Antrag Genehmigung "
    "Sperr Müll Abfall Kinder Garten Krippe Betreuung Renten Beratung Alters Versicherung "
    "Park Behinderung Fund Sachen Beglaubigung Brief Wahl Schein Straßen Laterne Bürger Bus "
    "Mitfahr Bank Ehrenamts Karte Digital Sprechstunde Vereins Fest Ausschank Lebens Grund "
    "Wasser Abwasser Gebühr Friedhof Grab Nutzung Recht Jagd Fischerei Wald Holz Brenn Feuer "
    "Wehr Schul Weg Beförderung Zuschuss Förderung Heiz Kosten Energie Solar Dach Garten "
    "Zaun Nachbar Schlichtung Schieds Amt Gericht Vollmacht Betreuungs Verfügung Pflege Geld "
    "Wohn Berechtigung Sozial Hilfe Unterhalt Vorschuss Eltern Zeit Mutter Schutz Jugend "
    "Arbeit Gesundheit Zeugnis Impf Nachweis Trink Quelle Brunnen Kanal Anschluss Straße "
    "Reinigung Winter Dienst Räum Pflicht Baum Fällung Hecke Schnitt Natur Denkmal Kultur "
    "Halle Miete Raum Dorf Gemeinschafts Haus Sport Platz Spiel Markt Stand Kirmes Umzug "
    "Aufenthalt Titel Einbürgerung Namens Änderung Kirchen Austritt Lohn Auskunft Register"
)
VERBS = _split(
    "beantragen anmelden abmelden ummelden verlängern melden bestellen anzeigen ändern "
    "erneuern nutzen prüfen einreichen abholen umtauschen kündigen"
)
FILLER = _split(
    "Sie der die das und oder mit für bei vom zum zur Ihre Ihren wenn dann müssen können "
    "sollten Unterlagen Termin Amt Verbandsgemeinde Gemeinde Kreis Verwaltung bitte vorher "
    "rechtzeitig innerhalb Wochen Monaten Tagen persönlich schriftlich online Formular "
    "Nachweise Kopie Original Gebühren Euro kostenlos zuständig Stelle Öffnungszeiten "
    "Antragsteller Angehörige Familie Kinder Eltern Wohnung Grundstück Fahrzeug Hund "
    "Bescheid Auszahlung Prüfung Bearbeitung Dauer etwa höchstens mindestens außerdem "
    "übermitteln Unterschrift Vertreter Bevollmächtigte größere kleinere Änderungen"
)


def _compound(rng: random.Random) -> str:
    parts = rng.sample(STEMS, rng.choice((1, 2, 2, 3)))
    word = parts[0] + "".join(p.lower() for p in parts[1:])
    return word


def _sentence(rng: random.Random, n: int, vocab: list[str]) -> str:
    chosen = [rng.choice(FILLER) if rng.random() < 0.7 else rng.choice(vocab) for _ in range(n)]
    return " ".join(chosen).capitalize() + "."


def generate_pack(services: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    vocab = [_compound(rng) for _ in range(3000)]
    items = []
    for i in range(services):
        title_words = [_compound(rng) for _ in range(rng.choice((1, 1, 2, 3)))]
        title = " ".join(title_words) + " " + rng.choice(VERBS)
        paragraphs = [
            "<p>" + " ".join(_sentence(rng, rng.randint(8, 20), vocab) for _ in range(3)) + "</p>"
            for _ in range(rng.randint(2, 5))
        ]
        items.append(
            {
                "id": f"s{i:05d}",
                "title": title[:200],
                "short": _sentence(rng, rng.randint(12, 28), vocab)[:500],
                "full": "".join(paragraphs)[:20000],
                "categories": ["alles"],
                "keywords": list(dict.fromkeys(rng.sample(vocab, rng.randint(2, 6)))),
                "synonyms": [_compound(rng) for _ in range(rng.randint(1, 3))],
            }
        )
    return {
        "format": "dorfkiosk-content",
        "format_version": 1,
        "pack_version": "bench",
        "generated_at": "2026-11-26T08:00:00+01:00",
        "region": {"id": "bench", "name": "Benchmark"},
        "villages": [{"id": "dorf", "name": "Dorf", "postal_code": "56993"}],
        "hubs": [],
        "offices": [],
        "categories": [{"id": "alles", "label": {"de": "Alles"}}],
        "life_situations": [],
        "services": items,
    }


_SPELLINGS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("insert", "delete", "replace", "swap"))
    if kind == "insert":
        return word[:i] + rng.choice("aeinrst") + word[i:]
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "replace":
        return word[:i] + rng.choice("aeinrst") + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def generate_queries(pack: dict[str, Any], count: int, seed: int) -> list[str]:
    rng = random.Random(seed + 1)
    queries = []
    for n in range(count):
        service = rng.choice(pack["services"])
        source = rng.choice([service["title"], *service["keywords"]]).split()
        word = rng.choice(source)
        kind = n % 5
        if kind == 1 and len(word) >= 6:
            word = _typo(rng, word)
        elif kind == 2:
            word = "".join(_SPELLINGS.get(c, c) for c in word).lower()
        elif kind == 3 and len(source) > 1:
            word = " ".join(source[:2])
        queries.append(word)
    return queries


def _model_updater() -> tuple[Any, str]:
    """The services screen's result model and list view (with a QApplication), if importable."""
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from kiosk.ui.screens.services.overview import ServiceList
        from kiosk.ui.screens.services.search_model import SearchResultsModel
    except ImportError:
        return None, "store"
    app = QApplication.instance() or QApplication([])
    model = SearchResultsModel()
    view = ServiceList(model)  # reacts to the model reset like on screen (not painted)
    return (app, model, view), "store+qt_model"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()

    data = generate_pack(args.services, args.seed)
    pack = parse_content_pack(data)
    queries = generate_queries(data, args.queries, args.seed)
    ui, scope = _model_updater()
    model = ui[1] if ui else None
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-search-") as tmp:
        db_path = Path(tmp) / "kiosk.sqlite3"
        prepare_database(db_path, Path(tmp) / "backups")
        db = open_database(db_path)
        started = time.perf_counter()
        import_content_pack(db, pack)
        import_seconds = time.perf_counter() - started
        db_mib = db_path.stat().st_size / 2**20
        search = ServiceSearch(db)
        search.ensure_index()
        search.search("warm up")
        times: list[float] = []
        empty = 0
        for query in queries:
            for cut in range(1, len(query) + 1):
                typed = query[:cut]
                t0 = time.perf_counter()
                hits = search.search(typed)
                if model is not None:
                    model.set_hits(hits)
                times.append((time.perf_counter() - t0) * 1000)
            if not hits:
                empty += 1
        db.dispose()
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    result = {
        "bench": "search",
        "scope": scope,
        "services": args.services,
        "queries": len(queries),
        "keystrokes": len(times),
        "search_p50_ms": round(statistics.median(times), 2),
        "search_p95_ms": round(p95, 2),
        "search_max_ms": round(times[-1], 2),
        "queries_without_results": empty,
        "import_s": round(import_seconds, 2),
        "db_mib": round(db_mib, 1),
        "target_p95_ms": 16,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
