"""Dates, places and topics of events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

Coder = Callable[..., Any]


def test_weekday_in_past_news_is_the_last_such_day(code: Coder) -> None:
    events, _ = code("Iran and Russia met on Wednesday in Moscow.", published=dt.date(2021, 10, 7))
    assert {(e.date, e.date_precision, e.date_text) for e in events} == {
        (dt.date(2021, 10, 6), "day", "on Wednesday")
    }


def test_meeting_place_from_in_phrase(code: Coder) -> None:
    events, _ = code("Iran and Russia met on Wednesday in Moscow.")
    place = events[0].location
    assert place is not None and (place.name, place.country, place.feature) == ("Moscow", "RUS", "city")


def test_month_of_a_plan_points_forwards(code: Coder) -> None:
    events, _ = code(
        "Iran and Russia plan to sign the agreement in January.", published=dt.date(2024, 12, 20)
    )
    assert {(e.date, e.date_precision) for e in events} == {(dt.date(2025, 1, 1), "month")}


def test_no_date_expression_takes_publication_date(code: Coder) -> None:
    events, _ = code("Iran and Russia signed an agreement.", published=dt.date(2024, 3, 1))
    assert {(e.date, e.date_precision, e.date_text) for e in events} == {
        (dt.date(2024, 3, 1), "article", None)
    }


def test_no_publication_date_gives_no_date(code: Coder) -> None:
    events, _ = code("Iran and Russia signed an agreement on Tuesday.", published=None)
    assert events and all(e.date is None and e.date_precision is None for e in events)


def test_date_of_a_nested_clause_is_not_the_events(code: Coder) -> None:
    events, _ = code(
        "Putin extended an invitation to the Turkish president to visit Russia in January.",
        published=dt.date(2024, 12, 20),
    )
    assert events and all(e.date_precision == "article" for e in events)


def test_visit_city_is_the_place(code: Coder) -> None:
    events, _ = code("Russian Foreign Minister Sergei Lavrov visited Tehran.")
    assert [e.location.name if e.location else None for e in events] == ["Tehran"]


def test_dateline_is_the_fallback_place(code: Coder) -> None:
    events, _ = code("Iran and Russia signed an agreement.", dateline="Moscow")
    elsewhere, _ = code("Iran and Russia signed an agreement.", dateline="Kyiv")
    assert {e.location for e in elsewhere} == {None}
    assert {e.location.name if e.location else None for e in events} == {"Moscow"}


def test_country_actor_is_not_the_place(code: Coder) -> None:
    events, _ = code("Iran and Russia met in Russia.")
    assert all(e.location is None for e in events)


def test_topics_from_keywords(code: Coder) -> None:
    events, _ = code("Iran and Russia signed an agreement on nuclear energy and trade.")
    assert {"nuclear", "energy", "trade"} <= set(events[0].topics)


def test_city_further_down_the_clause_is_the_place(code: Coder) -> None:
    events, _ = code("Russian security services arrested a Wall Street Journal reporter in Yekaterinburg.")
    assert {e.location.name if e.location else None for e in events} == {"Yekaterinburg"}


def test_city_inside_another_clause_is_not_the_place(code: Coder) -> None:
    events, _ = code("The United States criticised a Russian resolution calling for pauses in Gaza.")
    assert events and all(e.location is None for e in events)


def test_announcing_verb_date_is_past_for_a_planned_act(code: Coder) -> None:
    events, _ = code(
        "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations.",
        published=dt.date(2023, 3, 10),
    )
    assert {e.date for e in events} == {dt.date(2023, 3, 10)}


def test_intent_is_dated_by_its_statement(code: Coder) -> None:
    events, _ = code(
        "Azerbaijan is ready to resume peace talks with Armenia, President Ilham Aliyev said on Tuesday.",
        published=dt.date(2023, 5, 17),
    )
    assert {(e.cameo, e.date) for e in events} == {("036", dt.date(2023, 5, 16))}


def test_facilities_are_not_geocoded(code: Coder) -> None:
    events, _ = code(
        "French President Emmanuel Macron and US President Joe Biden held talks at the White House."
    )
    assert events and all(e.location is None for e in events)
