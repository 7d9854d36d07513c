"""Row grammar beyond one constraint (30-constructions.tsv and the frame code behind it):
conjoined constraints, predicative adjectives, subject constraints, the specific row that gives
way to the next, receivers as subjects and participles whose "by" agent is the doer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events._coded import coded, coded_with_modality

Coder = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two constraints on one row: particle and object.
        ("Serbia's opposition called off the protests against Vucic.", ("082", "SRB", "SRB", "asserted")),
        # Predicative adjectives and prepositions.
        ("Tokyo was pessimistic about the talks with Beijing.", ("012", "JPN", "CHN", "asserted")),
        (
            "Hamas said it was responsible for the attack on Israeli troops.",
            ("015", "PSE", "ISR", "asserted"),
        ),
        # An intent adjective over a cooperative act is an expressed intent (036).
        (
            "Iran said it was prepared to sit down for talks with the United States.",
            ("036", "IRN", "USA", "planned"),
        ),
        ("Iran is willing to hold talks with the United States.", ("036", "IRN", "USA", "planned")),
        # Subject constraint: armed men entering a city occupy it.
        ("Rebel fighters entered Damascus on Sunday.", ("192", "SYR", "SYR", "asserted")),
        # Receiver as subject: the giver is the object of "from".
        ("Ukraine received F-16 jets from Denmark.", ("072", "DNK", "UKR", "asserted")),
        # A participle's "by" agent is the doer; the noun's user or destination the target.
        ("Israel used intelligence shared by Jordan.", ("064", "JOR", "ISR", "asserted")),
        # The Red Crescent of a country is that country's society (EGY:NGO); humanitarian aid (073).
        ("Aid trucks sent by the Egyptian Red Crescent entered Gaza.", ("073", "EGY", "PSE", "asserted")),
    ],
)
def test_construction_rows_code_the_act(
    code: Coder, text: str, expected: tuple[str, str | None, str | None, str]
) -> None:
    events, _ = code(text)
    coded = coded_with_modality(events)
    assert expected in coded, coded


@pytest.mark.parametrize(
    "text",
    [
        "The delegation entered the building on Sunday.",  # no armed subject: no occupation
        "Ukraine received F-16 jets.",  # no giver: the recv row does not apply
        "Kyiv said Moscow was behind the attack.",  # a named subject accuses, it does not claim
        "The US leader prepared to attend the Beijing Olympics.",  # a verb of preparing: a plan only
    ],
)
def test_construction_rows_stay_silent_without_their_conditions(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert not {e.cameo for e in events} & {"192", "072", "015", "036"}, coded_with_modality(events)


def test_an_attitude_covers_the_talks_it_is_about(code: Coder) -> None:
    events, _ = code("Tokyo was pessimistic about the talks with Beijing.")
    assert "040" not in {e.cameo for e in events}, coded_with_modality(events)


def test_a_specific_row_without_participants_yields_to_the_next_specific_row_only(code: Coder) -> None:
    # "called off" with a partner is broken-off relations (164); without one, the protest row (082)
    # applies; neither falls back to the general "call" (020).
    events, _ = code("Serbia's opposition called off the protests.")
    assert {e.cameo for e in events} == {"082"}, coded_with_modality(events)


def test_a_possessed_retaliation_is_the_possessor_s_attack(code: Coder) -> None:
    events, _ = code("Pakistan's retaliation against India hit several air bases on Saturday.")
    assert ("190", "PAK", "IND") in coded(events)


def test_a_retaliation_warned_of_is_no_attack(code: Coder) -> None:
    events, _ = code("Islamabad warned of retaliation against India on Saturday.")
    assert not any(e.cameo_root == "19" for e in events)
