"""Helpers shared by the query modules: connections from a Store or a Connection, limits, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from communique.errors import QueryError

if TYPE_CHECKING:
    from communique.store.repository import Store

__all__ = ["MAX_LIMIT", "check_limit", "connection", "iso"]

MAX_LIMIT = 1000


@contextmanager
def connection(src: Store | Connection) -> Iterator[Connection]:
    """Yield a connection from a ``Store`` (opened and closed here) or the given one."""
    if isinstance(src, Connection):
        yield src
    else:
        with src.connect() as conn:
            yield conn


def check_limit(limit: int) -> int:
    """Return ``limit`` if it is a valid page size (1–1000).

    Raises:
        QueryError: otherwise.
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    return limit


def iso(value: dt.date | None) -> str | None:
    """ISO format of a date, None for None."""
    return value.isoformat() if value is not None else None
