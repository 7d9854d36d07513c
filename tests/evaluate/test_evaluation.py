"""``evaluate`` and the ``communique evaluate`` command, on exported events (no NLP needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from communique.cli.evaluate import register
from communique.errors import EvaluationError
from communique.evaluate import evaluate
from communique.settings import Settings

DATA = Path(__file__).parent / "data"

GOLD = [
    {
        "id": "g1",
        "text": "Turkey and Azerbaijan held talks in Baku on Tuesday.",
        "published": "2019-03-13",
        "events": [
            {"cameo_root": "04", "source_country": "TUR", "target_country": "AZE", "date": "2019-03-12"}
        ],
    },
    {
        "id": "g2",
        "text": "Washington accused Havana of jailing dissidents.",
        "published": "2019-03-13",
        "events": [
            {"cameo_root": "11", "source_country": "USA", "target_country": "CUB", "modality": "asserted"}
        ],
    },
    {"id": "g3", "text": "It rained in Lisbon.", "published": "2019-03-13", "events": []},
]

EXPORT = [
    {
        "event_id": "e1",
        "article_id": "g1",
        "sentence": "Turkey and Azerbaijan held talks in Baku on Tuesday.",
        "trigger": "held talks",
        "cameo": "040",
        "cameo_root": "04",
        "plover": "CONSULT",
        "modality": "asserted",
        "date": "2019-03-12",
        "location": {"name": "Baku", "country": "AZE"},
        "source": {"text": "Azerbaijan", "country": "AZE", "sector": None},
        "target": {"text": "Turkey", "country": "TUR", "sector": None},
    },
    {
        "event_id": "e2",
        "article_id": "g2",
        "sentence": "Washington accused Havana of jailing dissidents.",
        "trigger": "accused",
        "cameo": "112",
        "cameo_root": "11",
        "modality": "asserted",
        "date": None,
        "source": {"text": "Havana", "country": "CUB", "sector": "GOV"},
        "target": {"text": "Washington", "country": "USA", "sector": "GOV"},
    },
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps(r) + "\n" for r in EXPORT), encoding="utf-8")
    return gold, events


def test_evaluate_scores_an_export(files: tuple[Path, Path], settings: Settings) -> None:
    gold, events = files
    result = evaluate(gold, settings=settings, events_path=events)
    s = result.scores
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (2, 0, 0)
    # g1 is symmetric (04) so the reversed export counts; g2 is reversed on a directed root.
    assert (s.tuple.tp, s.tuple.fp, s.tuple.fn) == (1, 1, 1)
    assert (s.date_day.correct, s.date_day.total) == (1, 1)
    data = result.as_dict()
    assert data["predictions_from"] == f"events file {events}"
    assert data["scores"]["tuple"]["f1"] == 0.5  # type: ignore[index]
    errors = data["scores"]["errors"]  # type: ignore[index]
    assert [e["id"] for e in errors] == ["g2"]
    assert "accused" in errors[0]["false_alarms"][0]
    assert "errors" not in result.as_dict(errors=False)["scores"]  # type: ignore[operator]


def test_events_of_unknown_articles_are_reported(
    files: tuple[Path, Path], settings: Settings, tmp_path: Path
) -> None:
    gold, _ = files
    events = tmp_path / "other.jsonl"
    events.write_text(json.dumps({**EXPORT[0], "article_id": "sha-123"}) + "\n", encoding="utf-8")
    result = evaluate(gold, settings=settings, events_path=events)
    assert result.notices == ("1 predicted event(s) name no gold item and were not scored",)
    assert result.scores.predicted_events == 0


def test_evaluate_refuses_two_prediction_sources(files: tuple[Path, Path], settings: Settings) -> None:
    gold, events = files
    with pytest.raises(EvaluationError, match="not both"):
        evaluate(gold, settings=settings, events_path=events, db="sqlite:///x.db")


def test_evaluate_with_categories_that_match_nothing_is_an_error(
    files: tuple[Path, Path], settings: Settings
) -> None:
    gold, events = files
    with pytest.raises(EvaluationError, match="no gold items"):
        evaluate(gold, settings=settings, events_path=events, categories=["AFP"])


def test_bad_export_line_is_named(files: tuple[Path, Path], settings: Settings, tmp_path: Path) -> None:
    gold, _ = files
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(EXPORT[0]) + "\n" + json.dumps({"article_id": "g1"}) + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.jsonl:2"):
        evaluate(gold, settings=settings, events_path=bad)


runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def noop() -> None:  # a second command keeps typer from collapsing the app into one command
        """Nothing."""

    return app


def test_cli_prints_tables(files: tuple[Path, Path]) -> None:
    gold, events = files
    result = runner.invoke(_app(), ["evaluate", str(gold), "--events", str(events)])
    assert result.exit_code == 0, result.output
    assert "event detection" in result.output
    assert "04 Consult" in result.output
    assert "actor country" in result.output


def test_cli_json_and_errors(files: tuple[Path, Path]) -> None:
    gold, events = files
    result = runner.invoke(_app(), ["evaluate", str(gold), "--events", str(events), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["scores"]["detection"]["f1"] == 1.0
    assert data["scores"]["errors"][0]["id"] == "g2"
    listing = runner.invoke(_app(), ["evaluate", str(gold), "--events", str(events), "--errors"])
    assert "false alarm" in listing.output and "Washington accused Havana" in listing.output


def test_cli_unreadable_gold_exits_non_zero_with_a_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(_app(), ["evaluate", str(broken), "--events", str(broken)])
    assert result.exit_code == 2
    assert "broken.jsonl:1" in result.output
    missing = runner.invoke(_app(), ["evaluate", str(tmp_path / "nope.xml")])
    assert missing.exit_code == 2 and "not found" in missing.output


def test_cli_filters_categories_of_a_petrarch_file(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_text(
        json.dumps(
            {
                "article_id": "CQ_AFP_1",
                "cameo": "042",
                "source": {"country": "TUR", "sector": "GOV"},
                "target": {"country": "AZE"},
            }
        )
        + "\n",
        encoding="utf-8",
    )
    args = [
        "evaluate",
        str(DATA / "petrarch_sample.xml"),
        "--events",
        str(events),
        "--categories",
        "AFP",
        "--json",
    ]
    result = runner.invoke(_app(), args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["scores"]["items"] == 3
    assert data["scores"]["tuple"]["tp"] == 1 and data["scores"]["tuple"]["fn"] == 1
