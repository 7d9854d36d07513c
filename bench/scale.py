"""Scaling of pipeline throughput from 1 to N workers, on local processes and on a Dask LocalCluster.

    .venv/bin/python bench/scale.py                          # 120 articles, 1..cores workers
    .venv/bin/python bench/scale.py --articles 400 --max-workers 4 --engines local --markdown
    .venv/bin/python bench/scale.py --stream 20000           # memory while 20 000 articles stream

Each configuration starts its own executor, warms every worker up (model loading is not timed),
then codes the same articles (``ProcessBatch``: ``Pipeline.process_many`` with the run's
settings) in batches small enough that every worker gets at least four. Reported: articles/s,
words/s and the speed-up over one worker of the same engine.

``--stream N`` instead generates N synthetic articles and ingests them into a fresh SQLite store
with NLP replaced by a pass-through (coding 20 000 articles would take hours on a laptop, and the
workers' memory is per batch anyway): it reports the resident memory of the ingesting process at
every tenth of the corpus, i.e. whether reading, cleaning, the store check, near-duplicate
assignment and writing keep memory flat.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from _bench import corpus, machine, words

from communique.model import Article, ProcessedArticle
from communique.pipeline import ingest
from communique.scale.executors import DaskExecutor, Executor, ProcessExecutor, batched, effective_workers
from communique.scale.synthetic import write_corpus
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


class _Uncoded:
    def process_many(self, articles: Iterable[Article]) -> Iterator[ProcessedArticle]:
        return (ProcessedArticle(article=a) for a in articles)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def stream(count: int) -> list[dict[str, Any]]:
    """Ingest ``count`` synthetic articles without NLP; sample RSS every tenth of the corpus."""
    samples: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp) / "corpus", count, seed=5)
        settings = load_settings(
            env={}, overrides={"db": str(Path(tmp) / "stream.db"), "detect_language": False}
        )
        step = max(1, count // 10)
        start = time.perf_counter()

        def progress(read: int, *, last: bool = False) -> None:
            if last or not samples or read >= samples[-1]["read"] + step:
                samples.append(
                    {
                        "read": read,
                        "rss_mb": round(_rss_mb()),
                        "seconds": round(time.perf_counter() - start, 1),
                    }
                )
                print(json.dumps(samples[-1]), flush=True)

        report = ingest(
            [str(Path(tmp) / "corpus")], settings=settings, pipeline=_Uncoded(), on_progress=progress
        )  # type: ignore[arg-type]
        progress(report.read, last=True)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-workers", type=int, default=0, help="0: one per core")
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--stream", type=int, default=0, help="memory test over N synthetic articles")
    args = parser.parse_args()
    if args.stream:
        samples = stream(args.stream)
        if args.markdown:
            print(f"\nMachine: {machine()}\n\n| articles read | RSS MB | s |\n|---|---|---|")
            for sample in samples:
                print(f"| {sample['read']} | {sample['rss_mb']} | {sample['seconds']} |")
        return
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
