"""Roles across clause boundaries: nominals inside another act, attack nominals as subjects,
relative clauses, coordinated acts, places as targets, and denials of accusations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from communique.model import Event

Coder = Callable[..., Any]


def dyads(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.cameo_root, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


def roots(events: tuple[Event, ...], root: str) -> list[Event]:
    return [e for e in events if e.cameo_root == root]


def test_condemned_strike_is_not_the_condemners(code: Coder) -> None:
    events, _ = code("Israel condemned the drone strike on Damascus.")
    assert ("11", "ISR", "SYR") in dyads(events)
    assert all(e.source is None or e.source.country != "ISR" for e in roots(events, "19"))


def test_accused_attack_is_not_the_accusers(code: Coder) -> None:
    events, _ = code("Iran accused the United States of the missile attack on Baghdad.")
    assert ("11", "IRN", "USA") in dyads(events)
    assert not any(e.source is not None and e.source.country == "IRN" for e in roots(events, "19"))


def test_light_verb_still_lends_its_subject(code: Coder) -> None:
    events, _ = code("Russia launched missile strikes on Kyiv.")
    assert ("19", "RUS", "UKR") in dyads(events)


def test_attack_nominal_subject_hits_the_damage_verbs_object(code: Coder) -> None:
    events, _ = code("An Israeli air strike destroyed Iran's consular building in Damascus on Monday.")
    assert ("19", "ISR", "IRN") in dyads(events)


def test_attack_nominal_subject_of_other_verb_takes_no_object(code: Coder) -> None:
    events, _ = code("A Russian missile strike drew condemnation from Poland.")
    assert not any(e.target is not None and e.target.country == "POL" for e in roots(events, "19"))


def test_relative_clause_answers_the_main_clause_subject(code: Coder) -> None:
    events, _ = code("Protesters in Tbilisi threw fireworks at riot police, who responded with water cannon.")
    responses = roots(events, "17")
    assert responses and all(e.target is not None and e.target.sector == "CVL" for e in responses)
    assert {e.source.sector for e in responses if e.source} == {"COP"}


def test_coordinated_act_shares_the_first_acts_target(code: Coder) -> None:
    events, _ = code("Germany apologised to Namibia for colonial-era crimes and offered 1.1 billion euros.")
    assert ("03", "DEU", "NAM") in dyads(events)


def test_coordinated_act_with_other_doers_shares_nothing(code: Coder) -> None:
    events, _ = code("Japan apologised to South Korea, and China offered 2 billion dollars in loans.")
    assert ("03", "CHN", "KOR") not in dyads(events)


def test_phrase_walk_does_not_enter_the_next_act(code: Coder) -> None:
    events, _ = code("Haiti condemned the campaign as inhumane and asked Brazil to intervene.")
    assert ("11", "HTI", "BRA") not in dyads(events)
    assert ("02", "HTI", "BRA") in dyads(events)


def test_deployment_in_own_country_targets_that_country(code: Coder) -> None:
    events, _ = code("Georgian authorities deployed thousands of riot police in central Tbilisi.")
    assert ("15", "GEO", "GEO") in dyads(events)


def test_cooperation_in_own_capital_is_not_aimed_at_the_doer(code: Coder) -> None:
    events, _ = code("Iran offered 10 million dollars in Tehran on Monday.")
    assert not any(e.target is not None and e.target.country == "IRN" for e in events)


def test_denied_charge_leaves_the_accusation_asserted(code: Coder) -> None:
    events, _ = code("Congo accused Rwanda of deploying thousands of troops, a charge Kigali denies.")
    accusations = roots(events, "11")
    assert accusations and all(e.modality == "asserted" for e in accusations)
    assert all(e.modality == "denied" for e in roots(events, "15"))


def test_threatened_act_is_not_coded(code: Coder) -> None:
    events, _ = code("North Korea threatened to shoot down American spy planes over its waters.")
    assert ("13", "PRK", "USA") in dyads(events)
    assert not roots(events, "19")


def test_denial_of_a_charge_answers_the_accuser(code: Coder) -> None:
    events, _ = code("Congo accused Rwanda of deploying thousands of troops, a charge Kigali denies.")
    denials = [e for e in roots(events, "01") if e.trigger == "denies"]
    # Bare "Congo" beside Rwanda is the DRC (actors/ambiguous_names.tsv).
    assert denials and all(e.target is not None and e.target.country == "COD" for e in denials)


def test_unplaced_name_beside_a_placed_target_is_dropped(code: Coder) -> None:
    events, _ = code("Germany will send Leopard 2 tanks to Ukraine.")
    assert {
        (e.source.country if e.source else None, e.target.country if e.target else None) for e in events
    } == {("DEU", "UKR")}


def test_the_claimer_of_an_attack_is_its_doer(code: Any) -> None:
    events, _ = code("The Islamic State claimed responsibility for Saturday's attack on Iraqi soldiers.")
    coded = {(e.cameo, e.source.country, e.modality) for e in events if e.source}
    assert ("015", "IMG", "asserted") in coded
    attacks = [e for e in events if e.cameo == "190"]
    assert attacks and attacks[0].modality == "asserted" and attacks[0].target.country == "IRQ"


def test_a_claimed_bombing_takes_the_victims_of_its_relative_clause(code: Any) -> None:
    events, _ = code(
        "The Pakistani Taliban claimed responsibility for a suicide bombing that killed six police "
        "officers in Peshawar on Monday."
    )
    bombings = [e for e in events if e.cameo.startswith("183")]
    assert bombings and bombings[0].source.country == "PAK" and bombings[0].target.country == "PAK"
    # The killing is the bombing's toll, not a second doerless event.
    assert not [e for e in events if e.source is None]


def test_an_admitted_policy_is_no_attack(code: Any) -> None:
    events, _ = code("Germany accepted responsibility for the crisis in the eurozone.")
    assert not [e for e in events if e.cameo[:2] in {"18", "19", "20"}]
