"""``communique load DIR``: import the partitioned Parquet written by ``ingest --out`` into a database."""

from __future__ import annotations

from typing import Annotated

import typer

from communique.cli._common import DbOption, print_ingest_report, settings_from, user_errors
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
    print_ingest_report(report, as_json=as_json)


def register(app: typer.Typer) -> None:
    """Add the ``load`` command to ``app``."""
    app.command("load")(load_command)
