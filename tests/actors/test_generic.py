"""Generic actors: unnamed groups and institutions ("protesters", "riot police", "gunmen") as mentions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.actors import ActorResolver
from communique.actors._tables import generic_titles, sector_labels, titles
from communique.model import Article, Mention

# sentence, the mention's text, expected country (None: none) and sector
CASES = [
    # (1) a demonym or possessive in the noun's own phrase
    ("Kenyan police fired tear gas at the crowd.", "Kenyan police", "KEN", "COP"),
    ("Iran's security forces arrested dozens of students.", "Iran's security forces", "IRN", "COP"),
    ("Israeli settlers attacked a Palestinian village on Friday.", "Israeli settlers", "ISR", "CVL"),
    ("Somali pirates seized a cargo ship off the coast.", "Somali pirates", "SOM", "CRM"),
    (
        "Georgian opposition supporters protested against a draft law.",
        "Georgian opposition supporters",
        "GEO",
        "OPP",
    ),
    ("Afghan refugees crossed the border overnight.", "Afghan refugees", "AFG", "REF"),
    ("Malian soldiers patrolled the road to Gao.", "Malian soldiers", "MLI", "MIL"),
    # (1) a place phrase on the noun: a country, a capital, a city
    ("Police in Nairobi arrested 20 people.", "Police", "KEN", "COP"),
    ("Protesters in Tbilisi threw fireworks at the building.", "Protesters", "GEO", "CVL"),
    ("Refugees from Syria waited at the border.", "Refugees from Syria", "SYR", "REF"),
    ("Students in Peshawar boycotted classes on Monday.", "Students", "PAK", "EDU"),
    ("Officials in Kabul said the road was closed.", "Officials", "AFG", "GOV"),
    # (2) a place in the same clause locating the act
    ("Gunmen killed five soldiers in northern Mali on Sunday.", "Gunmen", "MLI", "REB"),
    (
        "Thousands of protesters rallied outside the embassy in London on Saturday.",
        "protesters",
        "GBR",
        "CVL",
    ),
    ("Protesters threw stones at riot police outside parliament in Tbilisi.", "riot police", "GEO", "COP"),
    ("Militants attacked a checkpoint in Kaduna state, northern Nigeria.", "Militants", "NGA", "REB"),
    ("Demonstrators gathered in Caracas to demand new elections.", "Demonstrators", "VEN", "CVL"),
    ("Rebels shelled villages near Goma on Tuesday.", "Rebels", "COD", "REB"),
    # the subject country of the verb, for state sectors
    ("Russia has massed troops near the border.", "troops", "RUS", "MIL"),
    # (3) no country: still a mention of the sector
    ("Gunmen opened fire on a bus, killing seven passengers.", "Gunmen", None, "REB"),
    ("Militants abducted more than 200 people, the army said.", "Militants", None, "REB"),
    ("Hackers stole the data of millions of customers.", "Hackers", None, "CRM"),
    ("Students passed their exams.", "Students", None, "EDU"),
    ("Journalists were barred from the courtroom.", "Journalists", None, "MED"),
    ("Jihadists seized the town after a week of fighting.", "Jihadists", None, "REB"),
    # crowds are civilians, like protesters
    ("An angry mob attacked the police station in Lahore.", "angry mob", "PAK", "CVL"),
    ("A crowd stormed the embassy after the verdict.", "crowd", None, "CVL"),
]


@pytest.mark.parametrize(("text", "surface", "country", "sector"), CASES, ids=[c[1] for c in CASES])
def test_a_generic_actor_takes_the_country_of_its_phrase_or_clause(
    mentions_of: Callable[..., tuple[Mention, ...]], text: str, surface: str, country: str | None, sector: str
) -> None:
    by_text = {m.text: m.actor for m in mentions_of(text)}
    assert surface in by_text, by_text
    actor = by_text[surface]
    assert (actor.country, actor.sector) == (country, sector)
    if country is None:
        assert actor.id == f"generic:{sector}"
    else:
        assert actor.id == f"{country}:{sector}"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the talks would resume.",  # "officials" alone: too vague
        "People gathered to watch the fireworks.",
        "The government announced new taxes.",  # a government of no known country
        "Iran's foreign minister told reporters he was hopeful.",  # "told reporters": nobody
    ],
)
def test_vague_or_stateless_nouns_with_no_country_are_not_mentions(
    mentions_of: Callable[..., tuple[Mention, ...]], text: str
) -> None:
    generic = [m for m in mentions_of(text) if m.via == "generic"]
    assert generic == []


def test_a_named_body_is_not_turned_into_a_generic_mention(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("The Israeli army said its soldiers had killed militants in Gaza.")
    army = next(m for m in mentions if m.text == "Israeli army")
    assert army.actor.country == "ISR" and army.via != "generic"
    # "its soldiers" are the army's, whatever the place of the act; "militants in Gaza" are Gaza's
    soldiers = next(m for m in mentions if m.text == "soldiers")
    assert (soldiers.actor.country, soldiers.actor.sector) == ("ISR", "MIL")
    militants = next(m for m in mentions if m.text.startswith("militants"))
    assert (militants.actor.country, militants.actor.sector) == ("PSE", "REB")


def test_the_dateline_gives_a_bare_state_body_its_country(
    resolver: ActorResolver, actor_nlp: Callable[[str], object]
) -> None:
    text = "The army said it had recaptured the town."
    doc = actor_nlp(text)
    datelined = Article(id="d", text=text, raw_text=text, dateline_place="BAMAKO")
    army = [m.actor for m in resolver.resolve(doc, datelined) if m.text == "army"]  # type: ignore[arg-type]
    assert [(a.country, a.sector) for a in army] == [("MLI", "MIL")]
    undated = Article(id="u", text=text, raw_text=text)
    assert [m for m in resolver.resolve(doc, undated) if m.text == "army"] == []  # type: ignore[arg-type]


def test_the_dateline_does_not_give_militants_a_country(
    resolver: ActorResolver, actor_nlp: Callable[[str], object]
) -> None:
    text = "Militants attacked a convoy on Sunday."
    article = Article(id="d", text=text, raw_text=text, dateline_place="BEIRUT")
    militants = [m.actor for m in resolver.resolve(actor_nlp(text), article) if m.text == "Militants"]  # type: ignore[arg-type]
    assert [(a.country, a.sector) for a in militants] == [(None, "REB")]


def test_a_later_bare_mention_refers_to_the_earlier_named_group(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    mentions = mentions_of("Kenyan police arrested three men on Monday. Later, police released one of them.")
    police = [(m.text, m.actor.id) for m in mentions if m.text.lower().endswith("police")]
    assert police == [("Kenyan police", "KEN:COP"), ("police", "KEN:COP")]


def test_generic_table_uses_known_sectors_and_is_disjoint_from_the_titles() -> None:
    sectors = set(sector_labels())
    generic = generic_titles()
    assert {"protesters", "riot police", "gunmen", "troops", "government"} <= set(generic)
    assert all(t.sector in sectors for t in generic.values())
    assert all(t.country_from in {"any", "place", "other", "phrase", "own"} for t in generic.values())
    assert len({t.phrase for t in titles()}) == len(titles())
