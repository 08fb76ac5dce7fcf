"""Booking codes: 8 characters a person can read aloud and type on a touch keyboard.

The alphabet leaves out the characters people confuse (0/O, 1/I/L): digits 2-9 and the
letters without I, L and O, 31 symbols. Seven symbols come from a CSPRNG (``secrets``), the
eighth is a check character: the weighted sum ``sum((i + 1) * value_i)`` over all eight
positions is 0 modulo 31. Because 31 is prime and the weights 1..8 are distinct and non-zero
modulo 31, every single mistyped character and every swap of two different characters is
detected, so a typo never finds someone else's booking.

Codes are shown in two groups of four (``ABCD-EFGH``); :func:`normalize_code` accepts lower
case, spaces and dashes.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Final

ALPHABET: Final = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH: Final = 8
_MODULUS: Final = len(ALPHABET)
_VALUE: Final = {char: index for index, char in enumerate(ALPHABET)}

assert _MODULUS == 31  # prime: the check-character argument above relies on it


def _check_char(body: str) -> str:
    total = sum((index + 1) * _VALUE[char] for index, char in enumerate(body))
    # Solve total + CODE_LENGTH * check == 0 (mod 31) for check.
    inverse = pow(CODE_LENGTH, -1, _MODULUS)
    return ALPHABET[(-total * inverse) % _MODULUS]


def new_code() -> str:
    """A fresh code: 7 random symbols (CSPRNG) and the check symbol, no separator."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH - 1))
    return body + _check_char(body)


def normalize_code(text: str) -> str:
    """Upper case without spaces and dashes (what a person typed -> the stored form)."""
    return "".join(ch for ch in text.upper() if ch not in " -\t")


def is_valid_code(text: str) -> bool:
    """True for a well-formed code with a correct check symbol (after :func:`normalize_code`)."""
    code = normalize_code(text)
    if len(code) != CODE_LENGTH or any(ch not in _VALUE for ch in code):
        return False
    return sum((index + 1) * _VALUE[char] for index, char in enumerate(code)) % _MODULUS == 0


def format_code(code: str) -> str:
    """``ABCDEFGH`` -> ``ABCD-EFGH`` (easier to read aloud and compare)."""
    code = normalize_code(code)
    return f"{code[:4]}-{code[4:]}"


def normalize_name(name: str) -> str:
    """How names are compared when a booking is cancelled: case, spacing and accents of
    ``ß``/umlauts folded, so ``Müller`` matches ``MUELLER`` and ``müller ``."""
    folded = " ".join(name.casefold().split())
    for plain, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        folded = folded.replace(plain, spelled)
    return folded


def name_verifier(code: str, name: str) -> str:
    """sha256 of code and normalised name: lets any terminal of the hub check "code + name"
    for a booking made elsewhere without the name ever leaving the server."""
    text = f"{normalize_code(code)}\n{normalize_name(name)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "format_code",
    "is_valid_code",
    "name_verifier",
    "new_code",
    "normalize_code",
    "normalize_name",
]
