"""Targets found through a verb's object or an infinitive's phrase: an object that is itself a
named actor, and the target preposition of an infinitive that a refusal or plan governs."""

from __future__ import annotations

from communique.model import Event

from ._coded import coded
from .conftest import Coder


def dyads(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None]]:
    return {(c[:2], s, t) for c, s, t in coded(events)}


def test_licensed_object_that_is_an_actor_is_the_target(code: Coder) -> None:
    events, _ = code("Poland hosts three American bases.")
    assert ("06", "POL", "USA") in dyads(events)


def test_object_actor_journalist_is_the_target(code: Coder) -> None:
    events, _ = code("Moscow expelled a German broadcaster's correspondent.")
    assert any(t == "DEU" for _, s, t in dyads(events) if s == "RUS"), dyads(events)


def test_unplaced_body_sent_is_not_the_target(code: Coder) -> None:
    # Police of no stated home are what is deployed; the helped force is whom it is for.
    events, _ = code("Ghana will deploy 800 police officers to help Liberian police keep order.")
    assert ("07", "GHA", "LBR") in dyads(events), dyads(events)


def test_ordinary_hosted_object_is_no_event(code: Coder) -> None:
    events, _ = code("The village hosts two summer festivals.")
    assert not events
