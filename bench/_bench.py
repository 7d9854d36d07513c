"""Shared helpers of the scale benchmarks (bench/pipeline.py, bench/scale.py, bench/reingest.py).

The corpus is the team-written example corpus (examples/corpus/*.jsonl) replicated to the size
asked for, each copy with its own id; synthetic articles stand in when the examples are absent.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import subprocess
from pathlib import Path

from communique.clean import detect_language
from communique.model import Article
from communique.scale.synthetic import synthetic_articles

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"


def corpus(count: int) -> list[Article]:
    """Return ``count`` English articles: the example corpus replicated, else synthetic ones."""
    records = [
        json.loads(line)
        for path in sorted(EXAMPLES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    # The example corpus holds a non-English item on purpose; the pipeline would skip it.
    records = [r for r in records if r.get("text") and detect_language(r["text"]) == "en"]
    if not records:
        records = list(synthetic_articles(200))
    articles = []
    for i in range(count):
        record = records[i % len(records)]
        text = record["text"]
        articles.append(
            Article(id=f"bench-{i}", text=text, raw_text=text, title=record.get("title"), language="en")
        )
    return articles


def words(articles: list[Article]) -> int:
    """Whitespace-separated words of all texts (the unit of words/s)."""
    return sum(len(a.text.split()) for a in articles)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_rss_mb(pid: int) -> float | None:
    """Peak resident memory (VmHWM) of another live process, in MB, from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def process_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a live process has used so far, from /proc (0 if gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # Fields 14 and 15 of stat (utime, stime), counted after the ")" that closes the name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine() -> str:
    """One line naming the machine: CPU model, cores usable, memory, Python, date, commit."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    cores = len(os.sched_getaffinity(0))
    load = os.getloadavg()[0]
    return (
        f"{cpu}, {cores} cores, {memory:.0f} GB RAM, load average {load:.1f} at the end, "
        f"Python {platform.python_version()}, "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {commit or 'unknown'}"
    )
