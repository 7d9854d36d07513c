"""communique.web — the analyst's dashboard: server-rendered pages over the query layer.

``create_router`` returns a FastAPI ``APIRouter`` with the HTML pages (overview, dyad view, network,
actor, event, search, ingest), their JSON data endpoints, CSV/JSONL downloads and the static assets
(plotly served locally). ``communique.api.create_app`` includes it; see docs/dashboard.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter

from communique.settings import Settings
from communique.web._context import WebContext
from communique.web._dyad import register_dyad
from communique.web._export import register_export
from communique.web._ingest import register_ingest
from communique.web._pages import register_pages
from communique.web._static import register_static

__all__ = ["create_router"]


def create_router(*, settings: Settings, store_factory: Callable[[], Any]) -> APIRouter:
    """Build the dashboard's router.

    Args:
        settings: the server's settings (``api_token`` guards uploads, ``max_file_mb`` their size).
        store_factory: returns a ``communique.store.Store``; called once, on the first request,
            and the store is shared by every request after. Whoever owns the factory closes the
            store (``create_app`` does at shutdown); the router never closes what it did not open.

    Returns:
        The ``APIRouter`` with every page, data endpoint and static asset (not in the OpenAPI schema).
    """
    ctx = WebContext(settings=settings, store_factory=store_factory)
    router = APIRouter(include_in_schema=False)
    register_static(router)
    register_dyad(router, ctx)
    register_export(router, ctx)
    register_ingest(router, ctx)
    register_pages(router, ctx)  # last: its /actors/{id:path} and /events/{id:path} catch-alls
    return router
