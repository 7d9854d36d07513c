"""Benchmark the front of the pipeline: read → clean → dedup (no spaCy) on synthetic articles.

    .venv/bin/python bench/ingest.py                     # 10 000 articles
    .venv/bin/python bench/ingest.py --articles 50000 --json bench/out/ingest.json

Articles are generated from templates into a temporary JSONL file: news-like paragraphs about
pairs of countries, with the boilerplate the cleaner removes (agency prefixes, "Read More:" link
lists, view counters, headline printed twice), lightly edited copies (near-duplicates) and several
reports of the same meeting (stories). Reported: articles/s overall and per stage, peak RSS, and
RSS after the first 2 000 articles vs at the end (memory must stay flat apart from the dedup index,
which holds one signature per article by design).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import resource
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from communique.clean import clean_document
from communique.dedup import DuplicateIndex
from communique.errors import InputError
from communique.ingest import DocumentDefaults, read_documents
from communique.settings import Settings

COUNTRIES = [
    ("Iran", "Iranian", "Tehran"),
    ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"),
    ("Turkey", "Turkish", "Ankara"),
    ("Greece", "Greek", "Athens"),
    ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Argentina", "Argentine", "Buenos Aires"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Japan", "Japanese", "Tokyo"),
    ("South Korea", "South Korean", "Seoul"),
    ("Germany", "German", "Berlin"),
    ("France", "French", "Paris"),
    ("Poland", "Polish", "Warsaw"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Mexico", "Mexican", "Mexico City"),
]
OFFICIALS = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "Trade Minister"]
TOPICS = [
    "energy cooperation",
    "border security",
    "a free trade agreement",
    "grain exports",
    "the nuclear programme",
    "visa rules",
    "a gas pipeline",
    "counter-terrorism",
    "fishing rights",
    "a prisoner exchange",
]
LEDES = [
    "The {o1} of {c1} met the {o2} of {c2} in {place} on {day} to discuss {topic}.",
    "{A1} and {A2} officials held talks in {place} on {day} focused on {topic}.",
    "{c1} and {c2} agreed in {place} on {day} to expand talks on {topic}.",
]
BODY = [
    '"We have made progress on {topic}," the {a1} {o1} told reporters after the meeting.',
    "The {a2} side said it was ready to sign a memorandum on {topic} before the end of the year.",
    "Both delegations agreed to set up a joint working group that will meet every three months.",
    "Analysts said the meeting showed that {c1} wanted closer ties with {c2} despite pressure from abroad.",
    "The {o2} also invited the {a1} {o1} to visit {capital2} next spring, officials said.",
    "Talks on {topic} had stalled for two years after a dispute over tariffs and inspections.",
    "{c2} denied reports that it had demanded new guarantees before resuming the negotiations.",
    "The two sides also discussed the situation in the region and the work of the United Nations.",
    "A statement issued after the meeting said the ministers would speak again within a month.",
]
AGENCIES = ["MEHR: ", "Iran PressEurope: ", "{capital1} (IP): ", "TASS: ", ""]
READ_MORE = "Read More:\n\n{c1} and {c2} discuss trade ties\n\nNew round of talks planned: {o1}"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@dataclass
class Timings:
    read: float = 0.0
    clean: float = 0.0
    dedup: float = 0.0
    marks: dict[str, float] = field(default_factory=dict)


def _event(rng: random.Random) -> dict[str, str]:
    (c1, a1, cap1), (c2, a2, cap2) = rng.sample(COUNTRIES, 2)
    o1, o2 = rng.choice(OFFICIALS), rng.choice(OFFICIALS)
    place = rng.choice([cap1, cap2])
    return {
        "c1": c1,
        "c2": c2,
        "a1": a1,
        "a2": a2,
        "A1": a1,
        "A2": a2,
        "capital1": cap1,
        "capital2": cap2,
        "o1": o1,
        "o2": o2,
        "place": place,
        "topic": rng.choice(TOPICS),
        "day": rng.choice(WEEKDAYS),
    }


def _article(rng: random.Random, slots: dict[str, str], serial: int) -> tuple[str, str]:
    title = f"{slots['c1']} and {slots['c2']} hold talks on {slots['topic']} in {slots['place']}"
    lede = rng.choice(LEDES).format(**slots)
    body = [sentence.format(**slots) for sentence in rng.sample(BODY, rng.randint(3, 6))]
    # A serial number sentence keeps generated articles from being exact copies of each other.
    body.append(f"This is report number {serial} in the series, the desk said.")
    paragraphs = [rng.choice(AGENCIES).format(**slots) + lede, *body]
    if rng.random() < 0.1:  # headline and lede printed twice, as scraped pages do
        paragraphs = [title, lede, *paragraphs]
    if rng.random() < 0.1:
        paragraphs.insert(0, f"{slots['capital1']} • UNN\n\n• {rng.randint(100, 99999)} views")
    if rng.random() < 0.2:
        paragraphs.append(READ_MORE.format(**slots))
    return title, "\n\n".join(paragraphs)


def generate(path: Path, count: int, *, seed: int = 7) -> None:
    """Write ``count`` synthetic articles as JSONL (≈10% near-duplicates, stories of 1–3 reports)."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    written: list[dict[str, str]] = []
    with path.open("w", encoding="utf-8") as out:
        serial = 0
        while serial < count:
            slots = _event(rng)
            published = start + dt.timedelta(days=rng.randint(0, 730))
            for _ in range(rng.randint(1, 3)):  # several outlets report the same meeting
                if serial >= count:
                    break
                if written and rng.random() < 0.1:
                    earlier = rng.choice(written[-500:])
                    record = dict(earlier, text=earlier["text"].replace(" said", " stated", 1) + " Updated.")
                else:
                    title, text = _article(rng, slots, serial)
                    record = {"title": title, "text": text, "published": published.isoformat()}
                written.append(record)
                out.write(json.dumps(record) + "\n")
                serial += 1


