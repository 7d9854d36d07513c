"""``communique export``, ``communique stats`` and ``communique serve``: the data commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from communique.cli._common import (
    DbOption,
    console,
    date_option,
    err_console,
    fail,
    settings_from,
    user_errors,
)
from communique.store import Store, queries
from communique.store.export import EXPORT_FORMATS, EXPORT_KINDS, write_export
from communique.store.queries import EventFilter

__all__ = ["register"]


def export_command(
    db: DbOption = None,
    what: Annotated[
        str, typer.Option("--what", help=f"What to export: {', '.join(EXPORT_KINDS)}.")
    ] = "events",
    fmt: Annotated[
        str, typer.Option("--format", help=f"Output format: {', '.join(EXPORT_FORMATS)}.")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Output file (default: stdout).")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Actor id or country code on either side.")] = None,
    country: Annotated[list[str] | None, typer.Option(help="Country code; give twice for a dyad.")] = None,
    directed: Annotated[bool, typer.Option(help="Only source→target (first --country as source).")] = False,
    cameo_root: Annotated[str | None, typer.Option(help="Two-digit CAMEO root.")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code (includes its refinements).")] = None,
    plover: Annotated[str | None, typer.Option(help="PLOVER event type.")] = None,
    quad_class: Annotated[int | None, typer.Option(min=1, max=4, help="Quad class 1–4.")] = None,
    modality: Annotated[
        list[str] | None, typer.Option(help="Modality (repeatable; default asserted; 'all' for every one).")
    ] = None,
    date_from: Annotated[str | None, typer.Option(help="First day (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option(help="Last day (YYYY-MM-DD).")] = None,
    place: Annotated[
        str | None, typer.Option(help="Place name or country code of the event location.")
    ] = None,
    topic: Annotated[str | None, typer.Option(help="Topic tag.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence.")] = None,
    canonical: Annotated[bool, typer.Option(help="One report per real-world event.")] = False,
) -> None:
    """Export events (default), articles or actors as JSONL, CSV, Parquet or GDELT-like TSV."""
    settings = settings_from(db=db)
    if fmt == "parquet" and output is None:
        fail("--format parquet needs -o FILE (Parquet is binary)")
    chosen: tuple[str, ...] | None = None
    if modality:
        chosen = () if "all" in modality else tuple(modality)
    flt = EventFilter(
        actor=actor, countries=tuple(c.upper() for c in country or ()) or None, directed=directed,
        cameo_root=cameo_root, cameo=cameo, plover=plover, quad_class=quad_class, modality=chosen,
        date_from=date_option(date_from, flag="--date-from"),
        date_to=date_option(date_to, flag="--date-to"), place=place,
        topic=topic, text=text, canonical_only=canonical,
    )  # fmt: skip
    with user_errors(), Store(settings.db) as store:
        if output is None:
            count = write_export(store, sys.stdout, what=what, fmt=fmt, flt=flt)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            count = write_export(store, output, what=what, fmt=fmt, flt=flt)
    err_console.print(f"exported {count} {what}" + (f" to {output}" if output else ""), highlight=False)


def _table(title: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> Table:
    table = Table(title=title, title_justify="left")
    for i, name in enumerate(columns):
        table.add_column(name, justify="right" if i == len(columns) - 1 else "left")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table


def stats_command(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Summarise the database: articles, actors, events by CAMEO root and PLOVER, top dyads."""
    settings = settings_from(db=db)
    with user_errors(), Store(settings.db) as store:
        stats = queries.corpus_stats(store)
    if as_json:
        console.print_json(json.dumps(stats))
        return
    console.print(
        _table(
            "corpus",
            ("", "count"),
            [
                ("articles", stats["articles"]),
                ("  not coded (skipped)", stats["skipped"]),
                ("stories", stats["stories"]),
                ("actors", stats["actors"]),
                ("event reports (all modalities)", stats["events"]),
                ("events (asserted, each once)", stats["canonical_events"]),
                ("published from", stats["date_from"]),
                ("published to", stats["date_to"]),
            ],
        )
    )
    roots = [(r["cameo_root"], r["label"], r["events"]) for r in stats["events_by_root"]]
    console.print(_table("events by CAMEO root", ("root", "label", "events"), roots))
    plover = [(p["plover"] or "—", p["events"]) for p in stats["events_by_plover"]]
    console.print(_table("events by PLOVER type", ("PLOVER", "events"), plover))
    dyads = [(d["source"], d["target"], d["goldstein"], d["events"]) for d in stats["top_dyads"]]
    console.print(_table("top dyads", ("source", "target", "Goldstein sum", "events"), dyads))


def serve_command(
    db: DbOption = None,
    host: Annotated[
        str | None, typer.Option(help="Address to bind (default 127.0.0.1: this machine only).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
) -> None:
    """Serve the HTTP API (/api, docs at /docs) and the dashboard (/) with uvicorn."""
    import uvicorn

    from communique.api import create_app

    settings = settings_from(db=db, host=host, port=port)
    with user_errors():
        app = create_app(settings)
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"[yellow]warning:[/] listening on {settings.host}: reachable from other machines")
    err_console.print(f"serving {settings.db} on http://{settings.host}:{settings.port}/ (API docs at /docs)")
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=settings.log_level.lower())


def register(app: typer.Typer) -> None:
    """Add ``export``, ``stats`` and ``serve`` to ``app``."""
    app.command("export")(export_command)
    app.command("stats")(stats_command)
    app.command("serve")(serve_command)
