#!/usr/bin/env bash
# Install the test dependencies into .venv and run every check: ruff, import-linter (layer
# contracts), mypy, and the whole pytest suite (benchmarks under tests/bench are run separately).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== import-linter"
.venv/bin/lint-imports
echo "== mypy"
.venv/bin/mypy
echo "== translations"
.venv/bin/python tools/i18n.py check
echo "== pytest"
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
