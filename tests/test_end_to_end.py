"""End to end through the CLI, as a new user runs it: ingest → export, on real and bad inputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app

runner = CliRunner()


def _export(db: Path, *extra: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", *extra])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.mark.slow
def test_seed_004_meeting_is_coded_with_resolved_date(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    seed = seeds_dir / "004_76d88a709a8f575d.txt"
    result = runner.invoke(app, ["ingest", str(seed), "--db", str(db), "--published", "2021-10-07"])
    assert result.exit_code == 0, result.output
    events = _export(db)
    meetings = [
        e
        for e in events
        if e["cameo_root"] == "04"
        and {(e["source"] or {}).get("country"), (e["target"] or {}).get("country")} == {"IRN", "RUS"}
    ]
    assert meetings, f"no IRN–RUS consultation among {[(e['cameo'], e['sentence']) for e in events]}"
    dated = [e for e in meetings if e["date"] == "2021-10-06"]
    assert dated, [(e["date"], e["sentence"]) for e in meetings]
    event = dated[0]
    text = next(a for a in _export(db, "--what", "articles"))["text"]
    assert isinstance(text, str)
    assert text[int(event["sentence_start"]) : int(event["sentence_end"])] == event["sentence"]
    assert "views" not in str(event["sentence"])
    # Re-ingesting the same file stores nothing new.
    again = runner.invoke(app, ["ingest", str(seed), "--db", str(db), "--published", "2021-10-07"])
    assert again.exit_code == 0, again.output
    assert len(_export(db)) == len(events)


def test_bad_inputs_are_named_and_good_ones_beside_them_stored(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\xff\xfe" * 50)
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    good = {
        "id": "good-1",
        "title": "Foreign ministers meet",
        "text": "Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov in Ankara "
        "on Monday to discuss the war in Ukraine.",
        "published": "2024-06-11",
        "source": "Test Wire",
    }
    (inputs / "feed.jsonl").write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    db = tmp_path / "c.db"
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(db)])
    assert result.exit_code != 0
    assert "binary.txt" in result.output
    assert "empty.txt" in result.output
    assert "feed.jsonl:2" in result.output
    articles = _export(db, "--what", "articles")
    assert [a["id"] for a in articles] == ["good-1"]


@pytest.mark.slow
def test_example_corpus_ingests_and_stats_summarise(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    if not corpus.is_dir():
        pytest.skip("examples/corpus not present")
    work = tmp_path / "corpus"
    shutil.copytree(corpus, work)
    db = tmp_path / "c.db"
    first = runner.invoke(app, ["ingest", str(work), "--db", str(db)])
    assert first.exit_code == 0, first.output
    events = _export(db)
    assert len({e["cameo_root"] for e in events}) >= 8
    stats = runner.invoke(app, ["stats", "--db", str(db)])
    assert stats.exit_code == 0, stats.output
    assert "IRN" in stats.output and "RUS" in stats.output
    second = runner.invoke(app, ["ingest", str(work), "--db", str(db)])
    assert second.exit_code == 0
    assert len(_export(db)) == len(events)
