"""The read-only endpoints of ``/api``: thin adapters from validated parameters to ``store.queries``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from communique.api._schemas import (
    ActorDetail,
    ActorPage,
    ArticleDetail,
    ArticlePage,
    DyadOut,
    EventDetail,
    EventPage,
    NetworkOut,
    SearchHit,
    StatsOut,
    TimelinePoint,
)
from communique.model import MODALITIES
from communique.store import Store, queries
from communique.store.queries import EventFilter

__all__ = ["build_router", "get_store"]

NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL: refuse it at the boundary (422, not 500)
CODE = r"^[A-Za-z]{3}$"
Text = Annotated[str | None, Query(max_length=200, pattern=NO_NUL)]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size.")]
Cursor = Annotated[
    str | None,
    Query(max_length=400, pattern=r"^[A-Za-z0-9_-]*$", description="next_cursor of the previous page."),
]
Id = Annotated[str, Path(max_length=200, pattern=NO_NUL)]
ModalityParam = Literal["asserted", "planned", "hypothetical", "negated", "denied", "alleged", "all"]


def get_store(request: Request) -> Store:
    """The application's ``Store`` (opened by ``create_app``)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def event_filter(
    actor: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL, description="Actor id or country code, either side."),
    ] = None,
    country: Annotated[
        list[str] | None, Query(max_length=2, description="One or two country codes (a dyad).")
    ] = None,
    directed: Annotated[bool, Query(description="Only source→target (the first country as source).")] = False,
    cameo_root: Annotated[str | None, Query(pattern=r"^\d{2}$")] = None,
    cameo: Annotated[
        str | None, Query(pattern=r"^\d{2,4}$", description="A code and its refinements.")
    ] = None,
    plover: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]+$")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    modality: Annotated[
        list[ModalityParam] | None, Query(description="Default asserted; 'all' for every modality.")
    ] = None,
    date_from: Annotated[dt.date | None, Query()] = None,
    date_to: Annotated[dt.date | None, Query()] = None,
    place: Text = None,
    topic: Text = None,
    q: Annotated[
        str | None, Query(max_length=200, pattern=NO_NUL, description="Words in the evidence sentence.")
    ] = None,
    article_id: Annotated[str | None, Query(max_length=80, pattern=NO_NUL)] = None,
    canonical: Annotated[bool, Query(description="One report per real-world event.")] = False,
) -> EventFilter:
    """Collect the event filter parameters shared by the event endpoints."""
    codes = tuple(c.upper() for c in country or ())
    for code in codes:
        if len(code) != 3 or not code.isalpha():
            raise HTTPException(422, f"country: expected a 3-letter code, got {code!r}")
    chosen: tuple[str, ...] | None = None
    if modality:
        chosen = () if "all" in modality else tuple(m for m in modality if m in MODALITIES)
    return EventFilter(
        actor=actor,
        countries=codes or None,
        directed=directed,
        cameo_root=cameo_root,
        cameo=cameo,
        plover=plover,
        quad_class=quad_class,
        modality=chosen,
        date_from=date_from,
        date_to=date_to,
        place=place,
        topic=topic,
        text=q,
        article_id=article_id,
        canonical_only=canonical,
    )


FilterDep = Annotated[EventFilter, Depends(event_filter)]


def _page(page: queries.Page) -> dict[str, Any]:
    return {"items": page.items, "next_cursor": page.next_cursor}


def _found(value: dict[str, Any] | None, what: str, key: str) -> dict[str, Any]:
    if value is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return value


