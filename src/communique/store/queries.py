"""The query layer shared by the CLI, the HTTP API and the dashboard.

Functions take the ``Store`` (or an open ``Connection``) first and return plain dicts whose keys
are the export field names of docs/schema.md; SQL is built only from SQLAlchemy expressions.
Listings use keyset (cursor) pagination, so a page costs the same at any depth.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, RowMapping, func, literal, select, tuple_

from communique.errors import QueryError
from communique.ontology import cameo_codes
from communique.store import schema as s
from communique.store._actors import actor_quotes, get_actor, list_actors
from communique.store._common import check_limit, connection, country_name, iso
from communique.store._facets import event_facets, last_run
from communique.store._filters import (
    EventFilter,
    Page,
    branches,
    decode_cursor,
    encode_cursor,
    event_conditions,
)
from communique.store._search import search_articles
from communique.store.aggregates import actor_network, corpus_stats, dyad_timeline, top_actors, top_dyads
from communique.store.repository import Store

__all__ = [
    "EventFilter",
    "Page",
    "actor_network",
    "actor_quotes",
    "corpus_stats",
    "country_name",
    "dyad_timeline",
    "event_facets",
    "get_actor",
    "get_article",
    "get_event",
    "iter_events",
    "last_run",
    "list_actors",
    "list_articles",
    "list_events",
    "search_articles",
    "top_actors",
    "top_dyads",
]

e, a, c = s.events, s.articles, s.canonical_events


def _ref(row: Mapping[Any, Any], side: str) -> dict[str, Any] | None:
    if row[f"{side}_name"] is None and row[f"{side}_text"] is None:
        return None
    return {
        f: row[f"{side}_{f}"]
        for f in ("text", "name", "country", "sector", "actor_id", "role", "start", "end")
    }


def event_dict(row: Mapping[Any, Any]) -> dict[str, Any]:
    """Turn a row of ``_EVENT_COLUMNS`` into the exported event dict.

    Args:
        row: a row mapping with the events columns and ``mentions``.

    Returns:
        The event with nested ``source``/``target``/``location`` objects (or None).
    """
    location = None
    if row["location_name"] is not None:
        location = {
            "name": row["location_name"],
            "country": row["location_country"],
            "lat": row["location_lat"],
            "lon": row["location_lon"],
            "geonameid": row["location_geonameid"],
            "feature": row["location_feature"],
        }
    reported_by = json.loads(row["reported_by"])
    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "sentence": row["sentence"],
        "sentence_start": row["sentence_start"],
        "sentence_end": row["sentence_end"],
        "trigger": row["trigger"],
        "trigger_start": row["trigger_start"],
        "trigger_end": row["trigger_end"],
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "cameo_label": _label(row["cameo"]),
        "plover": row["plover"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "modality": row["modality"],
        "date": iso(row["date"]),
        "date_precision": row["date_precision"],
        "date_text": row["date_text"],
        "location": location,
        "source": _ref(row, "source"),
        "target": _ref(row, "target"),
        "reported_by": reported_by or None,
        "topics": json.loads(row["topics"]),
        "rule": row["rule"],
        "confidence": row["confidence"],
        "reciprocal": bool(row["reciprocal"]),
        "story_id": row["story_id"],
        "canonical_id": row["canonical_id"],
        "mentions": row["mentions"] or 1,
    }


def _label(code: str) -> str | None:
    table = cameo_codes()
    found = table.get(code) or table.get(code[:2])
    return found.label if found else None


def _event_select() -> Any:
    cols = [col for col in e.c if col.name not in {"pk", "is_canonical"}]
    return select(*cols, e.c.pk, c.c.mentions).select_from(e.outerjoin(c, c.c.id == e.c.canonical_id))


def list_events(
    store: Store | Connection, flt: EventFilter | None = None, *, limit: int = 50, cursor: str | None = None
) -> Page:
    """List events matching ``flt``, newest first (event date, else publication date).

    Args:
        store: the store or an open connection.
        flt: the filter (default: every asserted event).
        limit: page size, 1–1000.
        cursor: ``next_cursor`` of the previous page.

    Returns:
        A ``Page`` of event dicts.

    Raises:
        QueryError: an invalid filter value, limit or cursor.
    """
    flt = flt or EventFilter()
    limit = check_limit(limit)
    after = None
    if cursor:
        day, pk = decode_cursor(cursor, arity=2)
        try:
            after = tuple_(e.c.day, e.c.pk) < tuple_(literal(dt.date.fromisoformat(day)), literal(int(pk)))
        except (TypeError, ValueError) as exc:
            raise QueryError(f"invalid cursor {cursor[:40]!r}") from exc
    order = (e.c.day.desc(), e.c.pk.desc())
    # An either-side match or an undirected dyad runs as one keyset query per side/direction,
    # each walking an index newest-first; they are merged here (see branches).
    sides = branches(flt)
    rows: dict[int, Any] = {}
    with connection(store) as conn:
        for side in sides:
            query = _event_select().where(*event_conditions(flt, dialect=conn.dialect.name, side=side))
            if after is not None:
                query = query.where(after)
            for row in conn.execute(query.order_by(*order).limit(limit + 1)).mappings():
                rows[row["pk"]] = row
    ranked = sorted(rows.values(), key=lambda r: (r["day"], r["pk"]), reverse=True)[: limit + 1]
    items = [event_dict(r) for r in ranked[:limit]]
    next_cursor = None
    if len(ranked) > limit:
        last = ranked[limit - 1]
        next_cursor = encode_cursor([last["day"].isoformat(), last["pk"]])
    return Page(items=items, next_cursor=next_cursor)


def iter_events(
    store: Store | Connection, flt: EventFilter | None = None, *, batch: int = 1000
) -> Iterator[dict[str, Any]]:
    """Yield every event matching ``flt`` (newest first), a page at a time (for exports).

    Args:
        store: the store or an open connection.
        flt: the filter.
        batch: events fetched per query.

    Returns:
        An iterator of event dicts.
    """
    cursor: str | None = None
    while True:
        page = list_events(store, flt, limit=batch, cursor=cursor)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def get_event(store: Store | Connection, event_id: str) -> dict[str, Any] | None:
    """Return one event with its article, the evidence offsets, the rule, and its other reports.

    Args:
        store: the store or an open connection.
        event_id: the event id.

    Returns:
        The event dict plus ``article`` (id, title, source, url, published, text), ``explain``
        (rule, trigger and its offsets, sentence and participant offsets, confidence) and
        ``reports`` (every event row linked to the same canonical event); None if unknown.
    """
    with connection(store) as conn:
        row = conn.execute(_event_select().where(e.c.event_id == event_id)).mappings().first()
        if row is None:
            return None
        event = event_dict(row)
        art = (
            conn.execute(
                select(a.c.id, a.c.title, a.c.source, a.c.url, a.c.published, a.c.text).where(
                    a.c.id == row["article_id"]
                )
            )
            .mappings()
            .one()
        )
        reports = (
            conn.execute(
                select(e.c.event_id, e.c.article_id, e.c.sentence, a.c.source, a.c.published, a.c.title)
                .join(a, a.c.id == e.c.article_id)
                .where(e.c.canonical_id == row["canonical_id"])
                .order_by(e.c.pk)
            )
            .mappings()
            .all()
        )
    event["article"] = {**dict(art), "published": iso(art["published"])}
    event["explain"] = {
        "rule": event["rule"],
        "trigger": event["trigger"],
        "trigger_start": event["trigger_start"],
        "trigger_end": event["trigger_end"],
        "sentence_start": event["sentence_start"],
        "sentence_end": event["sentence_end"],
        "source_span": _span(event["source"]),
        "target_span": _span(event["target"]),
        "date_text": event["date_text"],
        "confidence": event["confidence"],
    }
    event["reports"] = [{**dict(r), "published": iso(r["published"])} for r in reports]
    return event


def _span(ref: dict[str, Any] | None) -> list[int] | None:
    if ref is None or ref["start"] is None or ref["end"] is None:
        return None
    return [ref["start"], ref["end"]]


_ARTICLE_LIST_COLUMNS = (
    "id", "title", "source", "url", "published", "author", "agency", "dateline_place", "language",
    "story_id", "near_duplicate_of", "similarity", "skipped_reason",
)  # fmt: skip


def _article_dict(row: RowMapping) -> dict[str, Any]:
    out = {k: row[k] for k in _ARTICLE_LIST_COLUMNS}
    out["published"] = iso(out["published"])
    return out


def list_articles(
    store: Store | Connection,
    *,
    source: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    story_id: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page:
    """List articles (metadata only, no text), most recently ingested first.

    Args:
        store: the store or an open connection.
        source: only articles from this source.
        date_from: only articles published on or after this date.
        date_to: only articles published on or before this date.
        story_id: only articles of this story.
        limit: page size, 1–1000.
        cursor: ``next_cursor`` of the previous page.

    Returns:
        A ``Page`` of article dicts with an ``events`` count each.
    """
    limit = check_limit(limit)
    conds = []
    if source:
        conds.append(a.c.source == source)
    if date_from:
        conds.append(a.c.published >= date_from)
    if date_to:
        conds.append(a.c.published <= date_to)
    if story_id:
        conds.append(a.c.story_id == story_id)
    if cursor:
        (pk,) = decode_cursor(cursor, arity=1)
        if not isinstance(pk, int):
            raise QueryError(f"invalid cursor {cursor[:40]!r}")
        conds.append(a.c.pk < pk)
    counts = select(func.count()).where(e.c.article_id == a.c.id).scalar_subquery()
    cols = [a.c[k] for k in _ARTICLE_LIST_COLUMNS]
    query = (
        select(a.c.pk, *cols, counts.label("events")).where(*conds).order_by(a.c.pk.desc()).limit(limit + 1)
    )
    with connection(store) as conn:
        rows = conn.execute(query).mappings().all()
    items = [{**_article_dict(r), "events": r["events"]} for r in rows[:limit]]
    return Page(
        items=items, next_cursor=encode_cursor([rows[limit - 1]["pk"]]) if len(rows) > limit else None
    )


def get_article(store: Store | Connection, article_id: str) -> dict[str, Any] | None:
    """Return one article with its text, sources, mentions, events and quotes.

    Args:
        store: the store or an open connection.
        article_id: the article id.

    Returns:
        The article dict (None if unknown); ``events`` holds every event of the article, any
        modality.
    """
    with connection(store) as conn:
        row = conn.execute(select(a).where(a.c.id == article_id)).mappings().first()
        if row is None:
            return None
        out = _article_dict(row)
        out.update(
            text=row["text"],
            raw_text=row["raw_text"],
            content_hash=row["content_hash"],
            origin=row["origin"],
            removed=json.loads(row["removed"]),
            warnings=json.loads(row["warnings"]),
            ingested_at=row["ingested_at"].isoformat() if row["ingested_at"] else None,
        )
        src = s.article_sources
        out["sources"] = [
            {"source": r.source or None, "url": r.url or None}
            for r in conn.execute(
                select(src.c.source, src.c.url).where(src.c.article_id == article_id).order_by(src.c.pk)
            )
        ]
        m = s.mentions
        out["mentions"] = [
            {**dict(r), "members": json.loads(r["members"])}
            for r in conn.execute(
                select(m.c.start, m.c.end, m.c.text, m.c.actor_id, m.c.via, m.c.sentence_index, m.c.members)
                .where(m.c.article_id == article_id)
                .order_by(m.c.start, m.c.pk)
            ).mappings()
        ]
        events = conn.execute(_event_select().where(e.c.article_id == article_id).order_by(e.c.pk)).mappings()
        out["events"] = [event_dict(r) for r in events]
        q = s.quotes
        out["quotes"] = [
            {
                "text": r["text"],
                "start": r["start"],
                "end": r["end"],
                "kind": r["kind"],
                "speaker": None
                if r["speaker_name"] is None
                else {
                    "text": r["speaker_text"],
                    "name": r["speaker_name"],
                    "country": r["speaker_country"],
                    "sector": r["speaker_sector"],
                    "actor_id": r["speaker_actor_id"],
                },
            }
            for r in conn.execute(
                select(q).where(q.c.article_id == article_id).order_by(q.c.start)
            ).mappings()
        ]
    return out
