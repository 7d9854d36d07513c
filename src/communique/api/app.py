"""``create_app``: the FastAPI application — JSON API under ``/api``, the dashboard at ``/``."""

from __future__ import annotations

import html
import importlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse

from communique.api._ingest import Processor, build_ingest_router, pipeline_processor
from communique.api.routes import build_router
from communique.errors import QueryError, StoreError
from communique.settings import Settings
from communique.store import Store, queries

__all__ = ["create_app"]

log = logging.getLogger(__name__)


def create_app(
    settings: Settings, *, store: Store | None = None, processor: Processor | None = None
) -> FastAPI:
    """Build the application.

    Args:
        settings: the server's settings (``db``, ``api_token``, ``story_window_days``).
        store: an open store to serve instead of opening ``settings.db`` (tests share one).
        processor: how ``POST /api/articles`` codes a document (default: the full pipeline).

    Returns:
        The FastAPI app; OpenAPI docs at ``/docs``, the schema at ``/openapi.json``.

    Raises:
        StoreError: the database cannot be opened.
    """
    opened = store if store is not None else Store(settings.db, story_window_days=settings.story_window_days)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if store is None:  # only close what this app opened
            opened.close()

    app = FastAPI(
        title="communique",
        summary="Coded international events (CAMEO/PLOVER) with the evidence they came from.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.store = opened
    app.state.settings = settings

    @app.exception_handler(QueryError)
    async def bad_query(_request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_down(_request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error: %s", exc)
        return JSONResponse({"detail": "the database is unavailable"}, status_code=503)

    app.include_router(build_router())
    app.include_router(build_ingest_router(settings, processor or pipeline_processor(settings)))
    app.include_router(_dashboard(settings, lambda: opened))
    return app


def _dashboard(settings: Settings, store_factory: Callable[[], Store]) -> APIRouter:
    """The dashboard router from ``communique.web``, or a plain page of the latest events."""
    try:
        web = importlib.import_module("communique.web")
    except ImportError as exc:
        log.warning("dashboard unavailable (%s); serving the fallback page", exc)
        web = None
    create_router: Callable[..., APIRouter] | None = getattr(web, "create_router", None)
    if create_router is not None:
        return create_router(settings=settings, store_factory=store_factory)
    return fallback_router(store_factory)


def fallback_router(store_factory: Callable[[], Store]) -> APIRouter:
    """A minimal ``/`` page listing the latest events (every value HTML-escaped).

    Args:
        store_factory: returns the store to read.

    Returns:
        The router.
    """
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    def latest() -> str:
        events = queries.list_events(store_factory(), limit=50).items
        rows = "\n".join(_row(e) for e in events) or "<tr><td colspan=5>No events stored yet.</td></tr>"
        return (
            "<!doctype html><html lang=en><head><meta charset=utf-8><title>communique</title></head><body>"
            "<h1>communique — latest events</h1><p>The dashboard is not installed; the JSON API is at "
            "<a href=/docs>/docs</a>.</p><table><thead><tr><th>date</th><th>source</th><th>event</th>"
            f"<th>target</th><th>evidence</th></tr></thead><tbody>{rows}</tbody></table></body></html>"
        )

    return router


def _row(event: dict[str, Any]) -> str:
    def cell(value: object) -> str:
        return f"<td>{html.escape(str(value)) if value is not None else ''}</td>"

    def who(ref: dict[str, Any] | None) -> str | None:
        return ref["name"] if ref else None

    code = f"{event['cameo']} {event['plover'] or ''}"
    return (
        f"<tr>{cell(event['date'])}{cell(who(event['source']))}{cell(code)}"
        f"{cell(who(event['target']))}{cell(event['sentence'])}</tr>"
    )
