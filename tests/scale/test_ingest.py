"""Parallel, distributed and Parquet ingest store exactly what a serial ingest stores."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from communique.cli import app
from communique.pipeline import Pipeline, ingest, load_processed
from communique.scale import DaskExecutor, ProcessExecutor, SerialExecutor, read_processed
from communique.scale.synthetic import write_corpus
from communique.settings import Settings
from communique.store import Store


def _events(db: Path | str) -> set[tuple[str, str, str]]:
    store = Store(str(db))
    try:
        with store.connect() as conn:
            rows = conn.execute(text("SELECT event_id, article_id, cameo FROM events"))
            return {(str(r[0]), str(r[1]), str(r[2])) for r in rows}
    finally:
        store.close()


def _article_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


class CountingExecutor(SerialExecutor):
    """A serial executor that records the batches it was given."""

    def __init__(self) -> None:
        self.batches: list[Any] = []

    def map_batches(self, fn: Callable[[Any], Any], batches: Iterable[Any]) -> Iterator[Any]:
        for batch in batches:
            self.batches.append(batch)
            yield fn(batch)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus")
    write_corpus(directory, 10, seed=7, per_file=6)
    return directory


@pytest.fixture(scope="module")
def small(settings: Settings) -> Settings:
    # Batches of 3 over 10 articles: several batches, the last one short.
    return settings.replace(batch_size=3, workers=1)


@pytest.fixture(scope="module")
def serial_db(
    corpus: Path, small: Settings, pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    db = tmp_path_factory.mktemp("serial") / "serial.db"
    report = ingest([str(corpus)], settings=small.replace(db=str(db)), pipeline=pipeline)
    assert report.stored == 10 and not report.errors
    assert report.events > 10  # the templates hold meetings, accusations, threats…
    return db


def test_process_pool_ingest_stores_what_serial_ingest_stores(
    corpus: Path, small: Settings, serial_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "pool.db"
    with ProcessExecutor(2) as executor:
        report = ingest([str(corpus)], settings=small.replace(db=str(db)), executor=executor)
    assert (report.read, report.stored, report.errors) == (10, 10, [])
    assert _events(db) == _events(serial_db)


def test_reingest_recognises_stored_articles_before_any_nlp(
    corpus: Path, small: Settings, serial_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "again.db"
    db.write_bytes(serial_db.read_bytes())
    executor = CountingExecutor()

    class NoPipeline:
        def process_many(self, articles: object) -> object:
            raise AssertionError("nothing is new: no article may reach the pipeline")

    report = ingest(
        [str(corpus)], settings=small.replace(db=str(db)), executor=executor, pipeline=NoPipeline()
    )  # type: ignore[arg-type]
    assert (report.read, report.stored, report.already_stored) == (10, 0, 10)
    assert executor.batches == []
    assert _article_count(db) == 10


def test_duplicate_inside_one_run_is_stored_once(small: Settings, pipeline: Pipeline, tmp_path: Path) -> None:
    record = {
        "text": "Iran and Russia signed a trade agreement in Moscow on Monday.",
        "source": "a",
        "published": "2024-05-06",
    }
    lines = [record, {**record, "source": "b"}, {**record, "source": "a"}]
    path = tmp_path / "dups.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    db = tmp_path / "dups.db"
    report = ingest([str(path)], settings=small.replace(db=str(db)), pipeline=pipeline)
    assert (report.stored, report.already_stored, report.errors) == (1, 2, [])
    with sqlite3.connect(db) as conn:
        sources = sorted(r[0] for r in conn.execute("SELECT source FROM article_sources"))
    assert sources == ["a", "b"]


def test_parquet_output_loads_into_the_same_database_contents(
    corpus: Path, small: Settings, serial_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    report = ingest(
        [str(corpus)],
        settings=small.replace(db=str(tmp_path / "unused.db")),
        executor=SerialExecutor(),
        out=f"parquet://{out}",
    )
    assert (report.read, report.stored) == (10, 10)
    assert not (tmp_path / "unused.db").exists()  # --out opens no database
    assert len(list((out / "articles").glob("part-*.parquet"))) == 4

    db = tmp_path / "loaded.db"
    loaded = load_processed(read_processed(out), settings=small.replace(db=str(db)))
    assert (loaded.read, loaded.stored, loaded.errors) == (10, 10, [])
    assert _events(db) == _events(serial_db)
    again = load_processed(read_processed(out), settings=small.replace(db=str(db)))
    assert (again.stored, again.already_stored) == (0, 10)


def test_cli_ingest_with_workers_and_load(corpus: Path, serial_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stored"] == 10
    assert _events(db) == _events(serial_db)

    out = tmp_path / "pq"
    result = runner.invoke(app, ["ingest", str(corpus), "--out", f"parquet://{out}", "--json"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["load", str(out), "--db", str(tmp_path / "cli2.db"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stored"] == 10


def test_cli_refuses_a_scheduler_without_dask(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--scheduler", "tcp://127.0.0.1:8786"]
    )
    assert result.exit_code == 2
    assert "--engine dask" in result.output


def test_cli_load_names_a_directory_without_partitions(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "articles/" in result.output


@pytest.mark.slow
def test_dask_local_cluster_ingest_stores_what_serial_ingest_stores(
    corpus: Path, small: Settings, serial_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    with DaskExecutor(workers=2) as executor:
        report = ingest([str(corpus)], settings=small.replace(db=str(db)), executor=executor)
        out = tmp_path / "dask-out"
        written = ingest([str(corpus)], settings=small, executor=executor, out=f"parquet://{out}")
    assert (report.stored, report.errors) == (10, [])
    assert _events(db) == _events(serial_db)
    assert written.stored == 10
    assert len(list(read_processed(out))) == 10


@pytest.mark.postgres
def test_parallel_ingest_and_parquet_load_into_postgresql(
    corpus: Path, small: Settings, serial_db: Path, pg_database: str, tmp_path: Path
) -> None:
    with ProcessExecutor(2) as executor:
        report = ingest([str(corpus)], settings=small.replace(db=pg_database), executor=executor)
    assert (report.stored, report.errors) == (10, [])
    assert _events(pg_database) == _events(serial_db)
    out = tmp_path / "out"
    ingest([str(corpus)], settings=small, executor=SerialExecutor(), out=f"parquet://{out}")
    loaded = load_processed(read_processed(out), settings=small.replace(db=pg_database))
    assert (loaded.stored, loaded.already_stored) == (0, 10)


def test_an_article_the_pipeline_fails_on_is_reported_and_the_rest_stored(
    small: Settings, pipeline: Pipeline, tmp_path: Path
) -> None:
    class FailsOnBoom:
        def process_many(self, articles: Any) -> Any:
            articles = list(articles)
            if any("BOOM" in a.text for a in articles):
                raise RuntimeError("stage bug")
            return pipeline.process_many(articles)

    texts = ["Iran and Russia signed a trade deal.", "BOOM went the stage.", "China hosted talks with India."]
    path = tmp_path / "boom.jsonl"
    path.write_text(
        "\n".join(json.dumps({"text": t, "published": "2024-05-06"}) for t in texts), encoding="utf-8"
    )
    db = tmp_path / "boom.db"
    report = ingest([str(path)], settings=small.replace(db=str(db)), pipeline=FailsOnBoom())  # type: ignore[arg-type]
    assert report.stored == 2
    assert len(report.errors) == 1 and "boom.jsonl:2" in report.errors[0] and "stage bug" in report.errors[0]
    # Not stored, so a later run (after a fix) codes it.
    again = ingest([str(path)], settings=small.replace(db=str(db)), pipeline=pipeline)
    assert (again.stored, again.already_stored) == (1, 2)
