"""Pipeline throughput against spaCy's own ``nlp.pipe`` (the practical limit), on the same corpus.

    .venv/bin/python bench/pipeline.py                      # 120 articles, every mode
    .venv/bin/python bench/pipeline.py --articles 400 --markdown

Each mode runs in its own subprocess (so peak RSS is that mode's alone) over the same articles:

- ``spacy``: ``nlp.pipe`` of the plain spaCy model communique loads, same batch size;
- ``pipeline``: ``Pipeline.process_many`` (nlp + actors + events) with the default settings (the
  sentence pre-filter off);
- ``pipeline-prefilter``: the same with the sentence pre-filter on;
- ``pool-N``: N worker processes (``ProcessExecutor`` + ``ProcessBatch``), default settings.

Model loading is not timed: every mode warms up first (the pool on one small batch per worker).
Reported: wall and CPU seconds, articles/s, words/s (wall), the single-process modes' speed
relative to spaCy measured in CPU time (the bench machine is shared, and CPU time is what
other processes' load disturbs least), the pools' wall-clock speed-up over one worker, and peak
RSS per process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _bench import corpus, machine, peak_rss_mb, process_cpu_s, process_peak_rss_mb, words

from communique.scale.executors import ProcessExecutor, batched, effective_workers
from communique.settings import load_settings


def run_mode(mode: str, *, articles: int, batch_size: int) -> dict[str, Any]:
    """Run one mode in this process and return its measurements."""
    docs = corpus(articles)
    settings = load_settings(env={}, overrides={"batch_size": batch_size})
    result: dict[str, Any] = {"mode": mode, "articles": len(docs), "words": words(docs)}
    if mode == "spacy":
        from communique.nlp import load_pipeline

        nlp = load_pipeline(settings.spacy_model, fresh=True)
        list(nlp.pipe([d.text for d in docs[:4]]))  # warm-up
        start, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe((d.text for d in docs), batch_size=batch_size):
            pass
        elapsed, result["cpu_s"] = time.perf_counter() - start, round(time.process_time() - cpu, 2)
        rss = [peak_rss_mb()]
    elif mode in ("pipeline", "pipeline-prefilter"):
        from communique.pipeline import Pipeline

        # "pipeline" keeps the default settings, so the bench follows the default when it changes.
        pipeline = Pipeline(settings.replace(prefilter=True) if mode == "pipeline-prefilter" else settings)
        list(pipeline.process_many(docs[:4]))
        start, cpu = time.perf_counter(), time.process_time()
        events = sum(len(p.events) for p in pipeline.process_many(docs))
        elapsed, result["cpu_s"] = time.perf_counter() - start, round(time.process_time() - cpu, 2)
        result["events"] = events
        if pipeline.prefilter is not None:
            result["sentences_parsed"] = (
                f"{pipeline.prefilter.sentences_parsed}/{pipeline.prefilter.sentences_seen}"
            )
        rss = [peak_rss_mb()]
    elif mode.startswith("pool-"):
        from communique.scale.worker import ProcessBatch

        workers = int(mode.split("-", 1)[1])
        batch_fn = ProcessBatch(settings)
        # At least four batches per worker, so that no worker idles while another finishes.
        batch_size = max(1, min(batch_size, len(docs) // (4 * workers)))
        result["pool_batch_size"] = batch_size
        with ProcessExecutor(workers) as executor:
            # Warm-up: a one-article batch per worker, slow enough (model loading) to spread out.
            list(executor.map_batches(batch_fn, [[d] for d in docs[: 2 * workers]]))
            pids = list(getattr(executor._pool, "_processes", {}) or {})
            worker_cpu = sum(process_cpu_s(pid) for pid in pids)
            start, cpu = time.perf_counter(), time.process_time()
            events = sum(
                len(p.events)
                for batch in executor.map_batches(batch_fn, batched(docs, batch_size))
                for p in batch
            )
            elapsed = time.perf_counter() - start
            # CPU of the workers plus the parent: what the run costs whatever the machine's load.
            worker_cpu = sum(process_cpu_s(pid) for pid in pids) - worker_cpu
            result["cpu_s"] = round(worker_cpu + time.process_time() - cpu, 2)
            rss = [r for pid in pids if (r := process_peak_rss_mb(pid)) is not None]
            rss.insert(0, peak_rss_mb())
        result["events"] = events
    else:
        raise SystemExit(f"unknown mode {mode}")
    result.update(
        seconds=round(elapsed, 2),
        articles_per_s=round(len(docs) / elapsed, 1),
        words_per_s=round(result["words"] / elapsed),
        peak_rss_mb=[round(r) for r in rss],
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--workers", type=int, default=0, help="pool size of the all-cores mode (0: cores)")
    parser.add_argument("--modes", default="spacy,pipeline,pipeline-prefilter,pool-1,pool-all")
    parser.add_argument("--mode", help=argparse.SUPPRESS)  # internal: run one mode, print JSON
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, articles=args.articles, batch_size=args.batch_size)))
        return
    cores = effective_workers(args.workers)
    results = []
    for mode in args.modes.split(","):
        mode = f"pool-{cores}" if mode == "pool-all" else mode
        command = [sys.executable, str(Path(__file__)), "--mode", mode, "--articles", str(args.articles)]
        command += ["--batch-size", str(args.batch_size)]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), file=sys.stderr)
    spacy_cpu = next((r["cpu_s"] for r in results if r["mode"] == "spacy"), None)
    pool_1 = next((r["seconds"] for r in results if r["mode"] == "pool-1"), None)
    if args.markdown:
        print(f"Machine: {machine()}\n")
        print(
            f"Corpus: {results[0]['articles']} articles, {results[0]['words']} words, "
            f"batch size {args.batch_size}\n"
        )
        print(
            "| mode | wall s | CPU s | articles/s | words/s | speed vs spaCy (CPU) | vs pool-1 (wall) "
            "| peak RSS MB (parent, workers) | events |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        for r in results:
            ratio = f"{spacy_cpu / r['cpu_s']:.0%}" if spacy_cpu and "cpu_s" in r else "-"
            speedup = f"{pool_1 / r['seconds']:.2f}×" if pool_1 and r["mode"].startswith("pool") else "-"
            print(
                f"| {r['mode']} | {r['seconds']} | {r.get('cpu_s', '-')} | {r['articles_per_s']} | "
                f"{r['words_per_s']} | {ratio} | {speedup} | {', '.join(map(str, r['peak_rss_mb']))} | "
                f"{r.get('events', '-')} |"
            )
    else:
        print(json.dumps({"machine": machine(), "results": results}, indent=2))


if __name__ == "__main__":
    main()
