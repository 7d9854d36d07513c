"""Cost of the event stage next to spaCy's parse, on the team's example corpus.

    .venv/bin/python bench/events_speed.py [--articles 120]

Parses the articles once with the full communique pipeline (nlp + actor ruler), then times,
separately: ``nlp.pipe`` of the plain spaCy model, actor resolution, and ``EventCoder.code``
with the sentence pre-filter on and off. Reports seconds and the event stage's share of spaCy's
own time (the pipeline must keep >= 80% of spaCy's words/s, so the stages after the parse share
a budget of about 25% of the parse time).
"""

from __future__ import annotations

import argparse
import time

from _bench import corpus, words

from communique.events import EventCoder
from communique.nlp import load_pipeline
from communique.pipeline import Pipeline
from communique.settings import load_settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=120)
    args = parser.parse_args()
    articles = corpus(args.articles)
    settings = load_settings(env={})
    plain = load_pipeline(None, fresh=True)
    list(plain.pipe([a.text for a in articles[:5]]))  # warm up
    start = time.perf_counter()
    list(plain.pipe([a.text for a in articles], batch_size=settings.batch_size))
    spacy_s = time.perf_counter() - start

    pipeline = Pipeline(settings)
    docs = list(pipeline.nlp.pipe([a.text for a in articles], batch_size=settings.batch_size))
    start = time.perf_counter()
    mentions = [pipeline.actors.resolve(d, a) for d, a in zip(docs, articles, strict=True)]
    actors_s = time.perf_counter() - start
    rows = []
    warm = EventCoder(settings=settings)
    for d, a, m in list(zip(docs, articles, mentions, strict=True))[:5]:
        warm.code(d, a, m)  # loads the gazetteer and dateparser once, outside the timing
    for prefilter in (True, False, True):
        coder = EventCoder(settings=settings.replace(prefilter=prefilter))
        start = time.perf_counter()
        count = sum(len(coder.code(d, a, m)[0]) for d, a, m in zip(docs, articles, mentions, strict=True))
        rows.append((prefilter, time.perf_counter() - start, count))
    n_words = words(articles)
    print(f"{len(articles)} articles, {n_words} words")
    print(f"spaCy nlp.pipe: {spacy_s:.2f}s ({n_words / spacy_s:.0f} words/s)")
    print(f"actor resolution: {actors_s:.2f}s ({100 * actors_s / spacy_s:.1f}% of spaCy)")
    for prefilter, seconds, count in rows:
        share = 100 * seconds / spacy_s
        print(f"event coding, prefilter={prefilter}: {seconds:.2f}s ({share:.1f}% of spaCy), {count} events")


if __name__ == "__main__":
    main()
