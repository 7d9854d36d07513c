"""Roles inside a nominal's phrase: plans under a plan noun, and the targets of inquiries whose
wrongdoer sits in an "into"/"by" phrase or a content clause."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from communique.model import Event

Coder = Callable[..., Any]


def tuples(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None, str]]:
    return {
        (
            e.cameo_root,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.modality,
        )
        for e in events
    }


def test_plan_noun_lends_its_announcer_as_doer(code: Coder) -> None:
    events, _ = code("Russia announced plans to cut gas supplies to Moldova.")
    assert ("16", "RUS", "MDA", "planned") in tuples(events)


def test_announced_plan_of_cooperation_is_an_intent(code: Coder) -> None:
    events, _ = code("Japan unveiled a plan to send food aid to Sri Lanka.")
    assert ("03", "JPN", "LKA", "planned") in tuples(events)


def test_rejected_plan_is_not_the_rejecters(code: Coder) -> None:
    events, _ = code("Hamas rejected an Egyptian plan to release prisoners.")
    assert not any(e.cameo_root == "08" for e in events)


def test_inquiry_target_inside_by_phrase(code: Coder) -> None:
    events, _ = code("The European Parliament voted to open an inquiry into torture by Egyptian police.")
    assert any(t[:3] == ("09", "IGO", "EGY") for t in tuples(events))


def test_inquiry_by_phrase_misattached_to_active_verb(code: Coder) -> None:
    events, _ = code("German prosecutors opened an investigation into fraud by a Turkish bank.")
    assert any(t[1:3] == ("DEU", "TUR") for t in tuples(events) if t[0] == "09")


def test_inquiry_into_reports_targets_the_reported_doer(code: Coder) -> None:
    events, _ = code(
        "Kenyan prosecutors opened an inquiry into reports that Ugandan soldiers had crossed the border."
    )
    assert any(t[1:3] == ("KEN", "UGA") for t in tuples(events) if t[0] == "09")


def test_investigated_abuses_in_centres_run_by_an_army(code: Coder) -> None:
    events, _ = code("UN experts will investigate reports of abuse in prisons run by Sudan's army.")
    assert any(t[2] == "SDN" for t in tuples(events) if t[0] == "09")


def test_vow_to_hunt_militants_is_a_threat_not_cooperation(code: Coder) -> None:
    events, _ = code("Pakistan vowed to hunt down the militants behind the bombing.")
    roots = {t[0] for t in tuples(events) if t[1] == "PAK"}
    assert "13" in roots
    assert "03" not in roots


def test_vow_to_pursue_peace_is_no_threat(code: Coder) -> None:
    events, _ = code("Pakistan vowed to pursue peace with India.")
    assert not any(t[0] == "13" for t in tuples(events))


def test_the_partner_of_an_agreed_truce_hangs_off_the_truce(code: Coder) -> None:
    events, _ = code("Armenia agreed to a ceasefire with Azerbaijan after two days of fighting.")
    assert ("08", "ARM", "AZE", "asserted") in tuples(events)
    assert ("08", "ARM", "ARM", "asserted") not in tuples(events)


def test_a_free_relative_names_the_target_of_a_reaction(code: Coder) -> None:
    events, _ = code("Seoul condemned what it called reckless provocations by Pyongyang on Friday.")
    assert ("11", "KOR", "PRK", "asserted") in tuples(events)
    events, _ = code("Hanoi rejected what it described as Beijing's illegal claims in the sea.")
    assert ("12", "VNM", "CHN", "asserted") in tuples(events)


def test_the_victim_in_a_free_relative_is_no_target(code: Coder) -> None:
    events, _ = code("Belgrade condemned what it called the bombing of Serbian villages.")
    assert not any(e.target and e.target.country == "SRB" for e in events if e.cameo_root == "11")


def test_a_body_from_several_countries_is_a_body_of_each(code: Coder) -> None:
    events, _ = code("Nicaragua expelled diplomats from Costa Rica, Panama and Honduras on Friday.")
    expelled = {(e.target.country, e.target.sector) for e in events if e.cameo_root == "17" and e.target}
    assert expelled == {("CRI", "GOV"), ("PAN", "GOV"), ("HND", "GOV")}


def test_a_conjoined_person_is_no_second_home(code: Coder) -> None:
    # "his wife" is coordinated with the ambassador, not with France: one visitor's country.
    events, _ = code("The ambassador of France and his wife visited Rome on Sunday.")
    assert {e.source.country for e in events if e.source} == {"FRA"}
