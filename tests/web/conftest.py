"""Dashboard fixtures: a temporary SQLite store filled with the test corpus, an app, a client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from communique.settings import Settings, load_settings
from communique.store import Store
from communique.web import create_router
from tests.web._corpus import corpus

TOKEN = "test-write-token"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite database holding the test corpus (built once per session)."""
    path = tmp_path_factory.mktemp("webdb") / "web.db"
    with Store(str(path)) as store:
        for item in corpus():
            assert store.save(item)
    return str(path)


@pytest.fixture(scope="session")
def web_settings(web_db: str) -> Settings:
    """Settings pointing at the test database, with a write token."""
    return load_settings(env={}, overrides={"db": web_db, "api_token": TOKEN})


def make_app(settings: Settings, store: Store) -> FastAPI:
    """A FastAPI app serving only the dashboard router (independent of communique.api)."""
    app = FastAPI()
    app.include_router(create_router(settings=settings, store_factory=lambda: store))
    return app


@pytest.fixture(scope="session")
def client(web_settings: Settings) -> Iterator[TestClient]:
    """A test client on the dashboard over the test corpus."""
    with Store(web_settings.db) as store, TestClient(make_app(web_settings, store)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def corpus_settings(
    settings: Settings, pipeline: object, tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    """Settings of a database holding examples/corpus, coded by the real pipeline (built once)."""
    from communique.pipeline import Pipeline, ingest

    corpus_dir = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    if not any(corpus_dir.glob("*.jsonl")):
        pytest.skip("examples/corpus is empty")
    local = settings.replace(db=str(tmp_path_factory.mktemp("corpus") / "corpus.db"))
    assert isinstance(pipeline, Pipeline)
    report = ingest([str(corpus_dir)], settings=local, pipeline=pipeline)
    assert report.stored > 0 and report.events > 0, report.as_dict()
    return local


@pytest.fixture
def empty_client(tmp_path: Path) -> Iterator[TestClient]:
    """A test client over an empty database with no write token."""
    settings = load_settings(env={}, overrides={"db": str(tmp_path / "empty.db")})
    with Store(settings.db) as store, TestClient(make_app(settings, store)) as test_client:
        yield test_client
