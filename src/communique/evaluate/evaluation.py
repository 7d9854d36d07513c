"""``evaluate``: read the gold, get predictions (pipeline, export file or database), score them."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from communique.errors import EvaluationError
from communique.evaluate._sources import predict_with_pipeline, predictions_from_db, predictions_from_file
from communique.evaluate.gold import read_gold
from communique.evaluate.scoring import Scores, score
from communique.settings import Settings

if TYPE_CHECKING:
    from communique.pipeline import Pipeline

__all__ = ["EvaluationResult", "evaluate"]


@dataclass(frozen=True, slots=True)
class EvaluationResult:
    """The scores of one evaluation run and what it was run on."""

    gold: str
    formats: tuple[str, ...]
    predictions_from: str
    categories: tuple[str, ...] | None
    scores: Scores
    notices: tuple[str, ...]
    seconds: float

    def as_dict(self, *, errors: bool = True) -> dict[str, object]:
        """Everything as JSON-ready values.

        Args:
            errors: include the per-item listing of misses and false alarms.

        Returns:
            A dict with the run description, ``scores`` and ``notices``.
        """
        return {
            "gold": self.gold,
            "formats": list(self.formats),
            "predictions_from": self.predictions_from,
            "categories": list(self.categories) if self.categories is not None else None,
            "seconds": round(self.seconds, 2),
            "notices": list(self.notices),
            "scores": self.scores.as_dict(errors=errors),
        }


def evaluate(
    gold_path: str | Path,
    *,
    settings: Settings,
    events_path: str | Path | None = None,
    db: str | None = None,
    categories: Sequence[str] | None = None,
    shared_dir: str | Path | None = None,
    pipeline: Pipeline | None = None,
) -> EvaluationResult:
    """Score communique's events against a gold file or directory.

    Args:
        gold_path: PETRARCH XML, PLOVER JSON, communique JSONL, or a directory of JSONL.
        settings: the run's settings (the pipeline's model and options).
        events_path: score the events of this JSONL export instead of running the pipeline.
        db: score the events stored in this database (looked up by the gold ids) instead.
        categories: keep only gold items of these categories (e.g. AFP, GOLD).
        shared_dir: where ``text_path`` gold entries resolve (default: ``../shared`` beside the
            repository).
        pipeline: an already-loaded pipeline to run (tests share one).

    Returns:
        The ``EvaluationResult``.

    Raises:
        EvaluationError: unreadable gold or events, both ``events_path`` and ``db`` given, or no
            gold item left to score.
    """
    if events_path is not None and db is not None:
        raise EvaluationError("give either an events file or a database, not both")
    started = time.perf_counter()
    gold = read_gold(gold_path, shared_dir=shared_dir, categories=categories)
    if not gold.items:
        wanted = f" in categories {', '.join(categories)}" if categories else ""
        raise EvaluationError(f"{gold_path}: no gold items to score{wanted}")
    notices = list(gold.notices)
    if events_path is not None:
        predictions, source = predictions_from_file(events_path), f"events file {events_path}"
    elif db is not None:
        predictions, source = predictions_from_db(gold.items, url=db), f"database {db}"
    else:
        predictions, run_notices = predict_with_pipeline(gold.items, settings=settings, pipeline=pipeline)
        notices.extend(run_notices)
        source = "pipeline"
    known = {item.id for item in gold.items}
    strays = sum(1 for p in predictions if p.item_id not in known)
    if strays:
        # Usually an id mismatch (an export of articles ingested without their gold ids).
        notices.append(f"{strays} predicted event(s) name no gold item and were not scored")
    return EvaluationResult(
        gold=str(gold_path),
        formats=gold.formats,
        predictions_from=source,
        categories=tuple(categories) if categories else None,
        scores=score(gold.items, predictions),
        notices=tuple(notices),
        seconds=time.perf_counter() - started,
    )
