"""Downloads hold exactly the events of the filtered view."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient

from communique.web._export import CSV_COLUMNS


def test_csv_download_matches_the_filtered_view(client: TestClient) -> None:
    params = {
        "a": "IRN",
        "b": "RUS",
        "date_from": "2024-02-01",
        "date_to": "2024-03-31",
        "canonical_only": "1",
    }
    shown = client.get("/dyad/data.json", params=params).json()["events"]
    response = client.get("/export.csv", params=params)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in shown]
    first = next(r for r in rows if r["event_id"] == "a-feb-e0")
    assert (first["source_country"], first["target_country"], first["cameo"]) == ("IRN", "RUS", "057")


def test_jsonl_download_round_trips_event_dicts(client: TestClient) -> None:
    lines = client.get("/export.jsonl", params={"cameo_root": "19"}).text.splitlines()
    events = [json.loads(line) for line in lines]
    assert [e["event_id"] for e in events] == ["a-jun-e0"]
    assert events[0]["source"]["actor_id"] == "RUS"


def test_download_with_a_bad_filter_is_refused(client: TestClient) -> None:
    assert client.get("/export.csv", params={"quad_class": "9"}).status_code == 400
