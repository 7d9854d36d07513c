"""Sectors and countries the title lexicon and the phrase reader give unnamed and named actors:
weapons and units, businesses, leaders, ministries, organisation bodies, national NGO societies,
names written with a lower-case particle, and lists of countries after a plural title."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from communique.actors import ActorResolver
from communique.actors.phrase import read_phrase, split_words
from communique.model import Mention

# sentence, the mention's text, expected country and sector
CASES: list[tuple[str, str, str, str | None]] = [
    ("Pakistani artillery shelled Indian border posts overnight.", "Pakistani artillery", "PAK", "MIL"),
    ("Chinese refiners cut their purchases of Iranian oil.", "Chinese refiners", "CHN", "BUS"),
    ("Japanese carmakers warned of higher costs.", "Japanese carmakers", "JPN", "BUS"),
    ("A German automaker closed its plant in Xinjiang.", "German automaker", "DEU", "BUS"),
    ("Kazakh leaders received the Turkish delegation in Astana.", "Kazakh leaders", "KAZ", "GOV"),
    # a defence ministry is a government body like any ministry (team gold convention)
    ("Brazil's defence ministry announced new patrols.", "Brazil's defence ministry", "BRA", "GOV"),
    ("The British Treasury froze the assets.", "British Treasury", "GBR", "GOV"),
    ("Libya's transitional council called for elections.", "Libya's transitional council", "LBY", "GOV"),
    # the national society of an international NGO belongs to its country
    ("The Iraqi Red Crescent delivered tents to Mosul.", "Iraqi Red Crescent", "IRQ", "NGO"),
    # organisation bodies of member governments are governments; its staff stay the organisation's
    ("ASEAN foreign ministers met in Vientiane on Friday.", "ASEAN foreign ministers", "IGO", "GOV"),
    ("Leaders of the African Union gathered in Addis Ababa.", "Leaders of the African Union", "IGO", "GOV"),
    ("UN officials toured the camp near Goma.", "UN officials", "IGO", "IGO"),
    # units and weapons with their country in their own phrase
    ("Armenian army positions came under fire near Sotk.", "Armenian army positions", "ARM", "MIL"),
    ("Azerbaijani forces shelled Armenian positions overnight.", "Armenian positions", "ARM", "MIL"),
    ("Iranian drones hit a tanker off Oman.", "Iranian drones", "IRN", "MIL"),
    ("Troops fired on Somali rebel positions near Baidoa.", "Somali rebel positions", "SOM", "REB"),
    ("Burkina Faso's military government expelled the envoy.", "military government", "BFA", "MIL"),
    ("The Turkish leadership welcomed the deal.", "Turkish leadership", "TUR", "GOV"),
    # plural demonyms counted as people are civilians of that country
    ("Hundreds of Armenians marched to the embassy in Yerevan.", "Armenians", "ARM", "CVL"),
    ("Poland expelled 40 Belarusians on Tuesday.", "Belarusians", "BLR", "CVL"),
    # demonyms of smaller countries
    ("Honduran police cleared the highway blockade.", "Honduran police", "HND", "COP"),
    ("Burkinabe soldiers repelled the attack near Djibo.", "Burkinabe soldiers", "BFA", "MIL"),
    ("Malawian officials signed the loan in Lilongwe.", "Malawian officials", "MWI", "GOV"),
    # ships with their flag
    ("The navy boarded a Liberian-flagged tanker off Yemen.", "Liberian-flagged tanker", "LBR", "BUS"),
    ("A Spanish warship escorted the convoy.", "Spanish warship", "ESP", "MIL"),
    # a group from an international organisation is the organisation's
    ("Troops from the African Union arrived in Juba on Monday.", "Troops", "IGO", "MIL"),
    # a name that starts with a lower-case particle, written as the knowledge base spells it
    ("The militant group al-Shabaab ambushed a convoy near Kismayo.", "al-Shabaab", "SOM", "REB"),
]


def _mention(mentions: tuple[Mention, ...], text: str) -> Mention:
    found = [m for m in mentions if text in m.text]
    assert found, f"no mention containing {text!r} in {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "text", "country", "sector"), CASES)
def test_title_and_body_words_give_country_and_sector(
    mentions_of: Callable[..., tuple[Mention, ...]],
    sentence: str,
    text: str,
    country: str,
    sector: str | None,
) -> None:
    mention = _mention(mentions_of(sentence, dt.date(2024, 5, 10)), text)
    assert mention.actor.country == country
    if sector is not None:
        assert mention.actor.sector == sector


def test_weapon_words_outside_an_actor_phrase_make_no_mention(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Heavy artillery fire was heard across the valley at night.")
    assert all(m.actor.sector != "MIL" for m in mentions)


def test_the_red_cross_alone_is_the_international_organisation(resolver: ActorResolver) -> None:
    actor = resolver.resolve_phrase("the Red Cross")
    assert actor is not None and actor.country == "NGO"


def test_lower_case_names_need_the_exact_spelling(resolver: ActorResolver) -> None:
    qaeda = read_phrase(split_words("al-Qaeda"), kb=resolver.kb)
    assert qaeda is not None and qaeda.record is not None and qaeda.sector == "REB"
    # "taliban" in lower case is not the knowledge base's "Taliban": a word, not the name
    assert read_phrase(split_words("taliban"), kb=resolver.kb) is None


def test_a_plural_title_takes_a_comma_list_of_countries(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("The foreign ministers of Egypt, Jordan and Qatar met in Cairo on Monday.")
    group = _mention(mentions, "foreign ministers")
    assert {m.country for m in group.members} == {"EGY", "JOR", "QAT"}
    assert all(m.sector == "GOV" for m in group.members)


def test_a_comma_after_a_title_phrase_does_not_join_what_follows(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("The President of Kenya, William Ruto, visited Kampala.")
    assert not any(m.members for m in mentions)


def test_a_country_and_a_named_group_sharing_a_plural_head_stay_two_actors(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Egyptian mediators met Israeli and Hamas leaders in Cairo.")
    countries = {m.actor.country for m in mentions}
    assert {"ISR", "PSE"} <= countries
    assert not any(m.actor.country == "ISR" and m.actor.sector == "REB" for m in mentions)


@pytest.mark.parametrize(
    ("phrase", "day", "country"),
    [
        ("King Harald", dt.date(2023, 6, 1), "NOR"),
        ("King Frederik", dt.date(2024, 6, 1), "DNK"),
        ("King Willem-Alexander", dt.date(2020, 6, 1), "NLD"),
        ("King Felipe", dt.date(2022, 6, 1), "ESP"),
    ],
)
def test_reigning_monarchs_are_heads_of_state(
    resolver: ActorResolver, phrase: str, day: dt.date, country: str
) -> None:
    actor = resolver.resolve_phrase(phrase, date=day)
    assert actor is not None and actor.kind == "person"
    assert (actor.country, actor.sector) == (country, "GOV")


def test_a_former_prime_minister_is_not_taken_for_a_king_of_the_same_name(resolver: ActorResolver) -> None:
    actor = resolver.resolve_phrase("Edouard Philippe", date=dt.date(2019, 1, 1))
    assert actor is not None and actor.country == "FRA"


def test_a_unit_without_a_country_in_its_phrase_is_not_the_subject_s(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    # "positions" and "drones" take no country from the subject: not Georgia's own positions
    mentions = mentions_of("Georgia shelled positions near the river and shot down two drones.")
    assert all(m.actor.sector != "MIL" for m in mentions)


def test_a_plural_demonym_acting_as_its_state_is_not_civilians(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mention = _mention(mentions_of("The Americans rejected the Iranian proposal on Monday."), "Americans")
    assert mention.actor.sector is None


def test_a_regional_adjective_is_not_the_country_it_ends_with(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Latin American leaders met Canadian officials in Bogota.")
    assert "USA" not in {m.actor.country for m in mentions}
    assert "CAN" in {m.actor.country for m in mentions}
    assert any(m.actor.country == "USA" for m in mentions_of("American diplomats met in Bogota."))


def test_a_group_owned_by_a_person_has_the_owner_s_country(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    sentence = "Chechen leader Ramzan Kadyrov sent his fighters to the front on Monday."
    owned = _mention(mentions_of(sentence, dt.date(2023, 5, 1)), "his fighters")
    assert owned.actor.country == "RUS"


def test_a_former_vice_president_outside_the_title_lexicon_is_known_by_name(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    sentence = "Police arrested Jorge Glas at the embassy in Quito."
    glas = _mention(mentions_of(sentence, dt.date(2024, 4, 6)), "Jorge Glas")
    assert (glas.actor.country, glas.actor.former) == ("ECU", True)


def _collective(mentions: tuple[Mention, ...], text: str) -> set[str | None]:
    mention = _mention(mentions, text)
    return {m.country for m in mention.members} or {mention.actor.country}


def test_both_sides_addressed_by_a_pair_are_the_parties_named_before(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = (
        "Armenia shelled Azerbaijani villages on Monday, and Azerbaijan answered with drone strikes "
        "after a Russian proposal failed.\n\nFrance and Germany urged both sides to return to talks."
    )
    assert _collective(mentions_of(text), "both sides") == {"ARM", "AZE"}


def test_both_sides_of_a_civil_war_are_its_one_country_not_the_un(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = (
        "Ethiopia's army and Tigrayan forces clashed near Mekelle on Sunday. The United Nations "
        "appealed for calm. Kenya's president called on both sides to hold talks."
    )
    assert _collective(mentions_of(text), "both sides") == {"ETH"}


def test_a_canadian_province_acting_names_canada_not_a_us_town(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    acting = _mention(
        mentions_of("Alberta threatened to halt oil shipments to the United States."), "Alberta"
    )
    assert acting.actor.country == "CAN"
    premier = _mention(mentions_of("Ontario's premier vowed to fight the tariffs."), "premier")
    assert premier.actor.country == "CAN"
    # after "in" a province is only a place, like a US state
    assert not any(m.text == "Quebec" for m in mentions_of("Truckers rallied in Quebec on Monday."))


def test_a_town_the_ner_takes_for_an_organisation_still_places_the_act(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = "A car bomb killed three soldiers at an army post in Arauca, officials said."
    assert _mention(mentions_of(text), "soldiers").actor.country == "COL"
    text = "Rebels killed 40 civilians in villages near El Fasher, a local monitor said."
    assert _mention(mentions_of(text), "civilians").actor.country == "SDN"


def test_a_state_body_joined_to_a_national_phrase_shares_its_country(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = "Britain sanctioned two Iranian ministers and the riot police over the crackdown."
    police = _mention(mentions_of(text), "riot police")
    assert (police.actor.country, police.actor.sector) == ("IRN", "COP")


def test_a_verb_joined_without_its_own_subject_shares_the_place(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = "Students threw rocks at police and blocked the main road in Dhaka on Monday."
    assert _mention(mentions_of(text), "Students").actor.country == "BGD"
    # a joined clause with its own subject locates only its own act
    other = "Students threw rocks at police, and farmers blocked the main road in Dhaka."
    assert _mention(mentions_of(other), "Students").actor.country is None


def test_a_dateline_city_is_not_one_of_the_countries_after_its_dash(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("BAMAKO - Senegal and Gambia signed a transit accord on Friday.")
    group = _mention(mentions, "Gambia")
    assert {m.country for m in group.members} == {"SEN", "GMB"}
    assert not any(m.text.startswith("BAMAKO") for m in mentions)
    # an unspaced dash between two countries still joins them
    pair = _mention(mentions_of("Iran-Russia trade grew last year."), "Iran-Russia")
    assert {m.country for m in pair.members} == {"IRN", "RUS"}


def test_an_unknown_company_takes_country_and_sector_from_its_description(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = "The deal was signed by Swedish carmaker Volvo in Gothenburg."
    mention = _mention(mentions_of(text), "Volvo")
    assert (mention.actor.country, mention.actor.sector, mention.actor.kind) == ("SWE", "BUS", "organization")
    # a title of a person is no company's description
    person = _mention(mentions_of("Turkish businessman Ali Koc criticised the bank."), "Koc")
    assert person.actor.kind == "person"


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        ("President William Ruto flew to Addis Ababa on Monday.", "William Ruto", "KEN"),
        ("Prime Minister Robert Abela called an early election.", "Robert Abela", "MLT"),
        ("Prime Minister James Marape signed the security pact.", "James Marape", "PNG"),
    ],
)
def test_heads_of_government_are_known_without_their_country_written(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str, text: str, country: str
) -> None:
    assert _mention(mentions_of(sentence, dt.date(2024, 3, 1)), text).actor.country == country


def test_a_town_the_ner_takes_for_a_person_is_its_country_s_place(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("The United States struck Fordow on Saturday night.")
    fordow = _mention(mentions, "Fordow")
    assert fordow.actor.country == "IRN" and fordow.actor.kind != "person"


def test_a_dateline_city_is_not_its_government_acting(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = "NAIROBI, May 3 (Wire) - Kenya's parliament passed the finance bill on Tuesday."
    assert not any(m.text == "NAIROBI" for m in mentions_of(text))
    # the same capital acting in a sentence is its government
    acting = _mention(mentions_of("Nairobi summoned the Ugandan envoy on Tuesday."), "Nairobi")
    assert (acting.actor.country, acting.actor.sector) == ("KEN", "GOV")


def test_a_place_named_by_a_possessive_locates_the_act(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = "Police detained the former minister at Lima's airport on Monday."
    assert _mention(mentions_of(text), "Police").actor.country == "PER"
