"""What every CLI command shares: building the settings from flags, the console, error exits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from communique.errors import CommuniqueError
from communique.settings import Settings, load_settings

__all__ = ["DbOption", "console", "err_console", "fail", "settings_from", "user_errors"]

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
