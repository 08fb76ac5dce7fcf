"""The push applies a batch in one savepoint and publishes its changes under one seq block:
what a terminal sees must be the same as if every entry had been applied one by one."""

from __future__ import annotations

from tests.server.live import Api, booking, entry


def test_a_rejection_inside_a_batch_undoes_nothing_else_and_seqs_are_real(api: Api) -> None:
    terminal = api.enroll("hub")
    first = booking("b-1")
    rejected = entry("survey.teleport")
    second = booking("b-2")
    cancel = booking("b-1", kind="booking.cancel")
    batch = [first, rejected, second, cancel]

    response = api.push(terminal.token, batch)

    assert [r.status for r in response.results] == ["accepted", "rejected", "accepted", "accepted"]
    seqs = [r.result["seq"] for r in response.results if r.result is not None]
    assert all(isinstance(s, int) and s > 0 for s in seqs)
    # In entry order, one block for the batch (the undone first pass left no seq behind).
    assert seqs == list(range(seqs[0], seqs[0] + 3))
    page = api.pull(terminal.token)
    bookings = {c.key: c for c in page.changes if c.kind == "booking"}
    assert set(bookings) == {"b-1", "b-2"}  # nothing from the rejected entry, nothing twice
    assert bookings["b-2"].seq == seqs[1]
    assert bookings["b-1"].seq == seqs[2]  # the key moved to the cancel's seq
    assert bookings["b-1"].data is not None and bookings["b-1"].data["status"] == "cancelled"
    assert page.cursor == seqs[2]

    # A lost response: the resend is answered from the stored records, seqs included.
    again = api.push(terminal.token, batch)
    assert [r.status for r in again.results] == ["duplicate", "rejected", "duplicate", "duplicate"]
    assert [r.result for r in again.results if r.result] == [
        r.result for r in response.results if r.result
    ]
    assert api.pull(terminal.token, cursor=page.cursor).changes == ()


def test_pushes_without_changes_take_no_seq(api: Api) -> None:
    terminal = api.enroll("hub")
    head = api.pull(terminal.token).cursor
    response = api.push(terminal.token, [entry(answers={"q": 1}) for _ in range(5)])
    assert {r.status for r in response.results} == {"accepted"}
    assert api.pull(terminal.token).cursor == head
