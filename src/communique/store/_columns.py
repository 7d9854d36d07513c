"""Flat column layouts of the exports (CSV and Parquet share them) with their Arrow types."""

from __future__ import annotations

import functools
from typing import Any

import pyarrow as pa

__all__ = ["ACTOR_COLUMNS", "ARTICLE_COLUMNS", "EVENT_COLUMNS", "arrow_schema", "flatten_event"]

_REF_FIELDS = (
    ("text", "s"), ("name", "s"), ("country", "s"), ("sector", "s"), ("actor_id", "s"), ("role", "s"),
    ("start", "i"), ("end", "i"),
)  # fmt: skip

# (column, kind): s string, i int32, f float64, d date, b bool, l list of strings.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "s"), ("article_id", "s"), ("canonical_id", "s"), ("story_id", "s"), ("mentions", "i"),
    ("date", "d"), ("date_precision", "s"), ("date_text", "s"),
    ("cameo", "s"), ("cameo_root", "s"), ("plover", "s"), ("quad_class", "i"), ("goldstein", "f"),
    ("modality", "s"), ("confidence", "f"), ("reciprocal", "b"),
    *((f"source_{name}", kind) for name, kind in _REF_FIELDS),
    *((f"target_{name}", kind) for name, kind in _REF_FIELDS),
    ("location_name", "s"), ("location_country", "s"), ("location_lat", "f"), ("location_lon", "f"),
    ("location_geonameid", "i"), ("location_feature", "s"),
    ("reported_by", "l"), ("topics", "l"),
    ("trigger", "s"), ("trigger_start", "i"), ("trigger_end", "i"),
    ("sentence", "s"), ("sentence_start", "i"), ("sentence_end", "i"), ("rule", "s"),
)  # fmt: skip

ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "s"), ("title", "s"), ("source", "s"), ("url", "s"), ("published", "d"), ("author", "s"),
    ("agency", "s"), ("dateline_place", "s"), ("language", "s"), ("story_id", "s"),
    ("near_duplicate_of", "s"), ("similarity", "f"), ("skipped_reason", "s"), ("content_hash", "s"),
    ("events", "i"), ("text", "s"),
)  # fmt: skip

ACTOR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("actor_id", "s"), ("name", "s"), ("country", "s"), ("sector", "s"), ("kind", "s"), ("role", "s"),
    ("former", "b"), ("first_seen", "d"), ("last_seen", "d"), ("article_count", "i"), ("variants", "l"),
)  # fmt: skip

_ARROW = {"s": pa.string(), "i": pa.int32(), "f": pa.float64(), "d": pa.date32(), "b": pa.bool_(),
          "l": pa.list_(pa.string())}  # fmt: skip


@functools.cache
def arrow_schema(columns: tuple[tuple[str, str], ...]) -> pa.Schema:
    """The Arrow schema of a column layout.

    Args:
        columns: one of the ``*_COLUMNS`` layouts.

    Returns:
        The ``pyarrow.Schema`` (every field nullable).
    """
    return pa.schema([pa.field(name, _ARROW[kind]) for name, kind in columns])


def flatten_event(event: dict[str, Any]) -> dict[str, Any]:
    """Flatten an event dict: ``source``/``target``/``location`` objects become prefixed columns.

    Args:
        event: an event as ``queries.list_events`` returns it.

    Returns:
        A dict with exactly the ``EVENT_COLUMNS`` keys (lists stay lists; CSV joins them).
    """
    flat = {name: event.get(name) for name, _ in EVENT_COLUMNS}
    for side in ("source", "target"):
        ref = event.get(side) or {}
        for name, _ in _REF_FIELDS:
            flat[f"{side}_{name}"] = ref.get(name)
    location = event.get("location") or {}
    for name in ("name", "country", "lat", "lon", "geonameid", "feature"):
        flat[f"location_{name}"] = location.get(name)
    flat["reported_by"] = list(event.get("reported_by") or [])
    flat["topics"] = list(event.get("topics") or [])
    return flat
