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
import os
import platform
import random
import resource
import subprocess
import tempfile
import time
from collections import Counter
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
    ("Nigeria", "Nigerian", "Abuja"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Chile", "Chilean", "Santiago"),
    ("Peru", "Peruvian", "Lima"),
    ("Morocco", "Moroccan", "Rabat"),
    ("Algeria", "Algerian", "Algiers"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Norway", "Norwegian", "Oslo"),
    ("Canada", "Canadian", "Ottawa"),
    ("Australia", "Australian", "Canberra"),
    ("Thailand", "Thai", "Bangkok"),
    ("Qatar", "Qatari", "Doha"),
    ("Serbia", "Serbian", "Belgrade"),
    ("Hungary", "Hungarian", "Budapest"),
    ("Colombia", "Colombian", "Bogota"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Iraq", "Iraqi", "Baghdad"),
]
OFFICIALS = [
    "Foreign Minister",
    "Defence Minister",
    "President",
    "Prime Minister",
    "Trade Minister",
    "Interior Minister",
    "Energy Minister",
    "Finance Minister",
    "National Security Adviser",
    "Deputy Foreign Minister",
]
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
    "railway construction",
    "refugee returns",
    "arms purchases",
    "water sharing",
    "airline routes",
    "student exchanges",
    "customs procedures",
    "debt relief",
    "cyber security",
    "wheat prices",
    "port investments",
    "drug trafficking",
    "election observers",
    "mining licences",
    "climate finance",
]
LEDES = [
    "The {o1} of {c1} met the {o2} of {c2} in {place} on {day} to discuss {topic}.",
    "{A1} and {A2} officials held talks in {place} on {day} focused on {topic}.",
    "{c1} and {c2} agreed in {place} on {day} to expand talks on {topic}.",
]
# Body sentences are assembled from parts so that reports of different meetings share words, as
# real news does, but rarely whole sentences; reports of one meeting share its names and details.
SUBJECTS = [
    "The {a1} {o1}",
    "{c2}'s delegation",
    "Officials in {capital1}",
    "The {a2} {o2}",
    "Envoy {delegate}",
    "A spokesperson for the {a1} government",
    "Diplomats from {c1} and {c2}",
    "{delegate}, who led the talks,",
]
VERBS = [
    "said the two sides made progress on",
    "called for a quick agreement on",
    "warned against delays in",
    "proposed a joint committee to oversee",
    "promised {amount} million dollars for",
    "criticised earlier proposals on",
    "welcomed the new framework for",
    "asked for guarantees concerning",
    "signed a memorandum covering",
    "announced a follow-up round on",
]
OBJECTS = [
    "{topic}",
    "{topic} and related questions",
    "the future of {topic}",
    "{topic} along the common border",
    "the financing of {topic}",
]
TAILS = [
    "",
    " after the meeting in {place}",
    " on {day}",
    " in a statement carried by state media",
    " before leaving {place}",
    " despite objections from opposition parties",
    " according to a transcript released by the ministry",
]
FIRST = ["Ali", "Olga", "Mehmet", "Eleni", "Raj", "Sana", "Pedro", "Lucia", "Amina", "Kenji", "Jin", "Anna"]
LAST = ["Hosseini", "Petrova", "Yilmaz", "Papadaki", "Sharma", "Qureshi", "Silva", "Fernandez", "Odhiambo"]
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
        "delegate": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "amount": str(rng.randint(5, 900)),
    }


def _article(rng: random.Random, slots: dict[str, str], serial: int) -> tuple[str, str]:
    title = f"{slots['c1']} and {slots['c2']} hold talks on {slots['topic']} in {slots['place']}"
    lede = rng.choice(LEDES).format(**slots)
    parts = (
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}."
        for _ in range(rng.randint(3, 6))
    )
    body = [part.format(**slots) for part in parts]
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


def generate(path: Path, count: int, *, seed: int = 7) -> list[int]:
    """Write ``count`` synthetic articles as JSONL (≈10% near-duplicates, stories of 1–3 reports).

    Returns:
        The true event number of each article, in file order (a copy has its original's event).
    """
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    written: list[tuple[dict[str, str], int]] = []
    events: list[int] = []
    with path.open("w", encoding="utf-8") as out:
        event = 0
        while len(events) < count:
            event += 1
            slots = _event(rng)
            published = start + dt.timedelta(days=rng.randint(0, 730))
            for _ in range(rng.randint(1, 3)):  # several outlets report the same meeting
                if len(events) >= count:
                    break
                if written and rng.random() < 0.1:
                    earlier, earlier_event = rng.choice(written[-500:])
                    text = earlier["text"].replace(" said", " stated", 1) + " Updated."
                    record, truth = dict(earlier, text=text), earlier_event
                else:
                    title, text = _article(rng, slots, len(events))
                    record = {"title": title, "text": text, "published": published.isoformat()}
                    truth = event
                written.append((record, truth))
                events.append(truth)
                out.write(json.dumps(record) + "\n")
    return events


