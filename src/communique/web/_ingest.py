"""Ingest from the page: upload files (the CLI's formats) with the write token, follow progress.

The token is checked before anything is saved: without ``settings.api_token`` configured the page
refuses every upload, and a wrong token is refused the same way, so nothing reaches the store.
Uploaded names are reduced to their base name and written into a fresh private directory.
"""

from __future__ import annotations

import datetime as dt
import hmac
import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from communique.ingest import DocumentDefaults
from communique.web._context import WebContext
from communique.web._pages import not_found

__all__ = ["FORMATS", "register_ingest", "token_ok"]

FORMATS = ("txt", "html", "jsonl", "json", "csv", "tsv", "rss", "warc")
_SAFE_NAME = re.compile(r"[^\w.\-]+")
_CHUNK = 1 << 20


def token_ok(expected: str | None, given: str | None) -> bool:
    """Whether ``given`` is the configured write token (constant-time comparison).

    Args:
        expected: ``settings.api_token``; None disables every write.
        given: the token sent with the request.

    Returns:
        True only when a token is configured and ``given`` equals it.
    """
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def _safe_name(name: str | None, index: int) -> str:
    base = Path(name or "").name
    cleaned = _SAFE_NAME.sub("_", base).lstrip(".")
    return cleaned[:120] or f"upload-{index}.txt"


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def register_ingest(router: APIRouter, ctx: WebContext) -> None:
    """Add ``/ingest`` (form, upload) and ``/ingest/jobs/{id}`` (progress) to ``router``.

    Args:
        router: the dashboard router.
        ctx: the shared context.
    """

    def refuse(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        return ctx.render(
            request,
            "ingest.html",
            status,
            nav="Ingest",
            error=message,
            jobs=ctx.jobs.recent(),
            formats=FORMATS,
        )

    @router.get("/ingest", response_class=HTMLResponse, name="web_ingest")
    def ingest_form(request: Request) -> HTMLResponse:
        return ctx.render(
            request,
            "ingest.html",
            nav="Ingest",
            jobs=ctx.jobs.recent(),
            formats=FORMATS,
            writes_enabled=bool(ctx.settings.api_token),
        )

    @router.post("/ingest", name="web_ingest_upload")
    def ingest_upload(
        request: Request,
        files: Annotated[list[UploadFile], File(description="Files in any format the CLI reads.")],
        token: Annotated[str, Form()] = "",
        source: Annotated[str, Form()] = "",
        published: Annotated[str, Form()] = "",
        fmt: Annotated[str, Form()] = "",
    ) -> Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not ctx.settings.api_token:
            return refuse(request, 403, "Uploads are disabled: no write token is configured on the server.")
        if not token_ok(ctx.settings.api_token, token or bearer):
            return refuse(request, 401, "Invalid write token: nothing was stored.")
        if fmt and fmt not in FORMATS:
            return refuse(request, 400, f"Unknown format {fmt!r}.")
        try:
            day = dt.date.fromisoformat(published) if published else None
        except ValueError:
            return refuse(request, 400, f"Publication date must be YYYY-MM-DD, not {published!r}.")
        uploads = [f for f in files if f.filename]
        if not uploads:
            return refuse(request, 400, "Choose at least one file.")
        limit = ctx.settings.max_file_mb * (1 << 20)
        workdir = Path(tempfile.mkdtemp(prefix="communique-upload-"))
        names: list[str] = []
        try:
            for i, upload in enumerate(uploads):
                target = workdir / f"{i:03d}-{_safe_name(upload.filename, i)}"
                written = 0
                with target.open("wb") as out:
                    while chunk := upload.file.read(_CHUNK):
                        written += len(chunk)
                        if written > limit:
                            raise ValueError(f"{upload.filename}: larger than {ctx.settings.max_file_mb} MB")
                        out.write(chunk)
                names.append(Path(upload.filename or target.name).name)
        except ValueError as exc:
            shutil.rmtree(workdir, ignore_errors=True)
            return refuse(request, 413, str(exc))
        defaults = DocumentDefaults(source=source.strip() or None, published=day)
        job = ctx.jobs.start(workdir, names, settings=ctx.settings, defaults=defaults, fmt=fmt or None)
        if _wants_json(request):
            return JSONResponse(job.as_dict(), status_code=202)
        return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)

    @router.get("/ingest/jobs/{job_id}", name="web_ingest_job")
    def ingest_job(request: Request, job_id: str) -> Response:
        job = ctx.jobs.get(job_id)
        if job is None:
            if _wants_json(request):
                return JSONResponse({"detail": "no such job"}, status_code=404)
            return not_found(ctx, request, "ingest job with this id (jobs are kept while the server runs)")
        if _wants_json(request):
            return JSONResponse(job.as_dict())
        return ctx.render(request, "ingest_job.html", nav="Ingest", job=job.as_dict())
