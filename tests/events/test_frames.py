"""Who did what to whom: roles read off the dependency parse."""

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


def only(events: tuple[Event, ...], root: str) -> list[Event]:
    return [e for e in events if e.cameo_root == root]


def test_active_verb_subject_is_source_and_object_target(code: Coder) -> None:
    events, _ = code("Zarif criticised the United States.")
    assert dyads(events) == {("11", "IRN", "USA")}
    assert events[0].cameo == "111" and events[0].rule.startswith("V:criticise")


def test_passive_with_agent_reverses_roles(code: Coder) -> None:
    events, _ = code("Sanctions were imposed on Iran by the United States.")
    assert dyads(events) == {("16", "USA", "IRN")}
    assert events[0].cameo == "163"


def test_light_verb_with_nominal_event(code: Coder) -> None:
    events, _ = code("The United States imposed sanctions on Iran.")
    assert dyads(events) == {("16", "USA", "IRN")}
    assert "[lv]" in events[0].rule


def test_coordinated_subjects_act_on_each_other(code: Coder) -> None:
    events, _ = code("Iran and Russia signed an agreement.")
    assert dyads(events) == {("05", "IRN", "RUS"), ("05", "RUS", "IRN")}
    assert all(e.reciprocal and e.cameo == "057" for e in events)


def test_met_with_is_directed(code: Coder) -> None:
    events, _ = code(
        "Russian Foreign Minister Sergei Lavrov met with Iranian Foreign Minister Mohammad Javad Zarif."
    )
    assert dyads(events) == {("04", "RUS", "IRN")}
    assert not events[0].reciprocal


def test_x_and_y_met_is_reciprocal(code: Coder) -> None:
    events, _ = code("Iran and Russia met in Vienna.")
    assert dyads(events) == {("04", "IRN", "RUS"), ("04", "RUS", "IRN")}
    assert all(e.reciprocal for e in events)


def test_possessor_of_a_visit_is_source_and_to_phrase_target(code: Coder) -> None:
    events, _ = code("Lavrov's visit to Tehran was a success.")
    assert dyads(events) == {("04", "RUS", "IRN")}
    assert events[0].cameo == "042"


def test_talks_between_two_countries(code: Coder) -> None:
    events, _ = code("Talks between Iran and Russia were held in Moscow.")
    assert dyads(events) == {("04", "IRN", "RUS"), ("04", "RUS", "IRN")}


def test_held_talks_with(code: Coder) -> None:
    events, _ = code("Iran held talks with Russia.")
    assert dyads(events) == {("04", "IRN", "RUS")}


def test_invitation_from_and_to(code: Coder) -> None:
    events, _ = code("Putin extended an invitation to the Turkish president to visit Russia.")
    assert ("03", "RUS", "TUR") in dyads(events)


def test_object_of_accusation_does_the_alleged_act(code: Coder) -> None:
    events, _ = code("The United States accused Tehran of supplying missiles to Russia.")
    assert dyads(events) == {("11", "USA", "IRN"), ("07", "IRN", "RUS")}


def test_object_control_after_urge(code: Coder) -> None:
    events, _ = code("Blinken urged China to stop supplying weapons to Russia.")
    supply = only(events, "07")
    assert [(e.source.country if e.source else None) for e in supply] == ["CHN"]


def test_second_of_two_coordinated_acts_inherits_the_target(code: Coder) -> None:
    events, _ = code("The United States accused Tehran of spying and imposed sanctions on ships.")
    assert ("16", "USA", "IRN") in dyads(events)


def test_sentence_without_two_actors_codes_nothing(code: Coder) -> None:
    events, _ = code("The talks were described as constructive by observers.")
    assert events == ()


def test_unlicensed_light_noun_is_not_an_event(code: Coder) -> None:
    # "agreement" is an event only when signed/reached; its mere mention is not.
    events, _ = code("Iran and Russia discussed the nuclear agreement.")
    assert {e.cameo for e in events} == {"040"}


def test_criticism_of_a_countrys_destructive_efforts(code: Coder) -> None:
    events, _ = code("Zarif condemned the destructive efforts of the United States.")
    assert ("11", "IRN", "USA") in dyads(events)


def test_listed_subjects_meet_each_other(code: Coder) -> None:
    events, _ = code("The United States, Russia, and Switzerland met yesterday.")
    assert {("04", "USA", "RUS"), ("04", "RUS", "CHE"), ("04", "CHE", "USA")} <= dyads(events)


def test_host_receives_visitor_named_by_object(code: Coder) -> None:
    events, _ = code("Georgian officials received ministers from Armenia.")
    assert dyads(events) == {("04", "GEO", "ARM")}
    assert events[0].cameo == "043"


def test_military_exercise_near_a_country_needs_no_target(code: Coder) -> None:
    events, _ = code("Russia is conducting military exercises.")
    assert dyads(events) == {("15", "RUS", None)}


def test_telephone_talks(code: Coder) -> None:
    events, _ = code(
        "Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan."
    )
    assert {(e.cameo, e.source.country if e.source else None) for e in events} == {("041", "RUS")}


def test_possessor_of_the_object_outranks_its_of_phrase(code: Coder) -> None:
    events, _ = code("France condemned Russia's invasion of Ukraine.")
    assert dyads(events) == {("11", "FRA", "RUS")}


