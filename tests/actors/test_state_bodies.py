"""Unnamed state bodies acting ("the foreign ministry summoned ..."), UK nations and seas as places."""

from __future__ import annotations

from collections.abc import Callable

from communique.model import Mention

Mentions = Callable[..., tuple[Mention, ...]]


def _actor_of(mentions: tuple[Mention, ...], surface: str) -> tuple[str | None, str | None] | None:
    found = [m.actor for m in mentions if m.text == surface]
    return (found[0].country, found[0].sector) if found else None


def test_a_ministry_acting_on_a_foreign_envoy_is_the_country_that_spoke_before(mentions_of: Mentions) -> None:
    text = (
        "Vietnamese fishing boats were chased away from the atoll on Friday, Jakarta said. "
        "The Department of Foreign Affairs summoned Vietnam's ambassador on Sunday."
    )
    assert _actor_of(mentions_of(text), "Department of Foreign Affairs") == ("IDN", "GOV")


def test_a_bare_foreign_ministry_acting_takes_the_country_that_acted_last(mentions_of: Mentions) -> None:
    text = (
        "Lithuania accused Belarus of pushing migrants across the border. "
        "The foreign ministry summoned Belarus's envoy."
    )
    assert _actor_of(mentions_of(text), "foreign ministry") == ("LTU", "GOV")


def test_a_government_acting_after_a_country_spoke_is_that_country(mentions_of: Mentions) -> None:
    text = "Estonia accused Russia of jamming flights on Monday. The government expelled two diplomats."
    assert _actor_of(mentions_of(text), "government") == ("EST", "GOV")


def test_a_ministry_whose_own_sentence_names_its_country_as_subject_keeps_it(mentions_of: Mentions) -> None:
    text = (
        "Lithuania accused Belarus of pushing migrants. "
        "Belarus said on Tuesday the foreign ministry had protested."
    )
    assert _actor_of(mentions_of(text), "foreign ministry") == ("BLR", "GOV")


def test_a_ministry_of_no_known_country_and_a_ministry_not_acting_are_not_mentions(
    mentions_of: Mentions,
) -> None:
    assert _actor_of(mentions_of("The foreign ministry condemned the attack."), "foreign ministry") is None
    text = "Lithuania accused Belarus of pushing migrants. Reporters waited outside the foreign ministry."
    assert _actor_of(mentions_of(text), "foreign ministry") is None


def test_northern_ireland_and_scotland_are_the_united_kingdom(mentions_of: Mentions) -> None:
    mentions = mentions_of(
        "Northern Ireland's first minister criticised Dublin. Police in Scotland arrested a man."
    )
    assert _actor_of(mentions, "Northern Ireland's first minister") == ("GBR", "GOV")
    assert _actor_of(mentions, "Police in Scotland") == ("GBR", "COP")
    # the Republic is still Ireland
    assert _actor_of(mentions_of("Ireland recalled its ambassador."), "Ireland") == ("IRL", None)


def test_the_red_sea_and_the_sahel_locate_no_country(mentions_of: Mentions) -> None:
    mentions = mentions_of("Gunmen seized a tanker in the Red Sea on Monday.")
    assert _actor_of(mentions, "Gunmen") == (None, "REB")
    mentions = mentions_of("Jihadists attacked an army post in the Sahel on Friday.")
    assert _actor_of(mentions, "Jihadists") == (None, "REB")
    # a town of Sudan's Red Sea state still places the act
    mentions = mentions_of("Gunmen attacked a police station in Port Sudan on Monday.")
    assert _actor_of(mentions, "Gunmen") == ("SDN", "REB")
