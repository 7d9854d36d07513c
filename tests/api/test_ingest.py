"""POST /api/articles: the token guards every write; validation answers 4xx; a stored id is a no-op."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communique.api import create_app
from communique.settings import Settings
from communique.store import Store
from tests.api.conftest import TOKEN, fake_processor

BODY = {"id": "posted-1", "text": "Turkey and Russia agreed on a grain corridor.", "source": "API Wire",
        "published": "2025-03-02"}  # fmt: skip


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_post_with_token_stores_the_article(client: TestClient) -> None:
    response = client.post("/api/articles", json=BODY, headers=_auth(TOKEN))
    assert response.status_code == 201, response.text
    assert response.json() == {
        "id": "posted-1", "stored": True, "events": 0, "story_id": "posted-1", "near_duplicate_of": None,
        "status": "stored",
    }  # fmt: skip
    article = client.get("/api/articles/posted-1").json()
    assert article["text"] == BODY["text"] and article["published"] == "2025-03-02"
    again = client.post("/api/articles", json={**BODY, "source": "Other"}, headers=_auth(TOKEN))
    assert again.status_code == 200 and again.json()["status"] == "already_stored"
    sources = client.get("/api/articles/posted-1").json()["sources"]
    assert {s["source"] for s in sources} == {"API Wire", "Other"}


def test_post_html_is_reduced_to_its_text(client: TestClient) -> None:
    html = (
        "<html><head><title>Grain corridor</title></head><body><nav>Home | World</nav><article>"
        "<h1>Grain corridor</h1><p>Turkey and Russia agreed on Monday to reopen the grain corridor "
        "through the Black Sea, the Turkish foreign ministry said in a statement.</p><p>The agreement "
        "follows weeks of talks in Istanbul between the two delegations and United Nations officials."
        "</p></article><footer>Copyright</footer></body></html>"
    )
    body = {"id": "posted-html", "html": html, "date": "2025-03-03"}
    response = client.post("/api/articles", json=body, headers=_auth(TOKEN))
    assert response.status_code == 201, response.text
    article = client.get("/api/articles/posted-html").json()
    assert "grain corridor through the Black Sea" in article["text"]
    assert "<p>" not in article["text"] and "Copyright" not in article["text"]
    assert article["published"] == "2025-03-03"


@pytest.mark.parametrize("headers", [{}, _auth("wrong"), {"Authorization": "Basic czNjcmV0"}, _auth("")])
def test_post_without_the_right_token_is_refused(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/articles", json=BODY, headers=headers)
    assert response.status_code == 403
    assert client.get("/api/articles/posted-1").status_code == 404


def test_post_is_refused_when_no_token_is_configured(filled_store: Store, settings: Settings) -> None:
    app = create_app(settings.replace(api_token=None), store=filled_store, processor=fake_processor)
    with TestClient(app) as client:
        assert client.post("/api/articles", json=BODY, headers=_auth("anything")).status_code == 403
        assert client.post("/api/articles", json=BODY).status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        {"title": "no text"},
        {"text": "   "},
        {"text": "ok", "published": "not a date"},
        {"text": "ok", "unexpected": 1},
        {"text": "nul \x00 byte"},
        [],
    ],
)
def test_post_validates_the_body(client: TestClient, body: object) -> None:
    response = client.post("/api/articles", json=body, headers=_auth(TOKEN))
    assert response.status_code == 422, response.text


@pytest.mark.slow
def test_post_runs_the_real_pipeline(store: Store, settings: Settings, pipeline: object) -> None:
    from communique.api._ingest import pipeline_processor

    app = create_app(
        settings.replace(api_token=TOKEN),
        store=store,
        processor=pipeline_processor(settings, pipeline=pipeline),
    )
    body = {
        "text": "MOSCOW, March 4 (Test Wire) - Russian Foreign Minister Sergei Lavrov met Iranian Foreign "
        "Minister Abbas Araghchi in Moscow on Tuesday. The two ministers signed an agreement on energy "
        "cooperation, Lavrov said.",
        "source": "Test Wire",
        "published": "2025-03-04",
    }
    with TestClient(app) as client:
        response = client.post("/api/articles", json=body, headers=_auth(TOKEN))
        assert response.status_code == 201, response.text
        result = response.json()
        article = client.get(f"/api/articles/{result['id']}").json()
        assert len(article["events"]) == result["events"]
        assert "Lavrov" in article["text"] and article["published"] == "2025-03-04"
        for event in article["events"]:
            assert article["text"][event["trigger_start"] : event["trigger_end"]] == event["trigger"]
        repeat = client.post("/api/articles", json=body, headers=_auth(TOKEN))
        assert repeat.status_code == 200 and repeat.json()["status"] == "already_stored"
