"""The ``communique`` command line: thin typer commands over importable functions.

Each command group lives in its own module with a ``register(app)`` function; only ``cli``
prints. Modules are registered in the order below.
"""

from __future__ import annotations

import importlib

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="communique",
    help="Turn international-affairs news into coded events: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_COMMAND_MODULES = ("ingest", "data", "evaluate", "actors", "explain", "scale")

for _name in _COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"communique.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command group still being built: skip only that one
        if exc.name != f"communique.cli.{_name}":
            raise
        continue
    _module.register(app)


def main() -> None:
    """Entry point of the ``communique`` console script."""
    app()
