"""The read endpoints: shapes, filters, pagination, 4xx on bad input, escaping on the fallback page."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from communique.api import fallback_router
from communique.store import Store
from tests.store.factories import make_article


def test_openapi_docs_are_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/dyads/{a}/{b}/timeline",
        "/api/search",
        "/api/stats",
    ):
        assert path in paths


def test_events_page_and_cursor(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    assert [e["event_id"] for e in first["items"]] == ["a-drones-e1", "a-drones-e0"]
    second = client.get("/api/events", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [e["event_id"] for e in second["items"]] == ["a-followup-e0", "a-visit-e2"]


def test_event_filters_by_country_dyad_and_modality(client: TestClient) -> None:
    got = client.get(
        "/api/events", params=[("country", "usa"), ("country", "IRN"), ("directed", "true")]
    ).json()
    assert {e["event_id"] for e in got["items"]} == {"a-drones-e0", "a-drones-e1"}
    planned = client.get("/api/events", params={"modality": "planned"}).json()["items"]
    assert [e["event_id"] for e in planned] == ["a-visit-e1"]
    assert len(client.get("/api/events", params={"modality": "all"}).json()["items"]) == 6


def test_event_detail_explains(client: TestClient) -> None:
    event = client.get("/api/events/a-visit-e0").json()
    text = event["article"]["text"]
    explain = event["explain"]
    assert text[explain["trigger_start"] : explain["trigger_end"]] == "met"
    assert explain["rule"] == "test.040"
    assert event["source"]["name"] == "Abbas Araghchi" and event["location"]["country"] == "RUS"
    assert event["mentions"] == 2 and len(event["reports"]) == 2


def test_articles_actors_search_stats(client: TestClient) -> None:
    articles = client.get("/api/articles", params={"limit": 1}).json()
    assert articles["items"][0]["id"] == "a-drones" and articles["next_cursor"]
    assert client.get("/api/articles/a-visit").json()["quotes"][0]["kind"] == "direct"
    actors = client.get("/api/actors", params={"country": "RUS"}).json()["items"]
    assert {a["actor_id"] for a in actors} == {"RUS:GOV", "person:sergei-lavrov"}
    assert client.get("/api/actors/IRN:GOV").json()["variants"] == ["Iran", "Tehran"]
    hits = client.get("/api/search", params={"q": "drones"}).json()
    assert hits[0]["id"] == "a-drones" and "<mark>drones</mark>" in hits[0]["snippet_html"]
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 3 and stats["canonical_events"] == 4


def test_timeline_network_and_dyads(client: TestClient) -> None:
    timeline = client.get("/api/dyads/USA/IRN/timeline", params={"interval": "month"}).json()
    assert [(p["period"], p["events"]) for p in timeline] == [("2025-01", 1), ("2025-02", 2)]
    directed = client.get("/api/dyads/USA/IRN/timeline", params={"directed": "true"}).json()
    assert [p["events"] for p in directed] == [2]
    network = client.get("/api/network").json()
    assert len(network["edges"]) == 2 and len(network["nodes"]) == 4
    dyads = client.get("/api/dyads", params={"limit": 1}).json()
    assert len(dyads) == 1
    assert (dyads[0]["source"], dyads[0]["target"], dyads[0]["events"], dyads[0]["conflict"]) == (
        "USA",
        "IRN",
        2,
        2,
    )
    assert dyads[0]["source_name"] == "United States" and dyads[0]["target_name"].startswith("Iran")


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/events/nope", {}, 404),
        ("/api/articles/nope", {}, 404),
        ("/api/actors/nope", {}, 404),
        ("/api/events", {"limit": 0}, 422),
        ("/api/events", {"limit": 100000}, 422),
        ("/api/events", {"quad_class": 9}, 422),
        ("/api/events", {"modality": "rumoured"}, 422),
        ("/api/events", {"cameo": "4x"}, 422),
        ("/api/events", {"date_from": "yesterday"}, 422),
        ("/api/events", {"country": "IR"}, 422),
        ("/api/events", {"cursor": "bm90LWEtY3Vyc29y"}, 400),
        ("/api/events", {"date_from": "2025-03-01", "date_to": "2025-01-01"}, 400),
        ("/api/events", {"q": "nul\x00byte"}, 422),
        ("/api/dyads/USA/IRN/timeline", {"interval": "fortnight"}, 422),
        ("/api/search", {}, 422),
        ("/api/network", {"mode": "friends"}, 422),
    ],
)
def test_bad_requests_get_clear_4xx(
    client: TestClient, path: str, params: dict[str, object], status: int
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    assert response.json()["detail"]


def test_three_countries_is_rejected(client: TestClient) -> None:
    response = client.get("/api/events", params=[("country", "IRN"), ("country", "RUS"), ("country", "USA")])
    assert response.status_code == 422


def test_fallback_page_lists_latest_events_escaped(store: Store) -> None:
    processed = make_article("a-xss", "Officials <b>met</b> in Vienna.", published=None)
    store.save(processed)
    app = FastAPI()
    app.include_router(fallback_router(lambda: store))
    with TestClient(app) as client:
        body = client.get("/").text
    assert "No events stored yet." in body
    assert "<b>" not in body


def test_dashboard_or_fallback_serves_root(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and "html" in response.headers["content-type"]
