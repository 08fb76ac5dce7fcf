"""Several writers through separate connections, two server processes' worth of app instances
on ONE PostgreSQL database, pullers racing them: nothing lost, nothing twice, no gaps."""

from __future__ import annotations

import itertools
import random
import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from kiosk.server.models import ReceivedEntry
from kiosk.server.schema import upgrade
from kiosk.sync import protocol as p
from tests.server.live import Api, LiveServer, booking

TERMINALS = 6
BATCHES = 8
BATCH_SIZE = 5


@pytest.fixture
def two_servers(postgres_url: str) -> Iterator[tuple[LiveServer, LiveServer]]:
    upgrade(postgres_url)
    with LiveServer.start(postgres_url) as one, LiveServer.start(postgres_url) as two:
        yield one, two


def test_concurrent_pushes_and_pulls_on_postgresql(
    two_servers: tuple[LiveServer, LiveServer],
) -> None:
    servers = [Api(server) for server in two_servers]
    terminals = [servers[0].enroll("hub", f"t{i}") for i in range(TERMINALS)]
    batches = {
        t.terminal_id: [[booking() for _ in range(BATCH_SIZE)] for _ in range(BATCHES)]
        for t in terminals
    }
    expected_keys = {str(e.payload["booking_id"]) for bs in batches.values() for b in bs for e in b}
    statuses: Counter[str] = Counter()
    accepted_ids: Counter[str] = Counter()
    errors: list[BaseException] = []
    lock = threading.Lock()
    writers_done = threading.Event()

    def record(response: p.PushResponse) -> None:
        with lock:
            for result in response.results:
                statuses[result.status] += 1
                if result.status == "accepted":
                    accepted_ids[result.id] += 1

    def writer(terminal: p.EnrollResponse, worker: int) -> None:
        rng = random.Random(worker)
        clients = [Api(server.server) for server in servers]  # own connections
        try:
            for batch in batches[terminal.terminal_id]:
                record(rng.choice(clients).push(terminal.token, batch))
                if rng.random() < 0.5:  # the response was "lost": the same batch again
                    record(rng.choice(clients).push(terminal.token, batch))
        except BaseException as exc:
            errors.append(exc)
        finally:
            for client in clients:
                client.close()

    def racer(terminal: p.EnrollResponse) -> None:
        """A retry racing its original on the other server process."""
        shared = [booking() for _ in range(BATCH_SIZE)]
        with lock:
            expected_keys.update(str(e.payload["booking_id"]) for e in shared)
        start = threading.Barrier(2)

        def send(api: Api) -> None:
            client = Api(api.server)
            try:
                start.wait()
                record(client.push(terminal.token, shared))
            except BaseException as exc:
                errors.append(exc)
            finally:
                client.close()

        pair = [threading.Thread(target=send, args=(api,)) for api in servers]
        for thread in pair:
            thread.start()
        for thread in pair:
            thread.join()

    pulled: list[p.Change] = []

    def puller() -> None:
        client_cycle = itertools.cycle([Api(s.server) for s in servers])
        cursor = 0
        epoch = terminals[0].epoch
        try:
            while True:
                finished = writers_done.is_set()
                page = next(client_cycle).pull(terminals[0].token, cursor, limit=7, epoch=epoch)
                assert not page.reset
                pulled.extend(page.changes)
                cursor = page.cursor
                if finished and not page.has_more:
                    break
        except BaseException as exc:
            errors.append(exc)

    pull_thread = threading.Thread(target=puller)
    pull_thread.start()
    threads = [threading.Thread(target=writer, args=(t, i)) for i, t in enumerate(terminals)]
    threads += [threading.Thread(target=racer, args=(t,)) for t in terminals[:3]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    writers_done.set()
    pull_thread.join(timeout=120)
    for server in servers:
        server.close()

    assert not errors, errors
    # Every entry applied exactly once; every repeat answered as a duplicate.
    assert set(accepted_ids.values()) == {1}
    assert len(accepted_ids) == len(expected_keys)
    assert statuses["conflict"] == statuses["rejected"] == 0
    with two_servers[0].database.read() as session:
        assert session.scalar(select(func.count()).select_from(ReceivedEntry)) == len(expected_keys)
    # The puller saw every booking exactly once, in increasing seq order, with no gaps skipped.
    keys = [c.key for c in pulled if c.kind == "booking"]
    assert Counter(keys).most_common(1)[0][1] == 1
    assert set(keys) == expected_keys
    seqs = [c.seq for c in pulled]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)


def test_concurrent_redemption_of_one_enrolment_code(postgres_url: str) -> None:
    upgrade(postgres_url)
    with LiveServer.start(postgres_url) as one, LiveServer.start(postgres_url) as two:
        one.add_hub("hub")
        code = one.enroll_code("hub")
        body = p.EnrollRequest(code, "T", "0.1.0").to_json()
        statuses: list[int] = []
        barrier = threading.Barrier(6)

        def redeem(server: LiveServer) -> None:
            client = Api(server)
            barrier.wait()
            statuses.append(client.post("/enroll", body).status_code)
            client.close()

        threads = [threading.Thread(target=redeem, args=(s,)) for s in [one, two] * 3]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(statuses) == [200, 403, 403, 403, 403, 403]
