"""The PLOVER gold-record reader: types, legacy names, several actors per side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.errors import EvaluationError
from communique.evaluate import Prediction, read_gold, score

DATA = Path(__file__).parent / "data"


def test_records_become_plover_items() -> None:
    items = {i.id: i for i in read_gold(DATA / "plover_sample.json").items}
    consult = items["pl-1"]
    assert consult.scheme == "plover"
    (event,) = consult.events
    assert (event.label, event.source_country, event.source_sector, event.target_country) == (
        "CONSULT",
        "IND",
        "MIL",
        "CHN",
    )
    assert consult.published is not None and consult.published.isoformat() == "2023-05-02"


def test_legacy_type_names_map_to_current_types() -> None:
    items = {i.id: i for i in read_gold(DATA / "plover_sample.json").items}
    assert [e.label for e in items["pl-2"].events] == ["REQUEST"]
    assert {e.label for e in items["pl-3"].events} == {"ACCUSE"}


def test_several_sources_give_one_event_each() -> None:
    items = {i.id: i for i in read_gold(DATA / "plover_sample.json").items}
    pairs = {(e.source_country, e.target_country) for e in items["pl-3"].events}
    assert pairs == {("POL", "BLR"), ("LTU", "BLR")}
    assert items["pl-4"].events == ()


def test_record_with_cameo_code_is_scored_on_cameo_roots() -> None:
    items = {i.id: i for i in read_gold(DATA / "plover_sample.json").items}
    fight = items["pl-5"]
    assert fight.scheme == "cameo"
    assert [(e.label, e.source_country, e.source_sector, e.target_sector) for e in fight.events] == [
        ("19", "SDN", "MIL", "REB")
    ]


def test_plover_items_score_against_cameo_predictions() -> None:
    gold = read_gold(DATA / "plover_sample.json").items
    predictions = [
        Prediction(item_id="pl-1", cameo="040", cameo_root="04", source_country="CHN", target_country="IND"),
        Prediction(item_id="pl-2", cameo="1041", cameo_root="10", source_country="KEN", target_country="KEN"),
    ]
    scores = score(gold, predictions)
    # pl-1 and pl-2 right; pl-3 (2 tuples) and pl-5 missed.
    assert (scores.tuple.tp, scores.tuple.fp, scores.tuple.fn) == (2, 0, 3)


@pytest.mark.parametrize(
    "content",
    [
        '{"id": "x"}',
        '[{"id": "x", "text": "t", "event": "DANCE"}]',
        '[{"text": "no id"}]',
        "[1, 2]",
        '[{"id": "x", "text": "t", "event": "AGREE", "source": "IRN"}]',
    ],
)
def test_malformed_records_are_errors(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError):
        read_gold(path)


def test_invalid_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("[{" + json.dumps("x"), encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"broken\.json"):
        read_gold(path)
