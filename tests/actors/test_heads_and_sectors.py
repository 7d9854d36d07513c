"""Head nouns that give a mention its sector: plural offices and units shared by conjoined
demonyms ("Turkish and Greek envoys"), aircraft and bases with their country in their own phrase,
electoral bodies; and the ordinary senses of the same words, which make no actor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from communique.model import Mention

_DAY = dt.date(2024, 5, 10)

# sentence, the mention's text, expected country and sector
CASES: list[tuple[str, str, str, str]] = [
    ("Indian helicopters landed supplies near the glacier.", "Indian helicopters", "IND", "MIL"),
    ("A Turkish army helicopter crashed near Van.", "Turkish army helicopter", "TUR", "MIL"),
    ("Rockets landed near American bases in eastern Syria.", "American bases", "USA", "MIL"),
    ("Japanese fighter planes shadowed the flight.", "Japanese fighter planes", "JPN", "MIL"),
    ("Kenya's electoral commission delayed the count.", "electoral commission", "KEN", "GOV"),
    ("Pakistani envoys travelled to Kabul for talks.", "Pakistani envoys", "PAK", "GOV"),
]


def _mention(mentions: tuple[Mention, ...], text: str) -> Mention:
    found = [m for m in mentions if text in m.text]
    assert found, f"no mention containing {text!r} in {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "text", "country", "sector"), CASES)
def test_a_head_noun_gives_country_and_sector(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str, text: str, country: str, sector: str
) -> None:
    mention = _mention(mentions_of(sentence, _DAY), text)
    assert (mention.actor.country, mention.actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("sentence", "text", "members"),
    [
        ("Turkish and Greek envoys met in Geneva.", "envoys", {("TUR", "GOV"), ("GRC", "GOV")}),
        ("Indian and French bombers flew over the Arabian Sea.", "bombers", {("IND", "MIL"), ("FRA", "MIL")}),
        (
            "The mediators urged the governments of Ethiopia and Eritrea to talk.",
            "governments",
            {("ETH", "GOV"), ("ERI", "GOV")},
        ),
    ],
)
def test_members_of_a_conjoined_phrase_share_its_head_s_sector(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str, text: str, members: set[tuple[str, str]]
) -> None:
    mention = _mention(mentions_of(sentence, _DAY), text)
    assert {(m.country, m.sector) for m in mention.members} == members


@pytest.mark.parametrize(
    "sentence",
    [
        "A rescue helicopter flew the injured climbers to hospital.",
        "The bakery chain has bases in three cities.",
        "The runner stole two bases in the seventh inning.",
        "The kitchen appliance maker sells bread bakers and juicers.",
    ],
)
def test_the_ordinary_sense_of_a_unit_word_is_no_military_actor(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str
) -> None:
    assert all(m.actor.sector != "MIL" for m in mentions_of(sentence, _DAY))


@pytest.mark.parametrize(
    ("sentence", "text", "actor_id"),
    [
        ("Lawmakers in Strasbourg backed sanctions on Belarus.", "Lawmakers", "IGO:EP"),
        ("Legislators voted in Strasbourg to rebuke Georgia.", "Legislators", "IGO:EP"),
        ("MEPs criticised the Slovak government on Thursday.", "MEPs", "IGO:EP"),
        ("Judges in Strasbourg found that Russia had violated the convention.", "Judges", "IGO:ECHR"),
    ],
)
def test_members_of_a_body_in_its_seat_city_are_the_international_body(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str, text: str, actor_id: str
) -> None:
    assert _mention(mentions_of(sentence, _DAY), text).actor.id == actor_id


def test_other_actors_in_a_seat_city_stay_the_host_country_s(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    police = _mention(mentions_of("Police in Strasbourg detained two men.", _DAY), "Police")
    assert (police.actor.country, police.actor.sector) == ("FRA", "COP")
    french = _mention(mentions_of("French lawmakers in Strasbourg met farmers.", _DAY), "lawmakers")
    assert french.actor.country == "FRA"


def test_they_after_lawmakers_in_a_seat_city_is_the_body(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = (
        "Serbia dismissed criticism from Kosovo's leaders on Tuesday.\n\n"
        "Lawmakers in Strasbourg asked Belgrade to free the detained officers.\n\n"
        "They also called for a new round of dialogue."
    )
    they = _mention(mentions_of(text, _DAY), "They")
    assert they.actor.id == "IGO:EP"


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        ("Soldiers shot a Lebanese man at the checkpoint near Naqoura.", "Lebanese man", "LBN"),
        ("Police detained an Australian woman at Beijing airport.", "Australian woman", "AUS"),
        ("Riot police in Lima arrested a protester on Friday.", "protester", "PER"),
        ("A demonstrator was injured by police in Belgrade.", "demonstrator", "SRB"),
    ],
)
def test_one_person_named_by_a_generic_noun_is_a_civilian_mention(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str, text: str, country: str | None
) -> None:
    mention = _mention(mentions_of(sentence, _DAY), text)
    assert mention.actor.sector == "CVL"
    if country is not None:
        assert mention.actor.country == country


@pytest.mark.parametrize(
    "sentence",
    [
        "The man who sold the house moved to Madrid.",
        "A woman in a green coat waved at the delegation.",
        "Every boy and girl in the village got a book.",
    ],
)
def test_a_person_noun_without_its_country_is_no_mention(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str
) -> None:
    assert all(m.actor.sector != "CVL" for m in mentions_of(sentence, _DAY))


@pytest.mark.parametrize(
    ("sentence", "text", "country", "sector"),
    [
        # an organisation's unit does what the unit does; its officials stay the organisation's
        ("UN peacekeepers came under fire near Naqoura.", "UN peacekeepers", "IGO", "MIL"),
        ("NATO troops guarded the bridge in Mitrovica.", "NATO troops", "IGO", "MIL"),
        ("NATO-led troops guarded the bridge in Mitrovica.", "NATO-led troops", "IGO", "MIL"),
        ("UN officials visited the camp in Cox's Bazar.", "UN officials", "IGO", "IGO"),
        # juntas, spies, schools, unions, separatists, arms makers
        ("Mali's coup leaders postponed the election.", "coup leaders", "MLI", "MIL"),
        ("Guinea's military authorities dissolved the cabinet.", "military authorities", "GIN", "MIL"),
        ("Two Israeli intelligence agents were expelled.", "intelligence agents", "ISR", "SPY"),
        ("Bandits kidnapped dozens of pupils from a school in Zamfara, Nigeria.", "pupils", "NGA", "EDU"),
        ("Kenya's labour unions called a general strike.", "labour unions", "KEN", "LAB"),
        ("Saudi jets struck Yemeni separatist positions near Aden.", "separatist positions", "YEM", "REB"),
        ("Colombia sued German gunmakers in Bogota.", "gunmakers", "DEU", "BUS"),
    ],
)
def test_units_of_organisations_and_state_bodies_keep_their_sector(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str, text: str, country: str, sector: str
) -> None:
    mention = _mention(mentions_of(sentence, _DAY), text)
    assert (mention.actor.country, mention.actor.sector) == (country, sector)


@pytest.mark.parametrize(
    "sentence",
    [
        "The pupils of her eyes widened in the dark.",
        "Same-sex civil unions became legal last year.",
        "The schoolchildren sang in the choir.",
    ],
)
def test_ordinary_pupils_and_unions_are_no_actors(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str
) -> None:
    assert not mentions_of(sentence, _DAY)


def test_a_body_the_kb_does_not_know_belongs_to_the_country_that_owns_it(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Amnesty criticised Pakistan's Counter Terrorism Department on Monday.", _DAY)
    owned = [m for m in mentions if m.actor.id.startswith("org:")]
    assert owned and owned[0].actor.country == "PAK"
    # without a possessive country the unknown organisation has no country
    alone = mentions_of("Amnesty criticised the Counter Terrorism Department on Monday.", _DAY)
    assert all(m.actor.country is None for m in alone if m.actor.id.startswith("org:"))


@pytest.mark.parametrize(
    ("sentence", "name", "country", "day"),
    [
        ("Soldiers placed Bongo under house arrest.", "Ali Bongo", "GAB", dt.date(2023, 8, 30)),
        ("Oligui Nguema was sworn in as president.", "Brice Oligui Nguema", "GAB", dt.date(2023, 9, 4)),
        ("Touadera thanked Wagner.", "Faustin-Archange Touadéra", "CAF", dt.date(2022, 1, 1)),
        ("Evariste Ndayishimiye visited Kigali.", "Évariste Ndayishimiye", "BDI", dt.date(2024, 1, 1)),
    ],
)
def test_african_heads_of_state_are_known_by_name_or_surname(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str, name: str, country: str, day: dt.date
) -> None:
    mention = next(m for m in mentions_of(sentence, day) if m.actor.kind == "person")
    assert (mention.actor.name, mention.actor.country, mention.actor.sector) == (name, country, "GOV")


def test_a_known_place_is_not_taken_for_a_surname(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("Ali Bongo flew to Franceville on Monday.", dt.date(2020, 1, 1))
    assert [m.actor.name for m in mentions if m.actor.kind == "person"] == ["Ali Bongo"]


def test_the_owner_in_a_possessive_phrase_is_the_actor(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = "Crowds cheered as the Indian prime minister's motorcade reached the port."
    owner = _mention(mentions_of(text, _DAY), "Indian prime minister")
    assert (owner.actor.country, owner.actor.sector) == ("IND", "GOV")
    # an owner that is no actor word makes no mention
    assert not mentions_of("The farmer's tractor blocked the road near the village.", _DAY)


@pytest.mark.parametrize(
    ("sentence", "text", "actor_id"),
    [
        ("The chemical weapons watchdog blamed the air force for the attack.", "watchdog", "IGO:OPCW"),
        ("Chemical weapons inspectors visited the site near Idlib.", "inspectors", "IGO:OPCW"),
        ("The UN nuclear watchdog reported more enriched uranium.", "watchdog", "IGO:IAEA"),
        ("Tehran barred U.N. nuclear inspectors from the plant.", "inspectors", "IGO:IAEA"),
    ],
)
def test_watchdogs_and_inspectors_are_their_organisation(
    mentions_of: Callable[..., tuple[Mention, ...]], sentence: str, text: str, actor_id: str
) -> None:
    assert _mention(mentions_of(sentence, _DAY), text).actor.id == actor_id


def test_a_consumer_watchdog_is_not_an_international_organisation(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    assert not mentions_of("A consumer watchdog criticised the bank's fees.", _DAY)


def test_a_dateline_city_that_also_names_a_body_is_no_actor(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    dateline = mentions_of("BRUSSELS, June 3 (Wire) - Slovakia vetoed the new package on Tuesday.", _DAY)
    assert [m.actor.id for m in dateline] == ["SVK"]
    # in running text the city still stands for the organisation
    running = mentions_of("Brussels warned Slovakia on Tuesday.", _DAY)
    assert "IGO:EU" in {m.actor.id for m in running}


def test_armed_groups_are_an_armed_group_of_their_place(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mention = _mention(
        mentions_of("Armed groups ambushed a convoy near Bunia in Congo.", _DAY), "Armed groups"
    )
    assert (mention.actor.country, mention.actor.sector) == ("COD", "REB")
