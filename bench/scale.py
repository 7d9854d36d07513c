"""Scaling of pipeline throughput from 1 to N workers, on local processes and on a Dask LocalCluster.

    .venv/bin/python bench/scale.py                          # 120 articles, 1..cores workers
    .venv/bin/python bench/scale.py --articles 400 --max-workers 4 --engines local --markdown

Each configuration starts its own executor, warms every worker up (model loading is not timed),
then codes the same articles (``ProcessBatch``: ``Pipeline.process_many`` with the run's
settings) in batches small enough that every worker gets at least four. Reported: articles/s,
words/s and the speed-up over one worker of the same engine.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from _bench import corpus, machine, words

from communique.scale.executors import DaskExecutor, Executor, ProcessExecutor, batched, effective_workers
from communique.scale.worker import ProcessBatch
from communique.settings import load_settings


def measure(engine: str, workers: int, *, articles: int, batch_size: int) -> dict[str, Any]:
    """Time one engine with ``workers`` workers over the corpus."""
    docs = corpus(articles)
    settings = load_settings(env={}, overrides={"batch_size": batch_size})
    batch = max(1, min(batch_size, len(docs) // (4 * workers)))
    executor: Executor = ProcessExecutor(workers) if engine == "local" else DaskExecutor(workers=workers)
    with executor:
        fn = ProcessBatch(settings)
        list(executor.map_batches(fn, [[d] for d in docs[: 2 * workers]]))  # warm-up
        start = time.perf_counter()
        events = sum(len(p.events) for out in executor.map_batches(fn, batched(docs, batch)) for p in out)
        elapsed = time.perf_counter() - start
    return {
        "engine": engine,
        "workers": workers,
        "batch": batch,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(docs) / elapsed, 2),
        "words_per_s": round(words(docs) / elapsed),
        "events": events,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-workers", type=int, default=0, help="0: one per core")
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    results = []
    for engine in args.engines.split(","):
        for workers in range(1, effective_workers(args.max_workers) + 1):
            results.append(measure(engine, workers, articles=args.articles, batch_size=args.batch_size))
            base = next(r for r in results if r["engine"] == engine and r["workers"] == 1)
            results[-1]["speedup"] = round(results[-1]["articles_per_s"] / base["articles_per_s"], 2)
            print(json.dumps(results[-1]), flush=True)
    if args.markdown:
        print(f"\nMachine: {machine()}\n\nCorpus: {args.articles} articles\n")
        print("| engine | workers | batch | s | articles/s | words/s | speed-up |")
        print("|---|---|---|---|---|---|---|")
        for r in results:
            print(
                f"| {r['engine']} | {r['workers']} | {r['batch']} | {r['seconds']} | {r['articles_per_s']} | "
                f"{r['words_per_s']} | {r['speedup']}× |"
            )


if __name__ == "__main__":
    main()
