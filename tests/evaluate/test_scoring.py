"""Scoring on tiny hand-made gold/prediction pairs whose scores were worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.evaluate import GoldEvent, GoldItem, Prediction, score


def ev(label: str, source: str | None, target: str | None, **kw: object) -> GoldEvent:
    return GoldEvent(label=label, source_country=source, target_country=target, **kw)  # type: ignore[arg-type]


def pred(item: str, code: str, source: str | None, target: str | None, **kw: object) -> Prediction:
    return Prediction(
        item_id=item, cameo=code, cameo_root=code[:2], source_country=source, target_country=target, **kw
    )  # type: ignore[arg-type]


GOLD = [
    GoldItem(
        id="s1",
        text="The US accused Iran; Iran and Russia held talks.",
        events=(ev("11", "USA", "IRN"), ev("04", "IRN", "RUS")),
    ),
    GoldItem(id="s2", text="The weather in Moscow was mild.", events=()),
    GoldItem(id="s3", text="Insurgents shelled Aleppo.", events=(ev("19", None, "SYR"),)),
]


def test_perfect_system_scores_one_everywhere() -> None:
    predictions = [
        pred("s1", "112", "USA", "IRN"),
        pred("s1", "040", "IRN", "RUS"),
        pred("s3", "190", None, "SYR"),
    ]
    scores = score(GOLD, predictions)
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (3, 0, 0)
    assert scores.detection.f1 == 1.0
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (3, 0, 0)
    assert scores.tuple.precision == scores.tuple.recall == 1.0
    # Four countries in s1 and the target of s3; the unspecified source of s3 is not scored.
    assert (scores.country.correct, scores.country.total) == (5, 5)
    assert scores.gold_events == 3


def test_empty_system_scores_zero() -> None:
    scores = score(GOLD, [])
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (0, 0, 3)
    assert scores.detection.precision == 0.0
    assert scores.detection.recall == 0.0
    assert scores.detection.f1 == 0.0
    assert scores.tuple.f1 == 0.0
    assert scores.country.value is None
    assert [e.item_id for e in scores.errors if e.misses] == ["s1", "s3"]


def test_no_gold_and_no_prediction_is_perfect() -> None:
    scores = score([GoldItem(id="x", text="Nothing happened.")], [])
    assert scores.detection.f1 == 1.0


def test_wrong_direction_detects_the_root_but_not_the_tuple() -> None:
    gold = [GoldItem(id="a", text="t", events=(ev("11", "USA", "IRN"),))]
    scores = score(gold, [pred("a", "112", "IRN", "USA")])
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (1, 0, 0)
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (0, 1, 1)
    assert scores.tuple.f1 == 0.0
    assert (scores.country.correct, scores.country.total) == (0, 2)
    assert "label found" in scores.errors[0].misses[0]
    assert scores.errors[0].false_alarms == ["IRN→USA 112"]


def test_symmetric_root_counts_either_direction() -> None:
    gold = [GoldItem(id="a", text="t", events=(ev("04", "IRN", "RUS"),))]
    scores = score(gold, [pred("a", "042", "RUS", "IRN")])
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (1, 0, 0)
    # Reversed prediction read the right way round: both countries right.
    assert (scores.country.correct, scores.country.total) == (2, 2)


def test_reciprocal_prediction_counts_either_direction_on_a_directed_root() -> None:
    gold = [GoldItem(id="a", text="t", events=(ev("11", "USA", "IRN"),))]
    scores = score(gold, [pred("a", "111", "IRN", "USA", reciprocal=True)])
    assert scores.tuple.tp == 1


def test_optional_events_are_neither_misses_nor_false_alarms() -> None:
    gold = [
        GoldItem(
            id="a",
            text="t",
            events=(ev("11", "USA", "IRN"), ev("04", "IRN", "RUS")),
            optional_events=(ev("07", "IRN", "RUS"), ev("04", "IRN", "CHN")),
        )
    ]
    predictions = [
        pred("a", "112", "USA", "IRN"),
        pred("a", "070", "IRN", "RUS"),  # optional: ignored
        pred("a", "040", "CHN", "IRN"),  # optional tuple of a required root: ignored
        pred("a", "163", "USA", "IRN"),  # false alarm
    ]
    scores = score(gold, predictions)
    # Detection: 11 hit, 04 hit (a 04 is predicted), 07 ignored, 16 false alarm.
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (2, 1, 0)
    assert scores.detection.precision == pytest.approx(2 / 3)
    # Tuples: 11 hit, IRN–RUS 04 missed, 16 false alarm, the optional ones ignored.
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (1, 1, 1)
    assert scores.tuple.f1 == pytest.approx(0.5)
    # Optional events do not count as gold events.
    assert scores.gold_events == 2


def test_duplicates_count_once_on_both_sides() -> None:
    gold = [
        GoldItem(id="a", text="t", events=(ev("04", "IRN", "RUS"), ev("11", "USA", "IRN"))),
        GoldItem(id="b", text="t", events=(ev("03", "BRA", "USA"), ev("03", "USA", "BRA"))),
    ]
    predictions = [
        pred("a", "040", "IRN", "RUS"),
        pred("a", "042", "RUS", "IRN"),
        pred("a", "043", "IRN", "RUS"),
        pred("a", "112", "USA", "IRN"),
        pred("a", "111", "USA", "IRN"),
        pred("b", "031", "USA", "BRA"),
    ]
    scores = score(gold, predictions)
    assert scores.gold_events == 3  # BRA→USA and USA→BRA on a symmetric root are one tuple
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (3, 0, 0)
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (3, 0, 0)
    assert scores.duplicates == 3


def test_mixed_system_matches_hand_computed_rates() -> None:
    gold = [
        GoldItem(
            id="a", text="t", events=(ev("11", "USA", "IRN"), ev("16", "USA", "IRN"), ev("04", "IRN", "RUS"))
        ),
        GoldItem(id="b", text="t"),
    ]
    predictions = [
        pred("a", "112", "USA", "IRN"),
        pred("a", "163", "IRN", "USA"),
        pred("a", "182", "ISR", "PSE"),
        pred("b", "010", "IRN", None),
    ]
    scores = score(gold, predictions)
    # Detection: TP 11, 16; FN 04; FP 18 (a) and 01 (b).
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (2, 2, 1)
    assert scores.detection.precision == pytest.approx(0.5)
    assert scores.detection.recall == pytest.approx(2 / 3)
    assert scores.detection.f1 == pytest.approx(4 / 7)
    # Tuples: TP 11; FN 16 (reversed), 04; FP 16 reversed, 18, 01.
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (1, 3, 2)
    assert scores.tuple.f1 == pytest.approx(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3))
    by16 = scores.detection_by_label["16"]
    assert (by16.tp, by16.fp, by16.fn) == (1, 0, 0)
    t16 = scores.tuple_by_label["16"]
    assert (t16.tp, t16.fp, t16.fn) == (0, 1, 1)
    assert scores.as_dict()["by_label"]["04"]["detection"]["fn"] == 1  # type: ignore[index]
    assert scores.error_classes == {
        "miss: root found, direction reversed": 1,
        "miss: root not detected": 1,
        "false alarm: gold root, other actors": 1,
        "false alarm: root not in gold": 1,
        "false alarm: text with no gold event": 1,
    }


def test_unspecified_gold_country_fits_any_and_extra_fits_are_redundant() -> None:
    gold = [GoldItem(id="a", text="t", events=(ev("19", None, "SYR"),))]
    scores = score(gold, [pred("a", "190", None, "SYR"), pred("a", "193", "SYR", "SYR")])
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (1, 0, 0)
    assert scores.redundant == 1


def test_matching_is_one_to_one_and_optimal() -> None:
    # A greedy pairing of the first gold event with the first fitting prediction would leave the
    # second gold event unmatched; the maximum matching pairs both.
    gold = [GoldItem(id="a", text="t", events=(ev("19", None, "SYR"), ev("19", "RUS", "SYR")))]
    scores = score(gold, [pred("a", "190", "RUS", "SYR"), pred("a", "190", "TUR", "SYR")])
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (2, 0, 0)


def test_attributes_are_scored_where_the_gold_has_them() -> None:
    gold = [
        GoldItem(
            id="a",
            text="t",
            events=(
                ev(
                    "04",
                    "IRN",
                    "RUS",
                    date=dt.date(2021, 10, 6),
                    modality="asserted",
                    location="Moscow",
                    source_sector="GOV",
                ),
                ev("03", "RUS", "IRN", modality="planned", date=dt.date(2025, 1, 15)),
            ),
        )
    ]
    predictions = [
        pred("a", "040", "IRN", "RUS", date=dt.date(2021, 10, 7), location="moscow", source_sector="GOV"),
        pred("a", "031", "RUS", "IRN", modality="asserted"),
    ]
    scores = score(gold, predictions)
    assert (scores.date_day.correct, scores.date_day.total) == (0, 2)
    assert (scores.date_month.correct, scores.date_month.total) == (1, 2)
    assert (scores.modality.correct, scores.modality.total) == (1, 2)
    assert (scores.location.correct, scores.location.total) == (1, 1)
    assert (scores.sector.correct, scores.sector.total) == (1, 1)


def test_plover_gold_is_scored_on_plover_types() -> None:
    gold = [GoldItem(id="p", text="t", scheme="plover", events=(ev("CONSULT", "IRN", "RUS"),))]
    # 040 is CONSULT in PLOVER (symmetric); 010 has no PLOVER type and is not scored.
    scores = score(gold, [pred("p", "040", "RUS", "IRN"), pred("p", "010", "IRN", None)])
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (1, 0, 0)
    assert (scores.detection.tp, scores.detection.fp) == (1, 0)
    assert scores.predicted_events == 1


def test_predictions_for_items_outside_the_gold_are_ignored() -> None:
    scores = score(GOLD[1:2], [pred("elsewhere", "190", "RUS", "UKR")])
    assert (scores.detection.fp, scores.tuple.fp) == (0, 0)


def test_repeated_reports_are_judged_by_the_one_that_agrees_best() -> None:
    gold = [
        GoldItem(
            id="a", text="t", events=(ev("04", "IRN", "RUS", date=dt.date(2021, 10, 6), modality="asserted"),)
        )
    ]
    predictions = [
        pred("a", "040", "IRN", "RUS", date=dt.date(2021, 10, 7)),  # the lead, dated by the article
        pred("a", "040", "RUS", "IRN", date=dt.date(2021, 10, 6)),  # the paragraph naming Wednesday
    ]
    scores = score(gold, predictions)
    assert (scores.tuple.tp, scores.duplicates) == (1, 1)
    assert (scores.date_day.correct, scores.date_day.total) == (1, 1)
