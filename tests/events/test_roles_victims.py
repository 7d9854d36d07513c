"""Victims and doers the clause names indirectly: a killing that happened in an attack is that
attack's toll."""

from __future__ import annotations

from tests.events._coded import coded
from tests.events.conftest import Coder


def test_killed_in_an_attack_is_the_attack_s_toll(code: Coder) -> None:
    events, _ = code("A Hezbollah commander was killed in an Israeli drone strike in southern Lebanon.")
    assert ("195", "ISR", "LBN") in coded(events)
    # one act: no separate doerless killing beside the strike
    assert not any(e.source is None for e in events)


def test_killed_in_a_country_is_still_a_killing(code: Coder) -> None:
    events, _ = code("Three soldiers were killed in Niger on Saturday.")
    assert any(e.cameo_root in {"18", "19"} and e.target and e.target.country == "NER" for e in events)


def test_a_subject_that_came_under_fire_is_the_target(code: Coder) -> None:
    events, _ = code("A Red Cross convoy came under fire from Sudanese troops near El Fasher.")
    assert ("190", "SDN", "NGO") in coded(events)
    events, _ = code("A Malian army patrol came under fire near Gao on Monday.")
    assert (("190", None, "MLI")) in coded(events)


def test_coming_under_fire_over_remarks_is_criticism(code: Coder) -> None:
    events, _ = code("The Greek minister came under fire from Ankara over his remarks on Cyprus.")
    assert ("111", "TUR", "GRC") in coded(events)
    assert not any(e.cameo_root == "19" for e in events)


def test_a_survivor_of_an_assassination_attempt_is_its_target(code: Coder) -> None:
    events, _ = code("Colombian senator Miguel Uribe survived an assassination attempt in Bogota.")
    assert ("186", None, "COL") in coded(events)
    # surviving a vote is no attack
    events, _ = code("The Romanian government survived a no-confidence vote in parliament.")
    assert not any(e.cameo_root in {"18", "19"} for e in events)
