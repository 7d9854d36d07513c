"""Fixtures for the event coder: a ``code(text, published=…)`` helper over real parses.

Mentions come from the real actor stage, so these tests exercise the coder as the pipeline runs it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from communique.actors import ActorResolver
from communique.events import EventCoder
from communique.model import Article, Event, Mention, Quote
from communique.nlp import load_pipeline
from communique.settings import Settings

Coder = Callable[..., tuple[tuple[Event, ...], tuple[Quote, ...]]]


@pytest.fixture(scope="session")
def coding_nlp() -> tuple[Language, Callable[[Doc, Article], tuple[Mention, ...]]]:
    """A pipeline with the actor stage installed, and its mention resolver."""
    nlp = load_pipeline(None, fresh=True)
    resolver = ActorResolver(settings=Settings())
    resolver.install(nlp)
    return nlp, resolver.resolve


@pytest.fixture(scope="session")
def code(
    settings: Settings, coding_nlp: tuple[Language, Callable[[Doc, Article], tuple[Mention, ...]]]
) -> Coder:
    """Code a text: ``code(text, published=date(…), dateline=None) -> (events, quotes)``."""
    nlp, find_mentions = coding_nlp
    coder = EventCoder(settings=settings)

    def run(
        text: str, *, published: dt.date | None = dt.date(2024, 6, 12), dateline: str | None = None
    ) -> tuple[tuple[Event, ...], tuple[Quote, ...]]:
        article = Article(
            id=hashlib.sha1(text.encode()).hexdigest()[:12],
            text=text,
            raw_text=text,
            published=published,
            dateline_place=dateline,
        )
        doc = nlp(text)
        return coder.code(doc, article, find_mentions(doc, article))

    return run
