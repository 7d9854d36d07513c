"""The record pages: overview, actor, event (with highlighted evidence) and search.

Every page reads the store only through ``communique.store.queries`` and renders server-side; the
templates escape every value (autoescape), and the article text reaches the page only through
``_highlight`` which escapes it piece by piece.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from communique.errors import CommuniqueError
from communique.model import MODALITIES
from communique.store import queries
from communique.web._context import WebContext
from communique.web._highlight import SPAN_LABELS, article_spans, event_spans, highlight, merge_kinds
from communique.web._params import FilterParams, parse_filters

__all__ = ["bad_request", "not_found", "query_dict", "register_pages"]

_PAGE = 50  # events per page in lists
_SEARCH_LIMIT = 30


def query_dict(request: Request) -> dict[str, list[str]]:
    """Return the request's query parameters, each name mapped to all its values."""
    return {key: request.query_params.getlist(key) for key in request.query_params}


def bad_request(ctx: WebContext, request: Request, exc: CommuniqueError) -> HTMLResponse:
    """Render the 400 page for a malformed parameter.

    Args:
        ctx: the router context.
        request: the request.
        exc: the validation error (an ``InputError`` names the parameter; a ``QueryError`` the value).

    Returns:
        The HTML response with status 400.
    """
    return ctx.render(request, "error.html", 400, title="Bad request", message=str(exc))


def not_found(ctx: WebContext, request: Request, what: str) -> HTMLResponse:
    """Render the 404 page.

    Args:
        ctx: the router context.
        request: the request.
        what: what was not found, for the message.

    Returns:
        The HTML response with status 404.
    """
    return ctx.render(request, "error.html", 404, title="Not found", message=f"No {what}.")


def _article_of(store: Any, event: Mapping[str, Any]) -> dict[str, Any]:
    nested = event.get("article")
    if isinstance(nested, Mapping) and nested.get("text") is not None:
        return dict(nested)
    if event.get("text") is not None:
        return {k: event.get(k) for k in ("title", "text", "source", "url", "published")} | {
            "id": event.get("article_id")
        }
    found = queries.get_article(store, event["article_id"])
    return dict(found) if found else {"id": event.get("article_id"), "text": ""}


def register_pages(router: APIRouter, ctx: WebContext) -> None:
    """Add the overview, actor, event and search pages to ``router``.

    Args:
        router: the dashboard router.
        ctx: the shared context.
    """

    @router.get("/", response_class=HTMLResponse, name="web_overview")
    def overview(request: Request) -> HTMLResponse:
        with ctx.store() as store:
            stats = queries.corpus_stats(store)
            latest = queries.list_events(store, FilterParams().to_filter(), limit=10).items
            run = queries.last_run(store)
        return ctx.render(
            request,
            "overview.html",
            nav="Overview",
            stats=stats,
            dyads=stats.get("top_dyads", []),
            latest=latest,
            run=run,
            jobs=ctx.jobs.recent()[:1],
        )

    @router.get("/actors/{actor_id:path}", response_class=HTMLResponse, name="web_actor")
    def actor(request: Request, actor_id: str) -> HTMLResponse:
        params = FilterParams(actor=actor_id, canonical_only=True)
        with ctx.store() as store:
            found = queries.get_actor(store, actor_id)
            if found is None:
                return not_found(ctx, request, f"actor {actor_id!r}")
            events = queries.list_events(store, params.to_filter(), limit=_PAGE).items
            quotes = queries.actor_quotes(store, actor_id)
        as_source = [e for e in events if (e.get("source") or {}).get("actor_id") == actor_id]
        as_target = [e for e in events if (e.get("target") or {}).get("actor_id") == actor_id]
        # Events that match through the country code (an actor page for "IRN" shows Iranian
        # ministers' events too) are listed apart, so "as source" means exactly this actor.
        other = [e for e in events if e not in as_source and e not in as_target]
        return ctx.render(
            request,
            "actor.html",
            actor=found,
            as_source=as_source,
            as_target=as_target,
            other=other,
            quotes=quotes,
            query=params.query(),
            limit=_PAGE,
        )

    @router.get("/events/{event_id:path}", response_class=HTMLResponse, name="web_event")
    def event(request: Request, event_id: str) -> HTMLResponse:
        with ctx.store() as store:
            found = queries.get_event(store, event_id)
            if found is None:
                return not_found(ctx, request, f"event {event_id!r}")
            article = _article_of(store, found)
        text = str(article.get("text") or "")
        spans = event_spans(found, text)
        return ctx.render(
            request,
            "event.html",
            event=found,
            article=article,
            evidence=highlight(text, spans, anchor="sentence"),
            legend=[(kind, SPAN_LABELS[kind]) for kind in merge_kinds(spans)],
            others=[r for r in found.get("reports") or () if r.get("event_id") != event_id],
        )

    @router.get("/articles/{article_id:path}", response_class=HTMLResponse, name="web_article")
    def article(request: Request, article_id: str) -> HTMLResponse:
        with ctx.store() as store:
            found = queries.get_article(store, article_id)
        if found is None:
            return not_found(ctx, request, f"article {article_id!r}")
        spans = article_spans(found)
        return ctx.render(
            request,
            "article.html",
            article=found,
            text_html=highlight(str(found.get("text") or ""), spans),
            legend=[(kind, SPAN_LABELS[kind]) for kind in merge_kinds(spans)],
            query=FilterParams(article_id=article_id, modality=MODALITIES).query(),
        )

    @router.get("/search", response_class=HTMLResponse, name="web_search")
    def search(request: Request, q: str = "", cursor: str = "") -> HTMLResponse:
        q = q.strip()[:300]
        try:
            params = parse_filters(query_dict(request))
            with ctx.store() as store:
                hits = queries.search_articles(store, q, limit=_SEARCH_LIMIT) if q else []
                page = queries.list_events(store, params.to_filter(), limit=_PAGE, cursor=cursor or None)
        except CommuniqueError as exc:
            return bad_request(ctx, request, exc)
        for hit in hits:
            # The store escapes the snippet and marks the hits with <mark> (see search_articles).
            hit["snippet_markup"] = Markup(hit.get("snippet_html") or "")  # noqa: S704
        query = params.query()
        next_url = None
        if page.next_cursor:
            extra = [("q", q)] if q else []
            next_url = "/search?" + "&".join(
                p for p in (urlencode(extra), query, urlencode([("cursor", page.next_cursor)])) if p
            )
        return ctx.render(
            request,
            "search.html",
            nav="Search",
            q=q,
            hits=hits,
            params=params,
            events=page.items,
            query=query,
            next_url=next_url,
        )