def _pairs(groups: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in groups.values())


def story_quality(stories: list[str], events: list[int]) -> dict[str, float]:
    """Pairwise precision/recall of the story grouping against the true events."""
    both = _pairs(Counter(zip(stories, events, strict=True)))
    predicted, true = _pairs(Counter(stories)), _pairs(Counter(events))
    return {
        "story_pair_precision": round(both / predicted, 3) if predicted else 1.0,
        "story_pair_recall": round(both / true, 3) if true else 1.0,
    }


def _rss_mb() -> float:
    # Current resident set size from /proc (ru_maxrss only gives the peak).
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(path: Path, *, settings: Settings, dedup: bool, events: list[int]) -> dict[str, float]:
    """Read, clean and (optionally) deduplicate every article of ``path``; return measurements."""
    index = DuplicateIndex(settings=settings)
    timings = Timings()
    count = near = errors = 0
    stories: list[str] = []
    stream = read_documents([str(path)], settings=settings, defaults=DocumentDefaults())
    began = time.perf_counter()
    cpu_began = time.process_time()
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
            stories.append(info.story_id)
            timings.dedup += time.perf_counter() - t2
        count += 1
        if count == 2000:
            timings.marks["rss_at_2k_mb"] = _rss_mb()
    elapsed = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    return {
        "articles": count,
        # CPU time is the fairer number on a shared machine: wall time includes waiting for a core.
        "cpu_seconds": round(cpu, 2),
        "articles_per_cpu_s": round(count / cpu, 1),
        "errors": errors,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(count / elapsed, 1),
        "read_per_article_ms": round(1000 * timings.read / count, 3),
        "clean_per_article_ms": round(1000 * timings.clean / count, 3),
        "dedup_per_article_ms": round(1000 * timings.dedup / count, 3) if dedup else 0.0,
        "near_duplicates": near,
        "stories": len(set(stories)),
        "true_events": len(set(events)),
        **(story_quality(stories, events) if dedup else {}),
        "rss_at_2k_mb": round(timings.marks.get("rss_at_2k_mb", float("nan")), 1),
        "rss_at_end_mb": round(_rss_mb(), 1),
    }


def tiny_files(root: Path, count: int, *, settings: Settings) -> dict[str, float]:
    """Time reading + cleaning ``count`` one-sentence files in 100 folders (per-file overhead)."""
    for n in range(count):
        folder = root / f"{n % 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{n:06d}.txt").write_text(
            f"Envoys met in Geneva for round {n} of talks.", encoding="utf-8"
        )
    began = time.perf_counter()
    done = 0
    for item in read_documents([str(root)], settings=settings, defaults=DocumentDefaults()):
        if not isinstance(item, InputError):
            clean_document(item, settings=settings)
            done += 1
    elapsed = time.perf_counter() - began
    return {"files": done, "seconds": round(elapsed, 2), "files_per_s": round(done / elapsed, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--tiny-files", type=int, default=0, help="also time this many tiny files")
    args = parser.parse_args()
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.jsonl"
        events = generate(path, args.articles)
        size_mb = path.stat().st_size / 2**20
        # Read+clean alone first: its memory must be flat; then the full front with dedup.
        streaming = run(path, settings=settings, dedup=False, events=events)
        full = run(path, settings=settings, dedup=True, events=events)
        tiny = tiny_files(Path(tmp) / "tiny", args.tiny_files, settings=settings) if args.tiny_files else None
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    # Flat memory: reading and cleaning 8 000 more articles must not grow the process.
    growth = streaming["rss_at_end_mb"] - streaming["rss_at_2k_mb"]
    result = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "machine": f"{platform.machine()} {platform.system()}, {os.cpu_count()} CPUs, "
        f"python {platform.python_version()}",
        "input_mb": round(size_mb, 1),
        "read_clean": streaming,
        "read_clean_rss_growth_mb": round(growth, 1),
        "read_clean_memory_flat": growth < 10,
        "read_clean_dedup": full,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if tiny is not None:
        result["tiny_files"] = tiny
    text = json.dumps(result, indent=2)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
