"""Cursor codec and filter building: arbitrary input fails only with QueryError."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.errors import QueryError
from communique.store._filters import (
    EventFilter,
    branches,
    decode_cursor,
    either_side,
    encode_cursor,
    is_country_code,
    like_pattern,
)


@given(st.lists(st.one_of(st.integers(-(2**40), 2**40), st.text(max_size=30)), min_size=1, max_size=3))
def test_cursor_round_trips(values: list[object]) -> None:
    assert decode_cursor(encode_cursor(values), arity=len(values)) == values


@given(st.text(max_size=80))
def test_any_string_either_decodes_or_raises_query_error(cursor: str) -> None:
    with contextlib.suppress(QueryError):
        decode_cursor(cursor, arity=2)


@pytest.mark.parametrize("values", [[1, 2, 3], [2**70, 1], [None, 1], [True, 1], [[1], 2]])
def test_foreign_cursors_are_refused(values: list[object]) -> None:
    with pytest.raises(QueryError):
        decode_cursor(encode_cursor(values), arity=2)


@pytest.mark.parametrize(
    ("value", "expected"), [("IRN", True), ("IGO", True), ("irn", False), ("IRN:GOV", False), ("ÄÖÜ", False)]
)
def test_country_codes_are_three_capital_letters(value: str, expected: bool) -> None:
    assert is_country_code(value) is expected


def test_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"


def test_either_side_only_for_unanchored_matches() -> None:
    assert either_side(EventFilter(actor="IRN")) == "IRN"
    assert either_side(EventFilter(countries=("RUS",))) == "RUS"
    assert either_side(EventFilter(countries=("RUS",), directed=True)) is None
    assert either_side(EventFilter(countries=("RUS", "IRN"))) is None
    assert branches(EventFilter(countries=("RUS", "IRN"))) == ("forward", "backward")
    assert branches(EventFilter(countries=("RUS", "IRN"), directed=True)) == (None,)
    assert branches(EventFilter(actor="IRN:GOV")) == ("source", "target")
