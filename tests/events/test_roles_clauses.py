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
