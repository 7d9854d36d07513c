"""Date expressions resolved against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.time import resolve_date

THURSDAY = dt.date(2021, 10, 7)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Wednesday", (dt.date(2021, 10, 6), "day")),
        ("Thursday", (dt.date(2021, 10, 7), "day")),
        ("yesterday", (dt.date(2021, 10, 6), "day")),
        ("yesterday (Tuesday)", (dt.date(2021, 10, 5), "day")),
        ("in October", (dt.date(2021, 10, 1), "month")),
        ("in September", (dt.date(2021, 9, 1), "month")),
        ("in December", (dt.date(2020, 12, 1), "month")),
        ("next month", (dt.date(2021, 11, 1), "month")),
        ("October 5", (dt.date(2021, 10, 5), "day")),
        ("2001", (dt.date(2001, 1, 1), "year")),
        ("in the first days of 2025", (dt.date(2025, 1, 1), "month")),
        ("the end of 2024", (dt.date(2024, 12, 1), "month")),
    ],
)
def test_past_expressions_resolve_with_their_precision(
    expression: str, expected: tuple[dt.date, str]
) -> None:
    assert resolve_date(expression, anchor=THURSDAY) == expected


def test_weekday_of_a_plan_points_forwards() -> None:
    assert resolve_date("on Wednesday", anchor=THURSDAY, prefer="future") == (dt.date(2021, 10, 13), "day")


def test_bare_month_of_a_plan_is_the_next_one() -> None:
    assert resolve_date("in January", anchor=dt.date(2024, 12, 20), prefer="future") == (
        dt.date(2025, 1, 1),
        "month",
    )


@pytest.mark.parametrize(
    "expression", ["two weeks", "42 years", "the 42nd anniversary", "several months", "soon"]
)
def test_durations_and_non_dates_are_not_dates(expression: str) -> None:
    assert resolve_date(expression, anchor=THURSDAY) is None


@pytest.mark.parametrize("expression", ["on Wednesday", "yesterday", "next month", "in October"])
def test_relative_expressions_without_anchor_invent_nothing(expression: str) -> None:
    assert resolve_date(expression, anchor=None) is None


def test_absolute_year_resolves_without_anchor() -> None:
    assert resolve_date("in 2019", anchor=None) == (dt.date(2019, 1, 1), "year")


@given(st.text(max_size=40), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 1, 1)))
def test_any_text_either_resolves_or_returns_none(text: str, anchor: dt.date) -> None:
    result = resolve_date(text, anchor=anchor)
    assert result is None or (isinstance(result[0], dt.date) and result[1] in {"day", "month", "year"})


def test_last_weekday_named_on_that_weekday_is_a_week_back() -> None:
    assert resolve_date("last Thursday", anchor=THURSDAY) == (dt.date(2021, 9, 30), "day")
