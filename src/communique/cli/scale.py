"""``communique load DIR``: import the partitioned Parquet written by ``ingest --out`` into a database."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from communique.cli._common import DbOption, console, err_console, settings_from, user_errors
from communique.pipeline import load_processed
from communique.scale import parquet_dir, read_processed

__all__ = ["load_command", "register"]


def load_command(
    directory: Annotated[
        str, typer.Argument(help="The --out directory of a distributed run (DIR or parquet://DIR).")
    ],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the final counts as JSON.")] = False,
) -> None:
    """Import coded articles from Parquet partitions; loading a directory twice stores nothing twice."""
    settings = settings_from(db=db)
    with user_errors():
        report = load_processed(read_processed(parquet_dir(directory)), settings=settings)
    for error in report.errors:
        err_console.print(f"[red]skipped[/] {error}", highlight=False)
    if as_json:
        console.print_json(json.dumps(report.as_dict()))
    else:
        console.print(
            f"read {report.read}, stored {report.stored} new article(s) with {report.events} event(s); "
            f"{report.already_stored} already stored, {report.near_duplicates} near-duplicate(s), "
            f"{len(report.errors)} error(s)",
            highlight=False,
        )
    if report.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the ``load`` command to ``app``."""
    app.command("load")(load_command)
