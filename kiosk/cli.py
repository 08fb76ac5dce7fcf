"""The ``kiosk`` command: one entry point for the terminal, its database and the server.

This module is the composition root. It parses arguments, loads the config, prepares the data
directory and hands over to the UI, the store or the server. Heavy modules (Qt, SQLAlchemy,
Alembic, the server stack) are imported inside the command that needs them, so ``kiosk --help``
and the first paint of the home screen stay fast.

Errors a person can act on (:class:`kiosk.errors.KnownError`) become one line on stderr and a
non-zero exit code; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kiosk import __version__
from kiosk.errors import KnownError, UsageError

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.paths import DataPaths
    from kiosk.sync.client import Timeouts

USAGE_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (and exit code 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _common_options() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--config",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="config file (TOML); default: $KIOSK_CONFIG, /etc/kiosk/kiosk.toml, "
        "~/.config/dorfkiosk/kiosk.toml",
    )
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data directory (database, backups, logs); overrides the config file",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = _Parser(
        prog="kiosk",
        description="Dorfkiosk: the touch terminal for village hubs, its database and server.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"dorfkiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    run = commands.add_parser(
        "run", parents=[common], help="start the terminal (fullscreen kiosk mode)"
    )
    run.add_argument(
        "--exit-after-startup", action="store_true", help="quit once the home screen is painted"
    )
    run.set_defaults(handler=_cmd_run)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="windowed demo with bundled content in a temporary data dir (no server needed)",
    )
    demo.add_argument(
        "--exit-after-startup", action="store_true", help="quit once the home screen is painted"
    )
    demo.set_defaults(handler=_cmd_demo)

    staff = commands.add_parser(
        "staff", parents=[common], help="staff desk: PIN login, appointments, sync (windowed)"
    )
    staff.set_defaults(handler=_cmd_staff)

    enroll = commands.add_parser(
        "enroll", parents=[common], help="enrol this terminal with a server"
    )
    enroll.add_argument("url", metavar="URL", help="the regional server's address")
    enroll.add_argument("code", metavar="CODE", help="one-time enrolment code")
    enroll.set_defaults(handler=_cmd_enroll)

    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="synchronise with the server",
        description="Push the outbox and pull changes. Exit codes: 0 done, 3 not enrolled, "
        "4 server unreachable or failing (try later), 5 token refused (enrol again), "
        "6 request refused.",
    )
    sync.add_argument("--once", action="store_true", help="one sync round, then exit")
    sync.set_defaults(handler=_cmd_sync)

    db = commands.add_parser("db", parents=[common], help="the terminal database")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_commands.required = True
    db_upgrade = db_commands.add_parser(
        "upgrade", parents=[common], help="back up, then migrate the database to this version"
    )
    db_upgrade.set_defaults(handler=_cmd_db_upgrade)
    db_check = db_commands.add_parser(
        "check", parents=[common], help="integrity and schema check (exit 1 on a problem)"
    )
    db_check.set_defaults(handler=_cmd_db_check)
    db_backup = db_commands.add_parser(
        "backup", parents=[common], help="verified online backup into the data dir's backups/"
    )
    db_backup.add_argument(
        "--restore",
        metavar="BACKUP",
        help="restore this backup file instead (the current database is kept aside)",
    )
    db_backup.add_argument(
        "--reason",
        default="manual",
        type=_backup_reason,
        help="label in the file name; pruning keeps --keep backups per reason (default: manual)",
    )
    db_backup.add_argument(
        "--keep", type=_positive_int, default=7, help="backups to keep for this reason (default 7)"
    )
    db_backup.set_defaults(handler=_cmd_db_backup)

    doctor = commands.add_parser(
        "doctor",
        parents=[common],
        help="check this terminal's health (exit 1 on a problem)",
        description="Check config, data dir, database, disk space, clock, server and TLS, "
        "enrolment, printer and speech output. Exit codes: 0 no problem (warnings are fine), "
        "1 at least one problem.",
    )
    doctor.add_argument(
        "--json", action="store_true", help="one JSON document with every check (monitoring)"
    )
    doctor.add_argument(
        "--lang",
        choices=("de", "en"),
        default=None,
        help="language of the table (default: the config's language if en, else German)",
    )
    doctor.set_defaults(handler=_cmd_doctor)

    server = commands.add_parser(
        "server",
        help="the regional server: run, db, hub, calendar, content, forms, export, staff, ...",
        add_help=False,
    )
    server.add_argument("server_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    server.set_defaults(handler=_cmd_server)
    return parser


# --- helpers -------------------------------------------------------------------------------


def _backup_reason(text: str) -> str:
    import re

    if len(text) > 32 or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", text):
        raise argparse.ArgumentTypeError("use 1-32 lowercase letters, digits and single '-'")
    return text


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return value


def _config(args: argparse.Namespace) -> Config:
    from kiosk.config import load_config

    return load_config(getattr(args, "config", None))


def _data_paths(args: argparse.Namespace, config: Config) -> DataPaths:
    from kiosk.paths import DataPaths

    return DataPaths(config.data_dir(getattr(args, "data_dir", None)))


def _ensure_data_dir(data_paths: DataPaths) -> None:
    try:
        data_paths.ensure()
    except OSError as exc:
        raise KnownError(
            f"{data_paths.root}: cannot create data directory ({exc.strerror})"
        ) from None


def _prepare(data_paths: DataPaths) -> None:
    """Create the data dir and bring the database to this version (backup first)."""
    from kiosk.store.schema import prepare_database

    _ensure_data_dir(data_paths)
    prepare_database(data_paths.database, data_paths.backups)


def _start_terminal(
    config: Config,
    data_paths: DataPaths,
    *,
    kiosk_mode: bool,
    exit_after: bool,
    demo: bool = False,
    staff: bool = False,
) -> int:
    from kiosk.ui.app import TerminalOptions, run_terminal

    return run_terminal(
        TerminalOptions(
            config=config,
            data_paths=data_paths,
            kiosk_mode=kiosk_mode,
            exit_after_startup=exit_after,
            demo=demo,
            staff=staff,
        )
    )


# --- commands ------------------------------------------------------------------------------


def _cmd_run(args: argparse.Namespace) -> int:
    config = _config(args)
    data_paths = _data_paths(args, config)
    _prepare(data_paths)
    return _start_terminal(
        config, data_paths, kiosk_mode=True, exit_after=args.exit_after_startup, demo=False
    )


def _cmd_staff(args: argparse.Namespace) -> int:
    config = _config(args)
    data_paths = _data_paths(args, config)
    _prepare(data_paths)
    return _start_terminal(config, data_paths, kiosk_mode=False, exit_after=False, staff=True)


def _cmd_demo(args: argparse.Namespace) -> int:
    from kiosk.config import with_overrides
    from kiosk.core.demo import DEMO_HUB, DEMO_STAFF_PIN
    from kiosk.paths import DataPaths

    config = _config(args)
    chosen: str | None = getattr(args, "data_dir", None)
    temp_root: Path | None = None
    if chosen:
        root = Path(chosen)
    else:
        import tempfile  # only here: tempfile and shutil cost startup time

        root = temp_root = Path(tempfile.mkdtemp(prefix="dorfkiosk-demo-"))
    data_paths = DataPaths(root)
    try:
        if not config.terminal.hub:
            config = with_overrides(config, terminal={"hub": DEMO_HUB})
        _prepare(data_paths)
        if _load_demo_content(data_paths):
            # A fresh demo data dir: forms and a staff account too (SQLAlchemy is loaded here
            # anyway; an initialised data dir skips all of this and starts fast).
            _load_demo_forms(data_paths)
            from kiosk.store.staff import seed_demo_staff

            seed_demo_staff(
                data_paths.database, data_paths.staff_pepper, hub_id=config.terminal.hub
            )
        print(f"demo: staff mode: hold the key icon (top right), PIN {DEMO_STAFF_PIN}",
              file=sys.stderr)  # fmt: skip
        if config.terminal.name == "Dorfkiosk":
            config = with_overrides(config, terminal={"name": "Dorfbüro Lindenbach (Demo)"})
        return _start_terminal(
            config, data_paths, kiosk_mode=False, exit_after=args.exit_after_startup, demo=True
        )
    finally:
        if temp_root is not None:
            import shutil

            shutil.rmtree(temp_root, ignore_errors=True)


def _load_demo_content(data_paths: DataPaths) -> bool:
    """Import the bundled demo pack unless the data dir already has content (fast check);
    True when it was imported now."""
    from kiosk.store.content_probe import has_content

    if has_content(data_paths.database):
        return False
    from kiosk.core.content import load_content_pack
    from kiosk.paths import resources_dir
    from kiosk.store.content import import_content_pack
    from kiosk.store.db import open_database

    pack = load_content_pack(resources_dir() / "demo" / "content-pack.json")
    db = open_database(data_paths.database)
    try:
        import_content_pack(db, pack)
    finally:
        db.dispose()
    return True


def _load_demo_forms(data_paths: DataPaths) -> None:
    """Save the bundled demo forms (a survey, an idea form, a Mängelmelder); idempotent."""
    from kiosk.paths import resources_dir
    from kiosk.store.db import open_database
    from kiosk.store.participation import import_form_files

    db = open_database(data_paths.database)
    try:
        import_form_files(db, sorted((resources_dir() / "demo" / "forms").glob("*.json")))
    finally:
        db.dispose()


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    config = _config(args)
    data_paths = _data_paths(args, config)
    from kiosk.store.schema import upgrade_database

    _ensure_data_dir(data_paths)
    result = upgrade_database(data_paths.database, data_paths.backups)
    if result.from_revision == result.to_revision:
        print(f"{data_paths.database}: already at schema {result.to_revision}")
    else:
        print(
            f"{data_paths.database}: upgraded schema {result.from_revision or '(new)'} "
            f"-> {result.to_revision}"
        )
    if result.backup_path is not None:
        print(f"backup: {result.backup_path}")
    return 0


def _cmd_db_check(args: argparse.Namespace) -> int:
    config = _config(args)
    data_paths = _data_paths(args, config)
    from kiosk.store.schema import check_database

    report = check_database(data_paths.database)
    for line in report.lines:
        print(line)
    return 0 if report.ok else 1


def _cmd_db_backup(args: argparse.Namespace) -> int:
    config = _config(args)
    data_paths = _data_paths(args, config)
    from kiosk.store.backup import backup_database, restore_backup

    if args.restore:
        restore_backup(Path(args.restore), data_paths.database)
        print(f"{data_paths.database}: restored from {args.restore}")
        return 0
    if not data_paths.database.exists():
        raise KnownError(f"{data_paths.database}: no database to back up")
    _ensure_data_dir(data_paths)
    target = backup_database(
        data_paths.database, data_paths.backups, reason=args.reason, keep=args.keep
    )
    print(f"backup: {target}")
    return 0


def _timeouts(config: Config) -> Timeouts:
    from kiosk.sync.client import Timeouts

    return Timeouts(config.server.connect_timeout_seconds, config.server.read_timeout_seconds)


def _cmd_enroll(args: argparse.Namespace) -> int:
    config = _config(args)
    data_paths = _data_paths(args, config)
    from kiosk.ui.sync_ports import enroll_terminal

    credentials = enroll_terminal(
        data_paths.credentials,
        args.url,
        args.code,
        terminal_name=config.terminal.name,
        timeouts=_timeouts(config),
    )
    print(
        f"enrolled as terminal {credentials.terminal_id} of hub {credentials.hub_name} "
        f"({credentials.hub_id}) at {credentials.server_url}"
    )
    return 0


def _cmd_sync(args: argparse.Namespace) -> int:
    if not args.once:
        raise UsageError("the terminal app syncs by itself; use 'kiosk sync --once' for one round")
    config = _config(args)
    data_paths = _data_paths(args, config)
    _prepare(data_paths)
    from kiosk.ui.sync_ports import sync_command

    print(
        sync_command(
            data_paths.root,
            data_paths.database,
            data_paths.credentials,
            server_url=config.server.url,
            timeouts=_timeouts(config),
            retention_days=config.retention.personal_data_days,
        )
    )
    return 0


def _cmd_doctor(args: argparse.Namespace) -> int:
    from kiosk.doctor import run_doctor

    return run_doctor(
        getattr(args, "config", None),
        getattr(args, "data_dir", None),
        as_json=args.json,
        language=args.lang,
    )


def _cmd_server(args: argparse.Namespace) -> int:
    try:
        from kiosk.server.cli import main as server_main
    except ImportError as exc:
        raise KnownError(
            f"the regional server needs the 'server' extra ({exc.name} is missing): "
            "pip install 'dorfkiosk[server]'"
        ) from None
    return server_main(list(args.server_args))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments[:1] == ["server"]:
            # The server has its own parser (and its own --help): hand everything over as is.
            return _cmd_server(argparse.Namespace(server_args=arguments[1:]))
        args = parser.parse_args(arguments)
        handler = getattr(args, "handler", None)
        if handler is None:
            parser.print_help()
            return USAGE_ERROR
        return int(handler(args))
    except KnownError as exc:
        print(f"kiosk: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
