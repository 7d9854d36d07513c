"""Roles across clauses: the purpose of a gift or a show of force names whom it is for, and a
name right before a gerund after "to"/"of" is the gerund's subject."""

from __future__ import annotations

from tests.events._coded import coded
from tests.events.conftest import Coder


def test_pledged_money_is_for_whom_it_helps(code: Coder) -> None:
    events, _ = code("The European Union pledged 50 million euros to help Malawi rebuild after the storm.")
    assert ("0331", "IGO", "MWI") in coded(events)


def test_an_intent_infinitive_is_no_purpose_clause(code: Coder) -> None:
    # "to deepen cooperation in the South China Sea" is what was vowed, not whom a gift is for.
    events, _ = code(
        "Vietnam and Indonesia vowed on Tuesday to deepen maritime cooperation in the South China Sea."
    )
    assert not any(e.target and e.target.country == "CHN" for e in events)


def test_name_before_a_gerund_is_its_subject(code: Coder) -> None:
    events, _ = code("Hungary dropped its objection to Finland joining NATO.")
    assert ("057", "FIN", "IGO") in coded(events)
    assert not any(e.cameo == "057" and e.source and e.source.country == "HUN" for e in events)


def test_name_ending_in_an_of_phrase_is_not_a_gerund_subject(code: Coder) -> None:
    events, _ = code(
        "Ireland filed a case at the International Court of Justice accusing Israel of genocide."
    )
    assert not any(e.source and e.source.country == "IGO" for e in events if e.cameo_root == "11")


def test_conjunct_clause_with_its_own_subject_does_not_inherit_the_doer(code: Coder) -> None:
    # The parser joins "a car bomb killed" to the first clause; the bomb, not Peru, killed.
    events, _ = code(
        "Peru's government suspended the talks, a day after a car bomb killed three police officers."
    )
    assert not any(e.source and e.source.country == "PER" for e in events if e.cameo_root == "18")


def test_gerund_after_a_preposition_of_time_is_the_subjects(code: Coder) -> None:
    events, _ = code(
        "Iran has sent thousands of Afghans back across the border since launching a crackdown on migrants."
    )
    assert not any(e.source and e.source.country == "AFG" for e in events if e.cameo_root == "17")


def test_gerund_after_of_is_the_objects(code: Coder) -> None:
    events, _ = code("Ukraine accused Russia of shelling the plant.")
    assert any(e.cameo_root == "19" and e.source and e.source.country == "RUS" for e in events)


def test_attitude_adjective_of_another_sense_does_not_swallow_talks(code: Coder) -> None:
    # "ready" is an attitude only in its lexicon sense (ready to bankroll); ready for talks is the
    # intent to talk.
    events, _ = code("Serbia said it was ready for talks with Kosovo.")
    assert any(e.cameo == "036" and e.source and e.source.country == "SRB" for e in events)


def test_mediation_participle_agent_is_no_side_of_the_truce(code: Coder) -> None:
    events, _ = code(
        "Ethiopia's army and the Tigrayan forces began a 10-day truce on Monday "
        "brokered by Kenya and South Africa."
    )
    assert not any(e.cameo == "0871" and e.target and e.target.country in {"KEN", "ZAF"} for e in events)
    assert ("045", "KEN", "ETH") in coded(events)


def test_inquiry_into_acts_by_a_participle_agent_keeps_the_wrongdoer(code: Coder) -> None:
    events, _ = code("German investigators opened an inquiry into abuses committed by Iranian agents.")
    assert any(e.cameo_root == "09" and e.target and e.target.country == "IRN" for e in events)


def test_discussing_as_the_purpose_of_a_meeting_is_the_meeting(code: Coder) -> None:
    events, _ = code("Serbia is ready to sit down with Kosovo to discuss the border.")
    assert {e.trigger for e in events} == {"sit"}


def test_act_asked_about_is_not_coded(code: Coder) -> None:
    events, _ = code(
        "Asked whether Seoul would expel Russia's ambassador, the spokesman said no step was planned."
    )
    assert not events


def test_conditional_act_is_still_coded(code: Coder) -> None:
    events, _ = code("Berlin said it would send tanks to Ukraine if Russia attacked.")
    assert any(e.cameo_root == "07" and e.modality == "hypothetical" for e in events)


def test_toll_participle_takes_the_scene_of_its_head_act(code: Coder) -> None:
    events, _ = code("Rebels shelled a market near Nyala on Friday, killing at least nine civilians.")
    assert any(e.trigger == "killing" and e.target and e.target.country == "SDN" for e in events)


def test_verb_and_its_nominal_are_one_inquiry(code: Coder) -> None:
    events, _ = code(
        "The International Criminal Court authorised its prosecutor to open a full investigation "
        "into alleged crimes by Sudan's army against civilians."
    )
    inquiries = [e for e in events if e.cameo_root == "09"]
    assert inquiries and all(e.target and e.target.country == "SDN" for e in inquiries)


