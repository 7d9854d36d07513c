"""The dyad view and its data endpoint; the network."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_dyad_without_parameters_opens_the_most_active_dyad(client: TestClient) -> None:
    page = client.get("/dyad", follow_redirects=False)
    assert page.status_code == 307
    assert page.headers["location"] == "/dyad?a=RUS&b=IRN"


def test_dyad_with_one_side_opens_its_busiest_partner(client: TestClient) -> None:
    page = client.get("/dyad", params={"a": "UKR"}, follow_redirects=False)
    assert page.headers["location"] == "/dyad?a=UKR&b=RUS"
    person = client.get("/dyad", params={"a": "person:sergei-lavrov"}, follow_redirects=False)
    assert person.headers["location"] == "/dyad?a=person%3Asergei-lavrov&b=person%3Aabbas-araghchi"


def test_dyad_page_renders_timeline_breakdowns_and_events(client: TestClient) -> None:
    body = client.get("/dyad", params={"a": "IRN", "b": "RUS"}).text
    assert "2024-01" in body and "2024-04" in body  # monthly rows of the timeline table
    assert "/events/a-feb-e1" in body
    assert "Transport" in body or "transport" in body
    assert '<script src="/static/plotly.min.js">' in body


def test_dyad_data_covers_the_whole_timeline_and_filters_the_rest(client: TestClient) -> None:
    whole = client.get("/dyad/data.json", params={"a": "IRN", "b": "RUS"}).json()
    brushed = client.get(
        "/dyad/data.json", params={"a": "IRN", "b": "RUS", "date_from": "2024-02-01", "date_to": "2024-03-31"}
    ).json()
    assert [r["period"] for r in whole["timeline"]] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert brushed["timeline"] == whole["timeline"]
    assert whole["total"] == 7
    assert brushed["total"] == 3
    assert {e["article_id"] for e in brushed["events"]} == {"a-feb", "a-xss"}
    assert {r["key"] for r in brushed["by_root"]} == {"05", "03"}
    assert "date_from=2024-02-01" in brushed["query"] and "date_from" not in brushed["query_base"]
    jan = whole["timeline"][0]
    assert jan["quad"] == {"1": 2, "2": 0, "3": 0, "4": 0}
    assert jan["start"] == "2024-01-01" and jan["end"] == "2024-01-31"


def test_dyad_weekly_interval_and_directed_filter(client: TestClient) -> None:
    weekly = client.get("/dyad/data.json", params={"a": "IRN", "b": "RUS", "interval": "week"}).json()
    assert weekly["timeline"][0]["period"] == "2024-01-08"  # the Monday before 2024-01-14
    directed = client.get("/dyad/data.json", params={"a": "IRN", "b": "RUS", "directed": "1"}).json()
    assert all(e["source"]["country"] == "IRN" for e in directed["events"])
    assert directed["total"] < weekly["total"]


def test_dyad_of_two_actors_uses_actor_ids(client: TestClient) -> None:
    data = client.get(
        "/dyad/data.json", params={"a": "person:sergei-lavrov", "b": "person:abbas-araghchi"}
    ).json()
    assert [e["event_id"] for e in data["events"]] == ["a-jan-e0"]


def test_dyad_data_requires_both_sides(client: TestClient) -> None:
    assert client.get("/dyad/data.json", params={"a": "IRN"}).status_code == 400


def test_network_nodes_edges_and_tones(client: TestClient) -> None:
    data = client.get("/network/data.json").json()
    ids = {n["id"] for n in data["nodes"]}
    assert {"IRN", "RUS", "USA", "UKR"} <= ids
    tones = {frozenset((e["source"], e["target"])): e["tone"] for e in data["edges"]}
    assert tones[frozenset(("RUS", "UKR"))] == "conflict"
    assert all(-1.0 <= n["x"] <= 1.0 and -1.0 <= n["y"] <= 1.0 for n in data["nodes"])
    conflict_only = client.get("/network/data.json", params={"quad_class": "4"}).json()
    assert {frozenset((e["source"], e["target"])) for e in conflict_only["edges"]} == {
        frozenset(("RUS", "UKR")),
        frozenset(("USA", "IRN")),
    }
    page = client.get("/network").text
    assert 'href="/actors/UKR"' in page
