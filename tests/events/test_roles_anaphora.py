"""Reactions to an act told before: "Argentina condemned the crackdown" is aimed at whoever cracked
down (the act named by a noun that refers back, or the clause a noun sums up)."""

from __future__ import annotations

from tests.events._coded import coded
from tests.events.conftest import Coder


def test_condemned_crackdown_is_aimed_at_the_earlier_doer(code: Coder) -> None:
    events, _ = code("Chile's army detained dozens of students on Monday. Argentina condemned the crackdown.")
    assert ("111", "ARG", "CHL") in coded(events)


def test_condemned_expulsions_in_a_coordinated_reaction(code: Coder) -> None:
    events, _ = code(
        "Turkey expelled two Swedish diplomats. "
        "Stockholm condemned the expulsions and summoned the Turkish envoy."
    )
    assert {("111", "SWE", "TUR"), ("114", "SWE", "TUR")} <= coded(events)


def test_a_move_summing_up_the_clause_before(code: Coder) -> None:
    events, _ = code("Peru arrested a Bolivian activist, a move Bolivia denounced as illegal.")
    assert ("111", "BOL", "PER") in coded(events)


def test_a_move_hung_on_the_subject_by_the_parser(code: Coder) -> None:
    events, _ = code("Russia's president later offered him asylum, a move Kyiv denounced as interference.")
    assert ("111", "UKR", "RUS") in coded(events)


def test_demanded_halt_to_the_fighting_aims_at_the_fighters(code: Coder) -> None:
    events, _ = code(
        "Ethiopia and Eritrea clashed near the border. "
        "The United Nations demanded an immediate halt to the fighting."
    )
    assert {("107", "IGO", "ETH"), ("107", "IGO", "ERI")} <= coded(events)


def test_rejected_accusation_answers_the_accuser(code: Coder) -> None:
    events, _ = code("Ghana accused Togo of arming rebels. Togo's foreign ministry rejected the accusation.")
    assert ("016", "TGO", "GHA") in coded(events)


def test_bare_denial_answers_the_latest_accusation_against_the_denier(code: Coder) -> None:
    events, _ = code(
        "Seoul accused Tokyo of using trade as a weapon. "
        "Japanese officials denied that the curbs were retaliation."
    )
    assert ("016", "JPN", "KOR") in coded(events)


def test_generic_object_is_no_reference(code: Coder) -> None:
    # "attacks on civilians" (no determiner) are attacks in general, not the ones told before.
    events, _ = code("Chile's army detained dozens of students. Argentina condemned attacks on civilians.")
    assert not any(e.cameo_root == "11" and e.target is not None for e in events)


def test_own_act_is_not_the_target(code: Coder) -> None:
    # Nobody but the condemner acted before: the condemnation stays without a target.
    events, _ = code("Argentina detained dozens of students. Argentina's president condemned the crackdown.")
    assert not any(e.cameo_root == "11" and e.target is not None for e in events)


def test_act_of_another_kind_is_not_referred_to(code: Coder) -> None:
    # "the attack" stands for violence, not for an expulsion told before.
    events, _ = code("Turkey expelled two Swedish diplomats. Stockholm condemned the attack.")
    assert ("111", "SWE", "TUR") not in coded(events)


def test_a_move_after_a_comma_read_as_second_object(code: Coder) -> None:
    events, _ = code(
        "Brazil's President Luiz Inacio Lula da Silva offered him asylum, a move Quito denounced as meddling."
    )
    assert ("111", "ECU", "BRA") in coded(events)


def test_act_deep_in_the_objects_phrase(code: Coder) -> None:
    events, _ = code(
        "Serbian police arrested dozens of students on Friday. "
        "The EU said it was weighing sanctions against officials responsible for the violence."
    )
    assert any(e.cameo_root == "01" and e.source and e.source.country == "IGO" and e.target
               and e.target.country == "SRB" for e in events)  # fmt: skip


