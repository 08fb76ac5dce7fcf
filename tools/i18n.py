#!/usr/bin/env python3
"""Translation catalogs: extract, compile and check.

    tools/i18n.py update   extract tr() strings of kiosk/ui/**/*.py into
                           resources/translations/kiosk_<code>.ts (pyside6-lupdate)
    tools/i18n.py build    compile every .ts into the .qm beside it (pyside6-lrelease)
    tools/i18n.py check    fail if a language declared complete has unfinished or missing
                           strings (against the current code, not only the stored .ts), or if
                           any translation's placeholders (%n, %1, {name}) differ from its source
    tools/i18n.py todo     print the unfinished strings of every catalog as JSON (for a
                           translator: fill in "translations" and hand the file back)
    tools/i18n.py fill F   put the translations of a JSON file in that shape into the catalogs
                           (marks them finished), then run ``build``

German is the source language and has no catalog. Leichte Sprache is ``kiosk_de-LS.ts``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kiosk.ui.i18n import CATALOG_PREFIX, LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

SOURCES_DIR = ROOT / "kiosk" / "ui"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
# Languages whose catalog must have every string translated. Add a code once it is done.
COMPLETE = ("en", "tr", "uk", "ar", "de-LS")
TARGETS = tuple(lang for lang in LANGUAGES if lang.code != SOURCE_LANGUAGE)

PLACEHOLDER = re.compile(r"%n|%L?\d{1,2}|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    if beside_python.is_file():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into the virtual environment")
    return found


def ts_file(code: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"{CATALOG_PREFIX}{code}.ts"


def source_files(sources: Path = SOURCES_DIR) -> list[Path]:
    return sorted(p for p in sources.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(sources: Sequence[Path], ts: Path, target_language: str) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [
        _tool("pyside6-lupdate"),
        *map(str, sources),
        "-ts",
        str(ts),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        target_language,
        "-locations",
        "relative",
        "-silent",
    ]
    subprocess.run(command, check=True)


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@dataclass(frozen=True)
class Problem:
    file: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        if not self.context:
            return f"{self.file}: {self.what}"
        return f"{self.file}: [{self.context}] {self.source!r}: {self.what}"


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def check_ts(ts: Path, complete: bool, label: str | None = None) -> list[Problem]:
    """Problems in one catalog: unfinished entries (if ``complete``) and placeholder drift."""
    name = label or ts.name
    problems: list[Problem] = []
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            if complete and (kind == "unfinished" or not all(forms)):
                problems.append(Problem(name, context_name, source, "not translated"))
            wanted = _placeholders(source)
            for form in filter(None, forms):
                got = _placeholders(form)
                if message.get("numerus") == "yes":
                    # A singular form may spell the number out ("eine Minute").
                    wanted, got = wanted - {"%n"}, got - {"%n"}
                if got != wanted:
                    problems.append(
                        Problem(
                            name,
                            context_name,
                            source,
                            f"placeholders {sorted(got)} in {form!r}, expected {sorted(wanted)}",
                        )
                    )
    return problems


def check(
    translations: Path = TRANSLATIONS_DIR,
    sources: Path = SOURCES_DIR,
    complete: Iterable[str] = COMPLETE,
    refresh: bool = True,
) -> list[Problem]:
    """All problems of all catalogs; with ``refresh``, checked against the current code."""
    complete = set(complete)
    problems: list[Problem] = []
    files = source_files(sources)
    with tempfile.TemporaryDirectory() as scratch:
        for lang in TARGETS:
            ts = ts_file(lang.code, translations)
            is_complete = lang.code in complete
            if not ts.is_file():
                if is_complete:
                    problems.append(Problem(ts.name, "", "", "missing: run tools/i18n.py update"))
                continue
            checked = ts
            if refresh and files:
                checked = Path(scratch) / ts.name
                shutil.copyfile(ts, checked)
                lupdate(files, checked, lang.qt_language)
            problems += check_ts(checked, is_complete, label=ts.name)
    return problems


def update(translations: Path = TRANSLATIONS_DIR, sources: Path = SOURCES_DIR) -> list[Path]:
    files = source_files(sources)
    written = []
    for lang in TARGETS:
        ts = ts_file(lang.code, translations)
        lupdate(files, ts, lang.qt_language)
        written.append(ts)
    return written


def build(translations: Path = TRANSLATIONS_DIR) -> list[Path]:
    return [lrelease(ts) for ts in sorted(translations.glob(f"{CATALOG_PREFIX}*.ts"))]


TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _messages(root: ET.Element) -> Iterable[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def todo(translations: Path = TRANSLATIONS_DIR) -> list[dict[str, object]]:
    """Unfinished strings, one item per (context, source), with the languages lacking it:
    ``{"context", "source", "plural", "translations": {code: "" or ["", ""]}}``."""
    items: dict[tuple[str, str], dict[str, object]] = {}
    for lang in TARGETS:
        ts = ts_file(lang.code, translations)
        if not ts.is_file():
            continue
        for context, message in _messages(ET.parse(ts).getroot()):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            plural = message.get("numerus") == "yes"
            item = items.setdefault(
                (context, source),
                {"context": context, "source": source, "plural": plural, "translations": {}},
            )
            forms = len(list(translation.iter("numerusform"))) or 1
            wanted: object = [""] * forms if plural else ""
            item["translations"][lang.code] = wanted  # type: ignore[index]
    return list(items.values())


def fill(items: list[dict[str, object]], translations: Path = TRANSLATIONS_DIR) -> int:
    """Write the given translations into the catalogs; returns how many entries changed.
    Raises ValueError for an item that names no known string or has the wrong shape."""
    wanted: dict[str, dict[tuple[str, str], object]] = {}
    for item in items:
        key = (str(item.get("context", "")), str(item.get("source", "")))
        given = item.get("translations")
        if not isinstance(given, dict):
            raise ValueError(f"{key}: 'translations' must be an object of language codes")
        for code, text in given.items():
            if text in ("", None) or (isinstance(text, list) and not all(text)):
                continue  # still to do
            wanted.setdefault(code, {})[key] = text
    changed = 0
    for code, entries in wanted.items():
        ts = ts_file(code, translations)
        if not ts.is_file():
            raise ValueError(f"no catalog for language {code!r} ({ts.name})")
        tree = ET.parse(ts)
        found: set[tuple[str, str]] = set()
        for context, message in _messages(tree.getroot()):
            key = (context, message.findtext("source", ""))
            translation = message.find("translation")
            if key not in entries or translation is None:
                continue
            found.add(key)
            text = entries[key]
            if message.get("numerus") == "yes":
                forms = list(translation.iter("numerusform"))
                if not isinstance(text, list) or len(text) != len(forms):
                    raise ValueError(f"{code} {key}: give {len(forms)} plural forms as a list")
                for form, value in zip(forms, text, strict=True):
                    form.text = str(value)
            else:
                if not isinstance(text, str):
                    raise ValueError(f"{code} {key}: give the translation as a string")
                translation.text = text
            translation.attrib.pop("type", None)
            changed += 1
        missing = set(entries) - found
        if missing:
            raise ValueError(f"{code}: not in the catalog: {sorted(missing)[:3]}")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(TS_HEADER + body + "\n", encoding="utf-8")
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings into the .ts catalogs")
    sub.add_parser("build", help="compile the .ts catalogs into .qm files")
    sub.add_parser("todo", help="print the unfinished strings as JSON")
    fill_parser = sub.add_parser("fill", help="put translations from a JSON file in")
    fill_parser.add_argument("file", type=Path)
    check_parser = sub.add_parser("check", help="fail on unfinished or inconsistent catalogs")
    check_parser.add_argument(
        "--no-refresh",
        action="store_true",
        help="check the .ts files as stored, without extracting the current strings first",
    )
    args = parser.parse_args(argv)

    if args.command == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
        return 0
    if args.command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
        return 0
    if args.command == "fill":
        try:
            items = json.loads(args.file.read_text(encoding="utf-8"))
            if not isinstance(items, list):
                raise ValueError("the file must hold a JSON list (as `todo` prints it)")
            changed = fill(items)
        except (OSError, ValueError) as exc:
            print(f"{args.file}: {exc}", file=sys.stderr)
            return 2
        update()  # lupdate's own layout again
        print(f"filled {changed} translation(s); now run: tools/i18n.py build")
        return 0
    if args.command == "build":
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
        return 0
    problems = check(refresh=not args.no_refresh)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} translation problem(s)", file=sys.stderr)
        return 1
    print("translations ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
