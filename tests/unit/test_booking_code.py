"""Booking codes: readable alphabet, check character catches typos, random source."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.booking_code import (
    ALPHABET,
    CODE_LENGTH,
    format_code,
    is_valid_code,
    new_code,
    normalize_code,
)

codes = st.builds(lambda _: new_code(), st.integers())


def test_alphabet_has_no_confusable_characters() -> None:
    assert not set("0O1IL") & set(ALPHABET)
    assert len(set(ALPHABET)) == len(ALPHABET) == 31


def test_codes_are_eight_valid_characters_and_differ() -> None:
    made = [new_code() for _ in range(2000)]
    assert all(len(c) == CODE_LENGTH and set(c) <= set(ALPHABET) for c in made)
    assert all(is_valid_code(c) for c in made)
    assert len(set(made)) == len(made)
    # Every symbol turns up in every random position (a CSPRNG, not a counter).
    for position in range(CODE_LENGTH - 1):
        assert {c[position] for c in made} == set(ALPHABET)


@given(codes, st.integers(0, CODE_LENGTH - 1), st.sampled_from(ALPHABET))
def test_any_single_substitution_is_detected(code: str, position: int, char: str) -> None:
    typo = code[:position] + char + code[position + 1 :]
    assert is_valid_code(typo) == (typo == code)


@given(codes)
def test_any_swap_of_two_different_characters_is_detected(code: str) -> None:
    for i, j in itertools.combinations(range(CODE_LENGTH), 2):
        if code[i] != code[j]:
            swapped = list(code)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            assert not is_valid_code("".join(swapped))


@given(codes)
def test_typed_forms_are_accepted(code: str) -> None:
    shown = format_code(code)
    assert shown[4] == "-" and normalize_code(shown) == code
    assert is_valid_code(shown.lower().replace("-", " "))


def test_wrong_lengths_and_characters_are_refused() -> None:
    code = new_code()
    assert not is_valid_code(code[:-1])
    assert not is_valid_code(code + "2")
    assert not is_valid_code("O" + code[1:])
    assert not is_valid_code("")
