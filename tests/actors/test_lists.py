"""Names joined into one group mention only when the parse lists them together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from communique.model import Mention

LISTS = [
    ("Russia, China and Iran held joint naval drills.", "group:CHN+IRN+RUS"),
    ("Spain, Ireland and Norway recognised a Palestinian state.", "group:ESP+IRL+NOR"),
    ("Moscow, Beijing and Tehran condemned the strike.", "group:CHN+IRN+RUS"),
]

APART = [
    ("Since the beginning of the war in Ukraine, Russia has attacked the city.", {"UKR", "RUS"}),
    ("After the talks in Egypt, Israel resumed its strikes.", {"EGY", "ISR"}),
]


@pytest.mark.parametrize(("text", "group"), LISTS, ids=[c[1] for c in LISTS])
def test_a_list_of_states_is_one_group_mention(
    mentions_of: Callable[..., tuple[Mention, ...]], text: str, group: str
) -> None:
    assert group in {m.actor.id for m in mentions_of(text)}


@pytest.mark.parametrize(("text", "countries"), APART, ids=[c[0][:30] for c in APART])
def test_a_comma_closing_a_fronted_phrase_joins_nothing(
    mentions_of: Callable[..., tuple[Mention, ...]], text: str, countries: set[str]
) -> None:
    mentions = mentions_of(text)
    assert not any(m.actor.kind == "group" for m in mentions)
    assert {m.actor.id for m in mentions} >= countries


PLACES = [
    ("Ukrainian drones struck Belgorod on Monday.", "Belgorod", "RUS"),
    ("Russian forces shelled Kherson overnight.", "Kherson", "UKR"),
    ("Belgorod said two people were killed.", "Belgorod", "RUS"),
]


@pytest.mark.parametrize(("text", "surface", "country"), PLACES, ids=[c[0][:20] for c in PLACES])
def test_a_town_the_ner_takes_for_a_name_acts_for_its_country(
    mentions_of: Callable[..., tuple[Mention, ...]], text: str, surface: str, country: str
) -> None:
    found = [m for m in mentions_of(text) if m.text == surface]
    assert found and found[0].actor.country == country


def test_a_town_after_in_is_only_a_place(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    assert not [
        m for m in mentions_of("Fighting raged in Darfur and Anbar.") if m.text in {"Darfur", "Anbar"}
    ]


PEOPLE = [
    ("Aung San Suu Kyi met the envoy.", "Aung San Suu Kyi", "MMR"),
    (
        "Cypriot President Nikos Christodoulides met the envoy.",
        "Cypriot President Nikos Christodoulides",
        "CYP",
    ),
    ("Constantinos Kombos said the talks would resume.", "Constantinos Kombos", "CYP"),
    ("Sviatlana Tsikhanouskaya urged the EU to act.", "Sviatlana Tsikhanouskaya", "BLR"),
]


@pytest.mark.parametrize(("text", "surface", "country"), PEOPLE, ids=[c[1] for c in PEOPLE])
def test_office_holders_and_opposition_leaders_have_their_country(
    mentions_of: Callable[..., tuple[Mention, ...]], text: str, surface: str, country: str
) -> None:
    found = [m for m in mentions_of(text, dt.date(2024, 5, 1)) if m.text == surface]
    assert found and found[0].actor.country == country
