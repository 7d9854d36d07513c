"""The dashboard on PostgreSQL answers like on SQLite (same corpus, same numbers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from communique.settings import Settings
from communique.store import Store
from tests._postgres import throwaway_postgres
from tests.web._corpus import corpus
from tests.web.conftest import TOKEN, make_app

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_client(web_settings: Settings) -> Iterator[TestClient]:
    with throwaway_postgres("communique_web") as url:
        with Store(url) as writer:
            for item in corpus():
                assert writer.save(item)
        settings = web_settings.replace(db=url, api_token=TOKEN)
        with Store(url) as store, TestClient(make_app(settings, store)) as client:
            yield client


@pytest.mark.parametrize(
    "params",
    [
        {"a": "IRN", "b": "RUS"},
        {"a": "IRN", "b": "RUS", "date_from": "2024-02-01", "date_to": "2024-03-31", "interval": "week"},
        {"a": "person:sergei-lavrov", "b": "person:abbas-araghchi"},
    ],
)
def test_dyad_data_is_the_same_on_both_backends(
    pg_client: TestClient, client: TestClient, params: dict[str, str]
) -> None:
    on_pg = pg_client.get("/dyad/data.json", params=params).json()
    on_sqlite = client.get("/dyad/data.json", params=params).json()
    for key in ("timeline", "by_root", "by_topic", "total", "query"):
        assert on_pg[key] == on_sqlite[key], key
    assert [e["event_id"] for e in on_pg["events"]] == [e["event_id"] for e in on_sqlite["events"]]


def test_pages_render_on_postgres(pg_client: TestClient) -> None:
    for url in ("/", "/dyad?a=IRN&b=RUS", "/network", "/actors/person:sergei-lavrov", "/articles/a-jan"):
        assert pg_client.get(url).status_code == 200, url
    event = pg_client.get("/events/a-jan-e0").text
    assert 'hl-trigger"' in event and "&lt;script&gt;" not in event
    assert "<mark>railway</mark>" in pg_client.get("/search", params={"q": "railway"}).text.lower()
    rows = pg_client.get("/export.csv", params={"cameo_root": "19"}).text.splitlines()
    assert len(rows) == 2 and "a-jun-e0" in rows[1]
    assert "&lt;img src=x" in pg_client.get("/events/a-xss-e0").text
