"""Constructions whose roles sit outside the trigger's own phrase: a reported "X was behind the
attack" accuses X, and other shapes of the construction rows."""

from __future__ import annotations

from communique.model import Event

from ._coded import coded
from .conftest import Coder


def dyads(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None]]:
    return {(c[:3], s, t) for c, s, t in coded(events)}


def test_saying_another_was_behind_an_attack_accuses_it(code: Coder) -> None:
    events, _ = code("Estonia said Russia was behind the sabotage.")
    assert ("112", "EST", "RUS") in dyads(events), dyads(events)


def test_believing_another_was_behind_an_attack_accuses_it(code: Coder) -> None:
    events, _ = code("Finland believes Moscow was behind the cyberattack on its parliament.")
    assert ("112", "FIN", "RUS") in dyads(events), dyads(events)


def test_saying_oneself_was_behind_an_attack_is_a_claim(code: Coder) -> None:
    events, _ = code("Boko Haram said it was behind the bombing.")
    assert not any(c == "112" for c, _, _ in dyads(events)), dyads(events)


def test_a_cause_behind_an_explosion_is_no_accusation(code: Coder) -> None:
    events, _ = code("Officials in Chile said a faulty valve was behind the explosion.")
    assert not any(c == "112" for c, _, _ in dyads(events)), dyads(events)
