"""Actor lookups: listing with name/variant search, and one actor with variants, roles and partners."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, RowMapping, and_, func, or_, select

from communique.errors import QueryError
from communique.store import schema as s
from communique.store._common import check_limit, connection, iso
from communique.store._filters import EventFilter, Page, decode_cursor, encode_cursor, like_pattern
from communique.store.aggregates import top_actors

if TYPE_CHECKING:
    from communique.store.repository import Store

__all__ = ["actor_quotes", "get_actor", "list_actors"]

e = s.events


def _actor_dict(row: RowMapping) -> dict[str, Any]:
    return {
        "actor_id": row["id"],
        "name": row["name"],
        "country": row["country"],
        "sector": row["sector"],
        "kind": row["kind"],
        "role": row["role"],
        "former": bool(row["former"]),
        "first_seen": iso(row["first_seen"]),
        "last_seen": iso(row["last_seen"]),
        "article_count": row["article_count"],
    }


def list_actors(
    store: Store | Connection,
    *,
    q: str | None = None,
    country: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page:
    """List actors, most mentioned first.

    Args:
        store: the store or an open connection.
        q: only actors whose name or a variant contains this text (case-insensitive).
        country: only actors of this country code.
        limit: page size, 1–1000.
        cursor: ``next_cursor`` of the previous page.

    Returns:
        A ``Page`` of actor dicts.
    """
    limit = check_limit(limit)
    ac, v = s.actors, s.actor_variants
    conds = []
    if q:
        pattern = like_pattern(q)
        in_variants = select(v.c.actor_id).where(v.c.variant.ilike(pattern, escape="\\"))
        conds.append(or_(ac.c.name.ilike(pattern, escape="\\"), ac.c.id.in_(in_variants)))
    if country:
        conds.append(ac.c.country == country.upper())
    if cursor:
        count, actor_id = decode_cursor(cursor, arity=2)
        if not isinstance(count, int) or not isinstance(actor_id, str):
            raise QueryError(f"invalid cursor {cursor[:40]!r}")
        conds.append(or_(ac.c.article_count < count, and_(ac.c.article_count == count, ac.c.id > actor_id)))
    query = select(ac).where(*conds).order_by(ac.c.article_count.desc(), ac.c.id).limit(limit + 1)
    with connection(store) as conn:
        rows = conn.execute(query).mappings().all()
    items = [_actor_dict(r) for r in rows[:limit]]
    nxt = None
    if len(rows) > limit:
        nxt = encode_cursor([rows[limit - 1]["article_count"], rows[limit - 1]["id"]])
    return Page(items=items, next_cursor=nxt)


def get_actor(store: Store | Connection, actor_id: str) -> dict[str, Any] | None:
    """Return one actor with its name variants, roles over time, and event counts.

    Args:
        store: the store or an open connection.
        actor_id: the actor id.

    Returns:
        The actor dict plus ``variants``, ``roles`` (role, sector, first_seen, last_seen),
        ``events_as_source``/``events_as_target`` (canonical asserted events) and ``partners``
        (the top counterpart actors); None if unknown.
    """
    ac, v, r = s.actors, s.actor_variants, s.actor_roles
    with connection(store) as conn:
        row = conn.execute(select(ac).where(ac.c.id == actor_id)).mappings().first()
        if row is None:
            return None
        out = _actor_dict(row)
        out["variants"] = list(
            conn.execute(select(v.c.variant).where(v.c.actor_id == actor_id).order_by(v.c.variant)).scalars()
        )
        out["roles"] = [
            {**dict(x), "first_seen": iso(x["first_seen"]), "last_seen": iso(x["last_seen"])}
            for x in conn.execute(
                select(r.c.role, r.c.sector, r.c.first_seen, r.c.last_seen)
                .where(r.c.actor_id == actor_id)
                .order_by(r.c.first_seen, r.c.role)
            ).mappings()
        ]
        base = [e.c.is_canonical.is_(True), e.c.modality == "asserted"]
        for side in ("source", "target"):
            out[f"events_as_{side}"] = conn.execute(
                select(func.count()).select_from(e).where(e.c[f"{side}_actor_id"] == actor_id, *base)
            ).scalar_one()
    out["partners"] = top_actors(store, limit=10, flt=EventFilter(actor=actor_id), exclude=actor_id)
    return out


def actor_quotes(store: Store | Connection, actor_id: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Return the quotes attributed to an actor (as speaker), newest article first.

    Args:
        store: the store or an open connection.
        actor_id: the speaker's actor id.
        limit: at most this many quotes, 1–1000.

    Returns:
        Dicts with ``text``, ``kind``, ``start``, ``end`` (offsets in the article text),
        ``article_id``, ``title``, ``source`` and ``published`` (ISO date or None).

    Raises:
        QueryError: an invalid limit.
    """
    limit = check_limit(limit)
    q, a = s.quotes, s.articles
    query = (
        select(q.c.text, q.c.kind, q.c.start, q.c.end, q.c.article_id, a.c.title, a.c.source, a.c.published)
        .join(a, a.c.id == q.c.article_id)
        .where(q.c.speaker_actor_id == actor_id)
        # Undated articles last on both backends (PostgreSQL sorts NULL first when descending).
        .order_by(a.c.published.desc().nulls_last(), q.c.article_id, q.c.start)
        .limit(limit)
    )
    with connection(store) as conn:
        rows = conn.execute(query).mappings().all()
    return [{**dict(r), "published": iso(r["published"])} for r in rows]
