"""Constructions whose roles sit outside the trigger's own phrase: a reported "X was behind the
attack" accuses X, and other shapes of the construction rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from communique.events._args import MentionIndex
from communique.events._frames import _Carriers, _licensed
from communique.events._lexicon import Trigger
from communique.model import Article, Event

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


def test_act_that_would_be_met_with_force_threatens_its_doer(code: Coder) -> None:
    events, _ = code(
        "Any Azerbaijani attack would be met with a devastating response, Armenia's defence minister said."
    )
    assert ("138", "ARM", "AZE") in dyads(events), dyads(events)


def test_threat_is_made_by_the_saying(code: Coder) -> None:
    events, _ = code("Seoul said any North Korean provocation will be met with a swift response.")
    assert any(e.cameo == "138" and e.modality == "asserted" for e in events), events


def test_a_reception_already_met_is_no_threat(code: Coder) -> None:
    events, _ = code("France said the German proposal was met with a strong response from farmers.")
    assert not any(c.startswith("13") for c, _, _ in dyads(events)), dyads(events)


def test_passive_victim_of_an_attempt_on_a_life(code: Coder) -> None:
    events, _ = code("Georgia's interior minister was wounded in an assassination attempt.")
    assert ("185", None, "GEO") in dyads(events), dyads(events)


def test_an_attempt_at_a_record_hurts_no_one_politically(code: Coder) -> None:
    events, _ = code("Kenya's marathon champion was injured in an attempt to break the world record.")
    assert not any(c.startswith("18") for c, _, _ in dyads(events)), dyads(events)


def _adjective_licensed(coding_nlp: Any, text: str, lemma: str) -> bool:
    nlp, find_mentions = coding_nlp
    article = Article(id="adj", text=text, raw_text=text, published=dt.date(2024, 6, 12))
    doc = nlp(text)
    index = MentionIndex(doc, find_mentions(doc, article))
    token = next(t for t in doc if t.lemma_.lower() == lemma)
    row = Trigger("A", lemma, (("obj", frozenset({"@actor"})),), "111", frozenset({"at"}), frozenset())
    return _licensed(token, row, index, _Carriers(token))


def test_adjective_row_with_an_actor_object(coding_nlp: Any) -> None:
    assert _adjective_licensed(coding_nlp, "Hungary was angry at Ukraine.", "angry")


def test_adjective_row_with_an_ordinary_object(coding_nlp: Any) -> None:
    assert not _adjective_licensed(coding_nlp, "The farmer was angry at the weather.", "angry")


def test_protests_a_government_bows_to_are_its_peoples(code: Coder) -> None:
    events, _ = code("Sri Lanka's government bowed to months of farmer protests.")
    assert ("141", "LKA", "LKA") in dyads(events), dyads(events)


def test_protests_a_country_condemns_are_not_its_own(code: Coder) -> None:
    events, _ = code("Azerbaijan condemned student protests in Armenia.")
    assert not any(c == "141" and s == "AZE" for c, s, _ in dyads(events)), dyads(events)


def test_a_school_facing_protests_is_no_actor(code: Coder) -> None:
    events, _ = code("The private school faced student protests over fees.")
    assert not events


def test_an_act_answered_was_aimed_at_the_answerer(code: Coder) -> None:
    events, _ = code("Mexico raised duties on US pork in response to Washington's tariffs.")
    assert ("163", "USA", "MEX") in dyads(events), dyads(events)


def test_hitting_back_at_anothers_levies(code: Coder) -> None:
    events, _ = code("Canada hit back at Trump's levies with duties of its own.")
    assert ("163", "USA", "CAN") in dyads(events), dyads(events)


def test_a_possessed_tariff_with_no_answer_has_no_target(code: Coder) -> None:
    events, _ = code("Washington's tariffs hurt farmers in Iowa.")
    assert not any(c == "163" for c, _, _ in dyads(events)), dyads(events)
