"""The dashboard over the real example corpus, coded by the real pipeline."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from communique.settings import Settings
from communique.store import Store
from tests.web.conftest import make_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_client(corpus_settings: Settings) -> Iterator[TestClient]:
    with Store(corpus_settings.db) as store, TestClient(make_app(corpus_settings, store)) as client:
        yield client


def test_overview_and_busiest_dyad_of_the_example_corpus(corpus_client: TestClient) -> None:
    overview = corpus_client.get("/").text
    events = int(re.search(r'class="value">(\d+)</span> events', overview).group(1))
    assert events > 0
    redirect = corpus_client.get("/dyad", follow_redirects=False)
    assert redirect.status_code == 307
    dyad = corpus_client.get(redirect.headers["location"])
    assert dyad.status_code == 200
    assert "/events/" in dyad.text


def test_every_listed_event_page_highlights_its_trigger(corpus_client: TestClient) -> None:
    rows = corpus_client.get("/export.jsonl", params={"modality": "any"}).text.splitlines()
    assert rows
    ids = [re.search(r'"event_id": "([^"]+)"', row).group(1) for row in rows[:25]]
    for event_id in ids:
        page = corpus_client.get(f"/events/{event_id}")
        assert page.status_code == 200, event_id
        assert 'class="hl hl-sentence hl-trigger"' in page.text or "hl-trigger" in page.text, event_id


def test_search_finds_words_of_the_example_corpus(corpus_client: TestClient) -> None:
    page = corpus_client.get("/search", params={"q": "embargo"}).text
    assert "<mark>embargo</mark>" in page.lower()
