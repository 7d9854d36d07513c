"""Synthetic news corpora for load tests and benchmarks: many distinct, news-like articles.

Real corpora of tens of thousands of articles cannot ship with the project, yet streaming, memory
and re-ingest speed must be measured at that size. Articles are assembled from the sentence
templates of ``data/scale/templates.yaml`` with a seeded random generator, so a corpus is
reproducible and every article has its own text (its own id and content hash).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from communique.scale.executors import batched

__all__ = ["synthetic_articles", "write_corpus"]


@functools.cache
def _templates() -> dict[str, Any]:
    text = resources.files("communique.data").joinpath("scale/templates.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def synthetic_articles(count: int, *, seed: int = 0, sentences: int = 8) -> Iterator[dict[str, str]]:
    """Generate ``count`` article records (id, title, text, source, published, url).

    Args:
        count: number of articles.
        seed: random seed; the same seed gives the same corpus.
        sentences: body sentences per article.

    Returns:
        An iterator of JSON-ready dicts, as the JSONL reader expects them.
    """
    t = _templates()
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for number in range(count):
        (a, a_adj), (b, b_adj) = rng.sample(t["actors"], 2)
        slots = {
            "A": a,
            "A_adj": a_adj,
            "B": b,
            "B_adj": b_adj,
            "office": rng.choice(t["offices"]),
            "place": rng.choice(t["places"]),
            "day": rng.choice(t["days"]),
            "topic": rng.choice(t["topics"]),
        }
        picked = rng.sample(t["sentences"], min(sentences, len(t["sentences"])))
        body = [_fill(template, slots, rng) for template in picked]
        published = start + dt.timedelta(days=number % 700)
        yield {
            "id": f"synthetic-{seed}-{number:07d}",
            "title": _fill(rng.choice(t["headlines"]), slots, rng),
            # Paragraphs of two sentences, as news sites lay them out.
            "text": "\n\n".join(" ".join(body[i : i + 2]) for i in range(0, len(body), 2)),
            "source": "synthetic",
            "published": published.isoformat(),
            "url": f"https://news.invalid/{seed}/{number}",
        }


def _fill(template: str, slots: dict[str, str], rng: random.Random) -> str:
    return template.format(n=rng.randint(2, 90), **slots)


def write_corpus(directory: Path, count: int, *, seed: int = 0, per_file: int = 1000) -> list[Path]:
    """Write a synthetic corpus as JSONL files of ``per_file`` articles each.

    Args:
        directory: where to write (created when missing).
        count: number of articles.
        seed: random seed.
        per_file: articles per JSONL file.

    Returns:
        The files written, in order.
    """
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for number, chunk in enumerate(batched(synthetic_articles(count, seed=seed), per_file)):
        path = directory / f"synthetic-{seed}-{number:04d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in chunk)
        paths.append(path)
    return paths
