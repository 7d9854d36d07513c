"""Writing one ``ProcessedArticle``: the rows it becomes, and the upserts of actors and stories.

Everything here runs inside the single transaction opened by ``Store.save``; upserts use each
backend's ``INSERT … ON CONFLICT`` so that concurrent writers cannot lose an update.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, and_, func, select
from sqlalchemy.dialects import postgresql, sqlite

from communique.model import Actor, ActorRef, Event, Mention, ProcessedArticle, Quote
from communique.store import schema as s

__all__ = ["NO_DATE", "upsert", "write_article"]

NO_DATE = dt.date(1, 1, 1)


def upsert(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    keys: Sequence[str],
    update: Mapping[str, Any] | None = None,
) -> None:
    """INSERT rows; on a key conflict do nothing, or apply ``update``.

    Args:
        conn: a connection inside the caller's transaction.
        table: the table.
        rows: the rows to insert (keys unique among them).
        keys: the conflict target (primary key or unique constraint columns).
        update: column → value, or a callable given the ``excluded`` row for the new values.
    """
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(list(rows))
    if update:
        changes = {name: value(stmt.excluded) if callable(value) else value for name, value in update.items()}
        stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=changes)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    conn.execute(stmt)


def _least(conn: Connection, a: Any, b: Any) -> Any:
    # min()/max() with two arguments are scalar functions on SQLite; PostgreSQL calls them least/greatest.
    return func.least(a, b) if conn.dialect.name == "postgresql" else func.min(a, b)


def _greatest(conn: Connection, a: Any, b: Any) -> Any:
    return func.greatest(a, b) if conn.dialect.name == "postgresql" else func.max(a, b)


def _coalesced(conn: Connection, pick: Any, current: Any, new: Any) -> Any:
    """The earlier/later of two nullable dates, ignoring NULL on either side."""
    return func.coalesce(pick(conn, current, new), current, new)


def _mention_actors(mentions: Iterable[Mention]) -> dict[str, tuple[Actor, set[str]]]:
    found: dict[str, tuple[Actor, set[str]]] = {}
    for mention in mentions:
        for actor in (mention.actor, *mention.members):
            entry = found.setdefault(actor.id, (actor, set()))
            if actor is mention.actor:
                entry[1].add(mention.text.strip())
            entry[1].update(v for v in actor.variants if v)
    return found


def _ref_actor(ref: ActorRef) -> Actor:
    assert ref.actor_id is not None
    return Actor(id=ref.actor_id, name=ref.name, country=ref.country, sector=ref.sector, role=ref.role)


def _write_actors(conn: Connection, processed: ProcessedArticle, published: dt.date | None) -> None:
    found = _mention_actors(processed.mentions)
    for event in processed.events:
        for ref in (event.source, event.target):
            if ref is not None and ref.actor_id and ref.actor_id not in found:
                found[ref.actor_id] = (_ref_actor(ref), {ref.text.strip()} if ref.text.strip() else set())
    if not found:
        return
    a = s.actors
    rows = [
        {
            "id": actor.id,
            "name": actor.name,
            "country": actor.country,
            "sector": actor.sector,
            "kind": actor.kind,
            "role": actor.role,
            "former": actor.former,
            "first_seen": published,
            "last_seen": published,
            "article_count": 1,
        }
        for actor, _ in found.values()
    ]
    # Identity fields keep their first value (the knowledge base decides them); the dates widen
    # and the article count grows by one per article mentioning the actor.
    upsert(
        conn,
        a,
        sorted(rows, key=lambda r: r["id"]),
        keys=["id"],
        update={
            "first_seen": lambda ex: _coalesced(conn, _least, a.c.first_seen, ex.first_seen),
            "last_seen": lambda ex: _coalesced(conn, _greatest, a.c.last_seen, ex.last_seen),
            "article_count": a.c.article_count + 1,
        },
    )
    variants = sorted({(aid, v[:300]) for aid, (_, vs) in found.items() for v in vs if v})
    upsert(
        conn,
        s.actor_variants,
        [{"actor_id": x, "variant": v} for x, v in variants],
        keys=["actor_id", "variant"],
    )
    roles = sorted(
        {(actor.id, actor.role, actor.sector) for actor, _ in found.values() if actor.role},
        key=lambda r: (r[0], r[1] or ""),
    )
    r = s.actor_roles
    upsert(
        conn,
        r,
        [
            {"actor_id": aid, "role": role, "sector": sector, "first_seen": published, "last_seen": published}
            for aid, role, sector in roles
        ],
        keys=["actor_id", "role"],
        update={
            "first_seen": lambda ex: _coalesced(conn, _least, r.c.first_seen, ex.first_seen),
            "last_seen": lambda ex: _coalesced(conn, _greatest, r.c.last_seen, ex.last_seen),
        },
    )


def _write_story(conn: Connection, story_id: str, published: dt.date | None) -> None:
    st = s.stories
    upsert(
        conn,
        st,
        [{"id": story_id, "first_published": published, "last_published": published, "article_count": 1}],
        keys=["id"],
        update={
            "first_published": lambda ex: _coalesced(conn, _least, st.c.first_published, ex.first_published),
            "last_published": lambda ex: _coalesced(conn, _greatest, st.c.last_published, ex.last_published),
            "article_count": st.c.article_count + 1,
        },
    )


def _ref_columns(side: str, ref: ActorRef | None) -> dict[str, Any]:
    fields = ("text", "name", "country", "sector", "actor_id", "role", "start", "end")
    return {f"{side}_{f}": getattr(ref, f) if ref is not None else None for f in fields}


def _ref_key(ref: ActorRef | None) -> str:
    if ref is None:
        return "-"
    return ref.actor_id or f"{ref.country or ''}/{ref.name}"


def _canonical_for(
    conn: Connection, event: Event, *, story_id: str, day: dt.date, window_days: int
) -> tuple[str, bool]:
    """Find the canonical event this report belongs to, or make this report a new one.

    Two reports are one event when they share the story, the directed dyad, the CAMEO root and
    the modality, and their dates are within the story window. Modality is part of the key so
    that a planned visit and the visit itself stay apart (aggregates filter on modality).
    """
    if event.source is None or event.target is None:
        return event.event_id, True
    c = s.canonical_events
    dyad = f"{_ref_key(event.source)}>{_ref_key(event.target)}"[:420]
    # Clamp the window: an undated event sits at 0001-01-01, where day - window would overflow.
    lo = dt.date.fromordinal(max(1, day.toordinal() - window_days))
    hi = dt.date.fromordinal(min(dt.date.max.toordinal(), day.toordinal() + window_days))
    found = conn.execute(
        select(c.c.id)
        .where(
            and_(
                c.c.story_id == story_id,
                c.c.dyad_key == dyad,
                c.c.cameo_root == event.cameo_root,
                c.c.modality == event.modality,
                c.c.day.between(lo, hi),
            )
        )
        .order_by(c.c.day, c.c.id)
        .limit(1)
    ).scalar_one_or_none()
    if found is not None:
        conn.execute(c.update().where(c.c.id == found).values(mentions=c.c.mentions + 1))
        return found, False
    conn.execute(
        c.insert().values(
            id=event.event_id,
            story_id=story_id,
            dyad_key=dyad,
            cameo_root=event.cameo_root,
            modality=event.modality,
            day=day,
            mentions=1,
        )
    )
    return event.event_id, True


def _event_row(event: Event, *, published: dt.date | None, story_id: str) -> dict[str, Any]:
    loc = event.location
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "story_id": story_id,
        "sentence": event.sentence,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
        "trigger": event.trigger,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "plover": event.plover,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "day": event.date or published or NO_DATE,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_geonameid": loc.geonameid if loc else None,
        "location_feature": loc.feature if loc else None,
        **_ref_columns("source", event.source),
        **_ref_columns("target", event.target),
        "reported_by": json.dumps(list(event.reported_by)),
        "topics": json.dumps(list(event.topics)),
        "rule": event.rule,
        "confidence": event.confidence,
        "reciprocal": event.reciprocal,
    }


def _write_events(conn: Connection, processed: ProcessedArticle, *, story_id: str, window_days: int) -> None:
    published = processed.article.published
    for event in processed.events:
        row = _event_row(event, published=published, story_id=story_id)
        canonical_id, is_canonical = _canonical_for(
            conn, event, story_id=story_id, day=row["day"], window_days=window_days
        )
        row.update(canonical_id=canonical_id, is_canonical=is_canonical)
        pk = conn.execute(s.events.insert().values(row).returning(s.events.c.pk)).scalar_one()
        topics = sorted(set(event.topics))
        if topics:
            conn.execute(s.event_topics.insert(), [{"event_pk": pk, "topic": t} for t in topics])


def _quote_row(quote: Quote) -> dict[str, Any]:
    sp = quote.speaker
    return {
        "article_id": quote.article_id,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "speaker_text": sp.text if sp else None,
        "speaker_name": sp.name if sp else None,
        "speaker_country": sp.country if sp else None,
        "speaker_sector": sp.sector if sp else None,
        "speaker_actor_id": sp.actor_id if sp else None,
    }


def write_article(conn: Connection, processed: ProcessedArticle, *, run_id: str, window_days: int) -> None:
    """Insert an article with its sources, story, actors, mentions, events and quotes.

    Args:
        conn: a connection inside the caller's transaction.
        processed: the pipeline's output for one article (its id not yet stored).
        run_id: the ingestion run this write belongs to.
        window_days: the story window used to merge reports of one event.
    """
    article = processed.article
    dedup = processed.dedup
    story_id = dedup.story_id if dedup is not None else article.id
    _write_story(conn, story_id, article.published)
    conn.execute(
        s.articles.insert().values(
            id=article.id,
            title=article.title,
            text=article.text,
            raw_text=article.raw_text,
            source=article.source,
            url=article.url,
            published=article.published,
            author=article.author,
            agency=article.agency,
            dateline_place=article.dateline_place,
            language=article.language,
            content_hash=article.content_hash,
            origin=article.origin,
            removed=json.dumps(list(article.removed)),
            story_id=story_id,
            near_duplicate_of=dedup.near_duplicate_of if dedup else None,
            similarity=dedup.similarity if dedup else None,
            signature=dedup.signature if dedup and dedup.signature else None,
            skipped_reason=processed.skipped_reason,
            warnings=json.dumps(list(processed.warnings)),
            ingested_at=dt.datetime.now(dt.UTC),
            run_id=run_id,
        )
    )
    conn.execute(
        s.article_sources.insert().values(
            article_id=article.id, source=article.source or "", url=article.url or ""
        )
    )
    _write_actors(conn, processed, article.published)
    if processed.mentions:
        conn.execute(
            s.mentions.insert(),
            [
                {
                    "article_id": article.id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "actor_id": m.actor.id,
                    "via": m.via,
                    "sentence_index": m.sentence_index,
                    "members": json.dumps([x.id for x in m.members]),
                }
                for m in processed.mentions
            ],
        )
    _write_events(conn, processed, story_id=story_id, window_days=window_days)
    if processed.quotes:
        conn.execute(s.quotes.insert(), [_quote_row(q) for q in processed.quotes])
