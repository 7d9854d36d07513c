"""Checks on the bundled example corpus that `make demo` ingests (examples/corpus/*.jsonl)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
FILES = sorted(CORPUS.glob("*.jsonl"))
REQUIRED = ("id", "title", "text", "source", "published", "url")
# Domains reserved for documentation (RFC 2606), so no link in the demo points at a real outlet.
RESERVED_SUFFIXES = (".example.org", ".example.com", ".example.net")
SHINGLE = 8
# Longer than a name with its title ("Russian Foreign Minister Sergei Lavrov in Moscow").
SEED_SHINGLE = 10


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for path in FILES for line in path.read_text(encoding="utf-8").splitlines()]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_corpus_files_exist() -> None:
    assert len(FILES) >= 3, f"expected the corpus split into several files in {CORPUS}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_line_is_a_complete_article(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n"), "file must end with a newline"
    for number, line in enumerate(raw.splitlines(), start=1):
        where = f"{path.name}:{number}"
        assert line.strip(), f"{where}: blank line"
        record = json.loads(line)
        assert isinstance(record, dict), where
        for field in REQUIRED:
            value = record.get(field)
            assert isinstance(value, str) and value.strip(), f"{where}: missing or empty {field!r}"
        dt.date.fromisoformat(record["published"])
        url = urlsplit(record["url"])
        assert url.scheme == "https" and url.hostname, f"{where}: bad url"
        assert url.hostname.endswith(RESERVED_SUFFIXES) or url.hostname.startswith("example."), where


def test_ids_and_urls_are_unique() -> None:
    records = _records()
    for field in ("id", "url"):
        counts = Counter(r[field] for r in records)
        assert [k for k, n in counts.items() if n > 1] == [], f"duplicate {field}"


def test_corpus_size_and_article_length() -> None:
    records = _records()
    assert len(records) >= 40
    for record in records:
        assert 120 <= len(record["text"].split()) <= 350, record["id"]


def test_dates_fall_in_the_covered_years() -> None:
    years = {dt.date.fromisoformat(r["published"]).year for r in _records()}
    assert years <= set(range(2019, 2026))
    assert {2020, 2021, 2022, 2023, 2024, 2025} <= years


def test_iran_russia_is_the_best_covered_pair() -> None:
    records = _records()
    both = [r for r in records if "Iran" in r["text"] and "Russia" in r["text"]]
    assert len(both) >= 12
    years = {r["published"][:4] for r in both}
    assert {"2020", "2022", "2024", "2025"} <= years
    # The pair the dashboard opens on must beat the next pair comfortably on article count.
    rivals = {
        ("Russia", "Ukrain"): 0,
        ("United States", "Iran"): 0,
        ("Israel", "Iran"): 0,
        ("China", "United States"): 0,
    }
    for a, b in rivals:
        rivals[(a, b)] = sum(1 for r in records if a in r["text"] and b in r["text"])
    assert len(both) > max(rivals.values())


def test_corpus_contains_near_duplicate_pairs() -> None:
    records = _records()
    shingles = {r["id"]: _shingles(r["text"]) for r in records}
    ids = sorted(shingles)
    pairs = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            union = shingles[a] | shingles[b]
            if union and len(shingles[a] & shingles[b]) / len(union) >= 0.5:
                pairs.append((a, b))
    assert len(pairs) >= 2, pairs


def test_corpus_contains_a_non_english_article() -> None:
    english_markers = {"the", "and", "of", "said"}
    non_english = []
    for record in _records():
        words = _words(record["text"])
        share = sum(1 for w in words if w in english_markers) / len(words)
        if share < 0.02:
            non_english.append(record["id"])
    assert non_english


def test_corpus_shares_no_passage_with_the_seed_articles(seeds_dir: Path) -> None:
    # The corpus is original writing; a shared run of ten words would mean copied prose.
    seed_shingles: set[tuple[str, ...]] = set()
    for seed in sorted(seeds_dir.glob("*.txt")):
        seed_shingles |= _shingles(seed.read_text(encoding="utf-8"), SEED_SHINGLE)
    for record in _records():
        overlap = _shingles(record["text"], SEED_SHINGLE) & seed_shingles
        assert not overlap, (record["id"], sorted(" ".join(s) for s in overlap)[:3])