def test_attack_as_the_means_of_a_killing_hit_the_killed(code: Coder) -> None:
    events, _ = code("The death of two Malian soldiers in a French air strike angered Bamako.")
    assert ("195", "FRA", "MLI") in coded(events)


def test_attack_on_the_doers_own_people_named_by_its(code: Coder) -> None:
    events, _ = code(
        "Hamas fired rockets at Israel, avenging the killing of its commander in an Israeli air strike."
    )
    assert ("195", "ISR", "PSE") in coded(events)


def test_deal_as_the_aim_of_a_planned_meeting_is_part_of_it(code: Coder) -> None:
    events, _ = code("Egypt and Turkey said they would meet next month to finalise a gas supply deal.")
    assert {e.cameo_root for e in events} == {"03"}


def test_ceasefire_taking_effect_is_the_parties_truce(code: Coder) -> None:
    events, _ = code("A ceasefire between Azerbaijan and Armenia took effect on Wednesday.")
    assert {("0871", "AZE", "ARM"), ("0871", "ARM", "AZE")} <= coded(events)


def test_truce_that_held_and_sanctions_in_force(code: Coder) -> None:
    assert ("0871", "ETH", "ERI") in coded(code("A truce between Ethiopia and Eritrea held on Sunday.")[0])
    assert ("163", "IGO", "BLR") in coded(code("New EU sanctions on Belarus came into force on Monday.")[0])


def test_a_collapsing_truce_is_not_in_force(code: Coder) -> None:
    events, _ = code("The ceasefire between Israel and Hamas collapsed on Friday.")
    assert not any(e.cameo_root == "08" for e in events)


def test_actor_a_present_participle_modifies_is_its_doer(code: Coder) -> None:
    events, _ = code(
        "Ugandan police fired tear gas at opposition supporters protesting in Kampala against fuel prices."
    )
    assert ("141", "UGA", "UGA") in coded(events)


def test_document_a_present_participle_modifies_is_no_doer(code: Coder) -> None:
    events, _ = code("China vetoed a Security Council resolution condemning the coup in Myanmar.")
    assert not any(e.cameo_root == "11" and e.source and e.source.country == "IGO" for e in events)


def test_unplaced_troops_are_not_of_the_enemy_they_shell(code: Coder) -> None:
    events, _ = code("Troops advancing on the city shelled Russian positions.")
    assert not any(e.source and e.source.country == "RUS" for e in events)


def test_a_finite_verb_joined_to_a_gerund_is_the_subject_s_own_act(code: Coder) -> None:
    # The parser coordinates "expelled" with "sheltering"; it is Baku's act, not an allegation.
    events, _ = code(
        "Azerbaijan accused Iran on Monday of sheltering armed separatists and expelled four "
        "Iranian diplomats from Baku."
    )
    expelled = [e for e in events if e.cameo_root == "17"]
    assert expelled, "the expulsion is coded"
    assert all(e.source and e.source.country == "AZE" and e.modality == "asserted" for e in expelled)


def test_coercion_of_unnamed_civilians_of_the_doer_s_country_is_kept(code: Coder) -> None:
    events, _ = code("Kenyan police fired tear gas at hundreds of opposition supporters in Nairobi.")
    assert ("175", "KEN", "KEN") in coded(events)


def test_an_alert_is_aimed_at_whom_the_next_hostile_act_names(code: Coder) -> None:
    events, _ = code("Armenia put its troops on high alert and closed its border with Azerbaijan.")
    assert ("152", "ARM", "AZE") in coded(events)


def test_an_alert_takes_no_target_from_a_friendly_act(code: Coder) -> None:
    events, _ = code("Greece put its navy on high alert and thanked France for its support.")
    assert not any(e.cameo_root == "15" and e.target and e.target.country == "FRA" for e in events)


def test_a_verb_without_object_shares_its_conjunct_s_object(code: Coder) -> None:
    events, _ = code("Egyptian police detained and questioned three Sudanese journalists in Cairo.")
    assert ("173", "EGY", "SDN") in coded(events)


def test_a_verb_with_its_own_object_keeps_it(code: Coder) -> None:
    events, _ = code("Egypt condemned the attack and sent aid to Sudan.")
    assert not any(e.cameo_root == "11" and e.target and e.target.country == "SDN" for e in events)


def test_a_gift_is_for_whom_a_complement_of_its_purpose_names(code: Coder) -> None:
    events, _ = code("Japan sent 40 million dollars in aid to help rebuild and equip Philippine hospitals.")
    assert any(e.cameo_root == "07" and e.target and e.target.country == "PHL" for e in events)


def test_reciprocal_object_makes_coordinated_doers_each_others_targets(code: Coder) -> None:
    events, _ = code("Serbia and Kosovo blamed one another for the violence at the border crossing.")
    assert {("112", "SRB", "XKX"), ("112", "XKX", "SRB")} <= coded(events)


