"""``kiosk server ...``: run the regional server and administer its database.

``main(argv)`` is called by :mod:`kiosk.cli` with the arguments after ``server``. Every command
takes ``--db URL`` (else ``$KIOSK_SERVER_DB``, else a SQLite file in the server data dir, see
:mod:`kiosk.server.paths`). A SQLite database is created/upgraded on first use; a PostgreSQL
database must be upgraded explicitly (``kiosk server db upgrade``), because several server
processes may share it. Errors are one line on stderr; usage errors exit with 2.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from kiosk.errors import KnownError, UsageError
from kiosk.server.paths import default_database_url

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROG = "kiosk server"
_T = TypeVar("_T")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _db_option() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB "
        "(default: $KIOSK_SERVER_DB, else server.sqlite3 in the server data dir)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _db_option()
    parser = _Parser(prog=PROG, description="The Dorfkiosk regional server.", parents=[common])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    run = commands.add_parser("run", parents=[common], help="serve the HTTP API")
    run.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    run.add_argument("--port", type=int, default=8080, help="TCP port (8080)")
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="server processes (1); on PostgreSQL about one per CPU core",
    )
    run.set_defaults(handler=_cmd_run)

    db = commands.add_parser("db", parents=[common], help="the server database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_commands.required = True
    db_commands.add_parser(
        "upgrade", parents=[common], help="create or migrate the schema"
    ).set_defaults(handler=_cmd_db_upgrade)
    db_commands.add_parser(
        "rotate-epoch",
        parents=[common],
        help="after restoring a backup: make every terminal resync in full",
    ).set_defaults(handler=_cmd_rotate_epoch)

    hub = commands.add_parser("hub", parents=[common], help="hubs (Dorfbüros)")
    hub_commands = hub.add_subparsers(dest="hub_command", metavar="ACTION", parser_class=_Parser)
    hub_commands.required = True
    hub_add = hub_commands.add_parser("add", parents=[common], help="add a hub")
    hub_add.add_argument("hub_id", metavar="ID", help="short id, e.g. lindenbach")
    hub_add.add_argument("name", metavar="NAME", help='display name, e.g. "Dorfbüro Lindenbach"')
    hub_add.set_defaults(handler=_cmd_hub_add)
    hub_commands.add_parser("list", parents=[common], help="list hubs").set_defaults(
        handler=_cmd_hub_list
    )

    code = commands.add_parser(
        "enroll-code", parents=[common], help="a one-time code to enrol a terminal for a hub"
    )
    code.add_argument("--hub", required=True, metavar="ID", help="the hub the terminal serves")
    code.add_argument(
        "--ttl-hours", type=float, default=24.0, metavar="H", help="valid for H hours (24)"
    )
    code.set_defaults(handler=_cmd_enroll_code)

    commands.add_parser(
        "terminals", parents=[common], help="the fleet: last seen, version, outbox, errors"
    ).set_defaults(handler=_cmd_terminals)

    content = commands.add_parser("content", parents=[common], help="the region's content pack")
    content_commands = content.add_subparsers(
        dest="content_command", metavar="ACTION", parser_class=_Parser
    )
    content_commands.required = True
    content_import = content_commands.add_parser(
        "import",
        parents=[common],
        help="validate a content pack (all or nothing) and publish it to every terminal",
    )
    content_import.add_argument("pack", metavar="PACK", help="content pack file (JSON)")
    content_import.set_defaults(handler=_cmd_content_import)

    forms = commands.add_parser("forms", parents=[common], help="participation forms")
    forms_commands = forms.add_subparsers(
        dest="forms_command", metavar="ACTION", parser_class=_Parser
    )
    forms_commands.required = True
    forms_import = forms_commands.add_parser(
        "import", parents=[common], help="import form definitions (JSON files), all or none"
    )
    forms_import.add_argument("files", nargs="+", metavar="FILE", help="form definition file")
    forms_import.set_defaults(handler=_cmd_forms_import)
    forms_commands.add_parser(
        "list", parents=[common], help="forms, newest versions, submissions"
    ).set_defaults(handler=_cmd_forms_list)
    publish = forms_commands.add_parser(
        "publish-results", parents=[common], help="count a closed survey, show it at terminals"
    )
    publish.add_argument("form", metavar="ID", help="form id of a closed survey")
    publish.set_defaults(handler=_cmd_forms_publish_results)

    export = commands.add_parser("export", parents=[common], help="export collected data")
    export_commands = export.add_subparsers(
        dest="export_command", metavar="WHAT", parser_class=_Parser
    )
    export_commands.required = True
    export_submissions = export_commands.add_parser(
        "submissions", parents=[common], help="a form's submissions, one column per question"
    )
    export_submissions.add_argument("--form", required=True, metavar="ID", help="form id")
    export_submissions.add_argument("--format", choices=("csv", "json"), default="csv")
    export_submissions.add_argument(
        "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    export_submissions.set_defaults(handler=_cmd_export_submissions)
    export_bookings = export_commands.add_parser(
        "bookings", parents=[common], help="the calendar's bookings (with the citizens' contact)"
    )
    export_bookings.add_argument("--hub", metavar="ID", help="only this hub")
    export_bookings.add_argument(
        "--since", metavar="YYYY-MM-DD", help="only bookings starting on or after this day (UTC)"
    )
    export_bookings.add_argument("--format", choices=("csv", "json"), default="csv")
    export_bookings.add_argument(
        "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    export_bookings.set_defaults(handler=_cmd_export_bookings)

    staff = commands.add_parser("staff", parents=[common], help="staff accounts (PIN login)")
    staff_commands = staff.add_subparsers(
        dest="staff_command", metavar="ACTION", parser_class=_Parser
    )
    staff_commands.required = True
    staff_add = staff_commands.add_parser(
        "add", parents=[common], help="add an account; the PIN is asked twice (or read from stdin)"
    )
    staff_add.add_argument("--hub", required=True, metavar="ID", help="the hub")
    staff_add.add_argument("--name", required=True, help='shown at login, e.g. "Petra Klein"')
    staff_add.add_argument("--role", choices=("staff", "admin"), default="staff")
    staff_add.add_argument("--id", dest="staff_id", metavar="ID", help="account id (random)")
    staff_add.set_defaults(handler=_cmd_staff_add)
    staff_list = staff_commands.add_parser("list", parents=[common], help="list accounts")
    staff_list.add_argument("--hub", metavar="ID", help="only this hub")
    staff_list.set_defaults(handler=_cmd_staff_list)

    _add_calendar_commands(commands, common)

    revoke = commands.add_parser("revoke", parents=[common], help="revoke a terminal's token")
    revoke.add_argument("terminal", metavar="TERMINAL", help="terminal id (or a unique prefix)")
    revoke.set_defaults(handler=_cmd_revoke)
    return parser


def _add_calendar_commands(commands: Any, common: _Parser) -> None:
    from kiosk.core.calendar import STATES
    from kiosk.core.calendar.model import DEFAULT_HOLIDAY_STATE

    calendar = commands.add_parser(
        "calendar", parents=[common], help="a hub's appointment calendar (hours, services)"
    )
    actions = calendar.add_subparsers(dest="calendar_command", metavar="ACTION",
                                      parser_class=_Parser)  # fmt: skip
    actions.required = True
    calendar_set = actions.add_parser(
        "set",
        parents=[common],
        help="check a calendar whole, store it and publish it to the hub's terminals",
        description="Set a hub's appointment calendar. Bookings already made are kept; those "
        "the new calendar has no slot for are listed. Format: docs/calendar.md.",
    )
    calendar_set.add_argument("hub", metavar="HUB", help="hub id")
    source = calendar_set.add_mutually_exclusive_group(required=True)
    source.add_argument("--file", metavar="FILE", help="calendar file (JSON, docs/calendar.md)")
    source.add_argument(
        "--from-content",
        action="store_true",
        help="derive it from the imported content pack (the hub's opening and visiting hours, "
        "the services bookable there), as terminals do while they have no calendar",
    )
    calendar_set.add_argument(
        "--holiday-state",
        choices=[*STATES, "none"],
        metavar="STATE",
        help=f"with --from-content: whose public holidays close the hub ({DEFAULT_HOLIDAY_STATE}"
        "; 'none' for no holidays)",
    )
    calendar_set.add_argument(
        "--dry-run", action="store_true", help="check and report only; change nothing"
    )
    calendar_set.add_argument(
        "--recheck-refused",
        action="store_true",
        help="then decide again the bookings ahead the server refused because the hub had no "
        "calendar: confirmed where the slot is free (else they stay in conflict)",
    )
    calendar_set.set_defaults(handler=_cmd_calendar_set)
    calendar_show = actions.add_parser(
        "show", parents=[common], help="print a hub's stored calendar (JSON, a valid --file)"
    )
    calendar_show.add_argument("hub", metavar="HUB", help="hub id")
    calendar_show.set_defaults(handler=_cmd_calendar_show)
    actions.add_parser(
        "list", parents=[common], help="hubs and whether they have a calendar"
    ).set_defaults(handler=_cmd_calendar_list)


# --- helpers -------------------------------------------------------------------------------


def _url(args: argparse.Namespace) -> str:
    return str(getattr(args, "db", None) or default_database_url())


def _prepared(args: argparse.Namespace) -> str:
    """The URL of a database at the current schema (SQLite is upgraded on the way)."""
    from kiosk.server.db import normalize_url
    from kiosk.server.schema import require_current, upgrade

    url = _url(args)
    if normalize_url(url).get_backend_name() == "sqlite":
        upgrade(url)
    else:
        require_current(url)
    return url


def _with_db(url: str, work: Callable[[Session], _T]) -> _T:
    from kiosk.server.db import Database

    database = Database(url)
    try:
        with database.write() as session:
            return work(session)
    finally:
        database.dispose()


def _when(value: datetime | None) -> str:
    if value is None:
        return "-"
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def _bytes(value: int | None) -> str:
    if value is None:
        return "-"
    size = float(value)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024:
            return f"{size:.0f} {unit}"
        size /= 1024
    return f"{size:.1f} TB"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


# --- commands ------------------------------------------------------------------------------


def _cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from kiosk.server.app import create_app

    if not 0 < args.port < 65536:
        raise UsageError(f"--port must be 1-65535 (got {args.port})")
    if not 1 <= args.workers <= 64:
        raise UsageError(f"--workers must be 1-64 (got {args.workers})")
    url = _prepared(args)
    print(f"{PROG}: serving on http://{args.host}:{args.port}/api/v1", file=sys.stderr)
    if args.workers == 1:
        uvicorn.run(create_app(url), host=args.host, port=args.port, log_level="info")
        return 0
    import os

    from kiosk.server.app import DATABASE_ENV

    os.environ[DATABASE_ENV] = url  # each worker process builds its app from it
    uvicorn.run(
        "kiosk.server.app:app_from_environment",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        log_level="info",
    )
    return 0


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from kiosk.server.schema import upgrade

    before, after = upgrade(_url(args))
    if before == after:
        print(f"database already at schema {after}")
    else:
        print(f"database upgraded: {before or '(empty)'} -> {after}")
    return 0


def _cmd_rotate_epoch(args: argparse.Namespace) -> int:
    from kiosk.server.admin import rotate_epoch

    epoch = _with_db(_prepared(args), rotate_epoch)
    print(f"new epoch {epoch}: terminals resync in full on their next pull")
    return 0


def _cmd_hub_add(args: argparse.Namespace) -> int:
    from kiosk.server.admin import add_hub

    _with_db(_prepared(args), lambda s: add_hub(s, args.hub_id, args.name))
    print(f"hub {args.hub_id} added")
    return 0


def _cmd_hub_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from kiosk.server.models import Hub

    def work(session: Session) -> list[tuple[str, str]]:
        return [(h.id, h.name) for h in session.scalars(select(Hub).order_by(Hub.id))]

    rows = _with_db(_prepared(args), work)
    print(_table(["HUB", "NAME"], rows) if rows else "no hubs yet (kiosk server hub add ID NAME)")
    return 0


def _cmd_enroll_code(args: argparse.Namespace) -> int:
    from kiosk.server.admin import create_enroll_code

    issued = _with_db(
        _prepared(args), lambda s: create_enroll_code(s, args.hub, ttl_hours=args.ttl_hours)
    )
    print(issued.code)
    print(
        f"one-time code for hub {issued.hub_id}, valid until {_when(issued.expires_at)} UTC: "
        f"on the terminal run 'kiosk enroll URL {issued.code}'",
        file=sys.stderr,
    )
    return 0


def _cmd_terminals(args: argparse.Namespace) -> int:
    from kiosk.server.admin import list_terminals

    def work(session: Session) -> list[list[str]]:
        rows = []
        for t in list_terminals(session):
            rows.append(
                [
                    t.id[:12],
                    t.hub_id,
                    t.name,
                    "revoked" if t.revoked_at else "active",
                    _when(t.last_seen_at),
                    t.app_version or "-",
                    "-" if t.outbox_depth is None else str(t.outbox_depth),
                    _when(t.oldest_unsent_at),
                    _bytes(t.disk_free_bytes),
                    (t.last_error or "-").replace("\n", " ")[:60],
                ]
            )
        return rows

    rows = _with_db(_prepared(args), work)
    if not rows:
        print("no terminals enrolled yet (kiosk server enroll-code --hub ID)")
        return 0
    headers = ["TERMINAL", "HUB", "NAME", "STATE", "LAST SEEN (UTC)", "VERSION", "OUTBOX",
               "OLDEST UNSENT", "DISK FREE", "LAST ERROR"]  # fmt: skip
    print(_table(headers, rows))
    return 0


def _cmd_revoke(args: argparse.Namespace) -> int:
    from kiosk.server.admin import revoke_terminal

    def work(session: Session) -> str:
        terminal = revoke_terminal(session, args.terminal)
        return f"terminal {terminal.id} ({terminal.name}, hub {terminal.hub_id}) revoked"

    print(_with_db(_prepared(args), work))
    return 0


def _cmd_content_import(args: argparse.Namespace) -> int:
    from kiosk.server.content import publish_pack, read_pack

    validated = read_pack(args.pack)  # all checks before any write
    published = _with_db(_prepared(args), lambda s: publish_pack(s, validated))
    if published.seq is None:
        print(f"content pack {published.pack_version} is published already: nothing to do")
    else:
        was = f" (was {published.previous_version})" if published.previous_version else ""
        print(
            f"content pack {published.pack_version}{was} published as change "
            f"{published.seq}: terminals take it on their next sync"
        )
    _hint_missing_calendars(args, validated.pack.hubs)
    return 0


def _hint_missing_calendars(args: argparse.Namespace, pack_hubs: Sequence[Any]) -> None:
    from kiosk.server.calendar_admin import list_hub_calendars

    in_pack = {hub.id for hub in pack_hubs}
    hubs = _with_db(_prepared(args), list_hub_calendars)
    for hub in hubs:
        if hub.updated_at is None and hub.hub_id in in_pack:
            print(
                f"note: hub {hub.hub_id} has no appointment calendar yet, so the server refuses "
                f"its bookings: kiosk server calendar set {hub.hub_id} --from-content",
                file=sys.stderr,
            )


def _cmd_calendar_set(args: argparse.Namespace) -> int:
    from kiosk.core.calendar.model import DEFAULT_HOLIDAY_STATE
    from kiosk.server.calendar_admin import (
        calendar_from_imported_content,
        read_calendar_file,
        require_hub,
        set_hub_calendar,
    )

    if args.holiday_state and not args.from_content:
        raise UsageError("--holiday-state goes with --from-content (a file names its own)")
    calendar = read_calendar_file(args.file, args.hub) if args.file else None  # before any write
    state = None if args.holiday_state == "none" else args.holiday_state or DEFAULT_HOLIDAY_STATE

    def work(session: Session) -> tuple[Any, Any]:
        require_hub(session, args.hub)
        chosen = calendar or calendar_from_imported_content(session, args.hub, holiday_state=state)
        outcome = set_hub_calendar(
            session, args.hub, chosen, dry_run=args.dry_run, recheck=args.recheck_refused
        )
        return chosen, outcome

    chosen, outcome = _with_db(_prepared(args), work)
    size = f"{len(chosen.resources)} resources, {len(chosen.services)} services"
    if args.dry_run:
        print(f"dry run: the calendar for hub {args.hub} is valid ({size}); nothing was changed")
    elif outcome.seq is None:
        print(f"hub {args.hub} has this calendar already ({size}): nothing to publish")
    else:
        verb = "replaced" if outcome.replaced else "set"
        print(
            f"calendar of hub {args.hub} {verb} ({size}) and published as change "
            f"{outcome.seq}: the hub's terminals take it on their next sync"
        )
    print(_calendar_review(args.hub, chosen, outcome, dry_run=args.dry_run))
    return 0


def _calendar_review(hub: str, calendar: Any, outcome: Any, *, dry_run: bool) -> str:
    """What the admin must know about bookings and closures (one block of lines)."""
    review = outcome.review
    would = "would no longer fit" if dry_run else "no longer fit"
    lines = [f"{len(review.unfitting)} bookings ahead {would} the new calendar"]
    if review.unfitting:
        lines[0] += (
            "; they stay booked, ask the hub's staff to call the citizens "
            f"(contacts: kiosk server export bookings --hub {hub}):"
        )
        for item in review.unfitting[:20]:
            local = item.start.astimezone(calendar.zone).strftime("%Y-%m-%d %H:%M")
            lines.append(f"  {local}  {item.code}  {item.service_id}  {item.resource_id}  "
                         f"{item.status}  {item.why}")  # fmt: skip
        if len(review.unfitting) > 20:
            lines.append(f"  ... and {len(review.unfitting) - 20} more")
    refused = review.no_calendar_conflicts - len(outcome.rechecked)
    if outcome.rechecked:
        confirmed = sum(1 for r in outcome.rechecked if r.status == "confirmed")
        lines.append(
            f"{len(outcome.rechecked)} bookings ahead refused earlier for want of a calendar were "
            f"decided again: {confirmed} confirmed, {len(outcome.rechecked) - confirmed} still in "
            "conflict (staff: 'needs attention'); terminals show it on their next sync:"
        )
        for item in outcome.rechecked:
            local = item.start.astimezone(calendar.zone).strftime("%Y-%m-%d %H:%M")
            lines.append(f"  {local}  {item.code}  {item.status}  {item.reason or ''}".rstrip())
    if refused:
        lines.append(
            f"{refused} bookings were refused earlier because the hub had no calendar; they stay "
            "refused and the hub's staff see them under 'needs attention'"
            + ("" if outcome.rechecked else " (--recheck-refused decides those ahead again)")
        )
    if review.dropped_exceptions:
        days = ", ".join(f"{r} {d}" + (f" ({n})" if n else "") for r, d, n in
                         review.dropped_exceptions[:10])  # fmt: skip
        days += ", ..." if len(review.dropped_exceptions) > 10 else ""
        lines.append(
            f"note: {len(review.dropped_exceptions)} dated exceptions ahead (closures) of the "
            f"old calendar are not in the new one: {days}"
        )
    if review.not_in_calendar:
        lines.append(
            f"note: the content pack marks these services bookable at {hub} but the calendar "
            f"has no slots for them: {', '.join(review.not_in_calendar)}"
        )
    if review.not_in_content:
        lines.append(
            f"note: the content pack does not mark these calendar services bookable at {hub}, "
            f"so terminals do not offer them: {', '.join(review.not_in_content)}"
        )
    if review.nothing_to_bring:
        lines.append(
            "note: the booking slip lists nothing to bring for these services though the "
            f"content pack names documents (what_to_bring): {', '.join(review.nothing_to_bring)}"
        )
    return "\n".join(lines)


def _cmd_calendar_show(args: argparse.Namespace) -> int:
    from kiosk.server.calendar_admin import calendar_text, require_hub, stored_definition

    def work(session: Session) -> dict[str, Any] | None:
        require_hub(session, args.hub)
        return stored_definition(session, args.hub)

    definition = _with_db(_prepared(args), work)
    if definition is None:
        raise KnownError(
            f"hub {args.hub} has no calendar yet "
            f"(kiosk server calendar set {args.hub} --file FILE | --from-content)"
        )
    print(calendar_text(definition))
    return 0


def _cmd_calendar_list(args: argparse.Namespace) -> int:
    from kiosk.server.calendar_admin import list_hub_calendars

    rows = [
        [h.hub_id, h.hub_name, _when(h.updated_at) if h.updated_at else "none",
         str(h.resources) if h.updated_at else "-", str(h.services) if h.updated_at else "-"]
        for h in _with_db(_prepared(args), list_hub_calendars)
    ]  # fmt: skip
    headers = ["HUB", "NAME", "CALENDAR SET (UTC)", "RESOURCES", "SERVICES"]
    print(_table(headers, rows) if rows else "no hubs yet (kiosk server hub add ID NAME)")
    return 0


def _cmd_forms_import(args: argparse.Namespace) -> int:
    from kiosk.core.forms import load_form_file
    from kiosk.server.forms import import_form

    definitions = [load_form_file(path) for path in args.files]  # all parsed before any write

    def work(session: Session) -> list[str]:
        return [f"{f.id} v{f.version}: {import_form(session, f)}" for f in definitions]

    print("\n".join(_with_db(_prepared(args), work)))
    return 0


def _cmd_forms_list(args: argparse.Namespace) -> int:
    from kiosk.server.forms import list_forms

    rows = _with_db(_prepared(args), list_forms)
    table = [[f, str(v), k, str(n)] for f, v, k, n in rows]
    print(_table(["FORM", "VERSION", "KIND", "SUBMISSIONS"], table) if table else "no forms yet")
    return 0


def _cmd_forms_publish_results(args: argparse.Namespace) -> int:
    from kiosk.server.forms import publish_results

    results = _with_db(_prepared(args), lambda s: publish_results(s, args.form))
    print(f"results of {args.form} ({results.submissions} submissions) published to terminals")
    return 0


def _cmd_export_submissions(args: argparse.Namespace) -> int:
    from kiosk.server.forms_export import export_submissions

    text = _with_db(_prepared(args), lambda s: export_submissions(s, args.form, args.format))
    if args.output:
        from pathlib import Path

        try:
            Path(args.output).write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            raise KnownError(f"cannot write {args.output}: {exc.strerror}") from None
        print(f"exported to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _cmd_export_bookings(args: argparse.Namespace) -> int:
    from kiosk.server.export import export_bookings

    since = None
    if args.since:
        try:
            since = datetime.strptime(args.since, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            raise UsageError(f"--since: a day like 2026-12-01, not {args.since!r}") from None
    text = _with_db(
        _prepared(args),
        lambda s: export_bookings(s, args.format, hub_id=args.hub, since=since),
    )
    _write_export(text, args.output)
    return 0


def _write_export(text: str, output: str | None) -> None:
    if not output:
        sys.stdout.write(text)
        return
    from pathlib import Path

    try:
        Path(output).write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise KnownError(f"cannot write {output}: {exc.strerror}") from None
    print(f"exported to {output}", file=sys.stderr)


def _read_pin() -> str:
    """Asked twice on a terminal (not echoed); one line from stdin otherwise (scripts)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    import getpass

    first = getpass.getpass("PIN (6-12 digits): ")
    if getpass.getpass("PIN again: ") != first:
        raise UsageError("the two PINs differ; nothing was saved")
    return first


