"""API fixtures: an app over a filled store on each backend, with a stand-in article processor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from communique.api import create_app
from communique.model import Article, ProcessedArticle, RawDocument
from communique.settings import Settings
from communique.store import Store
from tests.store.conftest import db_url, pg_url, store  # noqa: F401 - shared backend fixtures
from tests.store.factories import followup_article, other_article, visit_article

TOKEN = "s3cret-token"


def fake_processor(doc: RawDocument, _store: Store) -> ProcessedArticle:
    """Stand-in for the NLP pipeline: stores the posted text as an article without events."""
    text = doc.text or ""
    article = Article(
        id=doc.id or "posted", text=text, raw_text=text, title=doc.title, source=doc.source or "API",
        url=doc.url, published=doc.published, content_hash=f"h-{doc.id}", origin=doc.origin,
    )  # fmt: skip
    return ProcessedArticle(article=article)


@pytest.fixture
def filled_store(store: Store) -> Store:  # noqa: F811 - the fixture imported above
    """The store with the three test articles."""
    for processed in (visit_article(), followup_article(), other_article()):
        store.save(processed)
    return store


@pytest.fixture
def client(filled_store: Store, settings: Settings) -> Iterator[TestClient]:
    """A client of the app with an API token set."""
    app = create_app(settings.replace(api_token=TOKEN), store=filled_store, processor=fake_processor)
    with TestClient(app) as test_client:
        yield test_client
