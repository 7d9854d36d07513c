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


def _noise_kinds(record: dict[str, Any]) -> set[str]:
    """Kinds of page furniture in an article, as scraped pages show them (see examples/README.md)."""
    paragraphs = record["text"].split("\n\n")
    # An opening repeated with an agency prefix ("Moscow (MDN): ...") still counts as repeated.
    opening = [re.sub(r"^[\w .]+\([A-Z]{2,4}\) ?: ?|^[\w ]+: ", "", p) for p in paragraphs[:4]]
    kinds = set()
    if paragraphs[0] == record["title"] or len(set(opening)) < len(opening):
        kinds.add("repeated_opening")
    for paragraph in paragraphs:
        if re.search(r"•\s*\d+\s+views$", paragraph):
            kinds.add("view_counter")
        if paragraph in ("Details", "Addendum"):
            kinds.add("section_label")
        if re.fullmatch(r"(Read More|Related news):?", paragraph):
            kinds.add("link_block")
        if re.match(r"(Share|Subscribe)\b", paragraph):
            kinds.add("share_line")
    return kinds


def test_about_a_third_of_articles_carry_page_noise() -> None:
    records = _records()
    found = [_noise_kinds(r) for r in records]
    share = sum(1 for kinds in found if kinds) / len(records)
    assert 0.25 <= share <= 0.45, share
    counts = Counter(kind for kinds in found for kind in kinds)
    for kind in ("repeated_opening", "view_counter", "section_label", "link_block", "share_line"):
        assert counts[kind] >= 3, (kind, counts)


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


DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

# Each feature the pipeline must cope with appears in at least one article (see examples/README.md).
FEATURES = {
    "planned": r"\b(will sign|plan to|is due to|are expected to|is expected to)\b",
    "negated": r"\b(did not meet|did not travel|was not summoned|did not shake hands)\b",
    "denied": r"\b(denies|denied) (supplying|sending|that|planning)\b",
    "alleged": r"\baccused (Iran|Tehran|Beijing|Washington|the Chinese)\b",
    "conditional": r"\b[Ii]f (the|talks|diplomacy|they|Israel|the West)\b[^.]*\b(would|will)\b",
    "nested attribution": r"\breports, citing [^.]*, \w+ writes\b",
    "direct quote": r"\"[^\"]+,\" (he|she) said",
    "appositive title": r"his (Russian|Iranian|Turkish) counterpart",
    "two countries": r"\bthe two countries\b",
    "both sides": r"\b[Bb]oth sides\b",
    "relative day": rf"\bon ({DAYS})\b",
    "yesterday with weekday": rf"\byesterday \(({DAYS})\)",
    "next month": r"\bnext month\b",
    "named month": rf"\bin ({MONTHS})\b",
    "first days of a year": r"\bin the first days of 20\d\d\b",
}


@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_corpus_exercises_feature(feature: str) -> None:
    pattern = re.compile(FEATURES[feature])
    assert any(pattern.search(r["text"]) for r in _records()), feature


@pytest.mark.parametrize(
    ("spelling", "variant"),
    [("Pezeshkian", "Peseshkian"), ("Amir-Abdollahian", "Amirabdollahian")],
)
def test_same_person_is_spelled_two_ways(spelling: str, variant: str) -> None:
    texts = [r["text"] for r in _records()]
    assert any(spelling in t for t in texts) and any(variant in t for t in texts)


def test_yesterday_weekday_matches_the_publication_date() -> None:
    # "yesterday (Tuesday)" must name the day before the article's date, or dates resolve wrongly.
    checked = 0
    for record in _records():
        published = dt.date.fromisoformat(record["published"])
        for day in re.findall(r"\byesterday \((\w+day)\)", record["text"]):
            assert (published - dt.timedelta(days=1)).strftime("%A") == day, record["id"]
            checked += 1
    assert checked >= 2


def test_one_meeting_is_reported_by_two_outlets() -> None:
    # Two different articles (not near-duplicates) about one meeting, a day apart, from two outlets.
    records = _records()
    kazan = [r for r in records if "Kazan" in r["text"] and "Putin" in r["text"] and "BRICS" in r["text"]]
    assert len({r["source"] for r in kazan}) >= 2
    a, b = kazan[:2]
    gap = abs(dt.date.fromisoformat(a["published"]) - dt.date.fromisoformat(b["published"]))
    assert gap <= dt.timedelta(days=1)
    overlap = _shingles(a["text"]) & _shingles(b["text"])
    assert len(overlap) / len(_shingles(a["text"]) | _shingles(b["text"])) < 0.2


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus ingested as `make demo` does it, into a fresh SQLite file."""
    from typer.testing import CliRunner

    from communique.cli import app

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.slow
def test_demo_opens_on_iran_russia(demo_db: Path) -> None:
    from communique.store import Store
    from communique.store.queries import top_dyads

    store = Store(f"sqlite:///{demo_db}")
    try:
        dyads = top_dyads(store, limit=50)
    finally:
        store.close()
    undirected: Counter[frozenset[str]] = Counter()
    for dyad in dyads:
        if dyad["source"] and dyad["target"] and dyad["source"] != dyad["target"]:
            undirected[frozenset((dyad["source"], dyad["target"]))] += dyad["events"]
    (top, events), (second, runner_up) = undirected.most_common(2)
    assert top == frozenset(("IRN", "RUS")), undirected.most_common(5)
    assert events > runner_up, (second, runner_up)


@pytest.mark.slow
def test_demo_marks_republications_and_the_french_item(demo_db: Path) -> None:
    from communique.store import Store
    from communique.store.queries import get_article

    store = Store(f"sqlite:///{demo_db}")
    try:
        copies = {
            "gw-2023-05-18-rasht-astara-railway": "cd-2023-05-17-rasht-astara-railway",
            "bsc-2022-07-23-grain-deal-istanbul": "bb-2022-07-22-grain-deal-istanbul",
        }
        for copy, original in copies.items():
            article = get_article(store, copy)
            assert article is not None and article["near_duplicate_of"] == original, copy
        french = get_article(store, "aa-2023-01-27-france-detenus-iran")
        assert french is not None and french["language"] == "fr"
    finally:
        store.close()
