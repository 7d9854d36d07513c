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


def test_refusal_target_in_the_infinitives_object_phrase(code: Coder) -> None:
    events, _ = code("Venezuela refused to open negotiations with Guyana.")
    assert ("12", "VEN", "GUY") in dyads(events), dyads(events)


def test_refusal_target_in_the_infinitives_to_phrase(code: Coder) -> None:
    events, _ = code("Spain refused to hand the fugitive over to Morocco.")
    assert ("12", "ESP", "MAR") in dyads(events), dyads(events)


def test_ruled_out_gerund_names_its_target(code: Coder) -> None:
    events, _ = code("Austria ruled out supplying tanks to Ukraine.")
    assert ("12", "AUT", "UKR") in dyads(events), dyads(events)


def test_refused_transfer_of_a_player_is_no_event(code: Coder) -> None:
    events, _ = code("The club refused to sell its goalkeeper to a rival team.")
    assert not any(c == "12" for c, _, _ in dyads(events))


def test_brokered_act_names_its_parties_for_the_go_between(code: Coder) -> None:
    events, _ = code("A truce between Armenia and Azerbaijan brokered by Moscow took hold.")
    assert {("04", "RUS", "ARM"), ("04", "RUS", "AZE")} <= dyads(events), dyads(events)


def test_mediation_by_a_named_go_between_reaches_the_freed_and_the_freer(code: Coder) -> None:
    events, _ = code("Iran released two Swedish citizens after mediation by Oman.")
    assert {("04", "OMN", "IRN"), ("04", "OMN", "SWE")} <= dyads(events), dyads(events)


def test_owned_mediation_between_parties(code: Coder) -> None:
    events, _ = code("Turkey's mediation between Russia and Ukraine resumed.")
    assert ("04", "TUR", "RUS") in dyads(events), dyads(events)


def test_mediation_of_a_labour_dispute_is_no_event(code: Coder) -> None:
    events, _ = code("The strike ended after mediation by a retired judge.")
    assert not events


def test_go_between_named_by_its_role_after_as(code: Coder) -> None:
    events, _ = code("Switzerland acted as a mediator between Armenia and Azerbaijan.")
    assert {("04", "CHE", "ARM"), ("04", "CHE", "AZE")} <= dyads(events), dyads(events)


def test_kept_in_touch_is_a_consultation(code: Coder) -> None:
    events, _ = code("Japan kept in touch with South Korea throughout the crisis.")
    assert ("04", "JPN", "KOR") in dyads(events), dyads(events)


def test_a_referee_as_mediator_is_no_event(code: Coder) -> None:
    events, _ = code("The coach acted as a mediator between two of his players.")
    assert not events


def test_a_note_issued_in_protest_stages_no_protest(code: Coder) -> None:
    events, _ = code("Poland's embassy issued a note in protest.")
    assert not any(c == "14" for c, _, _ in dyads(events)), dyads(events)


def test_brokered_meeting_told_before_names_the_parties(code: Coder) -> None:
    events, _ = code(
        "Serbia's president and Kosovo's prime minister held talks in Brussels on Monday. "
        "The meeting, brokered by the envoys of Germany and France, lasted three hours."
    )
    brokered = {(s, t) for e in events if e.cameo == "045" for _, s, t in coded([e])}
    assert {("DEU", "SRB"), ("DEU", "XKX"), ("FRA", "SRB")} <= brokered, brokered


def test_brokered_meeting_with_nothing_told_before_is_no_event(code: Coder) -> None:
    events, _ = code("The meeting, brokered by Brazil, was cordial.")
    assert not events
