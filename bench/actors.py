"""Benchmark of the actor stage: phrase accuracy and the time resolution adds to plain spaCy.

1. Accuracy: every phrase of ``tests/actors/phrases.tsv`` is resolved with ``resolve_phrase``;
   country and sector accuracy are reported (targets ≥ 0.90 and ≥ 0.85).
2. Overhead: the seed articles (cleaned, repeated ``--repeat`` times) are parsed with the plain
   spaCy pipeline, then with the actor components installed plus ``ActorResolver.resolve`` on each
   doc; the extra CPU time over the plain pipeline is reported (target ≤ 15 %). Best of ``--rounds``.
3. Optionally (``--gold``), the PETRARCH-style dev records: the share of gold source/target
   country codes found among the countries of the mentions in that sentence (actor recall).

Usage: .venv/bin/python bench/actors.py [--seeds ../shared/data/seeds] [--repeat 20] [--rounds 3]
       [--gold tests/gold/sentences.jsonl] [--gold ../shared/data/dev/petr2_gsr_validation.xml]
       [--skip-timing] [--markdown] [-v]
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
    # CPU time of this process, not wall time: the bench machine is shared, and wall time there
    # measures the neighbours as much as the code. Plain and full alternate within each round.
    best_plain = best_full = float("inf")
    mentions = 0
    for _ in range(rounds):
        start = time.process_time()
        list(plain.pipe(texts, batch_size=32))
        best_plain = min(best_plain, time.process_time() - start)
        start = time.process_time()
        mentions = 0
        for doc, article in zip(full.pipe(texts, batch_size=32), articles, strict=True):
            mentions += len(resolver.resolve(doc, article))
        best_full = min(best_full, time.process_time() - start)
    return len(texts), best_plain, best_full, mentions


def gold_recall(
    path: Path, resolver: ActorResolver, *, verbose: bool = False
) -> tuple[int, float, int, float]:
    """Gold actors found among the sentence's mentions: country recall, and (country, sector) recall
    over the participants whose gold gives a sector."""
    from communique.evaluate import read_gold

    nlp = load_pipeline(None, fresh=True)
    resolver.install(nlp)
    settings = load_settings(env={})
    wanted = found = with_sector = sector_found = 0
    for item in read_gold(path).items:
        codes: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for event in item.events:
            for country, sector in (
                (event.source_country, event.source_sector),
                (event.target_country, event.target_sector),
            ):
                if country:
                    codes.add(country)
                    if sector:
                        pairs.add((country, sector))
        if not codes:
            continue
        article = Article(id=item.id, text=item.text, raw_text=item.text, published=item.published)
        if item.is_article:
            raw = RawDocument(origin=item.id, text=item.text, published=item.published)
            article = clean_document(raw, settings=settings)
        seen: set[tuple[str | None, str | None]] = set()
        for mention in resolver.resolve(nlp(article.text), article):
            for actor in (mention.actor, *mention.members):
                seen.add((actor.country, actor.sector))
        countries = {c for c, _ in seen}
        wanted += len(codes)
        found += len(codes & countries)
        with_sector += len(pairs)
        sector_found += len(pairs & seen)
        if verbose and (codes - countries or pairs - seen):
            print(f"missed {sorted(codes - countries)} {sorted(pairs - seen)}: {article.text[:140]!r}")
    return (
        wanted,
        found / wanted if wanted else 0.0,
        with_sector,
        sector_found / with_sector if with_sector else 0.0,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=Path, default=SHARED / "data" / "seeds")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--skip-timing", action="store_true", help="accuracy only")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--gold", type=Path, action="append", default=[], help="gold file (repeatable)")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the phrases resolved wrongly")
    args = parser.parse_args()
    resolver = ActorResolver(settings=load_settings(env={}))
    n, country, sector, misses = phrase_accuracy(resolver)
    rows = [
        ("phrases", str(n)),
        ("country accuracy", f"{country:.3f}"),
        ("sector accuracy", f"{sector:.3f}"),
    ]
    if not args.skip_timing:
        docs, plain, full, mentions = overhead(args.seeds, repeat=args.repeat, rounds=args.rounds)
        rows += [
            ("seed docs parsed", str(docs)),
            ("plain spaCy (CPU s)", f"{plain:.3f}"),
            ("spaCy + actor components + resolve (CPU s)", f"{full:.3f}"),
            ("overhead", f"{(full - plain) / plain:.1%}"),
            ("mentions per doc", f"{mentions / docs:.1f}"),
        ]
    for gold in args.gold:
        wanted, recall, pairs, pair_recall = gold_recall(gold, resolver, verbose=args.verbose)
        rows += [
            (f"{gold.name}: gold participants (with sector)", f"{wanted} ({pairs})"),
            (f"{gold.name}: country recall", f"{recall:.3f}"),
            (f"{gold.name}: country+sector recall", f"{pair_recall:.3f}"),
        ]
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
