"""communique.evaluate — measured quality: gold readers, scoring, and the ``evaluate`` run.

``evaluate(gold_path, *, settings, events_path=None, db=None, categories=None)`` returns an
``EvaluationResult``; ``score(gold_items, predictions)`` is the pure scoring function under it.
"""

from communique.evaluate.evaluation import EvaluationResult, evaluate
from communique.evaluate.gold import GoldEvent, GoldItem, GoldSet, read_gold
from communique.evaluate.prediction import Prediction
from communique.evaluate.scoring import Accuracy, Counts, ItemErrors, Scores, score

__all__ = [
    "Accuracy",
    "Counts",
    "EvaluationResult",
    "GoldEvent",
    "GoldItem",
    "GoldSet",
    "ItemErrors",
    "Prediction",
    "Scores",
    "evaluate",
    "read_gold",
    "score",
]
