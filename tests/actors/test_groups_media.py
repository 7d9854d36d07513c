"""Armed groups and news organisations the knowledge base names, with their country and sector."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Mention

Mentions = Callable[..., tuple[Mention, ...]]

CASES = [
    ("Bogota resumed peace talks with ELN rebels in Mexico City.", "ELN rebels", "COL", "REB"),
    ("FARC dissidents ambushed a patrol in Cauca on Sunday.", "FARC dissidents", "COL", "REB"),
    ("Police seized two tonnes of cocaine belonging to the Gulf Clan.", "Gulf Clan", "COL", "CRM"),
    ("Paramilitary Rangers detained an opposition leader in Karachi.", "Paramilitary Rangers", "PAK", "MIL"),
    ("Iran arrested a New York Times photographer in Tehran.", "New York Times", "USA", "MED"),
    ("Israel banned Al Jazeera from broadcasting in the country.", "Al Jazeera", "QAT", "MED"),
]


@pytest.mark.parametrize(("text", "surface", "country", "sector"), CASES, ids=[c[1] for c in CASES])
def test_a_named_group_or_outlet_has_its_country_and_sector(
    mentions_of: Mentions, text: str, surface: str, country: str, sector: str
) -> None:
    found = [m.actor for m in mentions_of(text) if surface in m.text]
    assert found, [m.text for m in mentions_of(text)]
    assert (found[0].country, found[0].sector) == (country, sector)


def test_a_reporter_of_a_named_paper_takes_the_paper_s_country(mentions_of: Mentions) -> None:
    mentions = mentions_of("Belarus detained Washington Post correspondent Anna Keller in Minsk.")
    reporter = [m.actor for m in mentions if "Keller" in m.text]
    assert [(a.country, a.sector) for a in reporter] == [("USA", "MED")]


def test_rangers_of_other_kinds_are_not_pakistan_s(mentions_of: Mentions) -> None:
    mentions = mentions_of("The Texas Rangers beat the Houston Astros on Sunday.")
    assert all(m.actor.country != "PAK" for m in mentions)
