"""Fixtures for the event coder: a ``code(text, published=…)`` helper over real parses.

Mentions come from the real ``ActorResolver`` once the actor stage provides one; until then a
small stand-in resolves spaCy entities and a handful of country words and names, so the event
rules can be tested on their own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from communique.events import EventCoder
from communique.model import Actor, Article, Event, Mention, Quote
from communique.nlp import load_pipeline
from communique.settings import Settings

Coder = Callable[..., tuple[tuple[Event, ...], tuple[Quote, ...]]]

_COUNTRY_WORDS = {
    "iran": "IRN", "tehran": "IRN", "iranian": "IRN", "iranians": "IRN",
    "russia": "RUS", "moscow": "RUS", "russian": "RUS", "russians": "RUS", "kremlin": "RUS",
    "us": "USA", "u.s.": "USA", "united states": "USA", "washington": "USA", "american": "USA",
    "americans": "USA", "america": "USA",
    "china": "CHN", "chinese": "CHN", "beijing": "CHN",
    "ukraine": "UKR", "ukrainian": "UKR", "kyiv": "UKR",
    "turkey": "TUR", "turkish": "TUR", "ankara": "TUR",
    "syria": "SYR", "syrian": "SYR", "israel": "ISR", "israeli": "ISR",
    "france": "FRA", "french": "FRA", "germany": "DEU", "german": "DEU",
    "britain": "GBR", "british": "GBR", "north korea": "PRK", "japan": "JPN", "japanese": "JPN",
}  # fmt: skip
_PEOPLE = {
    "lavrov": "RUS", "putin": "RUS", "baburin": "RUS", "savelyev": "RUS", "overchuk": "RUS",
    "zarif": "IRN", "velayati": "IRN", "qalibaf": "IRN", "amir-abdollahian": "IRN",
    "abdollahian": "IRN", "pezeshkian": "IRN", "peseshkian": "IRN", "baghai": "IRN",
    "fidan": "TUR", "erdogan": "TUR", "wang": "CHN", "yi": "CHN", "blinken": "USA", "biden": "USA",
    "trump": "USA",
}  # fmt: skip
_ORGS = {"nato": "IGO", "reuters": "MNC", "unn": "MNC"}


def _actor_for(text: str) -> Actor | None:
    key = text.lower().removeprefix("the ").strip()
    if key in _COUNTRY_WORDS:
        return Actor(id=_COUNTRY_WORDS[key], name=key.title(), country=_COUNTRY_WORDS[key], kind="country")
    if key in _ORGS:
        return Actor(id=key.upper(), name=text, country=_ORGS[key], kind="organization")
    last = key.split()[-1] if key.split() else ""
    if last in _PEOPLE:
        return Actor(id=f"person:{last}", name=text, country=_PEOPLE[last], sector="GOV", kind="person")
    return None


def stand_in_mentions(doc: Doc) -> tuple[Mention, ...]:
    """Mentions from spaCy entities and known words: a stand-in for the actor stage in tests."""
    sent_of = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    mentions: dict[tuple[int, int], Mention] = {}
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in {"GPE", "NORP", "ORG", "PERSON", "LOC"}:
            actor = _actor_for(ent.text)
            if actor is not None:
                mentions[(ent.start_char, ent.end_char)] = Mention(
                    ent.start_char, ent.end_char, ent.text, actor, "ner", sent_of[ent.start]
                )
                covered.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in covered:
            continue
        actor = _actor_for(token.text)
        if actor is not None:
            end = token.idx + len(token)
            mentions[(token.idx, end)] = Mention(token.idx, end, token.text, actor, "ruler", sent_of[token.i])
    return tuple(sorted(mentions.values(), key=lambda m: m.start))


@pytest.fixture(scope="session")
def coding_nlp() -> tuple[Language, Callable[[Doc, Article], tuple[Mention, ...]]]:
    """A pipeline and a mention finder: the real actor stage when present, else the stand-in."""
    settings_ = Settings()
    try:
        from communique.actors import ActorResolver  # type: ignore[attr-defined]
    except ImportError:
        return load_pipeline(None), lambda doc, _article: stand_in_mentions(doc)
    nlp = load_pipeline(None, fresh=True)
    resolver = ActorResolver(settings=settings_)
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
