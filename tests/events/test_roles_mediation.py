"""Roles of go-betweens, joint acts and held people: a mediator acts on both sides of what it
brokered, coordinated doers of a joint act cooperate with each other, and the doer's own people
held abroad stand for their holder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from communique.model import Event

Coder = Callable[..., Any]


def dyads(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


def test_mediator_of_a_swap_acts_on_both_parties(code: Coder) -> None:
    events, _ = code(
        "Russia and Ukraine exchanged 150 prisoners of war each on Wednesday in a swap "
        "mediated by the United Arab Emirates."
    )
    found = dyads(events)
    assert ("045", "ARE", "RUS") in found
    assert ("045", "ARE", "UKR") in found


def test_broker_of_a_truce_acts_on_captors_and_freed(code: Coder) -> None:
    events, _ = code("Hamas freed 13 Israeli hostages on Friday under a truce brokered by Qatar and Egypt.")
    found = dyads(events)
    assert {("045", "QAT", "PSE"), ("045", "QAT", "ISR"), ("045", "EGY", "PSE")} <= found
    assert ("0841", "PSE", "ISR") in found


def test_hosting_negotiators_of_two_sides_is_mediation(code: Coder) -> None:
    events, _ = code("Qatar hosted negotiators from Israel and Hamas in Doha.")
    found = dyads(events)
    assert ("045", "QAT", "ISR") in found
    assert ("045", "QAT", "PSE") in found


def test_joint_operation_partners_cooperate_with_each_other(code: Coder) -> None:
    events, _ = code("Troops from Mali and Burkina Faso launched a joint operation against militants.")
    found = {d for d in dyads(events) if d[0] == "062"}
    assert found == {("062", "MLI", "BFA"), ("062", "BFA", "MLI")}


def test_own_people_held_abroad_point_at_the_holder(code: Coder) -> None:
    events, _ = code("Washington demanded the immediate release of Americans held in Venezuela.")
    assert ("1053", "USA", "VEN") in dyads(events)
    assert ("1053", "USA", "USA") not in dyads(events)
