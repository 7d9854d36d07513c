from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from communique.errors import ConfigError, InputError
from communique.model import ProcessedArticle
from communique.scale.parquet import parquet_dir, partition_key, read_processed, write_partition
from communique.store.export import EVENT_COLUMNS, arrow_schema
from tests.scale._records import processed_article


def test_parquet_dir_accepts_parquet_urls_and_plain_paths() -> None:
    assert parquet_dir("parquet:///data/run1") == Path("/data/run1")
    assert parquet_dir("parquet://out/run") == Path("out/run")
    assert parquet_dir("out") == Path("out")
    with pytest.raises(ConfigError, match="parquet://"):
        parquet_dir("s3://bucket/run")


def test_partition_round_trips_processed_articles(tmp_path: Path) -> None:
    batch = [processed_article("a1"), processed_article("a2", language="fr")]
    key = write_partition(batch, directory=tmp_path)
    assert key == partition_key(["a1", "a2"])
    assert list(read_processed(tmp_path)) == batch


def test_event_partition_has_one_flat_row_per_event(tmp_path: Path) -> None:
    key = write_partition([processed_article("a1")], directory=tmp_path)
    rows = pq.read_table(tmp_path / "events" / f"part-{key}.parquet").to_pylist()
    assert len(rows) == 1
    assert rows[0]["source_name"] == "Sergei Lavrov"
    assert rows[0]["target_country"] == "IRN"
    assert rows[0]["cameo"] == "040"
    assert rows[0]["location_name"] == "Moscow"


def test_event_partition_has_the_documented_export_schema(tmp_path: Path) -> None:
    # One flat event layout in the product: partitions read like `communique export --format parquet`.
    key = write_partition([processed_article("a1")], directory=tmp_path)
    table = pq.read_table(tmp_path / "events" / f"part-{key}.parquet")
    assert table.schema.equals(arrow_schema(EVENT_COLUMNS))


def test_rewriting_the_same_batch_replaces_its_partition(tmp_path: Path) -> None:
    batch = [processed_article("a1")]
    write_partition(batch, directory=tmp_path)
    write_partition(batch, directory=tmp_path)
    assert len(list((tmp_path / "articles").iterdir())) == 1
    assert list(read_processed(tmp_path)) == batch


def test_empty_batch_writes_nothing(tmp_path: Path) -> None:
    assert write_partition([], directory=tmp_path) == ""
    assert not (tmp_path / "articles").exists()


def test_unreadable_partition_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    write_partition([processed_article("a1")], directory=tmp_path)
    (tmp_path / "articles" / "part-0000.parquet").write_bytes(b"not parquet")
    items = list(read_processed(tmp_path))
    errors = [i for i in items if isinstance(i, InputError)]
    good = [i for i in items if isinstance(i, ProcessedArticle)]
    assert len(errors) == 1 and "part-0000.parquet" in str(errors[0])
    assert [p.article.id for p in good] == ["a1"]


def test_directory_without_articles_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="articles/"):
        list(read_processed(tmp_path))