def build_router() -> APIRouter:
    """Build the ``/api`` router of read endpoints.

    Returns:
        The router (mounted by ``create_app``).
    """
    router = APIRouter(
        prefix="/api",
        responses={
            400: {"description": "A filter, cursor or interval that cannot be answered (detail says which)."},
            404: {"description": "No such event, article or actor."},
        },
    )

    @router.get("/events", response_model=EventPage, tags=["events"])
    def list_events(
        store: StoreDep, flt: FilterDep, limit: Limit = 50, cursor: Cursor = None
    ) -> dict[str, Any]:
        """Events matching the filters, newest first (cursor pagination)."""
        return _page(queries.list_events(store, flt, limit=limit, cursor=cursor or None))

    @router.get("/events/{event_id}", response_model=EventDetail, tags=["events"])
    def get_event(store: StoreDep, event_id: Id) -> dict[str, Any]:
        """One event with its article text, the rule and offsets that explain it, and its other reports."""
        return _found(queries.get_event(store, event_id), "event", event_id)

    @router.get("/articles", response_model=ArticlePage, tags=["articles"])
    def list_articles(
        store: StoreDep,
        source: Text = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        story_id: Text = None,
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> dict[str, Any]:
        """Articles (metadata and event counts), most recently ingested first."""
        page = queries.list_articles(
            store, source=source, date_from=date_from, date_to=date_to, story_id=story_id, limit=limit,
            cursor=cursor or None,
        )  # fmt: skip
        return _page(page)

    @router.get("/articles/{article_id}", response_model=ArticleDetail, tags=["articles"])
    def get_article(store: StoreDep, article_id: Id) -> dict[str, Any]:
        """One article with text, sources, mentions, events and quotes."""
        return _found(queries.get_article(store, article_id), "article", article_id)

    @router.get("/actors", response_model=ActorPage, tags=["actors"])
    def list_actors(
        store: StoreDep,
        q: Text = None,
        country: Annotated[str | None, Query(pattern=CODE)] = None,
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> dict[str, Any]:
        """Actors, most mentioned first; ``q`` matches names and name variants."""
        return _page(queries.list_actors(store, q=q, country=country, limit=limit, cursor=cursor or None))

    @router.get("/actors/{actor_id}", response_model=ActorDetail, tags=["actors"])
    def get_actor(store: StoreDep, actor_id: Id) -> dict[str, Any]:
        """One actor with variants, roles over time, event counts and main partners."""
        return _found(queries.get_actor(store, actor_id), "actor", actor_id)

    @router.get("/dyads", response_model=list[DyadOut], tags=["aggregates"])
    def top_dyads(
        store: StoreDep,
        flt: FilterDep,
        level: Literal["country", "actor"] = "country",
        limit: Annotated[int, Query(ge=1, le=500)] = 20,
    ) -> list[dict[str, Any]]:
        """Directed dyads with the most (canonical) events."""
        return queries.top_dyads(store, limit=limit, flt=flt, level=level)

    @router.get("/dyads/{a}/{b}/timeline", response_model=list[TimelinePoint], tags=["aggregates"])
    def dyad_timeline(
        store: StoreDep,
        a: Id,
        b: Id,
        flt: FilterDep,
        interval: Literal["day", "week", "month", "year"] = "month",
    ) -> list[dict[str, Any]]:
        """Events, Goldstein sum and quad-class counts per period between ``a`` and ``b``.

        ``a`` and ``b`` are actor ids or country codes; ``directed`` keeps only a → b.
        """
        return queries.dyad_timeline(store, a, b, interval=interval, flt=flt)

    @router.get("/network", response_model=NetworkOut, tags=["aggregates"])
    def network(
        store: StoreDep,
        flt: FilterDep,
        mode: Literal["events", "articles"] = "events",
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> dict[str, Any]:
        """Actor network: interactions (events) or co-mentions in articles."""
        return queries.actor_network(store, flt, limit=limit, mode=mode)

    @router.get("/search", response_model=list[SearchHit], tags=["articles"])
    def search(
        store: StoreDep,
        q: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_NUL)],
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> list[dict[str, Any]]:
        """Full-text search over article titles and texts, best matches first, with snippets."""
        return queries.search_articles(store, q, limit=limit)

    @router.get("/stats", response_model=StatsOut, tags=["aggregates"])
    def stats(store: StoreDep) -> dict[str, Any]:
        """Corpus summary: counts, date range, events by CAMEO root/PLOVER/modality, top dyads."""
        return queries.corpus_stats(store)

    return router
