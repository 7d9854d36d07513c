"""Small hand-built processed articles, shaped like real pipeline output, for codec/Parquet tests."""

from __future__ import annotations

import datetime as dt

from communique.model import (
    Actor,
    ActorRef,
    Article,
    DedupInfo,
    Event,
    Mention,
    Place,
    ProcessedArticle,
    Quote,
)

TEXT = (
    "MOSCOW, March 3 (Reuters) - Russian Foreign Minister Sergei Lavrov met his Iranian counterpart "
    "in Moscow on Tuesday. \u201cWe will expand trade,\u201d he said."
)


def processed_article(article_id: str = "a1", *, language: str = "en") -> ProcessedArticle:
    """A processed article with a mention, an event with both participants and a place, a quote."""
    article = Article(
        id=article_id,
        text=TEXT,
        raw_text=TEXT,
        title="Lavrov meets Iranian counterpart",
        source="reuters",
        url=f"https://example.org/{article_id}",
        published=dt.date(2024, 3, 3),
        agency="Reuters",
        dateline_place="Moscow",
        language=language,
        content_hash="f" * 16,
        removed=("dateline",),
    )
    lavrov = Actor(
        id="person:sergei-lavrov",
        name="Sergei Lavrov",
        country="RUS",
        sector="GOV",
        kind="person",
        role="Foreign Minister",
        variants=("Lavrov",),
    )
    iran = Actor(id="IRN:GOV", name="Iran government", country="IRN", sector="GOV", kind="country")
    mention = Mention(start=40, end=53, text=TEXT[40:53], actor=lavrov, via="ner", sentence_index=0)
    event = Event(
        event_id=f"{article_id}:0",
        article_id=article_id,
        sentence=TEXT[:120],
        sentence_start=0,
        sentence_end=120,
        trigger="met",
        trigger_start=54,
        trigger_end=57,
        cameo="040",
        cameo_root="04",
        plover="CONSULT",
        quad_class=1,
        goldstein=1.0,
        source=ActorRef.from_mention(mention),
        target=ActorRef(
            text="his Iranian counterpart",
            name="Iran government",
            country="IRN",
            sector="GOV",
            actor_id=iran.id,
        ),
        date=dt.date(2024, 3, 3),
        date_precision="day",
        date_text="on Tuesday",
        location=Place(name="Moscow", country="RUS", lat=55.75, lon=37.62, geonameid=524901, feature="city"),
        reported_by=("Reuters",),
        topics=("trade",),
        rule="verb:meet",
        confidence=0.9,
    )
    quote = Quote(
        article_id=article_id,
        text="We will expand trade,",
        start=123,
        end=144,
        speaker=ActorRef.from_mention(mention),
    )
    return ProcessedArticle(
        article=article,
        mentions=(mention,),
        events=(event,),
        quotes=(quote,),
        dedup=DedupInfo(story_id="s1", signature=b"\x00\x01\xff", near_duplicate_of=None),
        warnings=("short article",),
    )
