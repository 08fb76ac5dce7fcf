"""A terminal process for the SIGKILL trials: writes entries and syncs, forever, until killed.

``python -m tests.chaos.kill_worker DATA_DIR SEED`` prints ``ready`` once everything is
imported and opened, then loops: commit 1-5 entries (each in its own write transaction, some
bookings), run one sync round. The parent kills it at a random moment.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from kiosk.paths import DataPaths
from kiosk.store.credentials import load_credentials
from kiosk.store.outbox import enqueue
from kiosk.sync.client import Backoff, Timeouts
from kiosk.ui.sync_ports import open_terminal_sync


def main(data_dir: str, seed: str) -> None:
    paths = DataPaths(Path(data_dir))
    credentials = load_credentials(paths.credentials)
    assert credentials is not None
    sync = open_terminal_sync(paths.root, paths.database, credentials, timeouts=Timeouts(2.0, 5.0))
    sync.backoff = Backoff(0.01, 0.05)
    rng = random.Random(seed)
    print("ready", flush=True)
    while True:
        for _ in range(rng.randint(1, 5)):
            with sync.db.write() as session:
                if rng.random() < 0.3:
                    enqueue(session, "booking.create", {"booking_id": f"b-{rng.random()}"})
                else:
                    enqueue(session, "submission.create", {"seed": seed, "r": rng.random()})
        sync.run_round()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
