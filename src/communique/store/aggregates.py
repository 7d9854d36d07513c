"""Aggregates over canonical events (each real-world event counted once) and article search.

Counting runs in SQL (``GROUP BY``); only the bucketing of days into weeks/months happens in
Python, over at most one row per day and quad class, which keeps the same code on both backends.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    Connection,
    and_,
    case,
    func,
    select,
    true,
)

from communique.errors import QueryError
from communique.ontology import cameo_codes
from communique.store import schema as s
from communique.store._common import connection, country_name
from communique.store._filters import EventFilter, event_conditions, is_country_code, side_matches
from communique.store._write import NO_DATE

if TYPE_CHECKING:
    from communique.store.repository import Store

__all__ = [
    "INTERVALS",
    "QUAD_NAMES",
    "actor_network",
    "corpus_stats",
    "dyad_timeline",
    "top_actors",
    "top_dyads",
]

INTERVALS = ("day", "week", "month", "year")
QUAD_NAMES = {
    1: "verbal_cooperation",
    2: "material_cooperation",
    3: "verbal_conflict",
    4: "material_conflict",
}
e = s.events
T = TypeVar("T")


def _memo(store: Store, key: tuple[Any, ...], compute: Callable[[Connection], T]) -> T:
    """Memoise a whole-corpus aggregate on the ``Store`` (see ``Store.memo``).

    Callers pass a bare ``Connection`` to bypass the memo (and do, to compute the value).
    """

    def run() -> T:
        with store.connect() as conn:
            return compute(conn)

    return store.memo(key, run)


def _canonical(flt: EventFilter | None, dialect: str) -> list[Any]:
    return [*event_conditions(flt or EventFilter(), dialect=dialect), e.c.is_canonical == true()]


def _period(day: dt.date, interval: str) -> str:
    if interval == "day":
        return day.isoformat()
    if interval == "week":
        return (day - dt.timedelta(days=day.weekday())).isoformat()  # the Monday of its ISO week
    if interval == "month":
        return day.strftime("%Y-%m")
    return day.strftime("%Y")


def dyad_timeline(
    store: Store | Connection,
    a: str,
    b: str,
    *,
    interval: str = "month",
    flt: EventFilter | None = None,
) -> list[dict[str, Any]]:
    """Count events and sum Goldstein scores per period between two actors or countries.

    Args:
        store: the store or an open connection.
        a: an actor id or country code.
        b: the other side; ``flt.directed`` restricts to a → b.
        interval: "day", "week" (periods named by their Monday), "month" or "year".
        flt: further filters (modality, CAMEO root, dates…); its ``countries`` and ``actor`` are
            ignored in favour of ``a`` and ``b``.

    Returns:
        One dict per period with events, in order: ``period``, ``events``, ``goldstein`` (sum),
        ``goldstein_mean`` and a count per quad class (``verbal_cooperation``…); events without
        any date are left out.

    Raises:
        QueryError: an unknown interval or filter value.
    """
    if interval not in INTERVALS:
        raise QueryError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    base = flt or EventFilter()
    plain = EventFilter(**{**_fields(base), "actor": None, "countries": None})
    forward = and_(side_matches("source", a), side_matches("target", b))
    directions = [forward]
    if not base.directed and a != b:
        backward = and_(side_matches("source", b), side_matches("target", a))
        if not (is_country_code(a) and is_country_code(b)):
            # A country and an actor id can both match one event; count it once (NULL-safe).
            backward = and_(backward, case((forward, 1), else_=0) == 0)
        directions.append(backward)
    rows: list[Any] = []
    with connection(store) as conn:
        # One query per direction rather than an OR: each is an index-only range scan of the
        # covering dyad index on both backends (PostgreSQL turns the OR into a heap scan).
        for direction in directions:
            query = (
                select(e.c.day, e.c.quad_class, func.count().label("n"), func.sum(e.c.goldstein).label("g"))
                .where(*_canonical(plain, conn.dialect.name), direction, e.c.day > NO_DATE)
                .group_by(e.c.day, e.c.quad_class)
            )
            rows.extend(conn.execute(query).all())
    buckets: dict[str, dict[str, Any]] = {}
    for day, quad, n, goldstein in rows:
        key = _period(day, interval)
        bucket = buckets.setdefault(
            key, {"period": key, "events": 0, "goldstein": 0.0, **dict.fromkeys(QUAD_NAMES.values(), 0)}
        )
        bucket["events"] += n
        bucket["goldstein"] += float(goldstein or 0.0)
        if quad in QUAD_NAMES:
            bucket[QUAD_NAMES[quad]] += n
    out = [buckets[k] for k in sorted(buckets)]
    for bucket in out:
        bucket["goldstein"] = round(bucket["goldstein"], 3)
        bucket["goldstein_mean"] = round(bucket["goldstein"] / bucket["events"], 3)
    return out


def _fields(flt: EventFilter) -> dict[str, Any]:
    return {name: getattr(flt, name) for name in flt.__dataclass_fields__}


def top_dyads(
    store: Store | Connection, *, limit: int = 20, flt: EventFilter | None = None, level: str = "country"
) -> list[dict[str, Any]]:
    """The directed dyads with the most events.

    Args:
        store: the store or an open connection.
        limit: how many dyads.
        flt: the filter (default: asserted events).
        level: "country" (source/target country codes) or "actor" (actor ids).

    Returns:
        Dicts with ``source``, ``target``, ``source_name``, ``target_name``, ``events``,
        ``goldstein`` (sum) and ``conflict`` (events of quad classes 3–4), most events first.
    """
    if not isinstance(store, Connection):
        return _memo(
            store, ("top_dyads", limit, flt, level), lambda c: top_dyads(c, limit=limit, flt=flt, level=level)
        )
    if level not in ("country", "actor"):
        raise QueryError(f"level must be 'country' or 'actor', not {level!r}")
    col = "country" if level == "country" else "actor_id"
    src, tgt = e.c[f"source_{col}"], e.c[f"target_{col}"]
    n = func.count().label("events")
    # Only columns of the (source_country, target_country, …) covering index, so the count reads
    # the index alone; names are looked up for the few dyads returned.
    with connection(store) as conn:
        query = (
            select(
                src.label("source"),
                tgt.label("target"),
                n,
                func.sum(e.c.goldstein).label("goldstein"),
                func.sum(case((e.c.quad_class >= 3, 1), else_=0)).label("conflict"),
            )
            .where(*_canonical(flt, conn.dialect.name), src.is_not(None), tgt.is_not(None))
            .group_by(src, tgt)
            .order_by(n.desc(), src, tgt)
            .limit(limit)
        )
        rows = conn.execute(query).mappings().all()
        names = _names(conn, {x for r in rows for x in (r["source"], r["target"])}, level=level)
    return [
        {
            "source": r["source"],
            "target": r["target"],
            "source_name": names.get(r["source"]),
            "target_name": names.get(r["target"]),
            "events": r["events"],
            "goldstein": round(float(r["goldstein"] or 0.0), 3),
            "conflict": int(r["conflict"] or 0),
        }
        for r in rows
    ]


def _names(conn: Connection, keys: set[str], *, level: str) -> dict[str, str]:
    """Display names: the actor's name, or for a country code the country's name.

    A country dyad is never named after one of its participants (a minister's name must not
    stand for "Russia"): only the country actor, whose id is the code itself, or the country
    table name the actor stage gives that actor.
    """
    ac = s.actors
    found = conn.execute(select(ac.c.id, ac.c.name).where(ac.c.id.in_(sorted(keys))))
    names = {row.id: row.name for row in found}
    if level == "actor":
        return names
    return {k: names.get(k) or country_name(k) for k in keys}


def top_actors(
    store: Store | Connection, *, limit: int = 20, flt: EventFilter | None = None, exclude: str | None = None
) -> list[dict[str, Any]]:
    """The actors taking part in the most events, as source or target.

    Args:
        store: the store or an open connection.
        limit: how many actors.
        flt: the filter (default: asserted events).
        exclude: an actor id to leave out (an actor's own page lists its partners).

    Returns:
        Dicts with ``actor_id``, ``name``, ``country``, ``events``, ``as_source``, ``as_target``,
        most events first.
    """
    if not isinstance(store, Connection):
        key = ("top_actors", limit, flt, exclude)
        return _memo(store, key, lambda c: top_actors(c, limit=limit, flt=flt, exclude=exclude))
    totals: dict[str, dict[str, Any]] = {}
    with connection(store) as conn:
        for side in ("source", "target"):
            aid = e.c[f"{side}_actor_id"]
            query = (
                select(aid, func.max(e.c[f"{side}_name"]), func.max(e.c[f"{side}_country"]), func.count())
                .where(*_canonical(flt, conn.dialect.name), aid.is_not(None))
                .group_by(aid)
            )
            for actor_id, name, country, n in conn.execute(query):
                entry = totals.setdefault(
                    actor_id,
                    {
                        "actor_id": actor_id,
                        "name": name,
                        "country": country,
                        "events": 0,
                        "as_source": 0,
                        "as_target": 0,
                    },
                )
                entry["events"] += n
                entry[f"as_{side}"] += n
    ranked = sorted(
        (v for k, v in totals.items() if k != exclude), key=lambda d: (-d["events"], d["actor_id"])
    )
    return ranked[:limit]


def actor_network(
    store: Store | Connection, flt: EventFilter | None = None, *, limit: int = 100, mode: str = "events"
) -> dict[str, list[dict[str, Any]]]:
    """The network of actors: who interacts with whom (events) or who is named together (articles).

    Args:
        store: the store or an open connection.
        flt: the filter on events (mode "events"); in mode "articles" only its dates apply, to
            the article's publication date.
        limit: the number of strongest edges kept.
        mode: "events" — an undirected edge per source/target pair weighted by canonical events,
            with the Goldstein sum and conflict count; "articles" — an edge per pair of actors
            mentioned in the same article, weighted by the number of such articles.

    Returns:
        ``{"nodes": [{id, name, country, weight}], "edges": [{source, target, weight, …}]}``.
    """
    if not isinstance(store, Connection):
        return _memo(
            store, ("network", flt, limit, mode), lambda c: actor_network(c, flt, limit=limit, mode=mode)
        )
    if mode not in ("events", "articles"):
        raise QueryError(f"mode must be 'events' or 'articles', not {mode!r}")
    with connection(store) as conn:
        edges = _event_edges(conn, flt, limit) if mode == "events" else _article_edges(conn, flt, limit)
        ids = sorted({x for edge in edges for x in (edge["source"], edge["target"])})
        ac = s.actors
        names = {
            r.id: (r.name, r.country)
            for r in conn.execute(select(ac.c.id, ac.c.name, ac.c.country).where(ac.c.id.in_(ids)))
        }
    weight: dict[str, int] = defaultdict(int)
    for edge in edges:
        weight[edge["source"]] += edge["weight"]
        weight[edge["target"]] += edge["weight"]
    nodes = [
        {
            "id": x,
            "name": names.get(x, (x, None))[0],
            "country": names.get(x, (x, None))[1],
            "weight": weight[x],
        }
        for x in ids
    ]
    return {"nodes": nodes, "edges": edges}


def _event_edges(conn: Connection, flt: EventFilter | None, limit: int) -> list[dict[str, Any]]:
    src, tgt = e.c.source_actor_id, e.c.target_actor_id
    # Order each pair so that A→B and B→A count towards one undirected edge.
    lo = case((src < tgt, src), else_=tgt)
    hi = case((src < tgt, tgt), else_=src)
    n = func.count().label("weight")
    query = (
        select(
            lo.label("source"),
            hi.label("target"),
            n,
            func.sum(e.c.goldstein).label("goldstein"),
            func.sum(case((e.c.quad_class >= 3, 1), else_=0)).label("conflict"),
        )
        .where(*_canonical(flt, conn.dialect.name), src.is_not(None), tgt.is_not(None), src != tgt)
        .group_by(lo, hi)
        .order_by(n.desc(), lo, hi)
        .limit(limit)
    )
    return [
        {**dict(r), "goldstein": round(float(r["goldstein"] or 0.0), 3), "conflict": int(r["conflict"] or 0)}
        for r in conn.execute(query).mappings()
    ]


def _article_edges(conn: Connection, flt: EventFilter | None, limit: int) -> list[dict[str, Any]]:
    m = s.mentions
    pairs = select(m.c.article_id, m.c.actor_id).distinct()
    art = s.articles
    if flt is not None and (flt.date_from or flt.date_to):
        pairs = pairs.join(art, art.c.id == m.c.article_id)
        if flt.date_from:
            pairs = pairs.where(art.c.published >= flt.date_from)
        if flt.date_to:
            pairs = pairs.where(art.c.published <= flt.date_to)
    x, y = pairs.subquery("x"), pairs.subquery("y")
    n = func.count().label("weight")
    query = (
        select(x.c.actor_id.label("source"), y.c.actor_id.label("target"), n)
        .join(y, and_(y.c.article_id == x.c.article_id, x.c.actor_id < y.c.actor_id))
        .group_by(x.c.actor_id, y.c.actor_id)
        .order_by(n.desc(), x.c.actor_id, y.c.actor_id)
        .limit(limit)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def corpus_stats(store: Store | Connection) -> dict[str, Any]:
    """Summarise the corpus.

    Args:
        store: the store or an open connection.

    Returns:
        ``articles``, ``skipped`` (stored but not coded), ``stories``, ``actors``, ``events``
        (reports, every modality), ``canonical_events`` (asserted, each real-world event once),
        ``date_from``/``date_to`` (publication dates), ``events_by_root`` (root, label, events),
        ``events_by_plover``, ``events_by_modality``, ``sources`` (top 10) and ``top_dyads``.
    """
    if not isinstance(store, Connection):
        return _memo(store, ("stats",), corpus_stats)
    a, labels = s.articles, cameo_codes()
    with connection(store) as conn:

        def count(table: Any, *where: Any) -> int:
            return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())

        first, last = conn.execute(select(func.min(a.c.published), func.max(a.c.published))).one()
        canon = _canonical(None, conn.dialect.name)
        by_root = conn.execute(
            select(e.c.cameo_root, func.count())
            .where(*canon)
            .group_by(e.c.cameo_root)
            .order_by(e.c.cameo_root)
        ).all()
        by_plover = conn.execute(
            select(e.c.plover, func.count()).where(*canon).group_by(e.c.plover).order_by(func.count().desc())
        ).all()
        by_modality = conn.execute(
            select(e.c.modality, func.count()).group_by(e.c.modality).order_by(func.count().desc())
        ).all()
        sources = conn.execute(
            select(a.c.source, func.count())
            .where(a.c.source.is_not(None))
            .group_by(a.c.source)
            .order_by(func.count().desc(), a.c.source)
            .limit(10)
        ).all()
        out = {
            "articles": count(a),
            "skipped": count(a, a.c.skipped_reason.is_not(None)),
            "stories": count(s.stories),
            "actors": count(s.actors),
            "events": count(e),
            "canonical_events": count(e, *canon),
            "date_from": first.isoformat() if first else None,
            "date_to": last.isoformat() if last else None,
            "events_by_root": [
                {"cameo_root": root, "label": labels[root].label if root in labels else None, "events": n}
                for root, n in by_root
            ],
            "events_by_plover": [{"plover": p, "events": n} for p, n in by_plover],
            "events_by_modality": [{"modality": m, "events": n} for m, n in by_modality],
            "sources": [{"source": src, "articles": n} for src, n in sources],
        }
        out["top_dyads"] = top_dyads(conn, limit=10)
    return out
