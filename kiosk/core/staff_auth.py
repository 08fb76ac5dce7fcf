"""Staff PINs and the login lockout: pure rules, no storage, no clock of their own.

PIN hashes. The regional server hashes a staff member's PIN with scrypt (memory-hard) and a
random salt; the record travels to the hub's terminals as text::

    scrypt$<log2 N>$<r>$<p>$<salt, base64>$<derived key, base64>

A terminal never stores that text as it came. It keeps ``HMAC-SHA256(pepper, key)`` instead
(:func:`pepper_hash`), where the pepper is a random secret held only by that terminal (a 0600
file in its data dir, not in its database). A copy of the database alone (a backup, a disk
image of the database file) therefore gives nothing to guess PINs against; checking a guess
needs the pepper *and* a full scrypt run.

Parameters: OWASP's scrypt recommendation N=2^17, r=8, p=1 (128 MiB per hash). Measured on
the development machine (2 shared cores): 0.55 s per hash (2^16: 0.21 s, 2^15: 0.10 s), below
the 1 s that would justify less, so the default stays at OWASP's value. The cost travels with
each hash, so a server may raise it later and terminals follow.

Lockout: :data:`MAX_FAILURES` wrong PINs in a row lock staff login on the terminal for
:data:`FIRST_LOCK` (30 s); each further lock doubles (60 s, 120 s, ...), up to
:data:`LONGEST_LOCK`. A successful login clears everything. A locked terminal does not even
check the PIN. The state is plain data the store persists, so a restart changes nothing; the
remaining time is capped by the lock's own length, so a clock set back does not lock for
hours.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final

PIN_MIN_DIGITS: Final = 6
PIN_MAX_DIGITS: Final = 12

SCRYPT_LOG2_N: Final = 17
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
KEY_BYTES: Final = 32
SALT_BYTES: Final = 16
PEPPER_BYTES: Final = 32
_MAX_LOG2_N: Final = 20
"""Refuse absurd costs from a record (2^20 x r=8 is 1 GiB)."""

MAX_FAILURES: Final = 5
FIRST_LOCK: Final = timedelta(seconds=30)
LONGEST_LOCK: Final = timedelta(hours=24)


class StaffRole(StrEnum):
    STAFF = "staff"
    ADMIN = "admin"


class PinPolicyError(ValueError):
    """The PIN does not meet the rules; the message is German, for the person choosing it."""


class PinHashError(ValueError):
    """A stored PIN hash is not of the expected shape (a bug or a damaged record)."""


def check_pin_policy(pin: str) -> str:
    """The PIN if it is 6-12 ASCII digits and not trivially guessable; else PinPolicyError."""
    if not (pin.isascii() and pin.isdigit()):
        raise PinPolicyError("Die PIN darf nur aus Ziffern bestehen.")
    if not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
        raise PinPolicyError(
            f"Die PIN muss {PIN_MIN_DIGITS} bis {PIN_MAX_DIGITS} Ziffern lang sein."
        )
    if len(set(pin)) == 1 or pin in "01234567890123" or pin in "98765432109876":
        raise PinPolicyError("Diese PIN ist zu leicht zu erraten (gleiche oder Folge-Ziffern).")
    return pin


# --- hashing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PinHash:
    """scrypt cost, salt and derived key (the key may be the peppered one on a terminal)."""

    log2_n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    def encode(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        key = base64.b64encode(self.key).decode("ascii")
        return f"scrypt${self.log2_n}${self.r}${self.p}${salt}${key}"

    def __repr__(self) -> str:  # never print key material, even in a traceback
        return f"<PinHash scrypt 2^{self.log2_n} r={self.r} p={self.p}>"

    __str__ = __repr__


def decode_pin_hash(text: str) -> PinHash:
    parts = text.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise PinHashError("not a scrypt PIN hash")
    try:
        log2_n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except ValueError:
        raise PinHashError("damaged PIN hash") from None
    if not (1 <= log2_n <= _MAX_LOG2_N and 1 <= r <= 32 and 1 <= p <= 16):
        raise PinHashError("PIN hash cost out of range")
    if len(salt) < 8 or len(key) != KEY_BYTES:
        raise PinHashError("PIN hash salt or key has the wrong length")
    return PinHash(log2_n, r, p, salt, key)


def _scrypt(pin: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    n = 1 << log2_n
    memory = 128 * r * n * p + 128 * r * (n + 2) + (1 << 20)  # what OpenSSL needs, plus slack
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=KEY_BYTES
    )


def hash_pin(
    pin: str,
    *,
    log2_n: int = SCRYPT_LOG2_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
    salt: bytes | None = None,
) -> PinHash:
    """The server's hash of a new PIN (the policy is checked first). Takes ~0.5 s."""
    check_pin_policy(pin)
    chosen = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    return PinHash(log2_n, r, p, chosen, _scrypt(pin, chosen, log2_n, r, p))


