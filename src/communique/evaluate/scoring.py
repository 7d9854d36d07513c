"""Scoring: a pure function from gold items and predicted events to precision/recall/F1 and more.

Rules (docs/quality.md explains them for readers of the scores):

- Event detection compares the *sets* of (item, label) pairs, where the label is the CAMEO root
  (or the PLOVER type for PLOVER gold). A predicted pair that only an optional event has is
  ignored.
- The full tuple compares (item, source country, target country, label). Direction matters,
  except for symmetric roots (03/04/05, ``is_symmetric_root``) and for reciprocal events on
  either side. A gold country of None is "unspecified" and fits any predicted country.
- Duplicates count once: gold and predicted tuples are compared as sets (the symmetric ones in a
  canonical order), so a system is neither rewarded nor punished for repeating an event. A
  prediction that fits a gold tuple another prediction already matched (possible only with an
  unspecified gold country) is counted as redundant, not as a false alarm.
- Actor, date, modality and location accuracy are measured on gold events whose label was
  detected, against the prediction aligned with them (the tuple match, else the same-label
  prediction whose actors agree most). Where the system reported the matched event several
  times, the report whose date, modality and place agree best is the one compared.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from communique.evaluate.gold import GoldEvent, GoldItem, Scheme
from communique.evaluate.prediction import Prediction

__all__ = ["Accuracy", "Counts", "ItemErrors", "Scores", "score"]


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the derived rates."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted and nothing expected, else 0.0 if none."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """The counts and rates (rounded to 4 places) as a plain dict."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """Correct out of scored cases; ``value`` is None when nothing could be scored."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """correct / total, or None for zero cases."""
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        """Count one scored case."""
        self.total += 1
        self.correct += ok

    def as_dict(self) -> dict[str, float | int | None]:
        """The counts and the rate (rounded) as a plain dict."""
        value = self.value
        return {
            "correct": self.correct,
            "total": self.total,
            "accuracy": None if value is None else round(value, 4),
        }


@dataclass
class ItemErrors:
    """What went wrong on one gold item: missed gold tuples and false alarms, described."""

    item_id: str
    text: str
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """As a plain dict."""
        return {
            "id": self.item_id,
            "text": self.text,
            "misses": self.misses,
            "false_alarms": self.false_alarms,
        }


@dataclass
class Scores:
    """Everything ``score`` measures."""

    items: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    duplicates: int = 0
    redundant: int = 0
    detection: Counts = field(default_factory=Counts)
    tuple: Counts = field(default_factory=Counts)
    detection_by_label: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    tuple_by_label: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    country: Accuracy = field(default_factory=Accuracy)
    sector: Accuracy = field(default_factory=Accuracy)
    date_day: Accuracy = field(default_factory=Accuracy)
    date_month: Accuracy = field(default_factory=Accuracy)
    modality: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    errors: list[ItemErrors] = field(default_factory=list)
    error_classes: Counter[str] = field(default_factory=Counter)

    def as_dict(self, *, errors: bool = True) -> dict[str, object]:
        """All scores as plain JSON-ready values; ``errors=False`` leaves the per-item listing out."""
        data: dict[str, object] = {
            "items": self.items,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "duplicate_predictions": self.duplicates,
            "redundant_predictions": self.redundant,
            "detection": self.detection.as_dict(),
            "tuple": self.tuple.as_dict(),
            "by_label": {
                label: {
                    "detection": self.detection_by_label[label].as_dict(),
                    "tuple": self.tuple_by_label[label].as_dict(),
                }
                for label in sorted(set(self.detection_by_label) | set(self.tuple_by_label))
            },
            "actors": {"country": self.country.as_dict(), "sector": self.sector.as_dict()},
            "date": {"exact_day": self.date_day.as_dict(), "same_month": self.date_month.as_dict()},
            "modality": self.modality.as_dict(),
            "location": self.location.as_dict(),
            "error_classes": dict(self.error_classes.most_common()),
        }
        if errors:
            data["errors"] = [e.as_dict() for e in self.errors if e.misses or e.false_alarms]
        return data


# A tuple key: (label, source country, target country); symmetric ones in canonical order.
_Key = tuple[str, str | None, str | None]


def score(gold_items: Iterable[GoldItem], predictions: Iterable[Prediction]) -> Scores:
    """Score predicted events against gold items.

    Args:
        gold_items: the gold; items with no events expect none (their predictions are false alarms).
        predictions: predicted events, each naming its gold item by ``item_id``; predictions for
            items not in the gold are ignored.

    Returns:
        The ``Scores``.
    """
    by_item: dict[str, list[Prediction]] = defaultdict(list)
    for prediction in predictions:
        by_item[prediction.item_id].append(prediction)
    scores = Scores()
    for item in gold_items:
        scores.items += 1
        _score_item(item, by_item.get(item.id, []), scores)
    return scores


def _score_item(item: GoldItem, predicted: Sequence[Prediction], scores: Scores) -> None:
    scheme = item.scheme
    # Predictions without a label in this scheme (CAMEO 01/02 have no PLOVER type) are not scored.
    labelled = [p for p in predicted if p.label(scheme) is not None]
    scores.predicted_events += len(labelled)
    errors = ItemErrors(item_id=item.id, text=item.text)
    scores.errors.append(errors)

    # 1. Detection: sets of labels.
    gold_labels = {e.label for e in item.events}
    optional_labels = {e.label for e in item.optional_events} - gold_labels
    predicted_labels = {p.label(scheme) for p in labelled} - {None}
    for label in gold_labels | predicted_labels:
        counts = scores.detection_by_label[label]  # type: ignore[index]
        hit = label in gold_labels and label in predicted_labels
        miss = label in gold_labels and label not in predicted_labels
        alarm = label in predicted_labels and label not in gold_labels and label not in optional_labels
        for target in (counts, scores.detection):
            target.tp += hit
            target.fn += miss
            target.fp += alarm

    # 2. Tuples: deduplicated sets, matched one to one (gold countries may be unspecified).
    gold = _unique_gold(item.events, scheme)
    optional = _unique_gold(item.optional_events, scheme)
    scores.gold_events += len(gold)
    reports: dict[_Key, list[Prediction]] = defaultdict(list)
    for p in labelled:
        reports[_pred_key(p, scheme)].append(p)
    scores.duplicates += sum(len(group) - 1 for group in reports.values())
    groups = list(reports.values())
    preds = [group[0] for group in groups]
    fits = [[j for j, p in enumerate(preds) if _fits(g, p, scheme)] for g in gold]
    pairing = _match(fits)
    matched_preds = set(pairing.values())
    for i, g in enumerate(gold):
        counts = scores.tuple_by_label[g.label]
        if i in pairing:
            counts.tp += 1
            scores.tuple.tp += 1
        else:
            counts.fn += 1
            scores.tuple.fn += 1
            errors.misses.append(_describe_miss(g, preds, scheme))
            scores.error_classes[_miss_class(g, preds, scheme)] += 1
    for j, p in enumerate(preds):
        if j in matched_preds:
            continue
        if any(_fits(g, p, scheme) for g in gold):
            scores.redundant += 1
        elif not any(_fits(g, p, scheme) for g in optional):
            label = p.label(scheme) or ""
            scores.tuple_by_label[label].fp += 1
            scores.tuple.fp += 1
            errors.false_alarms.append(p.describe())
            scores.error_classes[_alarm_class(p, item, scheme)] += 1

    # 3. Attributes of detected gold events, against the aligned prediction.
    for i, g in enumerate(gold):
        aligned = (
            _best_report(g, groups[pairing[i]]) if i in pairing else _best_same_label(g, labelled, scheme)
        )
        if aligned is not None:
            _score_attributes(g, aligned, scheme, scores)


def _unique_gold(events: Iterable[GoldEvent], scheme: Scheme) -> list[GoldEvent]:
    unique: dict[_Key, GoldEvent] = {}
    for event in events:
        key = _key(event.label, event.source_country, event.target_country, symmetric=event.symmetric(scheme))
        unique.setdefault(key, event)
    return list(unique.values())


def _key(label: str, source: str | None, target: str | None, *, symmetric: bool) -> _Key:
    if symmetric and (source or "") > (target or ""):
        source, target = target, source
    return (label, source, target)


def _pred_key(p: Prediction, scheme: Scheme) -> _Key:
    label = p.label(scheme) or ""
    return _key(label, p.source_country, p.target_country, symmetric=_pred_symmetric(p, label, scheme))


def _pred_symmetric(p: Prediction, label: str, scheme: Scheme) -> bool:
    return p.reciprocal or GoldEvent(label=label).symmetric(scheme)


def _fits(g: GoldEvent, p: Prediction, scheme: Scheme) -> bool:
    if p.label(scheme) != g.label:
        return False
    if _same(g.source_country, p.source_country) and _same(g.target_country, p.target_country):
        return True
    either_way = g.symmetric(scheme) or p.reciprocal
    return (
        either_way and _same(g.source_country, p.target_country) and _same(g.target_country, p.source_country)
    )


def _same(gold: str | None, predicted: str | None) -> bool:
    return gold is None or gold == predicted


def _match(fits: Sequence[Sequence[int]]) -> dict[int, int]:
    # Maximum bipartite matching (Kuhn's augmenting paths): the graphs are a handful of events per
    # item, so the simple algorithm is plenty and avoids a greedy choice stealing a later match.
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(fits)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _orientation(g: GoldEvent, p: Prediction, scheme: Scheme) -> tuple[int, bool]:
    # How many actor slots agree, and whether the prediction reads reversed (symmetric only).
    direct = _agreement(g, p.source_country, p.target_country)
    if g.symmetric(scheme) or p.reciprocal:
        reverse = _agreement(g, p.target_country, p.source_country)
        if reverse > direct:
            return reverse, True
    return direct, False


def _agreement(g: GoldEvent, source: str | None, target: str | None) -> int:
    return int(g.source_country == source) + int(g.target_country == target)


def _best_same_label(g: GoldEvent, preds: Sequence[Prediction], scheme: Scheme) -> Prediction | None:
    same = [p for p in preds if p.label(scheme) == g.label]
    return max(same, key=lambda p: (_orientation(g, p, scheme)[0], _attribute_agreement(g, p)), default=None)


def _best_report(g: GoldEvent, reports: Sequence[Prediction]) -> Prediction:
    return max(reports, key=lambda p: _attribute_agreement(g, p))


def _attribute_agreement(g: GoldEvent, p: Prediction) -> int:
    # When the system reports one event several times (the lead and a later paragraph), the
    # attributes are read from the report that agrees best: the question is whether the system
    # found the date, modality and place at all; the repetition itself is counted as duplicates.
    return (
        int(g.date is not None and p.date == g.date)
        + int(g.modality is not None and p.modality == g.modality)
        + int(g.location is not None and (p.location or "").casefold() == g.location.casefold())
    )


def _score_attributes(g: GoldEvent, p: Prediction, scheme: Scheme, scores: Scores) -> None:
    _, reversed_ = _orientation(g, p, scheme)
    sides: Mapping[str, tuple[str | None, str | None]] = {
        "source": (p.target_country, p.target_sector) if reversed_ else (p.source_country, p.source_sector),
        "target": (p.source_country, p.source_sector) if reversed_ else (p.target_country, p.target_sector),
    }
    for side, (country, sector) in sides.items():
        gold_country = g.source_country if side == "source" else g.target_country
        gold_sector = g.source_sector if side == "source" else g.target_sector
        if gold_country is not None:
            scores.country.add(country == gold_country)
        if gold_sector is not None:
            scores.sector.add(sector == gold_sector)
    if g.date is not None:
        scores.date_day.add(p.date == g.date)
        scores.date_month.add(_same_month(p.date, g.date))
    if g.modality is not None:
        scores.modality.add(p.modality == g.modality)
    if g.location is not None:
        scores.location.add((p.location or "").casefold() == g.location.casefold())


def _same_month(predicted: dt.date | None, gold: dt.date) -> bool:
    return predicted is not None and (predicted.year, predicted.month) == (gold.year, gold.month)


def _miss_class(g: GoldEvent, preds: Sequence[Prediction], scheme: Scheme) -> str:
    near = _best_same_label(g, preds, scheme)
    if near is None:
        return "miss: root not detected"
    if _same(g.source_country, near.target_country) and _same(g.target_country, near.source_country):
        return "miss: root found, direction reversed"
    return "miss: root found, other actors"


def _alarm_class(p: Prediction, item: GoldItem, scheme: Scheme) -> str:
    if not item.events:
        return "false alarm: text with no gold event"
    if p.label(scheme) in {e.label for e in item.events}:
        return "false alarm: gold root, other actors"
    return "false alarm: root not in gold"


def _describe_miss(g: GoldEvent, preds: Sequence[Prediction], scheme: Scheme) -> str:
    near = _best_same_label(g, preds, scheme)
    if near is None:
        return g.describe()
    return f"{g.describe()} (label found, coded as {near.describe()})"
