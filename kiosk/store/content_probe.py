"""Does the terminal's database hold a content pack? Answered with the standard library only.

The app asks this at start-up (to decide whether to import the bundled demo content), before
SQLAlchemy is imported; a test runs it in a fresh interpreter and checks ``sys.modules``.
:func:`kiosk.store.content.has_content` is the same function.
"""

from __future__ import annotations

import sqlite3
from os import PathLike
from pathlib import Path

from kiosk.store.errors import DatabaseAccessError

PACK_TABLE = "content_pack"


def has_content(db_path: str | PathLike[str]) -> bool:
    """True if a content pack has been imported into the database at ``db_path``.

    A missing file or a database without the content tables (not yet migrated) is ``False``.
    The file is opened read-only and never changed. A file that cannot be read at all raises
    :class:`~kiosk.store.errors.DatabaseAccessError`.
    """
    path = Path(db_path)
    if not path.is_file():
        return False
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            row = conn.execute(f"SELECT 1 FROM {PACK_TABLE} LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if str(exc).startswith("no such table"):
            return False
        raise DatabaseAccessError(f"Database {path} cannot be read ({exc}).") from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseAccessError(f"Database {path} cannot be read ({exc}).") from exc
    return row is not None


__all__ = ["has_content"]