def test_broken_off_relations(code: Coder) -> None:
    events, _ = code("Bolivia broke off diplomatic relations with Israel.")
    assert dyads(events) == {("16", "BOL", "ISR")}


def test_recognised_state_named_by_its_adjective(code: Coder) -> None:
    events, _ = code("Spain formally recognised a Palestinian state.")
    assert dyads(events) == {("05", "ESP", "PSE")}


def test_threat_target_is_the_object_of_the_threatened_act(code: Coder) -> None:
    events, _ = code("North Korea threatened to shoot down American spy planes.")
    assert ("13", "PRK", "USA") in dyads(events)


def test_victim_of_nominal_strikes_in_a_passive(code: Coder) -> None:
    events, _ = code("Kyiv was hit by a wave of Russian missile strikes on Monday.")
    assert dyads(events) == {("19", "RUS", "UKR")}


def test_withdrawal_from_an_organisation(code: Coder) -> None:
    events, _ = code("Niger, Mali and Burkina Faso announced their withdrawal from ECOWAS.")
    assert {("16", "NER", "IGO"), ("16", "MLI", "IGO")} <= dyads(events)


def test_actor_in_a_fronted_adverbial_is_not_the_subject(code: Coder) -> None:
    # The comma after the adverbial is no list: Ukraine, Gaza and China are circumstances.
    events, _ = code(
        "Since the beginning of the war in Ukraine, Russia has been developing closer ties with Iran."
    )
    assert dyads(events) == {("05", "RUS", "IRN")}
    events, _ = code("In the wake of the war in Gaza, Egypt has held talks with Qatar.")
    assert dyads(events) == {("04", "EGY", "QAT")}
    events, _ = code("After the summit in China, Russia signed a trade agreement with Iran.")
    assert dyads(events) == {("05", "RUS", "IRN")}


def test_a_real_list_of_subjects_stays_one_party_each(code: Coder) -> None:
    events, _ = code("Russia, China and Iran held joint naval drills.")
    assert {(s, t) for _, s, t in dyads(events)} >= {("RUS", "CHN"), ("CHN", "IRN"), ("IRN", "RUS")}


def test_violence_without_a_named_doer_is_coded_against_its_victim(code: Coder) -> None:
    events, _ = code("Two explosions killed dozens of people at a memorial ceremony in Kerman on Wednesday.")
    assert dyads(events) == {("18", None, "IRN")}
    assert events[0].rule.endswith(":target-only") and events[0].source is None
    events, _ = code("Jordan said three American soldiers were killed near its border with Syria.")
    # Soldiers killed are military force (19, lexicon 15-20) rather than an assault (18).
    assert dyads(events) == {("19", None, "USA")}


def test_release_without_a_doer_is_by_the_country_that_held_them(code: Coder) -> None:
    events, _ = code("Five Americans detained in Iran were released on Monday.")
    assert dyads(events) == {("08", "IRN", "USA")}


def test_no_sourceless_event_without_violence_or_a_known_target(code: Coder) -> None:
    # A natural disaster has no attacker; a verbal act without a speaker is not coded.
    assert code("Floods killed dozens of people in Pakistan.")[0] == ()
    assert code("Iran was criticised on Monday.")[0] == ()
    assert code("A report on Iran was released on Monday.")[0] == ()


def test_act_without_an_object_actor_is_aimed_at_the_actor_inside_its_phrase(code: Coder) -> None:
    events, _ = code("Japan is considering tighter export controls on chipmaking equipment bound for China.")
    assert dyads(events) == {("01", "JPN", "CHN")}
    events, _ = code("India put its air force on high alert along the border with Pakistan on Wednesday.")
    assert {(s, t) for _, s, t in dyads(events)} == {("IND", "PAK")}


def test_the_doers_own_forces_are_not_its_target(code: Coder) -> None:
    events, _ = code("China sent 30 warplanes and six navy ships around Taiwan on Sunday.")
    assert {(s, t) for _, s, t in dyads(events)} == {("CHN", "TWN")}


def test_a_denial_is_not_aimed_at_the_target_of_the_denied_act(code: Coder) -> None:
    events, _ = code("Tehran denies supplying missiles to Moscow.")
    denial = only(events, "01")
    assert denial and all(e.target is None for e in denial)


def test_state_bodies_coerce_unnamed_civil_groups_of_their_own_country(code: Coder) -> None:
    events, _ = code("Iranian police arrested several journalists and students on Monday.")
    assert dyads(events) == {("17", "IRN", "IRN")}


def test_a_dissolved_party_of_no_known_country_is_the_courts_own(code: Coder) -> None:
    events, _ = code(
        "Thailand's Constitutional Court on Friday dissolved the opposition Future Forward party."
    )
    assert ("17", "THA", "THA") in dyads(events)


def test_a_group_placed_abroad_keeps_the_place_country(code: Coder) -> None:
    events, _ = code("Israeli forces arrested protesters in the West Bank.")
    assert dyads(events) == {("17", "ISR", "PSE")}


def test_a_warning_as_the_purpose_of_a_show_of_force_is_part_of_it(code: Coder) -> None:
    events, _ = code("Japan scrambled fighter jets on Friday to warn away Russian bombers near Hokkaido.")
    assert dyads(events) == {("15", "JPN", "RUS")}
