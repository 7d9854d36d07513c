"""Downloads of exactly the events a filtered view shows: CSV or JSON Lines, streamed.

The download links carry the page's own query string, parsed by the same ``parse_filters``, so
the file holds the same events as the view (all pages of them, not only the first).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from communique.errors import CommuniqueError
from communique.store import queries
from communique.web._context import WebContext
from communique.web._pages import query_dict
from communique.web._params import FilterParams, parse_filters

__all__ = ["CSV_COLUMNS", "csv_row", "register_export"]

CSV_COLUMNS = (
    "event_id", "date", "date_precision", "source_name", "source_country", "source_actor_id",
    "cameo", "cameo_root", "plover", "quad_class", "goldstein", "modality",
    "target_name", "target_country", "target_actor_id", "location_name", "location_country",
    "topics", "trigger", "sentence", "article_id", "story_id", "rule",
)  # fmt: skip


def csv_row(event: dict[str, Any]) -> list[Any]:
    """Flatten one event dict into the ``CSV_COLUMNS`` values.

    Args:
        event: an event dict as ``list_events`` returns it.

    Returns:
        The row; nested participants and places become ``<side>_<field>`` columns, lists are
        joined with ";".
    """
    flat: dict[str, Any] = dict(event)
    for side in ("source", "target"):
        ref = event.get(side) or {}
        for name in ("name", "country", "actor_id"):
            flat[f"{side}_{name}"] = ref.get(name)
    place = event.get("location") or {}
    flat["location_name"], flat["location_country"] = place.get("name"), place.get("country")
    flat["topics"] = ";".join(event.get("topics") or ())
    return ["" if flat.get(c) is None else flat.get(c) for c in CSV_COLUMNS]


def _csv_lines(store: Any, params: FilterParams) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for event in queries.iter_events(store, params.to_filter()):
        writer.writerow(csv_row(event))
        if buffer.tell() > 64_000:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _jsonl_lines(store: Any, params: FilterParams) -> Iterator[str]:
    for event in queries.iter_events(store, params.to_filter()):
        yield json.dumps(event, ensure_ascii=False, default=str) + "\n"


def register_export(router: APIRouter, ctx: WebContext) -> None:
    """Add ``/export.csv`` and ``/export.jsonl`` to ``router``.

    Args:
        router: the dashboard router.
        ctx: the shared context.
    """

    def export(request: Request, kind: str) -> Response:
        try:
            params = parse_filters(query_dict(request))
            with ctx.store() as store:
                # Check the filter before streaming: an error after the headers went out
                # would leave a truncated file that looks complete.
                queries.list_events(store, params.to_filter(), limit=1)
        except CommuniqueError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        store = ctx.shared_store()
        lines = _csv_lines(store, params) if kind == "csv" else _jsonl_lines(store, params)
        media = "text/csv; charset=utf-8" if kind == "csv" else "application/x-ndjson; charset=utf-8"
        headers = {"Content-Disposition": f'attachment; filename="communique-events.{kind}"'}
        return StreamingResponse(lines, media_type=media, headers=headers)

    @router.get("/export.csv", name="web_export_csv")
    def export_csv(request: Request) -> Response:
        return export(request, "csv")

    @router.get("/export.jsonl", name="web_export_jsonl")
    def export_jsonl(request: Request) -> Response:
        return export(request, "jsonl")
