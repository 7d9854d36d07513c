"""``POST /api/articles``: clean, code and store one article — only with the API token.

The token is compared in constant time; an unset token refuses every write (403), so a server
started without one is read-only. The spaCy pipeline and the near-duplicate index load on the
first accepted article, not at start-up, and one lock serialises coding (spaCy pipelines are not
thread-safe and FastAPI runs sync endpoints in a thread pool).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from communique.api._schemas import ArticleIn, IngestResult
from communique.errors import CommuniqueError, InputError
from communique.model import ProcessedArticle, RawDocument
from communique.settings import Settings
from communique.store import Store

__all__ = ["Processor", "build_ingest_router", "pipeline_processor"]

# Turns a raw document into a coded article with its dedup info; the default runs the real
# pipeline, tests pass a stand-in.
Processor = Callable[[RawDocument, Store], ProcessedArticle]

_bearer = HTTPBearer(auto_error=False, description="The server's api_token.")


def pipeline_processor(settings: Settings, *, pipeline: Any = None) -> Processor:
    """Build the default processor: clean → (skip if stored) → nlp/actors/events → dedup.

    Args:
        settings: the server's settings.
        pipeline: an already loaded ``communique.pipeline.Pipeline`` (default: load on first use).

    Returns:
        A processor holding a lazily loaded pipeline and near-duplicate index.
    """
    lock = threading.Lock()
    state: dict[str, Any] = {}

    def process(doc: RawDocument, store: Store) -> ProcessedArticle:
        try:
            from communique.clean import clean_document
            from communique.dedup import DuplicateIndex  # type: ignore[attr-defined,unused-ignore]
            from communique.pipeline import Pipeline, learned_actor_records
        except ImportError as exc:  # a stage still missing from this build
            raise HTTPException(503, f"ingestion is not available in this build: {exc}") from exc
        article = clean_document(doc, settings=settings)
        if store.has_article(article.id):
            return ProcessedArticle(article=article)
        with lock:
            if "pipeline" not in state:
                # The store-backed index keeps LSH bands in the database: memory stays flat.
                index = DuplicateIndex(settings=settings, storage=store.dedup_storage)
                state["index"] = index
                state["pipeline"] = pipeline or Pipeline(
                    settings, extra_actor_records=learned_actor_records(store)
                )
            processed = state["pipeline"].process(article)
            coded: ProcessedArticle = replace(processed, dedup=state["index"].assign(processed.article))
            return coded

    return process


_ORIGIN = "api:POST /api/articles"


def _document(body: ArticleIn) -> RawDocument:
    """The raw document of a posted record; HTML is reduced to its main text like the ingest readers do.

    Raises:
        InputError: the HTML holds no extractable text.
    """
    fields = body.model_dump(exclude={"html", "date"})
    fields["published"] = body.published or body.date
    if not (body.text and body.text.strip()) and body.html:
        from communique.ingest import extract_html

        extracted = extract_html(body.html, origin=_ORIGIN, url=body.url)
        fields["text"] = extracted.text
        for key in ("title", "author", "source", "published"):
            fields[key] = fields[key] or getattr(extracted, key)
    return RawDocument(origin=_ORIGIN, **fields)


def build_ingest_router(settings: Settings, processor: Processor) -> APIRouter:
    """Build the router with ``POST /api/articles``.

    Args:
        settings: the server's settings (``api_token``).
        processor: how a posted document becomes a ``ProcessedArticle``.

    Returns:
        The router.
    """
    router = APIRouter(prefix="/api")

    def require_token(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        expected = settings.api_token
        given = credentials.credentials if credentials is not None else ""
        if not expected or not secrets.compare_digest(given.encode(), expected.encode()):
            raise HTTPException(
                403, "writing needs the server's API token as 'Authorization: Bearer <token>'"
            )

    @router.post(
        "/articles",
        response_model=IngestResult,
        status_code=201,
        tags=["articles"],
        dependencies=[Depends(require_token)],
        responses={
            200: {"model": IngestResult, "description": "Already stored"},
            403: {"description": "No token"},
        },
    )
    def post_article(body: ArticleIn, request: Request, response: Response) -> IngestResult:
        """Clean, code and store one article (JSONL ingest record shape); needs the API token."""
        if not (body.text and body.text.strip()) and not (body.html and body.html.strip()):
            raise HTTPException(422, "an article needs a non-empty 'text' or 'html'")
        store: Store = request.app.state.store
        try:
            processed = processor(_document(body), store)
            if store.has_article(processed.article.id):
                store.add_source(processed.article.id, source=body.source, url=body.url)
                response.status_code = 200
                return IngestResult(id=processed.article.id, stored=False, events=0, status="already_stored")
            store.save(processed)
        except InputError as exc:
            raise HTTPException(422, exc.reason) from exc
        except CommuniqueError as exc:
            raise HTTPException(500, f"ingestion failed: {exc}") from exc
        dedup = processed.dedup
        return IngestResult(
            id=processed.article.id,
            stored=True,
            events=len(processed.events),
            story_id=dedup.story_id if dedup else processed.article.id,
            near_duplicate_of=dedup.near_duplicate_of if dedup else None,
            status="skipped" if processed.skipped_reason else "stored",
        )

    return router
