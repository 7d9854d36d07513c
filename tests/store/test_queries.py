"""The query layer: filters, cursor pagination, lookups, aggregates, search, stats — both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from communique.errors import QueryError
from communique.ontology import cameo
from communique.store import Store, queries
from communique.store.queries import EventFilter
from tests.store.factories import followup_article, make_article, other_article, visit_article


@pytest.fixture
def filled(store: Store) -> Store:
    """Three articles: the visit, a follow-up report of the meeting, and a US–Iran story."""
    store.save(visit_article())
    store.save(followup_article())
    store.save(other_article())
    return store


def _ids(page: queries.Page) -> list[str]:
    return [e["event_id"] for e in page.items]


def test_list_events_defaults_to_asserted_newest_first(filled: Store) -> None:
    page = queries.list_events(filled)
    assert _ids(page) == ["a-drones-e1", "a-drones-e0", "a-followup-e0", "a-visit-e2", "a-visit-e0"]
    assert page.next_cursor is None


def test_modality_filter_selects_planned_and_empty_means_all(filled: Store) -> None:
    planned = queries.list_events(filled, EventFilter(modality=("planned",)))
    assert _ids(planned) == ["a-visit-e1"]
    assert len(queries.list_events(filled, EventFilter(modality=())).items) == 6
    assert len(queries.list_events(filled, EventFilter(modality=None)).items) == 5


def test_event_dict_has_export_fields_and_nested_objects(filled: Store) -> None:
    (event,) = queries.list_events(filled, EventFilter(cameo_root="04", article_id="a-visit")).items
    assert event["source"] == {
        "text": "Abbas Araghchi", "name": "Abbas Araghchi", "country": "IRN", "sector": "GOV",
        "actor_id": "person:abbas-araghchi", "role": "Foreign Minister", "start": 25, "end": 39,
    }  # fmt: skip
    assert event["location"]["name"] == "Moscow" and event["date"] == "2025-01-14"
    assert event["reported_by"] is None and event["topics"] == ["diplomacy"]
    assert event["mentions"] == 2 and event["cameo"] == "040" and event["quad_class"] == 1
    planned = queries.list_events(filled, EventFilter(modality=("planned",))).items[0]
    assert planned["reported_by"] == ["Sergei Lavrov"] and planned["date"] is None


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(countries=("USA", "IRN")), {"a-drones-e0", "a-drones-e1", "a-visit-e2"}),
        (EventFilter(countries=("USA", "IRN"), directed=True), {"a-drones-e0", "a-drones-e1"}),
        (EventFilter(countries=("RUS",)), {"a-visit-e0", "a-followup-e0"}),
        (EventFilter(countries=("RUS",), directed=True), set()),
        (EventFilter(actor="person:sergei-lavrov"), {"a-visit-e0", "a-followup-e0"}),
        (EventFilter(actor="USA"), {"a-drones-e0", "a-drones-e1", "a-visit-e2"}),
        (EventFilter(cameo="04"), {"a-visit-e0", "a-followup-e0"}),
        (EventFilter(cameo="042"), {"a-followup-e0"}),
        (EventFilter(cameo_root="13"), {"a-drones-e1"}),
        (EventFilter(plover="ACCUSE"), {"a-drones-e0"}),
        (EventFilter(quad_class=3), {"a-drones-e0", "a-drones-e1", "a-visit-e2"}),
        (EventFilter(date_from=dt.date(2025, 1, 15)), {"a-drones-e0", "a-drones-e1", "a-followup-e0"}),
        (EventFilter(date_to=dt.date(2025, 1, 14)), {"a-visit-e0", "a-visit-e2"}),
        (EventFilter(place="Moscow"), {"a-visit-e0", "a-followup-e0"}),
        (EventFilter(place="rus"), {"a-visit-e0", "a-followup-e0"}),
        (EventFilter(topic="sanctions"), {"a-visit-e2"}),
        (EventFilter(text="SANCTIONS"), {"a-visit-e2", "a-drones-e1"}),
        (EventFilter(text="100%_"), set()),
        (EventFilter(canonical_only=True, cameo="04"), {"a-visit-e0"}),
    ],
)
def test_event_filters(filled: Store, flt: EventFilter, expected: set[str]) -> None:
    assert set(_ids(queries.list_events(filled, flt))) == expected


def test_plover_filter_matches_the_ontology(filled: Store) -> None:
    drones = queries.list_events(filled, EventFilter(article_id="a-drones")).items
    for event in drones:
        assert queries.list_events(filled, EventFilter(plover=event["plover"])).items


@pytest.mark.parametrize(
    "flt",
    [EventFilter(), EventFilter(actor="IRN"), EventFilter(countries=("USA",)), EventFilter(actor="USA:GOV")],
)
def test_cursor_pagination_visits_every_event_once(store: Store, flt: EventFilter) -> None:
    base = other_article()
    for i in range(7):
        day = dt.date(2025, 3, 1) + dt.timedelta(days=i % 3)
        article = dataclasses.replace(base.article, id=f"p{i}", published=day)
        events = tuple(
            dataclasses.replace(ev, event_id=f"p{i}:e{j}", article_id=f"p{i}")
            for j, ev in enumerate(base.events)
        )
        store.save(dataclasses.replace(base, article=article, events=events))
    seen: list[str] = []
    cursor = None
    while True:
        page = queries.list_events(store, flt, limit=3, cursor=cursor)
        seen.extend(_ids(page))
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == 14 and len(set(seen)) == 14
    assert seen == _ids(queries.list_events(store, flt, limit=100))


@pytest.mark.parametrize("cursor", ["garbage!", "W10", "WyJ4IiwxXQ"])
def test_bad_cursor_is_a_query_error(filled: Store, cursor: str) -> None:
    with pytest.raises(QueryError, match="cursor"):
        queries.list_events(filled, cursor=cursor)


@pytest.mark.parametrize(
    "flt",
    [
        EventFilter(modality=("rumoured",)),
        EventFilter(quad_class=7),
        EventFilter(countries=("IRN", "RUS", "USA")),
        EventFilter(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 1, 1)),
    ],
)
def test_invalid_filters_are_query_errors(filled: Store, flt: EventFilter) -> None:
    with pytest.raises(QueryError):
        queries.list_events(filled, flt)


def test_get_event_explains_with_article_and_reports(filled: Store) -> None:
    event = queries.get_event(filled, "a-followup-e0")
    assert event is not None
    text = event["article"]["text"]
    assert text[event["explain"]["trigger_start"] : event["explain"]["trigger_end"]] == "hosted"
    start, end = event["explain"]["source_span"]
    assert text[start:end] == "Abbas Araghchi"
    assert event["explain"]["rule"] == "test.042"
    assert [r["event_id"] for r in event["reports"]] == ["a-visit-e0", "a-followup-e0"]
    assert queries.get_event(filled, "nope") is None


def test_list_and_get_articles(filled: Store) -> None:
    page = queries.list_articles(filled, limit=2)
    assert [a["id"] for a in page.items] == ["a-drones", "a-followup"]
    rest = queries.list_articles(filled, limit=2, cursor=page.next_cursor)
    assert [a["id"] for a in rest.items] == ["a-visit"] and rest.next_cursor is None
    assert page.items[0]["events"] == 2
    assert [a["id"] for a in queries.list_articles(filled, source="Other Wire").items] == ["a-drones"]
    assert [a["id"] for a in queries.list_articles(filled, story_id="a-visit").items] == [
        "a-followup",
        "a-visit",
    ]
    article = queries.get_article(filled, "a-visit")
    assert article is not None
    assert len(article["events"]) == 3 and len(article["mentions"]) == 5
    assert article["quotes"][0]["speaker"]["actor_id"] == "person:sergei-lavrov"
    assert article["text"].startswith("Iranian Foreign Minister")
    assert article["sources"] == [{"source": "Test Wire", "url": "https://news.example/a-visit"}]
    assert queries.get_article(filled, "nope") is None


def test_list_and_get_actors(filled: Store) -> None:
    page = queries.list_actors(filled, limit=3)
    assert [a["actor_id"] for a in page.items][:2] == ["IRN:GOV", "USA:GOV"] or page.items[0][
        "article_count"
    ] == 2
    everyone = []
    cursor = None
    while True:
        page = queries.list_actors(filled, limit=2, cursor=cursor)
        everyone.extend(a["actor_id"] for a in page.items)
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert len(everyone) == len(set(everyone)) == 5
    assert [a["actor_id"] for a in queries.list_actors(filled, q="tehran").items] == ["IRN:GOV"]
    assert {a["actor_id"] for a in queries.list_actors(filled, country="rus").items} == {
        "RUS:GOV",
        "person:sergei-lavrov",
    }
    lavrov = queries.get_actor(filled, "person:sergei-lavrov")
    assert lavrov is not None
    assert lavrov["variants"] == ["Sergei Lavrov"]
    assert lavrov["roles"][0]["role"] == "Foreign Minister"
    assert (lavrov["events_as_source"], lavrov["events_as_target"]) == (0, 1)
    assert [p["actor_id"] for p in lavrov["partners"]] == ["person:abbas-araghchi"]
    assert queries.get_actor(filled, "nope") is None


def test_dyad_timeline_counts_canonical_events_per_period(filled: Store) -> None:
    monthly = queries.dyad_timeline(filled, "IRN", "USA")
    assert [(p["period"], p["events"]) for p in monthly] == [("2025-01", 1), ("2025-02", 2)]
    feb = monthly[1]
    # Accusing (112) and threatening (130) are both verbal conflict in CAMEO.
    assert feb["verbal_conflict"] == 2 and feb["material_conflict"] == 0
    assert feb["goldstein"] == pytest.approx(cameo("112").goldstein + cameo("130").goldstein)
    directed = queries.dyad_timeline(filled, "IRN", "USA", flt=EventFilter(directed=True), interval="day")
    assert [(p["period"], p["events"]) for p in directed] == [("2025-01-14", 1)]
    # The meeting is reported twice but counted once.
    meeting = queries.dyad_timeline(filled, "person:abbas-araghchi", "RUS", interval="week")
    assert len(meeting) == 1
    assert meeting[0]["period"] == "2025-01-13" and meeting[0]["events"] == 1
    assert meeting[0]["verbal_cooperation"] == 1 and meeting[0]["goldstein"] == cameo("040").goldstein
    # A country on one side and an actor id on the other.
    mixed = queries.dyad_timeline(filled, "IRN", "USA:GOV")
    assert [(p["period"], p["events"]) for p in mixed] == [("2025-01", 1), ("2025-02", 2)]
    assert queries.dyad_timeline(filled, "IRN", "IRN") == []
    with pytest.raises(QueryError, match="interval"):
        queries.dyad_timeline(filled, "IRN", "USA", interval="fortnight")


def test_top_dyads_actors_and_network(filled: Store) -> None:
    dyads = queries.top_dyads(filled, limit=5)
    assert (dyads[0]["source"], dyads[0]["target"], dyads[0]["events"]) == ("USA", "IRN", 2)
    assert dyads[0]["conflict"] == 2
    assert {(d["source"], d["target"]) for d in dyads} == {("USA", "IRN"), ("IRN", "USA"), ("IRN", "RUS")}
    actors = queries.top_actors(filled, limit=2)
    assert actors[0] == {
        "actor_id": "IRN:GOV", "name": "Iranian government", "country": "IRN", "events": 3, "as_source": 1,
        "as_target": 2,
    }  # fmt: skip
    net = queries.actor_network(filled)
    pairs = {(e["source"], e["target"]): e["weight"] for e in net["edges"]}
    assert pairs == {("IRN:GOV", "USA:GOV"): 3, ("person:abbas-araghchi", "person:sergei-lavrov"): 1}
    assert {n["id"] for n in net["nodes"]} == {
        "IRN:GOV",
        "USA:GOV",
        "person:abbas-araghchi",
        "person:sergei-lavrov",
    }
    cooccur = queries.actor_network(filled, mode="articles")
    weights = {(e["source"], e["target"]): e["weight"] for e in cooccur["edges"]}
    assert weights[("person:abbas-araghchi", "person:sergei-lavrov")] == 2


def test_search_articles_highlights_and_escapes(store: Store) -> None:
    hostile = make_article(
        "a-xss", "Officials discussed <script>alert(1)</script> sanctions relief in Vienna.", published=None
    )
    store.save(hostile)
    store.save(other_article())
    hits = queries.search_articles(store, "sanctions")
    assert {h["id"] for h in hits} == {"a-xss", "a-drones"}
    xss = next(h for h in hits if h["id"] == "a-xss")
    # SQLite keeps the tag text (escaped here); PostgreSQL's parser drops tags from headlines.
    assert "<script" not in xss["snippet_html"] and "alert(1)" in xss["snippet_html"]
    assert "<mark>sanctions</mark>" in xss["snippet_html"]
    assert "[sanctions]" in xss["snippet"]
    # Stemming: "accuses" finds "accused"; every word must occur.
    assert [h["id"] for h in queries.search_articles(store, "accuses drones")] == ["a-drones"]
    assert queries.search_articles(store, "drones Vienna") == []


@pytest.mark.parametrize("q", ['"', "AND OR NOT", "(((", "*", "'; DROP TABLE articles; --", "NEAR(", ""])
def test_search_never_fails_on_operator_input(filled: Store, q: str) -> None:
    assert isinstance(queries.search_articles(filled, q), list)
    assert queries.list_articles(filled).items


def test_corpus_stats(filled: Store) -> None:
    stats = queries.corpus_stats(filled)
    assert (stats["articles"], stats["events"], stats["canonical_events"]) == (3, 6, 4)
    assert stats["actors"] == 5 and stats["stories"] == 2
    assert (stats["date_from"], stats["date_to"]) == ("2025-01-14", "2025-02-03")
    roots = {r["cameo_root"]: r["events"] for r in stats["events_by_root"]}
    assert roots == {"04": 1, "11": 1, "12": 1, "13": 1}
    assert stats["events_by_root"][0]["label"]
    assert {m["modality"]: m["events"] for m in stats["events_by_modality"]} == {"asserted": 5, "planned": 1}
    assert stats["top_dyads"][0]["source"] == "USA"


def test_memoised_aggregates_follow_new_writes_and_are_private_copies(store: Store) -> None:
    store.save(visit_article())
    first = queries.corpus_stats(store)
    first["articles"] = 999  # a caller mutating its copy must not change the memo
    assert queries.corpus_stats(store)["articles"] == 1
    store.save(other_article())
    assert queries.corpus_stats(store)["articles"] == 2
    assert queries.top_dyads(store, limit=1)[0]["source"] == "USA"


def test_country_codes_and_actor_ids_select_their_own_columns(filled: Store) -> None:
    # "IRN" is a country: it matches every Iranian actor, persons included.
    assert "a-visit-e0" in _ids(queries.list_events(filled, EventFilter(actor="IRN")))
    # An actor id matches only that actor.
    assert _ids(queries.list_events(filled, EventFilter(actor="IRN:GOV"))) == [
        "a-drones-e1",
        "a-drones-e0",
        "a-visit-e2",
    ]


def test_filters_built_with_lists_still_work(filled: Store) -> None:
    flt = EventFilter(countries=["USA", "IRN"], modality=["asserted"])  # type: ignore[arg-type]
    assert queries.top_dyads(filled, flt=flt)[0]["source"] == "USA"
    assert len(queries.list_events(filled, flt).items) == 3
