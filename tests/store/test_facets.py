"""The dashboard's breakdowns in the public query layer: facets, an actor's quotes, the last run."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.errors import QueryError
from communique.store import Store, queries
from communique.store.queries import EventFilter
from tests.store.factories import (
    TEXT_VISIT,
    VISIT_QUOTE,
    followup_article,
    make_article,
    other_article,
    visit_article,
)


@pytest.fixture
def filled(store: Store) -> Store:
    """The visit (one planned event), its follow-up report, and the US–Iran story."""
    store.save(visit_article())
    store.save(followup_article())
    store.save(other_article())
    return store


def test_dashboard_queries_are_public_names_of_the_query_layer() -> None:
    for name in ("event_facets", "actor_quotes", "last_run", "country_name"):
        assert name in queries.__all__
        assert callable(getattr(queries, name))


def test_event_facets_count_canonical_asserted_events_per_root_and_topic(filled: Store) -> None:
    facets = queries.event_facets(filled)
    # The meeting is reported twice but counted once; the planned trade deal is not asserted.
    assert [(r["cameo_root"], r["events"]) for r in facets["by_root"]] == [
        ("04", 1), ("11", 1), ("12", 1), ("13", 1),
    ]  # fmt: skip
    assert facets["by_root"][0]["label"] == "CONSULT"
    assert facets["by_topic"] == [{"topic": "diplomacy", "events": 1}, {"topic": "sanctions", "events": 1}]


def test_event_facets_apply_the_dyad_filter_and_topic_limit(filled: Store) -> None:
    dyad = queries.event_facets(filled, EventFilter(countries=("USA", "IRN")))
    assert {r["cameo_root"]: r["events"] for r in dyad["by_root"]} == {"11": 1, "12": 1, "13": 1}
    assert dyad["by_topic"] == [{"topic": "sanctions", "events": 1}]
    assert len(queries.event_facets(filled, limit=1)["by_topic"]) == 1
    with pytest.raises(QueryError):
        queries.event_facets(filled, limit=0)


def test_actor_quotes_lists_the_speakers_quotes_newest_article_first(filled: Store) -> None:
    filled.save(
        make_article(
            "a-later", TEXT_VISIT, published=dt.date(2025, 3, 2), title="Later visit", quote=VISIT_QUOTE
        )
    )
    filled.save(
        make_article("a-undated", TEXT_VISIT, published=None, title="Undated visit", quote=VISIT_QUOTE)
    )
    quotes = queries.actor_quotes(filled, "person:sergei-lavrov")
    assert [(q["article_id"], q["published"]) for q in quotes] == [
        ("a-later", "2025-03-02"), ("a-visit", "2025-01-14"), ("a-undated", None),
    ]  # fmt: skip
    first = quotes[0]
    assert first["text"] == "Russia would sign a new trade agreement with Iran"
    assert TEXT_VISIT[first["start"] : first["end"]] == first["text"]
    assert first["title"] == "Later visit" and first["source"] == "Test Wire" and first["kind"] == "direct"
    assert len(queries.actor_quotes(filled, "person:sergei-lavrov", limit=1)) == 1
    assert queries.actor_quotes(filled, "person:abbas-araghchi") == []


def test_last_run_is_none_before_any_run_then_counts_and_finishes(db_url: str) -> None:
    store = Store(db_url)
    try:
        assert queries.last_run(store) is None
        store.save(visit_article())
        store.save(other_article())
        run = queries.last_run(store)
        assert run is not None and run["articles"] == 2 and run["finished_at"] is None
        started = dt.datetime.fromisoformat(run["started_at"])
        assert started.tzinfo is None  # UTC without offset, the same on both backends
        assert abs(started - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)
    finally:
        store.close()
    with Store(db_url) as reopened:
        done = queries.last_run(reopened)
    assert done is not None and done["id"] == run["id"] and done["finished_at"] is not None
