"""What every CLI command shares: building the settings from flags, the console, error exits."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console

from communique.errors import CommuniqueError
from communique.settings import Settings, load_settings

if TYPE_CHECKING:
    from communique.pipeline import IngestReport

__all__ = [
    "DbOption",
    "console",
    "date_option",
    "err_console",
    "fail",
    "print_ingest_report",
    "settings_from",
    "user_errors",
]

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database path or URL (default ./data/communique.db; env COMMUNIQUE_DB)."),
]


def settings_from(**overrides: Any) -> Settings:
    """Build the settings with CLI flag values (None = flag not given) as the highest precedence."""
    try:
        return load_settings(overrides=overrides)
    except CommuniqueError as exc:
        fail(str(exc))


def fail(message: str, code: int = 2) -> NoReturn:
    """Print an error message to stderr and exit with ``code``."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn communique's own exceptions into a clear message and a non-zero exit."""
    try:
        yield
    except CommuniqueError as exc:
        fail(str(exc))


def date_option(value: str | None, *, flag: str | None = None) -> dt.date | None:
    """Parse a YYYY-MM-DD option value (None when the option was not given).

    Raises:
        typer.BadParameter: the value is not an ISO date; the message names ``flag``.
    """
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint=flag) from exc


def print_ingest_report(report: IngestReport, *, as_json: bool, where: str = "stored") -> None:
    """Print an ingest/load report: each error, then the counts; exit 1 when anything was skipped.

    Args:
        report: the run's counts and errors.
        as_json: print the counts as one JSON object instead of a sentence.
        where: what happened to new articles ("stored", "wrote to parquet://…").
    """
    for error in report.errors:
        err_console.print(f"[red]skipped[/] {error}", highlight=False)
    if as_json:
        console.print_json(json.dumps(report.as_dict()))
    else:
        console.print(
            f"read {report.read}, {where} {report.stored} new article(s) with {report.events} event(s); "
            f"{report.already_stored} already stored, {report.near_duplicates} near-duplicate(s), "
            f"{len(report.errors)} error(s)",
            highlight=False,
        )
    if report.errors:
        raise typer.Exit(1)
