"""Evaluation gate: the pipeline on tests/gold/sentences.jsonl must not fall below the baseline.

The floors in tests/gold/baseline.json are the scores measured when the baseline was last set,
minus a small margin (docs/quality.md says how to raise them). A drop below a floor fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.evaluate import evaluate
from communique.settings import Settings

GOLD = Path(__file__).resolve().parents[1] / "gold"


def _measured(scores: dict[str, object]) -> dict[str, float | None]:
    def get(*path: str) -> float | None:
        node: object = scores
        for key in path:
            node = node[key]  # type: ignore[index]
        return node  # type: ignore[return-value]

    return {
        "detection_f1": get("detection", "f1"),
        "detection_precision": get("detection", "precision"),
        "tuple_f1": get("tuple", "f1"),
        "tuple_precision": get("tuple", "precision"),
        "country_accuracy": get("actors", "country", "accuracy"),
        "modality_accuracy": get("modality", "accuracy"),
    }


@pytest.mark.slow
def test_sentence_gold_scores_stay_above_the_baseline(settings: Settings, pipeline: object) -> None:
    baseline = json.loads((GOLD / "baseline.json").read_text(encoding="utf-8"))
    result = evaluate(GOLD / "sentences.jsonl", settings=settings, pipeline=pipeline)  # type: ignore[arg-type]
    measured = _measured(result.scores.as_dict(errors=False))
    drops = {
        name: (measured[name], floor)
        for name, floor in baseline["floors"].items()
        if measured[name] is None or measured[name] < floor  # type: ignore[operator]
    }
    assert not drops, f"scores below the baseline (measured, floor): {drops}"
