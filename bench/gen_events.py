"""Generate a synthetic corpus of N events into a communique SQLite database (for benchmarks).

    .venv/bin/python bench/gen_events.py --db /tmp/bench.db --events 1000000

Articles, actors, canonical events and events are bulk-inserted through the schema of
``communique.store`` (the store creates and migrates the file). Distributions are skewed like
news: a few countries and dyads dominate, dates span five years, most events are asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
from pathlib import Path

from communique.ontology import cameo_codes
from communique.store import Store
from communique.store import schema as s

COUNTRIES = (
    "USA",
    "RUS",
    "CHN",
    "IRN",
    "UKR",
    "ISR",
    "TUR",
    "GBR",
    "FRA",
    "DEU",
    "IND",
    "PAK",
    "SAU",
    "SYR",
    "IRQ",
    "PRK",
    "KOR",
    "JPN",
    "EGY",
    "QAT",
    "ARE",
    "AFG",
    "VEN",
    "BRA",
    "ZAF",
    "NGA",
    "ETH",
    "SDN",
    "LBY",
    "YEM",
    "LBN",
    "JOR",
    "AZE",
    "ARM",
    "GEO",
    "BLR",
    "POL",
    "KAZ",
    "IGO",
    "NGO",
)
SECTORS = ("GOV", "MIL", "GOV", "GOV", "LEG", "BUS", "OPP", None)
MODALITIES = ("asserted",) * 16 + ("planned", "planned", "hypothetical", "negated", "denied", "alleged")
EVENTS_PER_ARTICLE = 10
BATCH = 5000


def _actors(rng: random.Random) -> list[dict[str, object]]:
    out = []
    for country in COUNTRIES:
        out.append(
            {
                "id": country,
                "name": f"{country} (country)",
                "country": country,
                "sector": None,
                "kind": "country",
            }
        )
        for sector in sorted({x for x in SECTORS if x}):
            out.append(
                {
                    "id": f"{country}:{sector}",
                    "name": f"{country} {sector}",
                    "country": country,
                    "sector": sector,
                    "kind": "organization",
                }
            )
        for k in range(5):
            out.append(
                {
                    "id": f"person:{country.lower()}-{k}",
                    "name": f"Person {k} of {country}",
                    "country": country,
                    "sector": "GOV",
                    "kind": "person",
                }
            )
    rng.shuffle(out)
    return out


def generate(db: str, events: int, *, seed: int = 7) -> None:
    """Fill ``db`` with ``events`` events (and events/10 articles)."""
    rng = random.Random(seed)
    codes = [c for c in cameo_codes().values() if len(c.code) == 3]
    actors = _actors(rng)
    weights = [1 / (i + 1) ** 1.1 for i in range(len(actors))]  # Zipf-like: a few actors dominate
    start = dt.date(2020, 1, 1)
    store = Store(db)
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(s.runs.insert().values(id="bench", started_at=dt.datetime.now(dt.UTC), articles=0))
        conn.execute(
            s.actors.insert(),
            [
                {
                    **a,
                    "role": None,
                    "former": False,
                    "first_seen": start,
                    "last_seen": start,
                    "article_count": 0,
                }
                for a in actors
            ],
        )
    n_articles = events // EVENTS_PER_ARTICLE
    done = 0
    for first in range(0, n_articles, BATCH // EVENTS_PER_ARTICLE):
        stories, arts, evs, canon = [], [], [], []
        for i in range(first, min(n_articles, first + BATCH // EVENTS_PER_ARTICLE)):
            aid = f"bench-{i:07d}"
            published = start + dt.timedelta(days=rng.randrange(5 * 365))
            text = f"Synthetic article {i} about international affairs published on {published.isoformat()}."
            stories.append(
                {"id": aid, "first_published": published, "last_published": published, "article_count": 1}
            )
            arts.append(
                {
                    "id": aid,
                    "title": f"Article {i}",
                    "text": text,
                    "raw_text": text,
                    "source": f"wire-{i % 25}",
                    "url": f"https://bench.example/{i}",
                    "published": published,
                    "language": "en",
                    "content_hash": aid,
                    "removed": "[]",
                    "story_id": aid,
                    "warnings": "[]",
                    "ingested_at": dt.datetime.now(dt.UTC),
                    "run_id": "bench",
                }
            )
            for j in range(EVENTS_PER_ARTICLE):
                src, tgt = rng.choices(actors, weights=weights, k=2)
                while tgt["country"] == src["country"]:
                    tgt = rng.choices(actors, weights=weights, k=1)[0]
                code = rng.choice(codes)
                day = published - dt.timedelta(days=rng.randrange(3))
                eid = f"{aid}:e{j}"
                row = {
                    "event_id": eid,
                    "article_id": aid,
                    "canonical_id": eid,
                    "is_canonical": True,
                    "story_id": aid,
                    "sentence": text,
                    "sentence_start": 0,
                    "sentence_end": len(text),
                    "trigger": "met",
                    "trigger_start": 0,
                    "trigger_end": 3,
                    "cameo": code.code,
                    "cameo_root": code.root,
                    "plover": code.plover,
                    "quad_class": code.quad_class,
                    "goldstein": code.goldstein,
                    "modality": rng.choice(MODALITIES),
                    "date": day,
                    "date_precision": "day",
                    "day": day,
                    "reported_by": "[]",
                    "topics": "[]",
                    "rule": "bench",
                    "confidence": 1.0,
                    "reciprocal": False,
                }
                for side, actor in (("source", src), ("target", tgt)):
                    row |= {
                        f"{side}_text": actor["name"],
                        f"{side}_name": actor["name"],
                        f"{side}_country": actor["country"],
                        f"{side}_sector": actor["sector"],
                        f"{side}_actor_id": actor["id"],
                    }
                evs.append(row)
                canon.append(
                    {
                        "id": eid,
                        "story_id": aid,
                        "dyad_key": f"{src['id']}>{tgt['id']}",
                        "cameo_root": code.root,
                        "modality": row["modality"],
                        "day": day,
                        "mentions": 1,
                    }
                )
        with store.engine.begin() as conn:
            conn.execute(s.stories.insert(), stories)
            conn.execute(s.articles.insert(), arts)
            conn.execute(s.canonical_events.insert(), canon)
            conn.execute(s.events.insert(), evs)
        done += len(evs)
        print(f"\r{done:>9} events  {time.perf_counter() - t0:6.1f} s", end="", flush=True)
    # Fresh planner statistics; on PostgreSQL VACUUM also sets the visibility map that index-only
    # scans need (it cannot run inside a transaction, hence autocommit).
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE" if store.dialect == "sqlite" else "VACUUM ANALYZE")
    store.close()
    print(f"\n{done} events, {n_articles} articles in {time.perf_counter() - t0:.1f} s -> {db}")
    print(json.dumps({"events": done, "articles": n_articles, "seconds": round(time.perf_counter() - t0, 1)}))


def main() -> None:
    """Parse the command line and generate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/communique-bench.db")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if "://" not in args.db and Path(args.db).exists():
        parser.error(f"{args.db} exists; remove it first")
    generate(args.db, args.events, seed=args.seed)


if __name__ == "__main__":
    main()
