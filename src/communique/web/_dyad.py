"""The dyad view and the actor network: pages plus the JSON their scripts fetch.

The dyad page is rendered complete on the server (tables included, so it reads without
JavaScript); ``/dyad/data.json`` returns the same structure for a new brushed period, and the
script swaps the panels and rewrites the address. Counts are of canonical events (each real-world
event once), as the query layer's aggregates count them; the event list is canonical too so that
the list, the charts and the download agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from communique.errors import CommuniqueError
from communique.store import queries
from communique.store.aggregates import QUAD_NAMES
from communique.web._context import WebContext, cameo_label, country_name
from communique.web._layout import spring_layout
from communique.web._pages import bad_request, query_dict
from communique.web._params import FilterParams, is_country, parse_filters

__all__ = ["dyad_data", "network_data", "register_dyad"]

_LIST = 100  # events listed under the dyad charts (the download has all of them)
_INTERVALS = ("week", "month")


def _period_bounds(period: str, interval: str) -> tuple[str, str]:
    if interval == "month":
        start = dt.date.fromisoformat(period + "-01")
        nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return start.isoformat(), (nxt - dt.timedelta(days=1)).isoformat()
    start = dt.date.fromisoformat(period)
    return start.isoformat(), (start + dt.timedelta(days=6)).isoformat()


def dyad_data(store: Any, params: FilterParams, *, interval: str) -> dict[str, Any]:
    """Everything the dyad view shows for one dyad and period.

    Args:
        store: the store.
        params: the filters; ``a`` and ``b`` are the dyad, ``date_from``/``date_to`` the brushed
            period (the timeline itself always covers the whole range).
        interval: "week" or "month".

    Returns:
        ``timeline`` (period, start, end, events, ``quad`` counts keyed "1"–"4", ``goldstein``),
        ``by_root``, ``by_topic``, ``events`` (canonical, newest first), ``more``, ``summary``,
        ``query`` (the filters as a URL query) and ``query_base`` (the same without the period).
    """
    a, b = params.a or "", params.b or ""
    unbounded = params.to_filter(date_from=None, date_to=None, countries=None)
    rows = queries.dyad_timeline(store, a, b, interval=interval, flt=unbounded)
    timeline = []
    for row in rows:
        start, end = _period_bounds(str(row["period"]), interval)
        timeline.append(
            {
                "period": row["period"],
                "start": start,
                "end": end,
                "events": row["events"],
                "goldstein": row["goldstein"],
                "quad": {str(k): row.get(name, 0) for k, name in QUAD_NAMES.items()},
            }
        )
    shown = FilterParams(**{**_as_kwargs(params), "canonical_only": True})
    flt = shown.to_filter()
    facets = queries.event_facets(store, flt)
    # The charts and lists share one row shape: a key (filter value), a display label, a count.
    by_root = [
        {"key": r["cameo_root"], "label": cameo_label(r["cameo_root"]), "events": r["events"]}
        for r in facets["by_root"]
    ]
    by_topic = [
        {"key": r["topic"], "label": r["topic"].replace("_", " "), "events": r["events"]}
        for r in facets["by_topic"]
    ]
    page = queries.list_events(store, flt, limit=_LIST)
    total = sum(r["events"] for r in by_root)
    period = (
        f" from {params.date_from or 'the start'} to {params.date_to or 'the end'}"
        if params.date_from or params.date_to
        else " over the whole record"
    )
    return {
        "timeline": timeline,
        "by_root": by_root,
        "by_topic": by_topic,
        "events": page.items,
        "more": page.next_cursor is not None,
        "total": total,
        "summary": f"{total} event(s) between {a} and {b}{period}.",
        "query": shown.query(),
        "query_base": shown.query(date_from=None, date_to=None),
    }


def _as_kwargs(params: FilterParams) -> dict[str, Any]:
    return {name: getattr(params, name) for name in params.__dataclass_fields__}


def network_data(store: Any, params: FilterParams, *, limit: int = 80) -> dict[str, Any]:
    """The actor network for the filters, with positions and a cooperation/conflict tone per edge.

    Args:
        store: the store.
        params: the filters (dates, class, root, …).
        limit: the number of strongest edges kept.

    Returns:
        ``{"nodes": [{id, name, country, weight, x, y}], "edges": [{source, target, weight,
        goldstein, conflict, tone}]}``; ``tone`` is "conflict" when most of an edge's events are
        conflictual (quad classes 3–4), else "cooperation".
    """
    net = queries.actor_network(store, params.to_filter(), limit=limit)
    edges = [
        {
            **edge,
            "tone": "conflict" if 2 * int(edge.get("conflict", 0)) > int(edge["weight"]) else "cooperation",
        }
        for edge in net["edges"]
    ]
    ids = [str(n["id"]) for n in net["nodes"]]
    positions = spring_layout(ids, [(str(x["source"]), str(x["target"]), float(x["weight"])) for x in edges])
    nodes = [
        {**node, "x": positions[str(node["id"])][0], "y": positions[str(node["id"])][1]}
        for node in net["nodes"]
    ]
    names = {str(node["id"]): node.get("name") or str(node["id"]) for node in nodes}
    for edge in edges:
        edge["source_name"], edge["target_name"] = (
            names.get(str(edge["source"])),
            names.get(str(edge["target"])),
        )
    return {"nodes": nodes, "edges": edges}


def _default_pair(store: Any, params: FilterParams) -> tuple[str, str] | None:
    """The most active dyad when no side is chosen; with one side, that side and its busiest partner."""
    given = params.a or params.b
    if given is not None and not is_country(given):
        partners = queries.top_actors(
            store, limit=1, flt=params.to_filter(countries=None, actor=given), exclude=given
        )
        return (given, partners[0]["actor_id"]) if partners else None
    top = queries.top_dyads(store, limit=1, flt=params.to_filter())
    if not top:
        return None
    source, target = top[0]["source"], top[0]["target"]
    if given is None:
        return source, target
    return given, target if source == given else source


def register_dyad(router: APIRouter, ctx: WebContext) -> None:
    """Add ``/dyad``, ``/dyad/data.json``, ``/network`` and ``/network/data.json`` to ``router``.

    Args:
        router: the dashboard router.
        ctx: the shared context.
    """

    def parsed(request: Request) -> tuple[FilterParams, str]:
        params = parse_filters(query_dict(request))
        interval = request.query_params.get("interval", "month")
        return params, interval if interval in _INTERVALS else "month"

    @router.get("/dyad", response_class=HTMLResponse, name="web_dyad")
    def dyad(request: Request) -> Response:
        try:
            params, interval = parsed(request)
            with ctx.store() as store:
                if not (params.a and params.b):
                    pair = _default_pair(store, params)
                    if pair is None:
                        return ctx.render(request, "dyad_empty.html", nav="Dyads", params=params)
                    chosen = params.query(a=pair[0], b=pair[1])
                    return RedirectResponse(f"/dyad?{chosen}", status_code=307)
                data = dyad_data(store, params, interval=interval)
                # The most mentioned actors as suggestions: a read of the actors table, where
                # ranking by events would scan every event on each page view.
                names = {o["actor_id"]: o["name"] for o in queries.list_actors(store, limit=80).items}
                for side in (params.a, params.b):
                    if side and side not in names:
                        found = None if is_country(side) else queries.get_actor(store, side)
                        names[side] = found["name"] if found else country_name(side)
        except CommuniqueError as exc:
            return bad_request(ctx, request, exc)
        return ctx.render(
            request,
            "dyad.html",
            nav="Dyads",
            params=params,
            interval=interval,
            data=data,
            query=data["query"],
            actor_options=[{"id": k, "name": v} for k, v in names.items()],
            a_name=names.get(params.a or "", params.a),
            b_name=names.get(params.b or "", params.b),
        )

    @router.get("/dyad/data.json", name="web_dyad_data")
    def dyad_json(request: Request) -> JSONResponse:
        try:
            params, interval = parsed(request)
            if not (params.a and params.b):
                return JSONResponse({"detail": "give both sides of the dyad: a and b"}, status_code=400)
            with ctx.store() as store:
                return JSONResponse(dyad_data(store, params, interval=interval))
        except CommuniqueError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)

    @router.get("/network", response_class=HTMLResponse, name="web_network")
    def network(request: Request) -> Response:
        try:
            params = parse_filters(query_dict(request))
            with ctx.store() as store:
                data = network_data(store, params)
        except CommuniqueError as exc:
            return bad_request(ctx, request, exc)
        return ctx.render(
            request, "network.html", nav="Network", params=params, data=data, query=params.query()
        )

    @router.get("/network/data.json", name="web_network_data")
    def network_json(request: Request) -> JSONResponse:
        try:
            params = parse_filters(query_dict(request))
            with ctx.store() as store:
                return JSONResponse(network_data(store, params))
        except CommuniqueError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
