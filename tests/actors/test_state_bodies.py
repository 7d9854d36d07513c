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


def test_a_body_placed_by_a_town_on_its_own_phrase_is_that_country(mentions_of: Mentions) -> None:
    assert _actor_of(mentions_of("A court in Novosibirsk jailed the blogger."), "court") == ("RUS", "JUD")
    mentions = mentions_of("The foreign ministry in Vilnius summoned the Belarusian envoy.")
    assert _actor_of(mentions, "foreign ministry") == ("LTU", "GOV")
    # people placed by a city hosting them are not its nationals
    assert _actor_of(mentions_of("Diplomats in Geneva said the talks stalled."), "Diplomats") is None


def test_the_host_city_of_a_summit_does_not_place_the_actors_discussed(mentions_of: Mentions) -> None:
    text = (
        "The African Union suspended Guinea's membership and threatened the junta with sanctions "
        "at an emergency meeting in Addis Ababa on Friday."
    )
    assert _actor_of(mentions_of(text), "junta") == ("GIN", "MIL")
    # a place locating the act itself still does
    assert _actor_of(mentions_of("The junta arrested three ministers in Conakry."), "junta") == ("GIN", "MIL")


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(mentions_of: Mentions) -> None:
    mentions = mentions_of(
        "Erdogan hosted Zelensky in Istanbul. Putin later phoned Erdogan and criticised him."
    )
    hims = [m.actor.id for m in mentions if m.text == "him"]
    assert hims and "person:vladimir-putin" not in hims
    mentions = mentions_of("Scholz met Macron in Berlin. Scholz thanked him for his support.")
    assert [m.actor.id for m in mentions if m.text == "him"] == ["person:emmanuel-macron"]


def test_a_group_led_by_a_country_is_that_country(mentions_of: Mentions) -> None:
    text = "Egypt declined to join the U.S.-led maritime coalition patrolling the Gulf of Aden on Monday."
    assert _actor_of(mentions_of(text), "U.S.-led maritime coalition") == ("USA", None)
    text = "A French-led force of 3,000 troops entered the town of Timbuktu on Sunday, officials said."
    assert _actor_of(mentions_of(text), "French-led force") == ("FRA", None)
    text = "The NATO-led mission in Afghanistan handed over security to the army on Tuesday, officials said."
    assert [m.actor.id for m in mentions_of(text) if m.text == "NATO-led mission"] == ["IGO:NATO"]


def test_a_country_leading_talks_or_a_named_organisation_is_not_the_actor(mentions_of: Mentions) -> None:
    text = "The Qatari-led talks between the two sides collapsed on Monday after a week, officials said."
    assert all("talks" not in m.text for m in mentions_of(text))
    text = "Troops from the Russian-led Collective Security Treaty Organization left Armenia on Friday."
    assert all(m.actor.country != "RUS" for m in mentions_of(text))
    text = "Kyrgyzstan suspended its role in the Russian-led CSTO security bloc on Friday, officials said."
    assert [m.actor.id for m in mentions_of(text) if "CSTO" in m.text] == ["IGO:CSTO"]


def test_the_rebels_after_a_named_armed_group_are_that_group(mentions_of: Mentions) -> None:
    mentions = mentions_of("ELN rebels bombed a pipeline on Monday. The rebels later freed two hostages.")
    assert [m.actor.id for m in mentions if m.text == "rebels"] == ["org:eln"]
    # unnamed gunmen are not thereby the group named before
    mentions = mentions_of("ELN rebels bombed a pipeline on Monday. Gunmen later attacked a bus.")
    assert all(m.actor.id != "org:eln" for m in mentions if m.text == "Gunmen")


def test_the_generals_and_the_former_colonial_ruler_refer_back(mentions_of: Mentions) -> None:
    mentions = mentions_of("Guinea's army seized power on Sunday. The generals dissolved the government.")
    assert _actor_of(mentions, "generals") == ("GIN", "MIL")
    mentions = mentions_of(
        "Niger ordered Belgium's envoy to leave. The former colonial power rejected the order."
    )
    assert [m.actor.country for m in mentions if "colonial" in m.text] == ["BEL"]
    # with no colonial power named before, no mention
    mentions = mentions_of("Niger ordered Nigeria's envoy to leave. The former colonial power said nothing.")
    assert [m for m in mentions if "colonial" in m.text] == []