def new_pepper() -> bytes:
    return secrets.token_bytes(PEPPER_BYTES)


def pepper_hash(server_hash: PinHash, pepper: bytes) -> PinHash:
    """What a terminal stores: the same cost and salt, the key replaced by HMAC(pepper, key)."""
    if len(pepper) < 16:
        raise ValueError("pepper too short")
    keyed = hmac.new(pepper, server_hash.key, hashlib.sha256).digest()
    return replace(server_hash, key=keyed)


def verify_pin(pin: str, stored: PinHash, pepper: bytes) -> bool:
    """True if ``pin`` matches the terminal's peppered hash (constant-time comparison)."""
    if not (pin.isascii() and pin.isdigit()) or not 1 <= len(pin) <= PIN_MAX_DIGITS:
        return False
    derived = _scrypt(pin, stored.salt, stored.log2_n, stored.r, stored.p)
    keyed = hmac.new(pepper, derived, hashlib.sha256).digest()
    return hmac.compare_digest(keyed, stored.key)


# --- lockout ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LockoutState:
    failures: int = 0
    """Wrong PINs since the last lock or success."""
    locks: int = 0
    """Locks since the last success (the next lock lasts FIRST_LOCK * 2**locks)."""
    locked_until: datetime | None = None
    locked_for: timedelta = timedelta(0)


@dataclass(frozen=True)
class Lockout:
    """A lock just began (the event the terminal reports to the server)."""

    number: int
    locked_at: datetime
    locked_until: datetime
    duration: timedelta


def lock_duration(number: int) -> timedelta:
    """The length of the ``number``-th lock in a row (1 -> 30 s, 2 -> 60 s, ...)."""
    if number < 1:
        return timedelta(0)
    if number > 20:  # 30 s * 2**19 is already far beyond the cap
        return LONGEST_LOCK
    length: timedelta = FIRST_LOCK * (2 ** (number - 1))
    return min(length, LONGEST_LOCK)


def remaining(state: LockoutState, now: datetime) -> timedelta:
    """How long login stays locked (zero when it is open)."""
    if state.locked_until is None or now >= state.locked_until:
        return timedelta(0)
    return min(state.locked_until - now, state.locked_for)


def after_failure(state: LockoutState, now: datetime) -> tuple[LockoutState, Lockout | None]:
    """Count a wrong PIN; the fifth in a row starts a lock (returned as an event)."""
    failures = state.failures + 1
    if failures < MAX_FAILURES:
        return replace(state, failures=failures), None
    number = state.locks + 1
    duration = lock_duration(number)
    until = now + duration
    new = LockoutState(failures=0, locks=number, locked_until=until, locked_for=duration)
    return new, Lockout(number, now, until, duration)


def after_success(_state: LockoutState) -> LockoutState:
    return LockoutState()


__all__ = [
    "FIRST_LOCK",
    "LONGEST_LOCK",
    "MAX_FAILURES",
    "PIN_MAX_DIGITS",
    "PIN_MIN_DIGITS",
    "SCRYPT_LOG2_N",
    "Lockout",
    "LockoutState",
    "PinHash",
    "PinHashError",
    "PinPolicyError",
    "StaffRole",
    "after_failure",
    "after_success",
    "check_pin_policy",
    "decode_pin_hash",
    "hash_pin",
    "lock_duration",
    "new_pepper",
    "pepper_hash",
    "remaining",
    "verify_pin",
]
