"""Errors that are known and explained to a person, as opposed to bugs.

A :class:`KnownError` carries one line of text meant for the admin or staff member who reads
it; the CLI prints that line and exits with :attr:`exit_code`. Anything else that escapes is a
bug and is reported with its traceback.
"""

from __future__ import annotations


class KnownError(Exception):
    """An error with a clear, one-line explanation for a person (not a bug)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(KnownError):
    """Wrong command line or configuration: exit code 2."""

    exit_code = 2
