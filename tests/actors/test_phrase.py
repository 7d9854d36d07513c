"""Reading actor phrases: the phrase table's accuracy floors and the rules behind them."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from communique.actors import ActorResolver

PHRASES = Path(__file__).with_name("phrases.tsv")
SECTORS = {
    "GOV",
    "MIL",
    "LEG",
    "JUD",
    "COP",
    "SPY",
    "PTY",
    "REB",
    "OPP",
    "BUS",
    "MED",
    "EDU",
    "REL",
    "CVL",
    "NGO",
    "IGO",
}


def _rows() -> list[dict[str, str]]:
    lines = [line for line in PHRASES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_phrase_table_covers_every_sector_and_meets_accuracy_floors(resolver: ActorResolver) -> None:
    rows = _rows()
    assert len(rows) >= 150
    assert {r["sector"] for r in rows} >= SECTORS
    country_hits = sector_hits = 0
    for row in rows:
        day = dt.date.fromisoformat(row["date"]) if row["date"] else None
        actor = resolver.resolve_phrase(row["phrase"], date=day)
        country_hits += actor is not None and actor.country == row["country"]
        sector_hits += actor is not None and (actor.sector or "-") == row["sector"]
    assert country_hits / len(rows) >= 0.90
    assert sector_hits / len(rows) >= 0.85


def test_title_phrase_decides_sector_role_and_former(resolver: ActorResolver) -> None:
    actor = resolver.resolve_phrase("former deputy Speaker of Russia's State Duma Sergey Baburin")
    assert actor is not None
    assert (actor.country, actor.sector, actor.former) == ("RUS", "LEG", True)
    assert actor.role == "Deputy Speaker of the State Duma"
    assert actor.id == "person:sergey-baburin"


def test_generic_title_takes_the_sector_of_its_office(resolver: ActorResolver) -> None:
    spokesman = resolver.resolve_phrase("Iran's Foreign Ministry spokesman")
    secretary = resolver.resolve_phrase("the secretary of the Russian national security council")
    assert spokesman is not None and (spokesman.country, spokesman.sector) == ("IRN", "GOV")
    assert spokesman.role == "Foreign Ministry Spokesperson"
    assert secretary is not None and (secretary.country, secretary.sector) == ("RUS", "GOV")


def test_titled_person_unknown_to_the_kb_gets_country_and_sector_from_the_title(
    resolver: ActorResolver,
) -> None:
    actor = resolver.resolve_phrase("Egyptian Foreign Minister Karim Nassar-Halabi")
    assert actor is not None
    assert (actor.kind, actor.country, actor.sector, actor.role) == (
        "person",
        "EGY",
        "GOV",
        "Foreign Minister",
    )
    assert actor.name == "Karim Nassar-Halabi"


def test_acronyms_match_only_in_capitals(resolver: ActorResolver) -> None:
    assert resolver.resolve_phrase("us") is None
    us = resolver.resolve_phrase("US")
    assert us is not None and us.country == "USA"


def test_phrase_without_actor_is_none(resolver: ActorResolver) -> None:
    assert resolver.resolve_phrase("a free trade zone") is None
    assert resolver.resolve_phrase("Addendum") is None


def test_context_supplies_the_country_of_a_bare_title(resolver: ActorResolver) -> None:
    actor = resolver.resolve_phrase(
        "the spokesman", context="A Turkish foreign ministry spokesman said on Monday."
    )
    assert actor is not None and (actor.country, actor.sector) == ("TUR", "GOV")


def test_capital_is_a_government_metonym(resolver: ActorResolver) -> None:
    for phrase, country in (("Tehran", "IRN"), ("the Kremlin", "RUS"), ("Washington", "USA")):
        actor = resolver.resolve_phrase(phrase)
        assert actor is not None and (actor.country, actor.sector) == (country, "GOV")


def test_demonym_before_a_foreign_group_names_that_country_s_branch(resolver: ActorResolver) -> None:
    actor = resolver.resolve_phrase("the Pakistani Taliban", date=dt.date(2022, 11, 2))
    assert actor is not None and (actor.country, actor.sector) == ("PAK", "REB")
    senate = resolver.resolve_phrase("Rwanda's Senate")
    assert senate is not None and (senate.country, senate.sector) == ("RWA", "LEG")


def test_dated_title_resolves_to_the_office_holder_then(resolver: ActorResolver) -> None:
    cases = [
        ("the Russian leader", dt.date(2020, 3, 1), "person:vladimir-putin"),
        ("the Iranian leader", dt.date(2020, 3, 1), "person:ali-khamenei"),
        ("the British leader", dt.date(2020, 3, 1), "person:boris-johnson"),
        ("the German Chancellor", dt.date(2015, 3, 1), "person:angela-merkel"),
        ("Iranian Foreign Minister", dt.date(2022, 3, 1), "person:hossein-amir-abdollahian"),
    ]
    for phrase, day, expected in cases:
        actor = resolver.resolve_phrase(phrase, date=day)
        assert actor is not None and actor.id == expected, phrase
    undated = resolver.resolve_phrase("the Russian leader")
    assert undated is not None and undated.id == "RUS:GOV"


def test_vague_title_keeps_the_office_the_person_held(resolver: ActorResolver) -> None:
    putin = resolver.resolve_phrase("Russian dictator Vladimir Putin", date=dt.date(2024, 12, 1))
    assert putin is not None and (putin.role, putin.former) == ("President", False)
    baburin = resolver.resolve_phrase("former deputy Speaker of Russia's State Duma Sergey Baburin")
    assert baburin is not None and baburin.former


def test_a_title_takes_the_sector_of_the_organisation_it_belongs_to(resolver: ActorResolver) -> None:
    day = dt.date(2024, 7, 31)
    for phrase, expected in [
        ("Hamas political leader Ismail Haniyeh", ("PSE", "REB")),
        ("an IDF spokesman", ("ISR", "MIL")),
        ("a Reuters reporter", ("GBR", "MED")),
        ("the UN envoy", ("IGO", "IGO")),
    ]:
        actor = resolver.resolve_phrase(phrase, date=day)
        assert actor is not None and (actor.country, actor.sector) == expected, phrase


def test_unknown_person_of_an_organisation_is_a_person_with_its_identity(resolver: ActorResolver) -> None:
    actor = resolver.resolve_phrase("European Union's Enrique Mora")
    assert actor is not None
    assert (actor.kind, actor.name, actor.country, actor.sector) == ("person", "Enrique Mora", "IGO", "IGO")


def test_unlisted_portfolio_is_kept_in_the_role(resolver: ActorResolver) -> None:
    actor = resolver.resolve_phrase("Ukrainian Infrastructure Minister Oleksandr Kubrakov")
    assert actor is not None and (actor.country, actor.sector, actor.role) == (
        "UKR",
        "GOV",
        "Infrastructure Minister",
    )
