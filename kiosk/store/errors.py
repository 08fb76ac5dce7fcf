"""Known errors of the terminal's database, each one line naming the file and what to do.

Stdlib only: :mod:`kiosk.store.schema` raises these before SQLAlchemy is imported.
"""

from __future__ import annotations

from kiosk.errors import KnownError


class StoreError(KnownError):
    """Base class of every known problem with the terminal's database."""


class DatabaseCorruptError(StoreError):
    """The file is not a SQLite database, is malformed, or is not a Dorfkiosk database."""


class DatabaseNewerError(StoreError):
    """The database was written by a newer Dorfkiosk: this version must not touch it."""


class DatabaseAccessError(StoreError):
    """The file cannot be opened at all (permissions, a directory in its place, ...)."""


class DatabaseWriteError(StoreError):
    """A write failed for a reason outside the program: disk full, I/O error, locked too long."""


class MigrationError(StoreError):
    """A schema upgrade failed; the database was left at its previous revision."""


class BackupError(StoreError):
    """A backup could not be made or verified, or a restore was refused."""


__all__ = [
    "BackupError",
    "DatabaseAccessError",
    "DatabaseCorruptError",
    "DatabaseNewerError",
    "DatabaseWriteError",
    "MigrationError",
    "StoreError",
]
