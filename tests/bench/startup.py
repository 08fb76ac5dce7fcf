"""Startup benchmark: the kiosk's home screen against a bare PySide6 window, in one run.

Alternates a bare window (QMainWindow + QLabel, shown, one event loop turn) with
``kiosk demo --exit-after-startup`` on an already initialised data dir, N times each, and
prints one JSON line: median wall times, median peak RSS, and their ratios. The kiosk package
is byte-compiled first, as it is on an installed terminal.
Targets (issue 2): startup_ratio <= 1.5, rss_ratio <= 1.6.

    .venv/bin/python tests/bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hallo"))
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{cmd} failed with {proc.returncode}: {err}")
    if proc.stderr:
        proc.stderr.close()
    return elapsed, usage.ru_maxrss / 1024.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed terminal has byte-compiled modules (pip compiles the wheel at install
    # time). A checkout run with PYTHONDONTWRITEBYTECODE=1 (as on our CI machines) would
    # compile every kiosk module from source on every start (~25 ms): compile them once here.
    package = Path(__file__).resolve().parents[2] / "kiosk"
    compileall.compile_dir(package, quiet=1)
    kiosk = [sys.executable, "-m", "kiosk"]
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        kiosk_cmd = [*kiosk, "demo", "--exit-after-startup", "--data-dir", str(data_dir)]
        bare_cmd = [sys.executable, str(bare_script)]
        measure(kiosk_cmd, env)  # initialise the data dir (schema + demo content), not timed
        measure(bare_cmd, env)  # warm the file cache for both
        bare_t, bare_rss, kiosk_t, kiosk_rss = [], [], [], []
        for _ in range(args.runs):
            t, r = measure(bare_cmd, env)
            bare_t.append(t)
            bare_rss.append(r)
            t, r = measure(kiosk_cmd, env)
            kiosk_t.append(t)
            kiosk_rss.append(r)

    result = {
        "benchmark": "startup",
        "runs": args.runs,
        "platform": env["QT_QPA_PLATFORM"],
        "bare_s": round(statistics.median(bare_t), 3),
        "kiosk_s": round(statistics.median(kiosk_t), 3),
        "bare_rss_mib": round(statistics.median(bare_rss), 1),
        "kiosk_rss_mib": round(statistics.median(kiosk_rss), 1),
        "startup_ratio": round(statistics.median(kiosk_t) / statistics.median(bare_t), 2),
        "rss_ratio": round(statistics.median(kiosk_rss) / statistics.median(bare_rss), 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
