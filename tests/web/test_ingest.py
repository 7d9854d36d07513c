"""Uploading from the page: refused without the write token, ingested with it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from communique.settings import load_settings
from communique.store import Store, queries
from communique.web._ingest import token_ok
from tests.web.conftest import TOKEN, make_app

ARTICLE = (
    "MOSCOW, March 3 (Test Wire) - Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister "
    "Abbas Araghchi in Moscow on Monday. The two ministers discussed the North-South railway corridor.\n"
)


def _count(db: str) -> int:
    with Store(db) as store:
        return int(queries.corpus_stats(store)["articles"])


@pytest.fixture
def upload_db(tmp_path: Path) -> str:
    return str(tmp_path / "upload.db")


@pytest.fixture
def token_client(upload_db: str) -> Iterator[TestClient]:
    settings = load_settings(env={}, overrides={"db": upload_db, "api_token": TOKEN})
    with Store(upload_db) as store, TestClient(make_app(settings, store)) as test_client:
        yield test_client


def test_token_comparison() -> None:
    assert token_ok("secret", "secret")
    assert not token_ok("secret", "Secret")
    assert not token_ok(None, "anything")
    assert not token_ok("secret", None)


def test_upload_refused_when_no_token_is_configured(empty_client: TestClient, tmp_path: Path) -> None:
    response = empty_client.post(
        "/ingest", files={"files": ("a.txt", ARTICLE.encode())}, data={"token": "guess"}
    )
    assert response.status_code == 403
    assert "disabled" in response.text
    assert empty_client.get("/ingest").text.count("uploads are refused") == 1


def test_upload_with_a_wrong_token_writes_nothing(token_client: TestClient, upload_db: str) -> None:
    before = _count(upload_db)
    response = token_client.post(
        "/ingest",
        files={"files": ("a.txt", ARTICLE.encode())},
        data={"token": "not-the-token"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 401
    assert response.json()["detail"].startswith("Invalid write token")
    assert _count(upload_db) == before


def test_upload_rejects_a_bad_date_before_storing(token_client: TestClient, upload_db: str) -> None:
    response = token_client.post(
        "/ingest", files={"files": ("a.txt", ARTICLE.encode())}, data={"token": TOKEN, "published": "soon"}
    )
    assert response.status_code == 400
    assert _count(upload_db) == 0


def test_unknown_job_is_404(token_client: TestClient) -> None:
    assert token_client.get("/ingest/jobs/nope", headers={"Accept": "application/json"}).status_code == 404


@pytest.mark.slow
def test_upload_with_the_token_ingests_and_reports_progress(token_client: TestClient, upload_db: str) -> None:
    response = token_client.post(
        "/ingest",
        files={"files": ("../../evil name.txt", ARTICLE.encode())},
        data={"token": TOKEN, "source": "Upload Wire", "published": "2025-03-03"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 202
    job = response.json()
    assert job["files"] == ["evil name.txt"]
    deadline = time.monotonic() + 240
    while job["status"] in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.5)
        job = token_client.get(f"/ingest/jobs/{job['id']}", headers={"Accept": "application/json"}).json()
    assert job["status"] == "done", job
    assert job["report"]["stored"] == 1
    assert _count(upload_db) == 1
    page = token_client.get(f"/ingest/jobs/{job['id']}").text
    assert "stored" in page
    assert "railway" in token_client.get("/search", params={"q": "railway"}).text
