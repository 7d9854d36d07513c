"""Agency prefixes, datelines and bylines as the wires print them."""

from __future__ import annotations

import pytest

from communique.clean._datelines import Byline, parse_byline, strip_prefix


@pytest.mark.parametrize(
    ("paragraph", "rest", "agency", "place"),
    [
        ("MEHR: Velayati met Baburin.", "Velayati met Baburin.", "MEHR", None),
        ("Iran PressEurope: Zarif spoke.", "Zarif spoke.", "Iran Press", None),
        ("Moscow (IP): The ministers met.", "The ministers met.", "IP", "Moscow"),
        ("WASHINGTON (AP) — The envoy left.", "The envoy left.", "AP", "Washington"),
        ("KYIV, Ukraine (AP) — Drones struck.", "Drones struck.", "AP", "Kyiv"),
        ("LONDON, March 5 (Reuters) - Talks resumed.", "Talks resumed.", "Reuters", "London"),
        ("BEIJING, March 5 (Xinhua) -- China said.", "China said.", "Xinhua", "Beijing"),
        ("TEHRAN, Oct. 6 (MNA) – Iran said.", "Iran said.", "MEHR", "Tehran"),
        ("MOSCOW, November 24. /TASS/. Russia said.", "Russia said.", "TASS", "Moscow"),
        ("BEIRUT — Lebanon's cabinet met.", "Lebanon's cabinet met.", None, "Beirut"),
    ],
)
def test_strip_prefix(paragraph: str, rest: str, agency: str | None, place: str | None) -> None:
    found = strip_prefix(paragraph, position=0)
    assert found == (rest, Byline(agency=agency, place=place))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Zarif noted: the talks went well.",
        "Interfax reported: talks went well.",
        "The United Nations (UN) said on Monday that talks would resume.",
        "Apple: a fruit.",
    ],
)
def test_not_a_prefix(paragraph: str) -> None:
    assert strip_prefix(paragraph, position=0) is None


def test_generic_datelines_only_near_the_top() -> None:
    assert strip_prefix("Moscow (IP): The ministers met.", position=9) is None
    assert strip_prefix("MEHR: Velayati met Baburin.", position=9) is not None  # a known agency anywhere


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Kyiv • UNN", Byline(agency="UNN", place="Kyiv")),
        ("UNN • 12:30 • 9504 views", Byline(agency="UNN")),
        ("Tehran | IRNA | 5 March 2024", Byline(agency="IRNA", place="Tehran")),
        ("Kyiv  •  BSC  •  21904 views", Byline(agency="BSC", place="Kyiv")),
        ("Iran • Russia • China", None),
        ("Iran • US • Russia", None),
        ("The talks • went on", None),
        ("9504 views", None),
    ],
)
def test_parse_byline(paragraph: str, expected: Byline | None) -> None:
    assert parse_byline(paragraph) == expected
