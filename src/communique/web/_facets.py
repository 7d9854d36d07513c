"""Read-only aggregates the dashboard needs that ``communique.store.queries`` does not offer yet.

The dyad view breaks a selection down by CAMEO root and by topic, the actor page lists the
actor's quotes and the overview shows the last ingest run. These are plain ``GROUP BY``/``SELECT``
statements built from SQLAlchemy expressions over the store's own schema and filter translation
(``event_conditions``), so they count exactly what the query layer counts (canonical events,
same filter semantics). They belong in the query layer and can move there unchanged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, true

from communique.store import schema as s
from communique.store._filters import event_conditions
from communique.store.queries import EventFilter
from communique.web._context import cameo_label

__all__ = ["actor_quotes", "event_facets", "last_run"]

e = s.events


def event_facets(store: Any, flt: EventFilter, *, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Count canonical events matching ``flt`` per CAMEO root and per topic.

    Args:
        store: a ``communique.store.Store``.
        flt: the filter (a dyad is ``countries=(a, b)``, which matches actor ids too).
        limit: at most this many topics (roots are at most 20).

    Returns:
        ``{"by_root": [{key, label, events}], "by_topic": [{key, label, events}]}``, most events
        first.
    """
    with store.connect() as conn:
        conds = [*event_conditions(flt, dialect=conn.dialect.name), e.c.is_canonical == true()]
        n = func.count().label("n")
        roots = conn.execute(
            select(e.c.cameo_root, n)
            .where(*conds)
            .group_by(e.c.cameo_root)
            .order_by(n.desc(), e.c.cameo_root)
        ).all()
        t = s.event_topics
        topics = conn.execute(
            select(t.c.topic, n)
            .join(e, e.c.pk == t.c.event_pk)
            .where(*conds)
            .group_by(t.c.topic)
            .order_by(n.desc(), t.c.topic)
            .limit(limit)
        ).all()
    return {
        "by_root": [{"key": r, "label": cameo_label(r), "events": int(c)} for r, c in roots],
        "by_topic": [{"key": tp, "label": tp.replace("_", " "), "events": int(c)} for tp, c in topics],
    }


def actor_quotes(store: Any, actor_id: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Return the quotes attributed to an actor, newest article first.

    Args:
        store: a ``communique.store.Store``.
        actor_id: the speaker's actor id.
        limit: at most this many quotes.

    Returns:
        Dicts with ``text``, ``kind``, ``article_id``, ``title``, ``source``, ``published``.
    """
    q, a = s.quotes, s.articles
    query = (
        select(q.c.text, q.c.kind, q.c.article_id, a.c.title, a.c.source, a.c.published)
        .join(a, a.c.id == q.c.article_id)
        .where(q.c.speaker_actor_id == actor_id)
        .order_by(a.c.published.desc(), q.c.pk)
        .limit(limit)
    )
    with store.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return [{**dict(r), "published": r["published"].isoformat() if r["published"] else None} for r in rows]


def last_run(store: Any) -> dict[str, Any] | None:
    """Return the most recent ingest run (started, finished, articles stored), or None.

    Args:
        store: a ``communique.store.Store``.

    Returns:
        ``{"started_at", "finished_at", "articles"}`` with ISO timestamps, or None before any run.
    """
    r = s.runs
    with store.connect() as conn:
        row = conn.execute(select(r).order_by(r.c.started_at.desc()).limit(1)).mappings().first()
    if row is None:
        return None

    def stamp(value: dt.datetime | None) -> str | None:
        return value.isoformat(sep=" ", timespec="seconds") if value else None

    return {
        "started_at": stamp(row["started_at"]),
        "finished_at": stamp(row["finished_at"]),
        "articles": row["articles"],
    }
