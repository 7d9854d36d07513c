"""Benchmark: how fast the dashboard answers with 100 000 events in the database.

Generates a synthetic corpus (articles of five coded events each, over three years, among a dozen
countries and their ministers, Iran–Russia the busiest dyad), stores it through ``Store.save``
like an ingest would, then serves the dashboard with uvicorn on 127.0.0.1 and times the dyad view
(page, its data endpoint whole and brushed), the network, the overview, search and a CSV export
over real HTTP. The generated database is kept in bench/out/ and reused by later runs.

Usage: .venv/bin/python bench/dashboard.py [--events 100000] [--repeat 5] [--markdown]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI

from communique.model import Actor, ActorRef, Article, DedupInfo, Event, Mention, ProcessedArticle
from communique.ontology import cameo_codes
from communique.settings import load_settings
from communique.store import Store, queries
from communique.web import create_router

OUT = Path(__file__).resolve().parent / "out"
COUNTRIES = {
    "IRN": "Iran", "RUS": "Russia", "USA": "United States", "CHN": "China", "TUR": "Turkey",
    "UKR": "Ukraine", "ISR": "Israel", "SAU": "Saudi Arabia", "IND": "India", "DEU": "Germany",
    "FRA": "France", "GBR": "United Kingdom",
}  # fmt: skip
TOPICS = ("energy", "transport", "security", "trade", "nuclear", "diplomacy", "sanctions", "war")
EVENTS_PER_ARTICLE = 5


def _actors() -> list[Actor]:
    out = [Actor(id=c, name=n, country=c, kind="country") for c, n in COUNTRIES.items()]
    out += [
        Actor(
            id=f"person:fm-{c.lower()}",
            name=f"Foreign Minister of {n}",
            country=c,
            sector="GOV",
            kind="person",
        )
        for c, n in COUNTRIES.items()
    ]
    return out


def _pick_pair(rng: random.Random, actors: list[Actor]) -> tuple[Actor, Actor]:
    if rng.random() < 0.2:  # the busiest dyad, as in the example corpus
        pair = [a for a in actors if a.country in ("IRN", "RUS")]
        a, b = rng.sample(pair, 2)
        while a.country == b.country:
            a, b = rng.sample(pair, 2)
        return a, b
    a, b = rng.sample(actors, 2)
    while a.country == b.country:
        a, b = rng.sample(actors, 2)
    return a, b


def generate(n_events: int, *, seed: int = 7) -> list[ProcessedArticle]:
    """Build synthetic articles holding ``n_events`` coded events in total."""
    rng = random.Random(seed)
    actors = _actors()
    codes = [c for c in cameo_codes().values() if len(c.code) >= 3]
    start = dt.date(2023, 1, 1)
    articles = []
    for i in range(n_events // EVENTS_PER_ARTICLE):
        published = start + dt.timedelta(days=rng.randrange(3 * 365))
        parts: list[str] = []
        events: list[Event] = []
        mentions: list[Mention] = []
        offset = 0
        for j in range(EVENTS_PER_ARTICLE):
            src, tgt = _pick_pair(rng, actors)
            code = rng.choice(codes)
            verb = code.label.lower()
            sentence = f"{src.name} reportedly chose to {verb} with {tgt.name} in talks number {i}-{j}. "
            s0 = offset
            src_m = Mention(s0, s0 + len(src.name), src.name, src, via="ruler")
            t_at = s0 + sentence.index(" with ") + 6
            tgt_m = Mention(t_at, t_at + len(tgt.name), tgt.name, tgt, via="ruler")
            trig_at = s0 + sentence.index(verb)
            events.append(
                Event(
                    event_id=f"bench-{i}-{j}",
                    article_id=f"bench-{i}",
                    sentence=sentence.strip(),
                    sentence_start=s0,
                    sentence_end=s0 + len(sentence) - 1,
                    trigger=verb,
                    trigger_start=trig_at,
                    trigger_end=trig_at + len(verb),
                    cameo=code.code,
                    cameo_root=code.root,
                    plover=code.plover,
                    quad_class=code.quad_class,
                    goldstein=code.goldstein,
                    source=ActorRef.from_mention(src_m),
                    target=ActorRef.from_mention(tgt_m),
                    date=published - dt.timedelta(days=rng.randrange(3)),
                    date_precision="day",
                    topics=(rng.choice(TOPICS),),
                    rule="bench.synthetic",
                )
            )
            mentions += [src_m, tgt_m]
            parts.append(sentence)
            offset += len(sentence)
        text = "".join(parts)
        article = Article(
            id=f"bench-{i}", text=text, raw_text=text, title=f"Synthetic report {i}", source="Bench Wire",
            published=published, content_hash=f"bench-{i}",
        )  # fmt: skip
        articles.append(
            ProcessedArticle(
                article=article,
                mentions=tuple(mentions),
                events=tuple(events),
                dedup=DedupInfo(story_id=f"bench-{i}"),
            )
        )
    return articles


def build_db(n_events: int) -> Path:
    """Create (or reuse) the benchmark database with ``n_events`` events."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"dashboard-{n_events}.db"
    if path.exists():
        with Store(str(path)) as store:
            if queries.corpus_stats(store)["events"] >= n_events:
                return path
        path.unlink()
    t0 = time.perf_counter()
    with Store(str(path)) as store:
        for k, item in enumerate(generate(n_events)):
            store.save(item)
            if k % 2000 == 0:
                print(f"  stored {k * EVENTS_PER_ARTICLE} events…", file=sys.stderr)
    print(f"built {path.name} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return path


def serve(db: Path) -> tuple[uvicorn.Server, str]:
    """Start the dashboard on a free local port."""
    settings = load_settings(env={}, overrides={"db": str(db)})
    app = FastAPI()
    store = Store(settings.db)
    app.include_router(create_router(settings=settings, store_factory=lambda: store))
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    """Build the database, serve it, time each URL, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    db = build_db(args.events)
    server, base = serve(db)
    urls = {
        "dyad page (IRN–RUS, monthly)": "/dyad?a=IRN&b=RUS",
        "dyad data, whole record": "/dyad/data.json?a=IRN&b=RUS",
        "dyad data, brushed 3 months": "/dyad/data.json?a=IRN&b=RUS&date_from=2024-03-01&date_to=2024-05-31",
        "dyad data, weekly": "/dyad/data.json?a=IRN&b=RUS&interval=week",
        "dyad data, two actors": "/dyad/data.json?a=person:fm-irn&b=person:fm-rus",
        "overview": "/",
        "network": "/network",
        "search 'talks'": "/search?q=talks",
        "CSV export, brushed dyad": (
            "/export.csv?a=IRN&b=RUS&date_from=2024-03-01&date_to=2024-05-31&canonical_only=1"
        ),
    }
    rows = []
    with httpx.Client(base_url=base, timeout=120) as client:
        client.get("/static/style.css")
        for label, url in urls.items():
            print(f"  timing {label}…", file=sys.stderr, flush=True)
            times = []
            size = 0
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - t0)
                response.raise_for_status()
                size = len(response.content)
            rows.append((label, times[0], statistics.median(times), max(times), size))
    server.should_exit = True
    if args.markdown:
        print(f"| request ({args.events} events) | first (s) | median (s) | max (s) | bytes |")
        print("|---|---:|---:|---:|---:|")
        for label, first, median, worst, size in rows:
            print(f"| {label} | {first:.3f} | {median:.3f} | {worst:.3f} | {size} |")
    else:
        for label, first, median, worst, size in rows:
            print(f"{label:34s} first {first:6.3f}s  median {median:6.3f}s  max {worst:6.3f}s  {size:>8d} B")


if __name__ == "__main__":
    main()
