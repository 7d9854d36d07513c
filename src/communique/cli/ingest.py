"""``communique ingest``: read, clean, code and store articles."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from communique.cli._common import (
    DbOption,
    date_option,
    err_console,
    print_ingest_report,
    settings_from,
    user_errors,
)
from communique.ingest import DocumentDefaults
from communique.pipeline import ingest
from communique.scale import make_executor

__all__ = ["register"]

_COLUMNS = ("text", "html", "title", "date", "url", "id", "source", "author")


def _column_mapping(pairs: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs or []:
        field, sep, name = pair.partition("=")
        if not sep or field.strip() not in _COLUMNS or not name.strip():
            raise typer.BadParameter(
                f"expected FIELD=NAME with FIELD one of {', '.join(_COLUMNS)}; got {pair!r}",
                param_hint="--column",
            )
        mapping[f"{field.strip()}_column"] = name.strip()
    return mapping


def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, URLs, or - for standard input.")],
    db: DbOption = None,
    source: Annotated[str | None, typer.Option(help="Source name for documents that carry none.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for documents that carry none.")
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="Force the input format (txt, html, jsonl, csv, rss, warc…)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the final counts as JSON.")] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=0,
            help="Worker processes (0: one per core; default: setting `workers`; all cores with dask).",
        ),
    ] = None,
    engine: Annotated[
        str, typer.Option("--engine", help="Where batches are coded: local (processes) or dask.")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster."
        ),
    ] = None,
    out: Annotated[
        str | None,
        typer.Option(
            "--out", help="Write results as partitioned Parquet (parquet://DIR) instead of to the database."
        ),
    ] = None,
    column: Annotated[
        list[str] | None,
        typer.Option(
            "--column",
            metavar="FIELD=NAME",
            help="CSV/TSV column mapping, repeatable: text, html, title, date, url, id, source or author "
            "= the column's header (e.g. --column text=body --column date=pubdate).",
        ),
    ] = None,
) -> None:
    """Ingest articles into the database; re-running on the same input stores nothing twice."""
    settings = settings_from(db=db, workers=workers)
    defaults = DocumentDefaults(
        source=source, published=date_option(published, flag="--published"), **_column_mapping(column)
    )
    with (
        user_errors(),
        make_executor(
            engine=engine,
            # A local Dask cluster of one worker would be pointless: without --workers, use every core.
            workers=0 if engine == "dask" and workers is None else settings.workers,
            scheduler=scheduler,
        ) as executor,
        Progress(
            SpinnerColumn(),
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
            disable=not err_console.is_terminal,
        ) as progress,
    ):
        task = progress.add_task("ingest", total=None)
        report = ingest(
            paths,
            settings=settings,
            defaults=defaults,
            fmt=fmt,
            on_progress=lambda n: progress.update(task, completed=n),
            executor=executor,
            out=out,
        )
    print_ingest_report(report, as_json=as_json, where=f"wrote to {out}" if out else "stored")


def register(app: typer.Typer) -> None:
    """Add the ``ingest`` command to ``app``."""
    app.command("ingest")(ingest_command)
