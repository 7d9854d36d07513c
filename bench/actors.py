"""Benchmark of the actor stage: phrase accuracy and the time resolution adds to plain spaCy.

1. Accuracy: every phrase of ``tests/actors/phrases.tsv`` is resolved with ``resolve_phrase``;
   country and sector accuracy are reported (targets ≥ 0.90 and ≥ 0.85).
2. Overhead: the seed articles (cleaned, repeated ``--repeat`` times) are parsed with the plain
   spaCy pipeline, then with the actor components installed plus ``ActorResolver.resolve`` on each
   doc; the extra time over the plain pipeline is reported (target ≤ 15 %). Best of ``--rounds``.
3. Optionally (``--gold``), the PETRARCH-style dev records: the share of gold source/target
   country codes found among the countries of the mentions in that sentence (actor recall).

Usage: .venv/bin/python bench/actors.py [--seeds ../shared/data/seeds] [--repeat 20] [--rounds 3]
       [--gold ../shared/data/dev/petr2_gsr_validation.xml] [--markdown]
The seeds and the gold file are read at bench time only; nothing from them is stored in the project.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import time
from pathlib import Path

from communique.actors import ActorResolver
from communique.clean import clean_document
from communique.model import Article, RawDocument
from communique.nlp import load_pipeline
from communique.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
PHRASES = ROOT / "tests" / "actors" / "phrases.tsv"
SHARED = ROOT.parent / "shared"


def phrase_accuracy(resolver: ActorResolver) -> tuple[int, float, float, list[str]]:
    lines = [line for line in PHRASES.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    country = sector = 0
    misses = []
    for row in rows:
        day = dt.date.fromisoformat(row["date"]) if row["date"] else None
        actor = resolver.resolve_phrase(row["phrase"], date=day)
        got_country = actor.country if actor else None
        got_sector = (actor.sector or "-") if actor else None
        country += got_country == row["country"]
        sector += got_sector == row["sector"]
        if (got_country, got_sector) != (row["country"], row["sector"]):
            misses.append(
                f"{row['phrase']!r}: want {row['country']}/{row['sector']}, got {got_country}/{got_sector}"
            )
    return len(rows), country / len(rows), sector / len(rows), misses


def overhead(seeds: Path, *, repeat: int, rounds: int) -> tuple[int, float, float, int]:
    settings = load_settings(env={})
    articles = [
        clean_document(RawDocument(origin=str(p), text=p.read_text(encoding="utf-8")), settings=settings)
        for p in sorted(seeds.glob("*.txt"))
    ] * repeat
    texts = [a.text for a in articles]
    plain = load_pipeline(None, fresh=True)
    full = load_pipeline(None, fresh=True)
    resolver = ActorResolver(settings=settings)
    resolver.install(full)
    list(plain.pipe(texts[:5]))  # warm up both
    list(full.pipe(texts[:5]))
    best_plain = best_full = float("inf")
    mentions = 0
    for _ in range(rounds):
        start = time.perf_counter()
        list(plain.pipe(texts, batch_size=32))
        best_plain = min(best_plain, time.perf_counter() - start)
        start = time.perf_counter()
        mentions = 0
        for doc, article in zip(full.pipe(texts, batch_size=32), articles, strict=True):
            mentions += len(resolver.resolve(doc, article))
        best_full = min(best_full, time.perf_counter() - start)
    return len(texts), best_plain, best_full, mentions


def gold_recall(path: Path, resolver: ActorResolver, *, verbose: bool = False) -> tuple[int, float]:
    """Share of gold source/target countries found among the countries of the sentence's mentions."""
    from communique.evaluate import read_gold

    nlp = load_pipeline(None, fresh=True)
    resolver.install(nlp)
    settings = load_settings(env={})
    wanted = found = 0
    for item in read_gold(path).items:
        codes = {c for e in item.events for c in (e.source_country, e.target_country) if c}
        if not codes:
            continue
        article = Article(id=item.id, text=item.text, raw_text=item.text, published=item.published)
        if item.is_article:
            raw = RawDocument(origin=item.id, text=item.text, published=item.published)
            article = clean_document(raw, settings=settings)
        seen: set[str | None] = set()
        for mention in resolver.resolve(nlp(article.text), article):
            seen.add(mention.actor.country)
            seen.update(m.country for m in mention.members)
        wanted += len(codes)
        found += len(codes & seen)
        if verbose and codes - seen:
            print(f"missed {sorted(codes - seen)}: {article.text[:160]!r}")
    return wanted, found / wanted if wanted else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=Path, default=SHARED / "data" / "seeds")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the phrases resolved wrongly")
    args = parser.parse_args()
    resolver = ActorResolver(settings=load_settings(env={}))
    n, country, sector, misses = phrase_accuracy(resolver)
    docs, plain, full, mentions = overhead(args.seeds, repeat=args.repeat, rounds=args.rounds)
    extra = (full - plain) / plain
    rows = [
        ("phrases", str(n)),
        ("country accuracy", f"{country:.3f}"),
        ("sector accuracy", f"{sector:.3f}"),
        ("seed docs parsed", str(docs)),
        ("plain spaCy (s)", f"{plain:.3f}"),
        ("spaCy + actor components + resolve (s)", f"{full:.3f}"),
        ("overhead", f"{extra:.1%}"),
        ("mentions per doc", f"{mentions / docs:.1f}"),
    ]
    if args.gold is not None:
        wanted, recall = gold_recall(args.gold, resolver, verbose=args.verbose)
        rows += [("gold actor codes", str(wanted)), ("gold country recall", f"{recall:.3f}")]
    if args.markdown:
        print("| measure | value |\n|---|---|")
        for key, value in rows:
            print(f"| {key} | {value} |")
    else:
        for key, value in rows:
            print(f"{key:40} {value}")
    if args.verbose:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
