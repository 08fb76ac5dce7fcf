"""Terminal tokens and enrolment codes: generated here, stored only as sha256."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I/L: an admin reads the code aloud or types it on a touchscreen.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4


def new_token() -> str:
    """A terminal's bearer token (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def new_enroll_code() -> str:
    """``ABCD-EFGH-JKMN``: 12 characters from 31, about 59 bits; single use and expiring."""
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def normalize_code(code: str) -> str:
    """What the admin typed, as generated: upper case, groups joined by ``-``."""
    plain = "".join(ch for ch in code.upper() if ch.isalnum())
    size = CODE_GROUP_LENGTH
    return "-".join(plain[i : i + size] for i in range(0, len(plain), size))


def sha256_hex(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_terminal_id() -> str:
    return secrets.token_hex(16)
