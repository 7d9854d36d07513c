"""``communique export``, ``stats`` and ``serve`` through the real CLI (CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from tests.store.factories import followup_article, other_article, visit_article
from typer.testing import CliRunner

from communique.cli import app
from communique.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    with Store(path) as store:
        for processed in (visit_article(), followup_article(), other_article()):
            store.save(processed)
    return path


def test_export_jsonl_to_stdout_with_filters(db: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--country", "USA", "--country", "IRN", "--directed"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert {e["event_id"] for e in lines} == {"a-drones-e0", "a-drones-e1"}
    assert lines[0]["source"]["country"] == "USA"


def test_export_modality_all_and_csv_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "out" / "events.csv"
    result = runner.invoke(
        app, ["export", "--db", db, "--format", "csv", "--modality", "all", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("event_id,article_id") and len(rows) == 7


def test_export_parquet_and_gdelt(db: str, tmp_path: Path) -> None:
    parquet = tmp_path / "e.parquet"
    assert (
        runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(parquet)]).exit_code == 0
    )
    assert len(pd.read_parquet(parquet)) == 5
    result = runner.invoke(app, ["export", "--db", db, "--format", "gdelt"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("GLOBALEVENTID\tSQLDATE")


def test_export_actors(db: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--what", "actors"])
    assert result.exit_code == 0
    ids = {json.loads(x)["actor_id"] for x in result.stdout.splitlines() if x.startswith("{")}
    assert "person:sergei-lavrov" in ids


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml"], "format"),
        (["--format", "parquet"], "-o FILE"),
        (["--modality", "rumoured"], "modality"),
        (["--date-from", "soon"], "YYYY-MM-DD"),
        (["--what", "quotes"], "kind"),
    ],
)
def test_export_errors_are_clear(db: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, *args])
    assert result.exit_code == 2
    assert message in result.output


def test_stats_tables_and_json(db: str) -> None:
    result = runner.invoke(app, ["stats", "--db", db])
    assert result.exit_code == 0, result.output
    assert "events by CAMEO root" in result.stdout and "top dyads" in result.stdout
    as_json = runner.invoke(app, ["stats", "--db", db, "--json"])
    stats = json.loads(as_json.stdout)
    assert stats["articles"] == 3 and stats["canonical_events"] == 4


def test_serve_help_defaults_to_localhost() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "127.0.0.1" in result.stdout
