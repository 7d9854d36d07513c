"""Lexicon rows for CAMEO codes the error listings showed missing (denials, ceasefire demands,
declined comment, severed ties, missile fire, a reported intent to meet)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events._coded import coded_with_modality

Coder = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin dismissed the allegations as lies.", ("016", "RUS", None, "asserted")),
        ("Tehran refuted the report on Thursday.", ("016", "IRN", None, "asserted")),
        ("The European Union demanded a truce in Sudan.", ("107", "IGO", "SDN", "asserted")),
        ("The Iranian foreign ministry declined to comment on the claims.", ("011", "IRN", None, "asserted")),
        ("Paraguay broke diplomatic relations with Venezuela.", ("161", "PRY", "VEN", "asserted")),
        ("Russia fired cruise missiles into Ukraine overnight.", ("195", "RUS", "UKR", "asserted")),
    ],
)
def test_lexicon_codes_the_act(
    code: Coder, text: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    events, _ = code(text)
    assert expected in coded_with_modality(events), coded_with_modality(events)


def test_saying_they_would_meet_is_an_intent_to_meet(code: Coder) -> None:
    events, _ = code("Egypt and Turkey said they would meet in Cairo next week.")
    assert {e.cameo for e in events} == {"036"}
    assert all(e.modality == "planned" for e in events)


def test_saying_it_would_reduce_stays_a_plan_not_an_intent(code: Coder) -> None:
    events, _ = code("Russia said it would reduce military activity around Kyiv.")
    assert [e.cameo[:2] for e in events] == ["08"]


def test_dismissing_an_idea_is_not_a_denial(code: Coder) -> None:
    events, _ = code("The Iranian minister dismissed the idea.")
    assert events == ()


def test_proposed_talks_are_not_talks(code: Coder) -> None:
    events, _ = code("Ethiopia rejected an African Union proposal for talks with Tigrayan forces.")
    assert {e.cameo[:2] for e in events} == {"12"}


def test_warning_is_aimed_at_the_subject_of_its_condition(code: Coder) -> None:
    events, _ = code("Japan warned that it would respond if North Korea tested another missile.")
    assert ("130", "JPN", "PRK", "asserted") in coded_with_modality(events), coded_with_modality(events)


def test_asking_for_an_explanation_is_a_demand_for_information(code: Coder) -> None:
    events, _ = code("Austria asked Hungary to explain the border closures.")
    assert ("101", "AUT", "HUN", "asserted") in coded_with_modality(events), coded_with_modality(events)
