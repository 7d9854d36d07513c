"""Partitioned Parquet output of distributed runs, and reading it back.

A run with ``--out parquet://DIR`` writes one partition per batch, named by a hash of the batch's
article ids, into two datasets:

- ``DIR/articles/part-<key>.parquet``: one row per article with a few query columns and
  ``payload``, the lossless JSON of its ``ProcessedArticle`` (what ``communique load`` imports);
- ``DIR/events/part-<key>.parquet``: one flat row per event in the columns of
  ``communique export --format parquet`` (docs/schema.md), for analysts who query the files
  directly (pandas, DuckDB, Spark) without a database.

Partitions are written to a temporary name and renamed, so a killed worker never leaves a
half-written file, and re-running the same input rewrites the same names instead of adding copies.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from communique.errors import ConfigError, InputError
from communique.model import Event, ProcessedArticle
from communique.scale.codec import decode_processed, encode_processed
from communique.store.export import EVENT_COLUMNS, arrow_schema, flatten_event

__all__ = [
    "ARTICLE_SCHEMA",
    "parquet_dir",
    "partition_key",
    "read_processed",
    "write_partition",
]

ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("language", pa.string()),
        ("events", pa.int32()),
        ("skipped_reason", pa.string()),
        ("payload", pa.large_string()),
    ]
)


def parquet_dir(url: str) -> Path:
    """Return the directory named by an output URL such as ``parquet:///data/run1`` or ``parquet://out``.

    Args:
        url: ``parquet://DIR``; a plain directory path is accepted too.

    Returns:
        The directory path (not created).

    Raises:
        ConfigError: another scheme (only local or shared-filesystem directories are written).
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        return Path(url)
    if scheme != "parquet" or not rest:
        raise ConfigError(f"unsupported output {url!r}: expected parquet://DIRECTORY")
    return Path(rest)


def partition_key(article_ids: Sequence[str]) -> str:
    """Return the stable partition name of a batch: a hash of its article ids in order."""
    digest = hashlib.sha256("\n".join(article_ids).encode("utf-8")).hexdigest()
    return digest[:20]


def _event_row(event: Event) -> dict[str, Any]:
    # The documented export layout (docs/schema.md), so these files read like `export --format parquet`.
    return flatten_event(dataclasses.asdict(event))


def _write_atomic(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # pid in the temporary name: two workers given the same batch never share a temp file.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def write_partition(processed: Sequence[ProcessedArticle], *, directory: Path) -> str:
    """Write one batch of processed articles as an article partition and an event partition.

    Args:
        processed: the batch (an empty batch writes nothing).
        directory: the output directory (created when missing).

    Returns:
        The partition key ("" for an empty batch).
    """
    if not processed:
        return ""
    key = partition_key([p.article.id for p in processed])
    articles = [
        {
            "article_id": p.article.id,
            "source": p.article.source,
            "url": p.article.url,
            "title": p.article.title,
            "published": p.article.published,
            "language": p.article.language,
            "events": len(p.events),
            "skipped_reason": p.skipped_reason,
            "payload": encode_processed(p),
        }
        for p in processed
    ]
    events = [_event_row(event) for p in processed for event in p.events]
    # Events first: a reader that sees an article partition can rely on its event partition.
    _write_atomic(
        pa.Table.from_pylist(events, schema=arrow_schema(EVENT_COLUMNS)),
        directory / "events" / f"part-{key}.parquet",
    )
    _write_atomic(
        pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA), directory / "articles" / f"part-{key}.parquet"
    )
    return key


def read_processed(directory: Path, *, batch_rows: int = 256) -> Iterator[ProcessedArticle | InputError]:
    """Stream the processed articles of a Parquet output directory, partition by partition.

    Rows are read ``batch_rows`` at a time, so memory does not grow with the dataset. A partition
    or row that cannot be read is yielded as an ``InputError`` naming it, and reading goes on.

    Args:
        directory: the ``--out`` directory of a run (holding ``articles/``).
        batch_rows: rows decoded at a time.

    Returns:
        An iterator of processed articles (partitions in name order) and errors.

    Raises:
        InputError: ``directory`` holds no ``articles`` dataset at all.
    """
    articles = directory / "articles"
    if not articles.is_dir():
        raise InputError(str(directory), "no articles/ partitions here (is it a --out parquet:// directory?)")
    for path in sorted(articles.glob("part-*.parquet")):
        try:
            parquet = pq.ParquetFile(path)
            rows = 0
            for record_batch in parquet.iter_batches(batch_size=batch_rows, columns=["payload"]):
                for payload in record_batch.column(0).to_pylist():
                    rows += 1
                    origin = f"{path}:{rows}"
                    if payload is None:
                        yield InputError(origin, "empty payload")
                        continue
                    try:
                        yield decode_processed(payload, origin=origin)
                    except InputError as exc:
                        yield exc
        except (OSError, pa.ArrowException) as exc:
            yield InputError(str(path), f"unreadable Parquet partition: {exc}")
