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
    # a survived attempt is an attempted assassination (185), not a killing (186)
    assert ("185", None, "COL") in coded(events)
    # surviving a vote is no attack
    events, _ = code("The Romanian government survived a no-confidence vote in parliament.")
    assert not any(e.cameo_root in {"18", "19"} for e in events)


def test_forces_sent_without_a_sender_are_sent_by_their_country(code: Coder) -> None:
    events, _ = code("Rwandan troops have been sent to Mozambique's Cabo Delgado province.")
    assert ("062", "RWA", "MOZ") in coded(events)
    events, _ = code("A Turkish delegation was sent to Baghdad for the talks.")
    assert ("042", "TUR", "IRQ") in coded(events)


def test_forces_sent_by_a_named_sender_keep_that_sender(code: Coder) -> None:
    events, _ = code("Eritrean troops were sent to Tigray by Asmara, the report said.")
    assert not any(e.cameo_root == "06" and e.source and e.source.country != "ERI" for e in events)
    # the country of "the force" comes from context only: it may be the receiver's
    events, _ = code("Protests shook Kazakhstan. The force of 2,000 soldiers had been sent to Almaty.")
    assert not any(e.cameo_root in {"06", "15"} and e.source for e in events)


def test_a_person_shot_in_a_passive_is_no_sender(code: Coder) -> None:
    # "was shot" is no sending: the named person is the victim, not the doer.
    events, _ = code("Colombia's interior minister was shot twice outside his home in Cali.")
    assert ("182", None, "COL") in coded(events)
