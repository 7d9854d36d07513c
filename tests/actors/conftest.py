"""Fixtures of the actor tests: one resolver and one pipeline with the actor components installed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from communique.actors import ActorResolver
from communique.model import Article, Mention
from communique.nlp import load_pipeline
from communique.settings import Settings


@pytest.fixture(scope="session")
def resolver(settings: Settings) -> ActorResolver:
    """An ``ActorResolver`` on the default settings (starter knowledge base only)."""
    return ActorResolver(settings=settings)


@pytest.fixture(scope="session")
def actor_nlp(resolver: ActorResolver) -> Language:
    """A fresh spaCy pipeline with the actor ruler and filter installed (not the shared base_nlp)."""
    nlp = load_pipeline(None, fresh=True)
    resolver.install(nlp)
    return nlp


@pytest.fixture(scope="session")
def mentions_of(resolver: ActorResolver, actor_nlp: Language) -> Callable[..., tuple[Mention, ...]]:
    """Parse a text and return its mentions (article dated ``published`` when given)."""

    def run(text: str, published: dt.date | None = None) -> tuple[Mention, ...]:
        article = Article(id="t", text=text, raw_text=text, published=published)
        return resolver.resolve(actor_nlp(text), article)

    return run
