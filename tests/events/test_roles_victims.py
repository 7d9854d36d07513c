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