def test_reciprocal_object_keeps_the_verbs_modality(code: Coder) -> None:
    events, _ = code("Greece and Turkey promised not to threaten each other in the Aegean.")
    threats = {
        (e.source.country, e.target.country, e.modality)
        for e in events
        if e.cameo_root == "13" and e.source and e.target
    }
    assert ("GRC", "TUR", "negated") in threats
    assert ("TUR", "GRC", "negated") in threats


def test_reciprocal_object_among_non_actors_codes_nothing(code: Coder) -> None:
    # "each other" in a sports story: nobody of a country acts on anybody.
    events, _ = code("The striker and the goalkeeper blamed each other for the late equaliser.")
    assert not events


def test_mutual_accusations_are_two_directed_events(code: Coder) -> None:
    events, _ = code("Serbia and Kosovo blamed one another for the violence at the border crossing.")
    assert not any(e.reciprocal for e in events if e.cameo_root == "11")


def test_a_symmetric_act_of_coordinated_doers_stays_reciprocal(code: Coder) -> None:
    events, _ = code("Norway and Chile signed a fisheries agreement in Oslo.")
    assert any(e.reciprocal for e in events if e.cameo_root == "05")


def test_a_pronoun_in_a_charge_is_not_the_accuser(code: Coder) -> None:
    events, _ = code(
        "Ghana rejected Togo's accusation that its soldiers were smuggling weapons across the border."
    )
    charges = {
        (e.source.country, e.target.country) for e in events if e.cameo == "112" and e.source and e.target
    }
    assert charges == {("TGO", "GHA")}


def test_a_charge_with_no_other_party_drops_the_accusers_own_body(code: Coder) -> None:
    events, _ = code("Togo's accusation that its soldiers were smuggling weapons surprised observers.")
    assert not any(e.cameo == "112" and e.target and e.target.country == "TGO" for e in events)


def test_a_pronoun_outside_the_charged_subject_is_left_alone(code: Coder) -> None:
    # "its border posts" are the accuser's, rightly: the accused is the clause's subject.
    events, _ = code("Togo repeated its accusation that Ghana had shelled its border posts.")
    assert ("112", "TGO", "GHA") in coded(events)


def test_a_prompted_show_of_force_is_done_by_the_prompted_and_aimed_at_the_prompter(code: Coder) -> None:
    events, _ = code(
        "Russian bombers flew near Finland on Monday, prompting the Finnish air force to scramble"
        " fighter jets."
    )
    shows = {
        (e.source.country, e.target.country) for e in events if e.cameo_root == "15" and e.source and e.target
    }
    assert ("FIN", "RUS") in shows
    assert not any(
        e.cameo_root == "15" and e.source and e.source.country == "RUS" and not e.target for e in events
    )


def test_coordinated_prompted_acts_all_answer_the_prompter(code: Coder) -> None:
    events, _ = code(
        "Belarus moved troops to the border, prompting Lithuania to warn of a firm response and put"
        " its army on alert."
    )
    assert {("130", "LTU", "BLR"), ("152", "LTU", "BLR")} <= coded(events)


def test_a_prompt_by_weather_aims_nothing(code: Coder) -> None:
    # "prompting" in its ordinary sense: a storm is no actor, nothing is aimed at anyone.
    events, _ = code("A storm flooded the capital on Sunday, prompting the government to close all schools.")
    assert not any(e.target for e in events)


def test_a_subject_hung_on_the_auxiliary_is_the_doer(code: Coder) -> None:
    events, _ = code(
        "Norwegian and Swiss diplomats are brokering talks in Oslo between Colombia and the ELN."
    )
    mediators = {e.source.country for e in events if e.cameo == "045" and e.source}
    assert mediators == {"NOR", "CHE"}


def test_brokering_a_house_sale_is_no_mediation(code: Coder) -> None:
    events, _ = code("Two estate agents are brokering the sale of a house in Oslo.")
    assert not any(e.cameo_root == "04" for e in events)


def test_a_with_clause_host_receives_the_parties_of_the_talks_it_accompanies(code: Coder) -> None:
    events, _ = code(
        "Talks between the foreign ministers of Serbia and Kosovo began in Brussels on Monday, with EU"
        " foreign policy chief Josep Borrell hosting the first session."
    )
    assert {("043", "IGO", "SRB"), ("043", "IGO", "XKX")} <= coded(events)


def test_a_with_clause_beside_a_non_meeting_aims_no_host_at_its_doer(code: Coder) -> None:
    # "with" beside a storm: the host has no party of talks to receive.
    events, _ = code("A storm hit the coast on Monday, with the mayor hosting residents in the town hall.")
    assert not any(e.cameo_root == "04" and e.target for e in events)


def test_a_plan_named_as_anothers_is_done_by_its_owner(code: Coder) -> None:
    events, _ = code("Croatia's parliament voted to approve Montenegro's bid to join the European Union.")
    joiners = {e.source.country for e in events if e.source and e.cameo.startswith("03")}
    assert joiners == {"MNE"}


def test_an_own_plan_is_done_by_the_announcer(code: Coder) -> None:
    events, _ = code("Russia announced plans to cut gas supplies to Poland.")
    assert ("163", "RUS", "POL") in coded(events)
