"""The ``stories`` fixture articles (reports of one meeting, unrelated news), read and cleaned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from communique.clean import clean_document
from communique.ingest import DocumentDefaults, read_documents
from communique.model import Article, RawDocument
from communique.settings import Settings

STORIES = Path(__file__).resolve().parents[1] / "fixtures" / "inputs" / "stories"
DAY = dt.date(2024, 3, 5)


def story_articles() -> dict[str, Article]:
    """Return the fixture articles, published on ``DAY``, keyed by file stem."""
    settings = Settings()
    found = {}
    for doc in read_documents([str(STORIES)], settings=settings, defaults=DocumentDefaults(published=DAY)):
        assert isinstance(doc, RawDocument)
        found[Path(doc.origin).stem] = clean_document(doc, settings=settings)
    return found