def test_calling_an_act_told_before_a_provocation_is_aimed_at_its_doers(code: Coder) -> None:
    events, _ = code(
        "Japan and the Philippines held joint naval drills near the shoal on Monday. "
        "Beijing called the drills a provocation."
    )
    assert {("111", "CHN", "JPN"), ("111", "CHN", "PHL")} <= coded(events)


def test_called_the_decision_regrettable(code: Coder) -> None:
    events, _ = code(
        "Nicaragua expelled the Dutch ambassador. The Dutch foreign minister called the decision regrettable."
    )
    assert ("111", "NLD", "NIC") in coded(events)


def test_calling_without_an_act_to_refer_to_is_no_event(code: Coder) -> None:
    # The row needs a target; nothing told before gives one.
    events, _ = code("Beijing called the remarks a provocation.")
    assert not events


def test_rejected_call_answers_the_caller(code: Coder) -> None:
    events, _ = code(
        "Japan urged China to release the detained businessman. Beijing rejected the call on Tuesday."
    )
    assert ("120", "CHN", "JPN") in coded(events)


def test_object_relative_clause_acts_on_its_noun(code: Coder) -> None:
    events, _ = code("Kenya accused Uganda of arming the rebels, a charge Kampala dismissed as absurd.")
    assert ("016", "UGA", "KEN") in coded(events)


def test_a_deal_denounced_is_aimed_at_its_signer(code: Coder) -> None:
    events, _ = code(
        "Morocco signed a gas pipeline agreement with Nigeria on Monday, "
        "a deal Algeria denounced as a provocation."
    )
    assert ("111", "DZA", "MAR") in coded(events)


def test_an_object_pronoun_is_not_its_own_clause_s_subject(code: Coder) -> None:
    events, _ = code(
        "Ukraine's president Volodymyr Zelensky arrived in Berlin on Sunday. "
        "German Chancellor Olaf Scholz thanked him for his country's courage."
    )
    assert ("051", "DEU", "UKR") in coded(events)


def test_an_object_pronoun_in_a_reported_clause_is_the_reporter(code: Coder) -> None:
    events, _ = code("Putin said Xi had invited him to Beijing.")
    assert ("036", "CHN", "RUS") in coded(events)


def test_an_accusation_with_a_content_clause_is_aimed_at_its_subject(code: Coder) -> None:
    events, _ = code(
        "Uganda rejected Khartoum's accusation that Ugandan soldiers were fighting beside the RSF."
    )
    assert ("112", "SDN", "UGA", "asserted") in {
        (e.cameo, e.source and e.source.country, e.target and e.target.country, e.modality) for e in events
    }


def test_only_the_content_clause_subject_is_accused(code: Coder) -> None:
    # the dam is accused, not the country it is said to harm
    events, _ = code("Ethiopia rejected Cairo's accusation that the new dam harmed Egypt's water supply.")
    assert not any(e.cameo == "112" and e.target and e.target.country == "EGY" for e in events)


def test_an_indefinite_bare_act_refers_to_the_act_of_its_own_sentence(code: Coder) -> None:
    events, _ = code(
        "Eritrean troops shelled Ethiopian border posts on Friday as Addis Ababa condemned"
        " a brutal aggression."
    )
    assert ("111", "ETH", "ERI") in coded(events)


def test_an_indefinite_act_does_not_reach_into_an_earlier_sentence(code: Coder) -> None:
    # A new sentence's "an attack" may be another attack: no earlier act is its referent.
    events, _ = code(
        "Eritrean troops shelled Ethiopian border posts on Friday. Addis Ababa condemned a brutal attack."
    )
    assert not any(e.cameo_root == "11" and e.target for e in events)


def test_an_indefinite_act_with_its_own_phrase_keeps_its_own_target(code: Coder) -> None:
    events, _ = code(
        "Eritrean troops shelled Ethiopian border posts as Kenya condemned an attack on a hospital"
        " in Somalia."
    )
    assert not any(e.cameo_root == "11" and e.target and e.target.country == "ERI" for e in events)
