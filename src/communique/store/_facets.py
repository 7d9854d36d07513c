"""Breakdowns the dashboard panels read: events per CAMEO root and topic, and the last ingest run.

They count what the other aggregates count (canonical events, the same filter translation), so
a dyad view's bar charts add up to its event list and timeline.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, true

from communique.ontology import cameo_codes
from communique.store import schema as s
from communique.store._common import check_limit, connection
from communique.store._filters import EventFilter, event_conditions

if TYPE_CHECKING:
    from communique.store.repository import Store

__all__ = ["event_facets", "last_run"]

e = s.events


def event_facets(
    store: Store | Connection, flt: EventFilter | None = None, *, limit: int = 20
) -> dict[str, list[dict[str, Any]]]:
    """Count the canonical events matching ``flt`` per CAMEO root and per topic.

    Args:
        store: the store or an open connection.
        flt: the filter (default: asserted events); a dyad is ``countries=(a, b)``, which matches
            actor ids too.
        limit: at most this many topics, 1–1000 (there are only 20 roots).

    Returns:
        ``{"by_root": [{cameo_root, label, events}], "by_topic": [{topic, events}]}``, most events
        first (ties by code/topic); ``label`` is the CAMEO root's label, None if unknown.

    Raises:
        QueryError: an invalid filter value or limit.
    """
    limit = check_limit(limit)
    labels = cameo_codes()
    t = s.event_topics
    with connection(store) as conn:
        conds = [
            *event_conditions(flt or EventFilter(), dialect=conn.dialect.name),
            e.c.is_canonical == true(),
        ]
        n = func.count().label("n")
        roots = conn.execute(
            select(e.c.cameo_root, n)
            .where(*conds)
            .group_by(e.c.cameo_root)
            .order_by(n.desc(), e.c.cameo_root)
        ).all()
        topics = conn.execute(
            select(t.c.topic, n)
            .join(e, e.c.pk == t.c.event_pk)
            .where(*conds)
            .group_by(t.c.topic)
            .order_by(n.desc(), t.c.topic)
            .limit(limit)
        ).all()
    return {
        "by_root": [
            {"cameo_root": r, "label": labels[r].label if r in labels else None, "events": int(c)}
            for r, c in roots
        ],
        "by_topic": [{"topic": tp, "events": int(c)} for tp, c in topics],
    }


def last_run(store: Store | Connection) -> dict[str, Any] | None:
    """Return the most recently started ingest run, or None before any run.

    Args:
        store: the store or an open connection.

    Returns:
        ``{"id", "started_at", "finished_at", "articles"}``; the timestamps are UTC, ISO 8601
        to the second, without offset (``finished_at`` None while the run is unfinished or crashed).
    """
    r = s.runs
    with connection(store) as conn:
        row = conn.execute(select(r).order_by(r.c.started_at.desc(), r.c.id).limit(1)).mappings().first()
    if row is None:
        return None

    def stamp(value: dt.datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is not None:  # PostgreSQL returns aware times, SQLite naive UTC ones
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(timespec="seconds")

    return {
        "id": row["id"],
        "started_at": stamp(row["started_at"]),
        "finished_at": stamp(row["finished_at"]),
        "articles": int(row["articles"] or 0),
    }
