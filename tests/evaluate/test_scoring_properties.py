"""Properties of scoring that must hold for any gold set (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.evaluate import GoldEvent, GoldItem, Prediction, score
from communique.evaluate._codes import parse_cameo_actor

COUNTRIES = st.sampled_from(["IRN", "RUS", "USA", "CHN", "TUR", "UKR", "IGO"])
ROOTS = st.sampled_from([f"{n:02d}" for n in range(1, 21)])


@st.composite
def gold_events(draw: st.DrawFn) -> GoldEvent:
    source = draw(COUNTRIES)
    target = draw(COUNTRIES.filter(lambda c: c != source))
    return GoldEvent(label=draw(ROOTS), source_country=source, target_country=target)


ITEMS = st.lists(st.lists(gold_events(), max_size=4), min_size=1, max_size=6).map(
    lambda groups: [GoldItem(id=f"i{n}", text="t", events=tuple(events)) for n, events in enumerate(groups)]
)


def _echo(items: list[GoldItem]) -> list[Prediction]:
    return [
        Prediction(
            item_id=item.id,
            cameo=e.label + "0",
            cameo_root=e.label,
            source_country=e.source_country,
            target_country=e.target_country,
        )
        for item in items
        for e in item.events
    ]


@given(ITEMS)
@settings(max_examples=60, deadline=None)
def test_echoing_the_gold_is_perfect(items: list[GoldItem]) -> None:
    scores = score(items, _echo(items))
    assert scores.detection.f1 == 1.0
    assert scores.tuple.f1 == 1.0
    assert scores.tuple.fp == scores.tuple.fn == 0


@given(ITEMS, st.integers(min_value=1, max_value=3))
@settings(max_examples=60, deadline=None)
def test_repeating_predictions_changes_nothing_but_the_duplicate_count(
    items: list[GoldItem], times: int
) -> None:
    once = _echo(items)[::2]
    base, repeated = score(items, once), score(items, once * (times + 1))
    assert (repeated.tuple.tp, repeated.tuple.fp, repeated.tuple.fn) == (
        base.tuple.tp,
        base.tuple.fp,
        base.tuple.fn,
    )
    assert repeated.detection.f1 == base.detection.f1
    assert repeated.duplicates == base.duplicates + times * len(once)


@given(ITEMS)
@settings(max_examples=60, deadline=None)
def test_rates_stay_between_zero_and_one_and_counts_add_up(items: list[GoldItem]) -> None:
    # Swap every prediction's direction: symmetric roots still match, others become errors.
    swapped = [
        Prediction(
            item_id=p.item_id,
            cameo=p.cameo,
            cameo_root=p.cameo_root,
            source_country=p.target_country,
            target_country=p.source_country,
        )
        for p in _echo(items)
    ]
    scores = score(items, swapped)
    for counts in (scores.detection, scores.tuple):
        assert 0.0 <= counts.precision <= 1.0 and 0.0 <= counts.recall <= 1.0 and 0.0 <= counts.f1 <= 1.0
    assert scores.tuple.tp + scores.tuple.fn == scores.gold_events
    assert sum(c.tp for c in scores.tuple_by_label.values()) == scores.tuple.tp
    assert scores.detection.f1 == 1.0


@given(st.text(max_size=15))
def test_any_actor_code_parses_to_a_country_code_or_none(code: str) -> None:
    parsed = parse_cameo_actor(code)
    if parsed is not None and parsed.country is not None:
        assert len(parsed.country) <= 3 and parsed.country == parsed.country.upper()
