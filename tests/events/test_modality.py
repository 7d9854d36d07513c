"""Asserted, planned, hypothetical, negated, denied and alleged events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from communique.model import Event

Coder = Callable[..., Any]


def modalities(events: tuple[Event, ...], root: str) -> set[str]:
    return {e.modality for e in events if e.cameo_root == root}


@pytest.mark.parametrize(
    ("text", "cameo", "planned"),
    [
        ("Iran and Russia plan to sign the agreement in January.", "030", "057"),
        ("Iran and Russia intend to sign a treaty.", "030", "057"),
        ("Russian Foreign Minister Sergei Lavrov hopes to visit Tehran.", "036", "042"),
    ],
)
def test_planned_cooperation_is_coded_as_intent(code: Coder, text: str, cameo: str, planned: str) -> None:
    events, _ = code(text)
    assert events and {(e.cameo, e.modality) for e in events} == {(cameo, "planned")}
    assert all(e.rule.endswith(f"intent({planned})") for e in events)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Russian Foreign Minister Sergei Lavrov will visit Tehran next month.", "042"),
        ("The agreement between Iran and Russia should be signed soon.", "057"),
        ("Russia and Iran are preparing to sign a cooperation agreement.", "057"),
        ("Iran and Russia are expected to discuss trade.", "040"),
    ],
)
def test_scheduled_act_is_planned_with_its_own_code(code: Coder, text: str, cameo: str) -> None:
    events, _ = code(text)
    assert events and {(e.cameo, e.modality) for e in events} == {(cameo, "planned")}


def test_claimed_act_is_alleged(code: Coder) -> None:
    events, _ = code("The United States claimed that Russia had attacked Ukraine.")
    assert {(e.cameo_root, e.modality) for e in events} == {("19", "alleged")}


def test_wanting_another_to_act_is_hypothetical(code: Coder) -> None:
    events, _ = code("China wants Russia to attack Ukraine.")
    assert {(e.cameo_root, e.modality) for e in events} == {("19", "hypothetical")}


def test_planned_hostile_act_keeps_its_code(code: Coder) -> None:
    events, _ = code("The United States will impose sanctions on Iran.")
    assert {(e.cameo, e.modality) for e in events} == {("163", "planned")}


@pytest.mark.parametrize(
    "text",
    [
        "If Russia attacks Ukraine, the United States would impose sanctions on Russia.",
        "Russian Foreign Minister Sergei Lavrov could visit Tehran.",
    ],
)
def test_conditional_acts_are_hypothetical(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert events and {e.modality for e in events} == {"hypothetical"}


def test_negated_meeting(code: Coder) -> None:
    events, _ = code(
        "Russian Foreign Minister Sergei Lavrov did not meet Iranian Foreign Minister Mohammad Javad Zarif."
    )
    assert modalities(events, "04") == {"negated"}


def test_denial_is_asserted_and_the_denied_act_is_denied(code: Coder) -> None:
    events, _ = code("Tehran denies supplying missiles to Moscow.")
    assert {(e.cameo, e.modality) for e in events} == {("016", "asserted"), ("072", "denied")}
    deny = next(e for e in events if e.cameo == "016")
    assert deny.source is not None and deny.source.country == "IRN" and deny.target is None


def test_accusation_is_asserted_and_the_accused_act_alleged(code: Coder) -> None:
    events, _ = code("The United States accused Tehran of supplying missiles to Russia.")
    assert {(e.cameo_root, e.modality) for e in events} == {("11", "asserted"), ("07", "alleged")}


def test_requested_act_is_the_appeal_not_the_act(code: Coder) -> None:
    events, _ = code("China urged Russia to sign the agreement with Ukraine.")
    assert {(e.cameo_root, e.modality) for e in events} == {("02", "asserted")}


def test_act_wanted_without_an_appeal_is_hypothetical(code: Coder) -> None:
    events, _ = code("Russia would sign the agreement with Ukraine if the war ended.")
    assert modalities(events, "05") == {"hypothetical"}


def test_stopped_act_is_negated(code: Coder) -> None:
    events, _ = code("Iran refused to meet Russia.")
    assert modalities(events, "04") == {"negated"}


def test_plain_past_is_asserted(code: Coder) -> None:
    events, _ = code("Russia attacked Ukraine on Friday.")
    assert [e.modality for e in events] == ["asserted"]


def test_reported_would_is_a_plan_of_the_reporter(code: Coder) -> None:
    events, _ = code("Russia said it would reduce military activity around Kyiv.")
    assert {(e.cameo_root, e.modality, e.source.country if e.source else None) for e in events} == {
        ("08", "planned", "RUS")
    }


def test_vowed_violence_is_a_threat_of_force(code: Coder) -> None:
    events, _ = code("Iran vowed to attack Israel.")
    assert {(e.cameo, e.modality) for e in events} == {("138", "planned")}
    assert events[0].rule.endswith("intent(190)")


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it was open to talks with the United States.",  # the attitude is the event (036)
        "Russia said it was ready for talks with Ukraine.",  # an intent adjective over the talks
        "Turkey vowed to pursue peace talks with Syria.",  # the talks are the vow's infinitive object
    ],
)
def test_talks_wished_for_are_not_talks_held(code: Any, text: str) -> None:
    events, _ = code(text)
    assert events, text
    assert not [e for e in events if e.cameo == "040" and e.modality == "asserted"], [
        (e.cameo, e.modality) for e in events
    ]
    assert {e.cameo for e in events} == {"036"}


def test_talks_held_stay_asserted(code: Any) -> None:
    events, _ = code("Israel and Hamas held talks in Cairo on Sunday.")
    assert {(e.cameo, e.modality) for e in events} == {("040", "asserted")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan will provide 5 billion yen in emergency aid to Turkey.", "TUR"),
        ("Germany will give Ukraine military assistance.", "UKR"),
    ],
)
def test_future_aid_is_an_intent_to_give_it(code: Any, text: str, target: str) -> None:
    events, _ = code(text)
    intents = [e for e in events if e.cameo == "033"]
    assert intents and intents[0].modality == "planned" and intents[0].target.country == target


def test_future_delivery_of_named_goods_stays_a_delivery(code: Any) -> None:
    events, _ = code("Germany will send Leopard 2 tanks to Ukraine.")
    assert {(e.cameo, e.modality) for e in events} == {("072", "planned")}


def test_a_hosted_force_takes_the_light_verb_s_tense(code: Coder) -> None:
    # The troops are coded on the noun; "will host" makes the stationing a plan.
    events, _ = code("Romania will host French troops under the new defence pact.")
    assert modalities(events, "06") == {"planned"}
    events, _ = code("Romania has hosted French troops since the war began.")
    assert modalities(events, "06") == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers in Tyre feared Israel's retaliation against southern Lebanon.",
        "Families left the border villages amid fears of Israel's retaliation against Lebanon.",
        "The mayor warned of the danger of Israel's retaliation against Lebanon.",
    ],
)
def test_a_feared_or_warned_of_nominal_act_is_hypothetical(code: Coder, text: str) -> None:
    events, _ = code(text)
    assert modalities(events, "19") == {"hypothetical"}


def test_a_nominal_act_that_causes_fear_is_asserted(code: Coder) -> None:
    # "fears" here is what the act caused, not what governs it.
    events, _ = code("Israel's retaliation against Lebanon spread fear in the border villages.")
    assert modalities(events, "19") == {"asserted"}


def test_an_act_a_request_asks_to_stop_is_still_coded(code: Coder) -> None:
    # The appeal presupposes the deliveries are going on; both are events.
    events, _ = code("The Dutch foreign minister urged Iran to stop supplying drones to Russia.")
    assert any(e.cameo_root == "07" and e.source and e.source.country == "IRN" for e in events)
    assert any(e.cameo_root == "02" for e in events)


def test_an_act_a_request_asks_for_is_not_coded(code: Coder) -> None:
    events, _ = code("The Dutch foreign minister urged Iran to supply drones to Armenia.")
    assert not any(e.cameo_root == "07" for e in events)
