"""Exports of events, articles and actors as JSON Lines, CSV, Parquet or a GDELT-like TSV.

Rows stream from the database page by page (keyset pagination), so an export of millions of
events runs in constant memory. Every column is documented in docs/schema.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Connection, func, select

from communique.errors import QueryError
from communique.store import schema as s
from communique.store._columns import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    arrow_schema,
    flatten_event,
)
from communique.store._common import connection
from communique.store._gdelt import GDELT_COLUMNS, gdelt_row
from communique.store.queries import EventFilter, iter_events
from communique.store.repository import Store

__all__ = [
    "EVENT_COLUMNS",
    "EXPORT_FORMATS",
    "EXPORT_KINDS",
    "arrow_schema",
    "flatten_event",
    "iter_records",
    "write_export",
]

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt")
EXPORT_KINDS = ("events", "articles", "actors")
_BATCH = 1000


def _iter_articles(store: Store | Connection) -> Iterator[dict[str, Any]]:
    a = s.articles
    counts = select(func.count()).where(s.events.c.article_id == a.c.id).scalar_subquery()
    names = [n for n, _ in ARTICLE_COLUMNS if n != "events"]
    last = 0
    while True:
        with connection(store) as conn:
            rows = (
                conn.execute(
                    select(a.c.pk, *(a.c[n] for n in names), counts.label("events"))
                    .where(a.c.pk > last)
                    .order_by(a.c.pk)
                    .limit(_BATCH)
                )
                .mappings()
                .all()
            )
        if not rows:
            return
        for row in rows:
            yield {n: row[n] for n, _ in ARTICLE_COLUMNS}
        last = rows[-1]["pk"]


def _iter_actors(store: Store | Connection) -> Iterator[dict[str, Any]]:
    ac, v = s.actors, s.actor_variants
    last = ""
    while True:
        with connection(store) as conn:
            rows = (
                conn.execute(select(ac).where(ac.c.id > last).order_by(ac.c.id).limit(_BATCH))
                .mappings()
                .all()
            )
            variants: dict[str, list[str]] = {}
            ids = [r["id"] for r in rows]
            for actor_id, variant in conn.execute(
                select(v.c.actor_id, v.c.variant)
                .where(v.c.actor_id.in_(ids))
                .order_by(v.c.actor_id, v.c.variant)
            ):
                variants.setdefault(actor_id, []).append(variant)
        if not rows:
            return
        for row in rows:
            yield {
                "actor_id": row["id"], "name": row["name"], "country": row["country"],
                "sector": row["sector"], "kind": row["kind"], "role": row["role"],
                "former": bool(row["former"]),
                "first_seen": row["first_seen"], "last_seen": row["last_seen"],
                "article_count": row["article_count"], "variants": variants.get(row["id"], []),
            }  # fmt: skip
        last = rows[-1]["id"]


def iter_records(
    store: Store | Connection, *, what: str = "events", flt: EventFilter | None = None
) -> Iterator[dict[str, Any]]:
    """Yield the records of one export kind.

    Args:
        store: the store or an open connection.
        what: "events" (nested dicts, filtered by ``flt``), "articles" (with text) or "actors".
        flt: the event filter (events only).

    Returns:
        An iterator of plain dicts.

    Raises:
        QueryError: an unknown kind.
    """
    if what == "events":
        return iter_events(store, flt, batch=_BATCH)
    if what == "articles":
        return _iter_articles(store)
    if what == "actors":
        return _iter_actors(store)
    raise QueryError(f"unknown export kind {what!r}; expected one of {', '.join(EXPORT_KINDS)}")


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else value


def _flat(record: dict[str, Any], what: str) -> dict[str, Any]:
    if what == "events":
        flat = flatten_event(record)
        if flat["date"] is not None:
            flat["date"] = dt.date.fromisoformat(flat["date"])
        return flat
    return record


def _layout(what: str) -> tuple[tuple[str, str], ...]:
    return {"events": EVENT_COLUMNS, "articles": ARTICLE_COLUMNS, "actors": ACTOR_COLUMNS}[what]


def _write_parquet(records: Iterator[dict[str, Any]], out: Path | IO[bytes], what: str) -> int:
    schema = arrow_schema(_layout(what))
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(_flat(record, what))
            if len(batch) == _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        # Always write (possibly empty) so the file carries the schema even with no rows.
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        count += len(batch)
    return count


def _gdelt_lines(store: Store | Connection, flt: EventFilter | None, out: IO[str]) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_COLUMNS)
    a = s.articles
    count = 0
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        ids = sorted({e["article_id"] for e in pending})
        with connection(store) as conn:
            meta = {
                r.id: (r.url, r.published)
                for r in conn.execute(select(a.c.id, a.c.url, a.c.published).where(a.c.id.in_(ids)))
            }
        for event in pending:
            url, published = meta.get(event["article_id"], (None, None))
            writer.writerow(gdelt_row(event, url=url, published=published))
        pending.clear()

    # GDELT rows are events, not reports: one row per canonical event.
    base = flt or EventFilter()
    canonical = EventFilter(
        **{**{n: getattr(base, n) for n in base.__dataclass_fields__}, "canonical_only": True}
    )
    for event in iter_events(store, canonical, batch=_BATCH):
        pending.append(event)
        count += 1
        if len(pending) == _BATCH:
            flush()
    flush()
    return count


def write_export(
    store: Store | Connection,
    out: IO[str] | IO[bytes] | Path,
    *,
    what: str = "events",
    fmt: str = "jsonl",
    flt: EventFilter | None = None,
) -> int:
    """Write an export and return the number of records written.

    Args:
        store: the store or an open connection.
        out: a text stream (jsonl, csv, gdelt), or a path / binary stream (parquet; a path works
            for every format).
        what: "events", "articles" or "actors".
        fmt: "jsonl" (nested objects), "csv" (flat columns, lists joined by "; "), "parquet"
            (flat typed columns) or "gdelt" (events only, tab-separated, one row per event).
        flt: the event filter (events only).

    Returns:
        How many records were written.

    Raises:
        QueryError: an unknown format or kind, or gdelt asked for articles/actors.
    """
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "gdelt" and what != "events":
        raise QueryError("the gdelt format holds events only")
    records = iter_records(store, what=what, flt=flt)
    if isinstance(out, Path):
        if fmt == "parquet":
            return _write_parquet(records, out, what)
        with out.open("w", encoding="utf-8", newline="") as stream:
            return write_export(store, stream, what=what, fmt=fmt, flt=flt)
    if fmt == "parquet":
        return _write_parquet(records, out, what)  # type: ignore[arg-type]
    text: IO[str] = out  # type: ignore[assignment]
    if fmt == "gdelt":
        return _gdelt_lines(store, flt, text)
    count = 0
    if fmt == "jsonl":
        for record in records:
            text.write(json.dumps(record, ensure_ascii=False, default=_json_default) + "\n")
            count += 1
        return count
    names = [n for n, _ in _layout(what)]
    writer = csv.DictWriter(text, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _csv_value(v) for k, v in _flat(record, what).items()})
        count += 1
    return count
