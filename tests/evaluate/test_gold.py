"""communique's own gold JSONL reader, directories of gold files and format detection."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from communique.errors import EvaluationError
from communique.evaluate import read_gold

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"


def _write(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


SENTENCE = {
    "id": "s-1",
    "text": "Kazakhstan and Uzbekistan signed a water-sharing accord in Tashkent on Friday.",
    "published": "2023-03-11",
    "events": [
        {
            "cameo": "057",
            "source_country": "kaz",
            "target_country": "UZB",
            "modality": "asserted",
            "date": "2023-03-10",
            "location": "Tashkent",
            "evidence": "signed",
        }
    ],
    "optional_events": [{"cameo_root": "04", "source_country": "KAZ", "target_country": "UZB"}],
}


def test_jsonl_lines_become_items(tmp_path: Path) -> None:
    gold = read_gold(_write(tmp_path / "g.jsonl", SENTENCE))
    (item,) = gold.items
    assert (item.id, item.published, item.is_article, item.scheme) == (
        "s-1",
        dt.date(2023, 3, 11),
        False,
        "cameo",
    )
    (event,) = item.events
    assert (event.label, event.cameo, event.source_country, event.target_country) == (
        "05",
        "057",
        "KAZ",
        "UZB",
    )
    assert (event.modality, event.date, event.location) == ("asserted", dt.date(2023, 3, 10), "Tashkent")
    assert [e.label for e in item.optional_events] == ["04"]


def test_multi_paragraph_text_is_an_article(tmp_path: Path) -> None:
    record = {**SENTENCE, "text": "First paragraph.\n\nSecond paragraph."}
    (item,) = read_gold(_write(tmp_path / "g.jsonl", record)).items
    assert item.is_article


def test_text_path_resolves_against_the_shared_dir(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / "data").mkdir(parents=True)
    (shared / "data" / "a.txt").write_text("Minsk hosted talks.\n\nMore text.", encoding="utf-8")
    record = {"id": "art", "text_path": "data/a.txt", "published": "2022-01-02", "events": []}
    gold_file = _write(
        tmp_path / "g.jsonl", record, {**record, "id": "gone", "text_path": "data/missing.txt"}
    )
    gold = read_gold(gold_file, shared_dir=shared)
    assert [i.id for i in gold.items] == ["art"]
    assert gold.items[0].is_article
    assert gold.items[0].text.startswith("Minsk hosted talks.")
    assert len(gold.notices) == 1 and "missing.txt" in gold.notices[0] and "skipped" in gold.notices[0]


def test_directory_reads_every_jsonl_file(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", SENTENCE)
    _write(tmp_path / "b.jsonl", {**SENTENCE, "id": "s-2"})
    (tmp_path / "baseline.json").write_text("{}", encoding="utf-8")
    gold = read_gold(tmp_path)
    assert [i.id for i in gold.items] == ["s-1", "s-2"]
    assert gold.formats == ("jsonl",)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({**SENTENCE, "events": [{"cameo_root": "42"}]}, "cameo_root"),
        ({**SENTENCE, "events": [{"cameo_root": "04", "modality": "maybe"}]}, "modality"),
        ({**SENTENCE, "events": [{"cameo_root": "04", "actor": "IRN"}]}, "unknown field"),
        ({**SENTENCE, "events": [{"cameo": "057", "cameo_root": "04"}]}, "invalid"),
        ({**SENTENCE, "published": "yesterday"}, "bad date"),
        ({"id": "x", "events": []}, "text"),
        ({**SENTENCE, "events": {"cameo_root": "04"}}, "list"),
    ],
)
def test_malformed_lines_name_file_and_line(tmp_path: Path, record: dict[str, object], message: str) -> None:
    path = _write(tmp_path / "bad.jsonl", SENTENCE | {"id": "ok"}, record)
    with pytest.raises(EvaluationError, match=message) as info:
        read_gold(path)
    assert "bad.jsonl:2" in str(info.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="more than once"):
        read_gold(_write(tmp_path / "g.jsonl", SENTENCE, SENTENCE))


def test_unreadable_and_missing_gold_are_errors(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="not found"):
        read_gold(tmp_path / "nope.jsonl")
    binary = tmp_path / "b.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(EvaluationError, match="cannot read"):
        read_gold(binary)
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvaluationError, match=r"no \*\.jsonl"):
        read_gold(tmp_path / "empty")
    odd = tmp_path / "notes.txt"
    odd.write_text("hello", encoding="utf-8")
    with pytest.raises(EvaluationError, match="unknown gold format"):
        read_gold(odd)
