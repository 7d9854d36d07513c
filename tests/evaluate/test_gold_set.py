"""The team's development gold set in tests/gold: well-formed, covering, and original."""

from __future__ import annotations

import json
import re
from pathlib import Path

from communique.evaluate import read_gold

GOLD = Path(__file__).resolve().parents[1] / "gold"
#: The sealed test split (never tuned on; see tests/unseen/README.md).
UNSEEN = Path(__file__).resolve().parents[1] / "unseen"


def _lines(name: str) -> list[dict[str, object]]:
    return [
        json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def test_sentences_cover_every_root_and_the_hard_cases() -> None:
    items = read_gold(GOLD / "sentences.jsonl").items
    assert len(items) >= 60
    roots = {e.label for i in items for e in i.events}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    tags = {t for record in _lines("sentences.jsonl") for t in record["tags"]}  # type: ignore[attr-defined]
    for needed in (
        "passive",
        "coordinated",
        "nominal",
        "planned",
        "negated",
        "denied",
        "alleged",
        "reported",
        "no-event",
    ):
        assert needed in tags, needed
    assert sum(1 for i in items if not i.events) >= 10
    modalities = {e.modality for i in items for e in i.events}
    assert {"asserted", "planned", "negated"} <= modalities
    assert all(e.modality is not None for i in items for e in i.events)


def test_seeds_gold_stores_no_outlet_text() -> None:
    for record in _lines("seeds.jsonl"):
        assert "text" not in record
        assert str(record["text_path"]).startswith("data/seeds/")
        assert record["events"]


def test_seed_acceptance_events_are_annotated() -> None:
    records = {str(r["id"]): r for r in _lines("seeds.jsonl")}
    meeting = records["seed-004"]["events"][0]  # type: ignore[index]
    assert (meeting["cameo_root"], meeting["date"], meeting["location"]) == ("04", "2021-10-06", "Moscow")
    roots_002 = {(e["source_country"], e["cameo_root"], e["modality"]) for e in records["seed-002"]["events"]}  # type: ignore[union-attr]
    assert {
        ("USA", "11", "asserted"),
        ("USA", "16", "asserted"),
        ("IRN", "01", "asserted"),
        ("RUS", "05", "planned"),
    } <= roots_002


def test_seeds_resolve_against_the_shared_folder_or_are_skipped(tmp_path: Path) -> None:
    absent = read_gold(GOLD / "seeds.jsonl", shared_dir=tmp_path)
    assert absent.items == ()
    assert len(absent.notices) == 5


def _shingles(text: str, n: int = 7) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_gold_texts_are_not_copied_from_the_shared_folder(seeds_dir: Path) -> None:
    shared_shingles: set[tuple[str, ...]] = set()
    for seed in seeds_dir.glob("*.txt"):
        shared_shingles |= _shingles(seed.read_text(encoding="utf-8"))
    dev_file = seeds_dir.parents[1] / "data" / "dev" / "petr2_gsr_validation.xml"
    if dev_file.is_file():
        for item in read_gold(dev_file).items:
            shared_shingles |= _shingles(item.text)
    for path in sorted(GOLD.glob("*.jsonl")):
        if path.name == "seeds.jsonl":
            continue
        for item in read_gold(path).items:
            assert not _shingles(item.text) & shared_shingles, (path.name, item.id)


def test_held_out_set_is_well_formed_and_has_false_alarm_traps() -> None:
    items = read_gold(GOLD / "heldout.jsonl").items
    assert len(items) >= 40
    assert sum(1 for i in items if not i.events) >= 8
    assert len({e.label for i in items for e in i.events}) >= 12
    assert not {i.id for i in items} & {i.id for i in read_gold(GOLD / "sentences.jsonl").items}


def test_every_gold_file_has_its_own_ids_and_the_second_sets_are_broad() -> None:
    seen: dict[str, str] = {}
    for path in sorted(GOLD.glob("*.jsonl")) + sorted(UNSEEN.glob("*.jsonl")):
        for item in read_gold(path, shared_dir=GOLD).items:
            assert item.id not in seen, (item.id, path.name, seen.get(item.id))
            seen[item.id] = path.name
    broad = ("dev2.jsonl", "heldout2.jsonl", "heldout3.jsonl", "dev3.jsonl", "heldout4.jsonl")
    for path in [GOLD / name for name in broad] + [UNSEEN / "heldout5.jsonl"]:
        items = read_gold(path).items
        assert len(items) >= 100
        assert sum(1 for i in items if not i.events) >= 0.12 * len(items)
        # every CAMEO root 01-20 has at least one gold event
        assert {e.label[:2] for i in items for e in i.events} >= {f"{n:02d}" for n in range(1, 21)}


def test_the_unseen_split_is_not_in_the_development_gold() -> None:
    # `make eval` and `evaluate tests/gold/` must never score (or let anyone tune on) the test split
    # as development data: it lives outside tests/gold and shares no text with it.
    assert not list(GOLD.glob("heldout5*"))
    dev_texts = {str(record.get("text", "")) for path in GOLD.glob("*.jsonl") for record in _lines(path.name)}
    unseen = [
        json.loads(line) for line in (UNSEEN / "heldout5.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(unseen) >= 100
    assert not {str(r["text"]) for r in unseen} & dev_texts
