"""Cost of re-ingesting a corpus that is already stored (target: ≥ 500 articles/s).

    .venv/bin/python bench/reingest.py                        # 10 000 articles, both variants
    .venv/bin/python bench/reingest.py --articles 2000 --variants ids

A synthetic corpus (``communique.scale.synthetic``) is written as JSONL and stored once (without
NLP: the stored content does not matter here, only that every id is there), then ``ingest`` runs
again over the same files and is timed. Two variants:

- ``ids``: records carry an ``id``; stored ids are recognised before cleaning;
- ``hash``: records carry none, so each is cleaned to compute its content-hash id first.

The re-run must store nothing and never load the spaCy pipeline (checked).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from _bench import machine, peak_rss_mb

from communique.model import Article, ProcessedArticle
from communique.pipeline import Pipeline, ingest
from communique.scale.synthetic import synthetic_articles
from communique.settings import load_settings


class Uncoded:
    """Stores articles without NLP (to fill the store fast); the re-run must never call it."""

    calls = 0

    def process_many(self, articles: Iterable[Article]) -> Iterator[ProcessedArticle]:
        Uncoded.calls += 1
        return (ProcessedArticle(article=a) for a in articles)


def run(variant: str, *, articles: int, directory: Path) -> dict[str, object]:
    path = directory / f"{variant}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in synthetic_articles(articles, seed=11):
            if variant == "hash":
                del record["id"]
            handle.write(json.dumps(record) + "\n")
    settings = load_settings(env={}, overrides={"db": str(directory / f"{variant}.db")})
    fill = ingest([str(path)], settings=settings.replace(detect_language=False), pipeline=Uncoded())  # type: ignore[arg-type]
    calls_before = Uncoded.calls
    start = time.perf_counter()
    again = ingest([str(path)], settings=settings, pipeline=Uncoded())  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    assert again.stored == 0 and again.already_stored == articles, again.as_dict()
    assert Uncoded.calls == calls_before, "the re-run reached the pipeline"
    return {
        "variant": variant,
        "articles": articles,
        "first_run_stored": fill.stored,
        "reingest_seconds": round(elapsed, 2),
        "reingest_articles_per_s": round(articles / elapsed),
        "peak_rss_mb": round(peak_rss_mb()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--variants", default="ids,hash")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    assert Pipeline  # imported so that a broken pipeline module fails here, not half-way
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for variant in args.variants.split(","):
            results.append(run(variant, articles=args.articles, directory=Path(tmp)))
            print(json.dumps(results[-1]), flush=True)
    if args.markdown:
        print(f"\nMachine: {machine()}\n")
        print("| variant | articles | re-ingest s | articles/s |")
        print("|---|---|---|---|")
        for r in results:
            print(
                f"| {r['variant']} | {r['articles']} | {r['reingest_seconds']} | "
                f"{r['reingest_articles_per_s']} |"
            )


if __name__ == "__main__":
    main()
