"""A child process for the crash test: saves N generated articles, skipping stored ones, like ingest.

Run as ``python -m tests.store._writer URL N``.
"""

from __future__ import annotations

import dataclasses
import sys

from communique.model import ProcessedArticle
from communique.store import Store
from tests.store.factories import followup_article, other_article, visit_article

_TEMPLATES = (visit_article, followup_article, other_article)


def article(i: int) -> ProcessedArticle:
    """The i-th article: one of the templates under a fresh id, with its events repeated 20 times."""
    base = _TEMPLATES[i % 3]()
    article_id = f"crash-{i:04d}"
    story = f"story-{i // 3}"
    events = tuple(
        dataclasses.replace(ev, event_id=f"{article_id}:e{r}-{j}", article_id=article_id)
        for r in range(20)
        for j, ev in enumerate(base.events)
    )
    quotes = tuple(dataclasses.replace(q, article_id=article_id) for q in base.quotes)
    dedup = dataclasses.replace(base.dedup, story_id=story, signature=article_id.encode())  # type: ignore[arg-type]
    return dataclasses.replace(
        base,
        article=dataclasses.replace(base.article, id=article_id),
        events=events,
        quotes=quotes,
        dedup=dedup,
    )


def main(url: str, count: int) -> None:
    """Save articles 0..count-1 that are not stored yet."""
    with Store(url) as store:
        for i in range(count):
            processed = article(i)
            if not store.has_article(processed.article.id):
                store.save(processed)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
