"""Resolving date expressions found in news text against the article's publication date.

dateparser does the calendar arithmetic; this module decides what the expression means for news:
the precision it supports (a weekday names a day, a bare month a month), which way an ambiguous
expression points (past for reported acts, future for planned ones) and which expressions are not
dates of an act at all (durations such as "two weeks", which dateparser would happily resolve).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Literal

import dateparser

__all__ = ["Precision", "Prefer", "resolve_date"]

Precision = Literal["day", "month", "year"]
Prefer = Literal["past", "future"]

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_LEADING = re.compile(
    r"^(?:(?:on|in|at|during|since|by|from|until|till|of|the|this|that|earlier|later)\s+)+", re.I
)
_WEEKDAY_NAMES = _WEEKDAYS.split("|")
_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_MONTH_NUMBERS = {
    name: n
    for n, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_MONTH_ONLY = re.compile(rf"^({_MONTHS})\.?(?:,?\s+(\d{{4}}))?$")
_RELATIVE_PERIOD = re.compile(r"^(next|coming|last|previous|this)\s+(month|year)$")
_YEAR_ONLY = re.compile(r"^(?:1[89]\d\d|2\d{3})$")
_WEEKDAY_ONLY = re.compile(rf"^(?:(last|next|this|past|coming)\s+)?({_WEEKDAYS})$", re.I)
_PAREN_WEEKDAY = re.compile(rf"\((\s*(?:{_WEEKDAYS})\s*)\)", re.I)
_TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.I)
_PAREN = re.compile(r"\s*\(.*?\)\s*")
_DAY_WORDS = re.compile(rf"\b(?:today|yesterday|tomorrow|tonight|{_WEEKDAYS}|\d+\s+days?\s+ago)\b", re.I)
_DAY_OF_MONTH = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)", re.I
)
_NUMERIC_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_MONTH_WORDS = re.compile(rf"\b(?:{_MONTHS})\b|\b(?:next|last|this|previous|coming)\s+month\b", re.I)
_YEAR_WORDS = re.compile(r"\b(?:1[89]\d\d|2\d{3})\b|\b(?:next|last|this|previous|coming)\s+year\b", re.I)
_MONTH_NAME = re.compile(rf"\b(?:{_MONTHS})\b", re.I)
_RELATIVE = re.compile(r"\b(?:next|last|this|previous|coming|ago)\b", re.I)
_WEEK_WORDS = re.compile(r"\b(?:next|last|this|previous|coming)\s+week\b", re.I)
# "the first days of 2025", "early January", "the end of 2024": the start or end of a period.
_PERIOD_EDGE = re.compile(
    r"^(?:(?:the\s+)?(?:first|early|opening)\s+(?:days?|weeks?)\s+of|early|(?:the\s+)?(?:beginning|start)\s+of)\s+(.+)$",
    re.I,
)
_PERIOD_END = re.compile(
    r"^(?:(?:the\s+)?(?:last|final)\s+(?:days?|weeks?)\s+of|late|(?:the\s+)?end\s+of)\s+(.+)$", re.I
)
# Durations ("two weeks", "42 years") are lengths of time, not the date of an act.
_DURATION = re.compile(
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)$",
    re.I,
)
_NOT_A_DATE = re.compile(r"\b(?:anniversary|age|old|century|centuries|decades?|annual|daily|weekly)\b", re.I)


def resolve_date(
    expression: str, *, anchor: dt.date | None, prefer: Prefer = "past"
) -> tuple[dt.date, Precision] | None:
    """Resolve a date expression to a calendar date and the precision it supports.

    Args:
        expression: text such as "on Wednesday", "in October", "yesterday (Tuesday)",
            "next month", "in the first days of 2025".
        anchor: the publication date relative expressions count from; None means only
            expressions carrying their own year resolve (nothing is invented).
        prefer: "past" for acts reported as done, "future" for planned acts; decides which
            way "on Friday" or "in January" points.

    Returns:
        ``(date, precision)`` with precision "day", "month" or "year" (month and year
        precision give the first day of the period), or None when the expression is not a
        date of an act or cannot be resolved.
    """
    return _resolve(" ".join(expression.split()), anchor, prefer)


@functools.lru_cache(maxsize=4096)
def _resolve(expression: str, anchor: dt.date | None, prefer: Prefer) -> tuple[dt.date, Precision] | None:
    # Cached: news repeats the same few expressions ("on Monday") thousands of times and
    # dateparser costs about a millisecond per call.
    weekday = _PAREN_WEEKDAY.search(expression)
    # "yesterday (Tuesday)": the weekday in brackets is the writer's own precision.
    text = weekday.group(1) if weekday else _PAREN.sub(" ", expression).strip(" ,.;:'\"")
    text = _LEADING.sub("", text).strip()
    text = _TIME_OF_DAY.sub("", text).strip()  # "Monday morning" dates the day
    if not text or _DURATION.match(text) or _NOT_A_DATE.search(text):
        return None
    edge = _PERIOD_EDGE.match(text) or _PERIOD_END.match(text)
    at_end = bool(_PERIOD_END.match(text))
    if edge:
        text = _LEADING.sub("", edge.group(1)).strip()
    precision = _precision(text)
    if precision is None:
        return None
    if anchor is None and (not _YEAR_WORDS.search(text) or _RELATIVE.search(text)):
        return None  # nothing to count from: never invent a date
    parsed = _parse(text, anchor, prefer)
    if parsed is None:
        return None
    if edge and precision == "year":
        # "the first days of 2025" points at January, not at the year as a whole.
        return (dt.date(parsed.year, 12 if at_end else 1, 1), "month")
    if precision == "month":
        return (parsed.replace(day=1), "month")
    if precision == "year":
        return (dt.date(parsed.year, 1, 1), "year")
    return (parsed, "day")


def _precision(text: str) -> Precision | None:
    if _DAY_WORDS.search(text) or _DAY_OF_MONTH.search(text) or _NUMERIC_DAY.search(text):
        return "day"
    if _MONTH_WORDS.search(text) or _WEEK_WORDS.search(text):
        # A week is coarser than a day; month is the honest precision the model allows.
        return "month"
    if _YEAR_WORDS.search(text):
        return "year"
    return None


def _quick(text: str, anchor: dt.date | None, prefer: Prefer) -> dt.date | None:
    """The common expressions, resolved without dateparser.

    Hand-written for speed: dateparser costs about a millisecond per call and the cache cannot
    help across articles, whose anchors differ. Anything not matched here goes to dateparser.
    """
    if anchor is None:
        return None
    lower = text.lower()
    if lower in _DAY_OFFSETS:
        return anchor + dt.timedelta(days=_DAY_OFFSETS[lower])
    month = _MONTH_ONLY.match(lower)
    if month:
        number = _MONTH_NUMBERS[month.group(1)[:3]]
        year = int(month.group(2)) if month.group(2) else anchor.year
        if not month.group(2):
            if prefer == "past" and number > anchor.month:
                year -= 1
            elif prefer == "future" and number < anchor.month:
                year += 1
        return dt.date(year, number, 1)
    relative = _RELATIVE_PERIOD.match(lower)
    if relative:
        step = {"next": 1, "coming": 1, "last": -1, "previous": -1, "this": 0}[relative.group(1)]
        if relative.group(2) == "year":
            return dt.date(anchor.year + step, 1, 1)
        index = anchor.year * 12 + anchor.month - 1 + step
        return dt.date(index // 12, index % 12 + 1, 1)
    if _YEAR_ONLY.match(lower):
        return dt.date(int(lower), 1, 1)
    return None


def _parse(text: str, anchor: dt.date | None, prefer: Prefer) -> dt.date | None:
    weekday = _WEEKDAY_ONLY.match(text)
    if weekday and anchor is not None:
        # Hand-written because dateparser never returns the anchor's own day: in news published
        # on a Thursday, "on Thursday" is that day, not a week earlier.
        wanted = _WEEKDAY_NAMES.index(weekday.group(2).lower())
        forwards = (weekday.group(1) or "").lower() in {"next", "coming"} or (
            prefer == "future" and (weekday.group(1) or "").lower() not in {"last", "past"}
        )
        if forwards:
            return anchor + dt.timedelta(days=(wanted - anchor.weekday() - 1) % 7 + 1)
        back = (anchor.weekday() - wanted) % 7
        if back == 0 and (weekday.group(1) or "").lower() in {"last", "past"}:
            back = 7  # "last Thursday", written on a Thursday
        return anchor - dt.timedelta(days=back)
    settings: dict[str, object] = {"PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    quick = _quick(text, anchor, prefer)
    if quick is not None:
        return quick
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    day: dt.date = parsed.date()
    bare_month = _MONTH_NAME.search(text) and not _YEAR_WORDS.search(text)
    if (
        anchor is not None
        and prefer == "past"
        and bare_month
        and (day.year, day.month) > (anchor.year, anchor.month)
    ):
        # A bare month later than the anchor's, in past-tense news, is last year's.
        day = day.replace(year=day.year - 1)
    return day
