"""Descriptions of an actor named before, shared country names, and the fixes of this round
(sides of a civil war, NER "persons" that start generic actors, places after "the port of")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from communique.model import Mention

Run = Callable[..., tuple[Mention, ...]]


def _find(mentions: tuple[Mention, ...], text: str) -> Mention:
    hits = [m for m in mentions if m.text == text]
    assert hits, [m.text for m in mentions]
    return hits[-1]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Saudi Arabia condemned the attack. The kingdom said it would respond.", "The kingdom", "SAU"),
        ("Qatar hosted the talks. The Gulf state said it backed a ceasefire.", "The Gulf state", "QAT"),
        ("Taiwan rejected the claim. The island nation accused China of lying.", "The island nation", "TWN"),
        ("NATO warned Russia on Monday. The alliance condemned the strikes.", "The alliance", "IGO:NATO"),
        ("ASEAN urged Myanmar to end violence. The bloc condemned the executions.", "The bloc", "IGO:ASEAN"),
    ],
)
def test_description_takes_the_last_fitting_actor(
    mentions_of: Run, text: str, phrase: str, expected: str
) -> None:
    assert _find(mentions_of(text), phrase).actor.id == expected


def test_description_without_antecedent_is_no_mention(mentions_of: Run) -> None:
    mentions = mentions_of("France condemned the attack. The kingdom said nothing.")
    assert all(m.text != "The kingdom" for m in mentions)


def test_the_two_leaders_are_the_last_two_leaders(mentions_of: Run) -> None:
    mentions = mentions_of(
        "Biden met Xi in California. The two leaders agreed to resume military talks.",
        published=dt.date(2023, 11, 16),
    )
    leaders = _find(mentions, "The two leaders")
    assert {m.country for m in leaders.members} == {"USA", "CHN"}


def test_bare_congo_is_the_drc_without_brazzaville_cues(mentions_of: Run) -> None:
    mentions = mentions_of("Congo accused Rwanda of deploying thousands of troops to back the rebels.")
    assert _find(mentions, "Congo").actor.country == "COD"


def test_bare_congo_stays_the_republic_with_its_president_named(mentions_of: Run) -> None:
    mentions = mentions_of(
        "President Denis Sassou Nguesso met Macron in Paris. Congo signed a deal with France.",
        published=dt.date(2024, 5, 1),
    )
    assert _find(mentions, "Congo").actor.country == "COG"


def test_both_sides_of_a_civil_war_exclude_the_speaker(mentions_of: Run) -> None:
    mentions = mentions_of(
        "Sudan's army and the paramilitary Rapid Support Forces clashed in El Fasher on Tuesday. "
        "China's special envoy for the Horn of Africa called on both sides to return to talks."
    )
    assert _find(mentions, "both sides").actor.country == "SDN"


def test_riot_police_at_sentence_start_is_not_a_person(mentions_of: Run) -> None:
    mentions = mentions_of("Riot police fired tear gas at protesters in Nairobi.")
    police = _find(mentions, "Riot police")
    assert (police.actor.country, police.actor.sector) == ("KEN", "COP")


def test_workers_take_the_country_of_the_port(mentions_of: Run) -> None:
    mentions = mentions_of("Dockworkers at the port of Antwerp went on strike on Monday.")
    workers = _find(mentions, "Dockworkers")
    assert (workers.actor.country, workers.actor.sector) == ("BEL", "LAB")
    assert all(m.text != "Antwerp" for m in mentions)  # a place there, not an actor


@pytest.mark.parametrize(
    ("text", "phrase", "country", "sector"),
    [
        (
            "The watchdog found that the Syrian air force dropped chlorine gas on Douma in 2018.",
            "Douma",
            "SYR",
            None,
        ),
        ("Tigray forces shelled the town of Gondar.", "Tigray forces", "ETH", "REB"),
        (
            "Haiti asked the Organization of American States to intervene.",
            "Organization of American States",
            "IGO",
            "IGO",
        ),
    ],
)
def test_names_fixed_this_round(
    mentions_of: Run, text: str, phrase: str, country: str, sector: str | None
) -> None:
    actor = _find(mentions_of(text), phrase).actor
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Protesters in Belgrade demanded the resignation of Prime Minister Milos Vucevic.",
            "Milos Vucevic",
            "SRB",
        ),
        ("Niger's junta refused to release ousted President Mohamed Bazoum.", "Mohamed Bazoum", "NER"),
    ],
)
def test_heads_of_government_added_to_the_kb(mentions_of: Run, text: str, name: str, country: str) -> None:
    mentions = mentions_of(text, published=dt.date(2024, 6, 1))
    person = next(m for m in mentions if name in m.text)
    assert person.actor.country == country
