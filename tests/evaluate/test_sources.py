"""Predictions from the pipeline, from a database and from the seeds (slow: they run the NLP)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.evaluate import GoldItem, evaluate, read_gold
from communique.evaluate._sources import predict_with_pipeline
from communique.settings import Settings

GOLD = Path(__file__).resolve().parents[1] / "gold"

RECORDS = [
    {
        "id": "src-1",
        "text": "Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergei Lavrov in Ankara on "
        "Monday to discuss grain exports across the Black Sea.",
        "published": "2024-06-11",
        "events": [
            {"cameo_root": "04", "source_country": "TUR", "target_country": "RUS", "modality": "asserted"}
        ],
    },
    {
        "id": "src-2",
        "text": "The central bank kept its main interest rate unchanged on Thursday, citing stubborn "
        "inflation in food and energy prices.",
        "published": "2024-06-14",
        "events": [],
    },
]


@pytest.mark.slow
def test_pipeline_predictions_carry_the_gold_ids(settings: Settings, pipeline: object) -> None:
    items = [
        GoldItem(id="sentence", text=str(RECORDS[0]["text"])),
        GoldItem(id="article", text="Lavrov visits Ankara.\n\n" + str(RECORDS[0]["text"]), is_article=True),
    ]
    predictions, notices = predict_with_pipeline(items, settings=settings, pipeline=pipeline)  # type: ignore[arg-type]
    assert notices == []
    assert {p.item_id for p in predictions} == {"sentence", "article"}
    assert any(
        p.cameo_root == "04" and {p.source_country, p.target_country} == {"TUR", "RUS"} for p in predictions
    )


@pytest.mark.slow
def test_database_predictions_score_like_the_pipeline(
    settings: Settings, pipeline: object, tmp_path: Path
) -> None:
    from communique.pipeline import ingest

    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = str(tmp_path / "eval.db")
    report = ingest([str(gold)], settings=settings.replace(db=db), pipeline=pipeline)  # type: ignore[arg-type]
    assert report.stored == 2, report.errors
    from_db = evaluate(gold, settings=settings, db=db)
    direct = evaluate(gold, settings=settings, pipeline=pipeline)  # type: ignore[arg-type]
    assert from_db.predictions_from == f"database {db}"
    assert from_db.scores.predicted_events == direct.scores.predicted_events > 0
    assert from_db.scores.tuple.tp == direct.scores.tuple.tp


@pytest.mark.slow
def test_seed_gold_is_scored_when_the_seeds_are_present(
    settings: Settings, pipeline: object, seeds_dir: Path
) -> None:
    shared = seeds_dir.parents[1]
    assert len(read_gold(GOLD / "seeds.jsonl", shared_dir=shared).items) == 5
    result = evaluate(GOLD / "seeds.jsonl", settings=settings, shared_dir=shared, pipeline=pipeline)  # type: ignore[arg-type]
    assert result.notices == ()
    assert result.scores.items == 5
    seed_004 = next(e for e in result.scores.errors if e.item_id == "seed-004")
    assert seed_004.misses == [], seed_004.misses