def _cmd_staff_add(args: argparse.Namespace) -> int:
    from kiosk.server.staff import add_staff

    pin = _read_pin()
    url = _prepared(args)
    account_id = _with_db(
        url,
        lambda s: (
            add_staff(
                s, hub_id=args.hub, name=args.name, role=args.role, pin=pin, staff_id=args.staff_id
            ).id
        ),
    )
    print(f"staff account {account_id} added for hub {args.hub} ({args.role})")
    return 0


def _cmd_staff_list(args: argparse.Namespace) -> int:
    from kiosk.server.staff import list_staff

    def work(session: Session) -> list[list[str]]:
        return [
            [a.id, a.hub_id, a.name, a.role, "yes" if a.active else "no"]
            for a in list_staff(session, args.hub)
        ]

    rows = _with_db(_prepared(args), work)
    print(_table(["ID", "HUB", "NAME", "ROLE", "ACTIVE"], rows) if rows else "no staff accounts")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        try:
            args = parser.parse_args(list(argv) if argv is not None else None)
        except SystemExit as exc:  # --help
            return int(exc.code or 0)
        return int(args.handler(args))
    except KnownError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kiosk server calendar show HUB | head`: the reader left
        import os

        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            first = str(exc.orig or exc).strip().splitlines()[0]
            print(f"{PROG}: cannot use the database: {first}", file=sys.stderr)
            return 1
        raise


__all__ = ["build_parser", "main"]