def _rss_mb() -> float:
    # Current resident set size from /proc (ru_maxrss only gives the peak).
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(path: Path, *, settings: Settings, dedup: bool) -> dict[str, float]:
    """Read, clean and (optionally) deduplicate every article of ``path``; return measurements."""
    index = DuplicateIndex(settings=settings)
    timings = Timings()
    count = near = errors = 0
    stories: set[str] = set()
    stream = read_documents([str(path)], settings=settings, defaults=DocumentDefaults())
    began = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        item = next(stream, None)
        t1 = time.perf_counter()
        timings.read += t1 - t0
        if item is None:
            break
        if isinstance(item, InputError):
            errors += 1
            continue
        article = clean_document(item, settings=settings)
        t2 = time.perf_counter()
        timings.clean += t2 - t1
        if dedup:
            info = index.assign(article)
            near += info.near_duplicate_of is not None
            stories.add(info.story_id)
            timings.dedup += time.perf_counter() - t2
        count += 1
        if count == 2000:
            timings.marks["rss_at_2k_mb"] = _rss_mb()
    elapsed = time.perf_counter() - began
    return {
        "articles": count,
        "errors": errors,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(count / elapsed, 1),
        "read_per_article_ms": round(1000 * timings.read / count, 3),
        "clean_per_article_ms": round(1000 * timings.clean / count, 3),
        "dedup_per_article_ms": round(1000 * timings.dedup / count, 3) if dedup else 0.0,
        "near_duplicates": near,
        "stories": len(stories),
        "rss_at_2k_mb": round(timings.marks.get("rss_at_2k_mb", float("nan")), 1),
        "rss_at_end_mb": round(_rss_mb(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.jsonl"
        generate(path, args.articles)
        size_mb = path.stat().st_size / 2**20
        # Read+clean alone first: its memory must be flat; then the full front with dedup.
        streaming = run(path, settings=settings, dedup=False)
        full = run(path, settings=settings, dedup=True)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    result = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "machine": f"{platform.machine()}, {platform.processor() or platform.system()}, python {platform.python_version()}",
        "input_mb": round(size_mb, 1),
        "read_clean": streaming,
        "read_clean_dedup": full,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    text = json.dumps(result, indent=2)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
