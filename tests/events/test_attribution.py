"""Reporting chains (reported_by) and quotes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Coder = Callable[..., Any]


def test_speaker_of_said_is_the_reporter(code: Coder) -> None:
    events, _ = code("Iranian Foreign Minister Mohammad Javad Zarif said that Iran praised Russia.")
    assert len(events) == 1
    assert len(events[0].reported_by) == 1 and "Zarif" in events[0].reported_by[0]


def test_according_to_adds_the_source(code: Coder) -> None:
    events, _ = code("A Russian delegation arrived in Tehran, according to Russian media.")
    assert [e.reported_by for e in events] == [("Russian media",)]


def test_chain_of_agencies_is_outermost_first(code: Coder) -> None:
    events, _ = code("Russia condemned the United States, Reuters reports, UNN writes.")
    assert [e.reported_by for e in events] == [("UNN", "Reuters")]


def test_chain_of_agencies_after_a_subordinate_clause(code: Coder) -> None:
    # The parser hangs "Reuters reports" on "writes" beside the event's clause, not above it.
    events, _ = code(
        "This comes as Iran and Russia are preparing to sign a cooperation agreement, Reuters reports, "
        "UNN writes."
    )
    assert events and all(e.reported_by == ("UNN", "Reuters") for e in events)


def test_said_alone_is_not_an_event(code: Coder) -> None:
    events, quotes = code("Iranian Foreign Minister Mohammad Javad Zarif said that the economy was growing.")
    assert events == ()
    assert [q.kind for q in quotes] == ["indirect"]


def test_statement_to_another_actor_is_an_event_when_alone(code: Coder) -> None:
    events, _ = code("Iranian Foreign Minister Mohammad Javad Zarif told Russia that Iran was ready.")
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [("010", "RUS")]


def test_statement_gives_way_to_the_reported_event(code: Coder) -> None:
    events, _ = code(
        "Iranian Foreign Minister Mohammad Javad Zarif told Russia that Iran condemned the United States."
    )
    assert [e.cameo for e in events] == ["111"]


def test_direct_quote_has_speaker_and_exact_span(code: Coder) -> None:
    text = 'Russian Foreign Minister Sergei Lavrov said: "We praise the courage of our friends in Iran."'
    _, quotes = code(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    quote = direct[0]
    assert text[quote.start : quote.end] == quote.text == "We praise the courage of our friends in Iran."
    assert quote.speaker is not None and quote.speaker.country == "RUS"


def test_first_person_in_a_quote_is_the_speaker(code: Coder) -> None:
    events, _ = code('Russian Foreign Minister Sergei Lavrov said: "We praise Iran."')
    assert [(e.cameo_root, e.source.country if e.source else None) for e in events] == [("05", "RUS")]


def test_short_quoted_names_are_not_quotes(code: Coder) -> None:
    _, quotes = code('Russia called the plan "unacceptable" on Monday.')
    assert [q for q in quotes if q.kind == "direct"] == []


def test_according_to_a_named_source_is_an_indirect_quote(code: Coder) -> None:
    text = "According to Iran's foreign minister, the Astana talks will not replace the committee."
    _, quotes = code(text)
    quote = next(q for q in quotes if q.kind == "indirect")
    assert quote.text.startswith("the Astana talks") and text[quote.start : quote.end] == quote.text
    assert quote.speaker is not None and quote.speaker.country == "IRN"


def _modalities(events: Any) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (
            e.cameo[:2],
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.modality,
        )
        for e in events
    ]


def test_act_a_third_party_says_happened_is_alleged(code: Coder) -> None:
    events, _ = code(
        "Most of the drones were Shahed attack drones, a design Ukraine and its Western partners say "
        "Iran supplied to Russia."
    )
    assert _modalities(events) == [("07", "IRN", "RUS", "alleged")]


def test_third_party_say_with_parsed_subject_is_alleged(code: Coder) -> None:
    events, _ = code("The United States says Iran supplied drones to Russia.")
    assert _modalities(events) == [("07", "IRN", "RUS", "alleged")]


def test_doer_or_target_reporting_its_own_event_stays_asserted(code: Coder) -> None:
    events, _ = code("Kyiv says Russia attacked Ukrainian power plants overnight.")
    assert [e.modality for e in events] == ["asserted"]
    events, _ = code("Lavrov said Russia and Iran signed a trade agreement.")
    assert events and all(e.modality == "asserted" for e in events)


def test_news_agency_reporting_is_not_an_allegation(code: Coder) -> None:
    events, _ = code("Reuters said Iran supplied drones to Russia.")
    assert [e.modality for e in events] == ["asserted"]


def test_trailing_past_tense_sourcing_stays_asserted(code: Coder) -> None:
    events, _ = code(
        "Iranian naval forces seized an oil tanker in the Gulf of Oman on Thursday, the US Navy said."
    )
    assert [e.modality for e in events] == ["asserted"]
