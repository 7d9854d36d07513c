"""The event coder end to end on the seed articles and its invariants."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

from communique.clean import clean_document
from communique.events import EventCoder, trigger_lemmas
from communique.model import Article, Event, ProcessedArticle, RawDocument
from communique.settings import Settings

PUBLISHED = {
    "000": dt.date(2021, 2, 10),
    "001": dt.date(2023, 1, 5),
    "002": dt.date(2024, 12, 20),
    "003": dt.date(2020, 9, 25),
    "004": dt.date(2021, 10, 7),
}


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path, pipeline: Any, settings: Settings) -> dict[str, ProcessedArticle]:
    out: dict[str, ProcessedArticle] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        key = path.name[:3]
        raw = RawDocument(origin=str(path), text=path.read_text(encoding="utf-8"), published=PUBLISHED[key])
        out[key] = pipeline.process(clean_document(raw, settings=settings))
    return out


def has(
    events: tuple[Event, ...], root: str, source: str | None, target: str | None, **extra: object
) -> bool:
    return any(
        e.cameo_root == root
        and (source is None or (e.source is not None and e.source.country == source))
        and (target is None or (e.target is not None and e.target.country == target))
        and all(getattr(e, k) == v for k, v in extra.items())
        for e in events
    )


def test_seed_004_moscow_meeting(seeds: dict[str, ProcessedArticle]) -> None:
    events = seeds["004"].events
    meetings = [e for e in events if has((e,), "04", "IRN", "RUS") or has((e,), "04", "RUS", "IRN")]
    dated = [e for e in meetings if e.date == dt.date(2021, 10, 6) and e.date_precision == "day"]
    assert dated, [(e.date, e.sentence) for e in meetings]
    assert all(e.location is not None and e.location.name == "Moscow" for e in dated)


def test_seed_002_visit_plan_accusation_sanctions_denial(seeds: dict[str, ProcessedArticle]) -> None:
    events = seeds["002"].events
    assert has(events, "04", "RUS", "IRN", modality="asserted")
    signing = [e for e in events if e.cameo == "057" or e.cameo_root == "03"]
    assert any(e.modality == "planned" for e in signing)
    assert not any(e.cameo == "057" and e.modality == "asserted" for e in events)
    assert has(events, "11", "USA", "IRN", modality="asserted")
    assert has(events, "16", "USA", "IRN", modality="asserted")
    assert any(e.cameo == "016" and e.source is not None and e.source.country == "IRN" for e in events)
    supply = [e for e in events if e.cameo_root == "07"]
    assert supply and all(e.modality in {"alleged", "denied"} for e in supply)
    # "Since the beginning of the war in Ukraine, Russia has been developing closer ties with Iran"
    ties = [e for e in events if e.trigger == "ties"]
    assert ties and all(e.source is not None and e.source.country == "RUS" for e in ties)
    chained = [e for e in events if "Reuters reports" in e.sentence]
    assert chained and all(e.reported_by == ("UNN", "Reuters") for e in chained)


def test_seed_003_praise_for_russia_and_criticism_of_us(seeds: dict[str, ProcessedArticle]) -> None:
    events = seeds["003"].events
    assert has(events, "05", "IRN", "RUS")
    assert has(events, "11", "IRN", "USA")


def test_seed_001_meeting_and_accusation(seeds: dict[str, ProcessedArticle]) -> None:
    events = seeds["001"].events
    assert has(events, "04", "IRN", "RUS") or has(events, "04", "RUS", "IRN")
    assert has(events, "11", None, "USA")


def test_seed_000_talks_in_russia(seeds: dict[str, ProcessedArticle]) -> None:
    assert has(seeds["000"].events, "04", "IRN", "RUS")


def test_no_event_rests_on_page_furniture(seeds: dict[str, ProcessedArticle]) -> None:
    for processed in seeds.values():
        for event in processed.events:
            assert not re.search(r"\d\s*views", event.sentence) and "Read More" not in event.sentence
            assert "\n\n" not in event.sentence.strip()
            assert processed.article.text[event.sentence_start : event.sentence_end] == event.sentence
            assert processed.article.text[event.trigger_start : event.trigger_end] == event.trigger


def test_quotes_point_into_the_text(seeds: dict[str, ProcessedArticle]) -> None:
    quotes = [(p.article.text, q) for p in seeds.values() for q in p.quotes]
    assert any(q.kind == "direct" and q.speaker is not None for _, q in quotes)
    assert all(text[q.start : q.end] == q.text for text, q in quotes)


def test_event_ids_are_stable_and_unique(seeds_dir: Path, pipeline: Any, settings: Settings) -> None:
    path = seeds_dir / "002_bdc711907429bce9.txt"
    raw = RawDocument(origin=str(path), text=path.read_text(encoding="utf-8"), published=PUBLISHED["002"])
    article = clean_document(raw, settings=settings)
    first = [e.event_id for e in pipeline.process(article).events]
    second = [e.event_id for e in pipeline.process(article).events]
    assert first == second and len(set(first)) == len(first)


def test_prefilter_changes_speed_not_results(coding_nlp: Any, settings: Settings) -> None:
    nlp, find_mentions = coding_nlp
    text = "Iran and Russia met in Vienna. The weather was fine. Zarif criticised the United States."
    article = Article(id="p", text=text, raw_text=text, published=dt.date(2024, 1, 2))
    doc = nlp(text)
    mentions = find_mentions(doc, article)
    filtered = EventCoder(settings=settings).code(doc, article, mentions)
    unfiltered = EventCoder(settings=settings.replace(prefilter=False)).code(doc, article, mentions)
    assert filtered == unfiltered and len(filtered[0]) == 3


def test_trigger_lemmas_cover_the_lexicon() -> None:
    lemmas = trigger_lemmas()
    assert {"meet", "visit", "sanction", "accuse", "sign", "talk"} <= lemmas
    assert "say" in lemmas  # a statement trigger, coded only when alone


def test_uncleaned_link_lists_are_not_coded(code: Any) -> None:
    text = (
        "Iran and Russia met in Vienna.\n\nRead More:\n\nIran's FM arrives in Moscow for consultations\n\n"
        "Zarif criticised the United States."
    )
    events, _ = code(text)
    assert {e.cameo_root for e in events} == {"04", "11"}
    assert not any("arrives" in e.sentence for e in events)


ACTORS = ["Iran", "Russia", "the United States", "China", "Turkish President Recep Tayyip Erdogan", "NATO"]
VERBS = ["met", "criticised", "praised", "accused", "threatened", "visited", "sanctioned", "urged"]
TAILS = ["", " on Monday", " in Moscow", ", Reuters reports", " last month"]


@settings_(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(ACTORS), st.sampled_from(TAILS))
def test_generated_sentences_keep_evidence_offsets(
    code: Any, source: str, verb: str, target: str, tail: str
) -> None:
    text = f"{source[0].upper()}{source[1:]} {verb} {target}{tail}."
    events, _ = code(text)
    for event in events:
        assert text[event.trigger_start : event.trigger_end] == event.trigger
        assert text[event.sentence_start : event.sentence_end] == event.sentence
        assert event.source is not None and event.cameo.startswith(event.cameo_root)
        assert event.source.actor_id != (event.target.actor_id if event.target else None)
    if source != target and verb in {"criticised", "praised", "accused", "threatened"}:
        assert len(events) == 1 and events[0].modality == "asserted"


@pytest.mark.parametrize("text", ["", "   \n\n  ", '"', "Read More:", "1234 views"])
def test_degenerate_texts_code_nothing(code: Any, text: str) -> None:
    assert code(text) == ((), ())
