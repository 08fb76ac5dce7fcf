"""In-memory stand-ins for the store's outbox and pulled state (the sync client's ports)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kiosk.sync import protocol as p


@dataclass
class MemoryOutbox:
    pending: list[p.OutboxEntry] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    attention: dict[str, p.Reason] = field(default_factory=dict)
    results_seen: list[p.EntryResult] = field(default_factory=list)

    def due(self, limit: int) -> Sequence[p.OutboxEntry]:
        return list(self.pending[:limit])

    def record_results(self, results: Sequence[p.EntryResult]) -> None:
        done = set()
        for result in results:
            self.results_seen.append(result)
            if result.delivered:
                self.sent.append(result.id)
            else:
                assert result.reason is not None
                self.attention[result.id] = result.reason
            done.add(result.id)
        self.pending = [e for e in self.pending if e.id not in done]

    def record_invalid(self, entry_id: str, reason: p.Reason) -> None:
        self.attention[entry_id] = reason
        self.pending = [e for e in self.pending if e.id != entry_id]

    def health(self) -> p.TerminalHealth:
        oldest = min((e.created_at for e in self.pending), default=None)
        return p.TerminalHealth("0.1.0-test", len(self.pending), oldest, 10**9, None)


@dataclass
class MemoryReplica:
    epoch: str | None = None
    cursor: int = 0
    state: dict[tuple[str, str], p.JSONObject] = field(default_factory=dict)
    resets: int = 0

    def position(self) -> tuple[str | None, int]:
        return self.epoch, self.cursor

    def apply(self, page: p.PullResponse) -> None:
        if page.reset:
            self.state.clear()
            self.resets += 1
        for change in page.changes:
            if change.data is None:
                self.state.pop((change.kind, change.key), None)
            else:
                self.state[(change.kind, change.key)] = change.data
        self.epoch, self.cursor = page.epoch, page.cursor
