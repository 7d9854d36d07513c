"""Helpers shared by the query modules: connections from a Store or a Connection, limits, dates."""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from typing import TYPE_CHECKING

import pycountry
from sqlalchemy import Connection

from communique.errors import ConfigError, QueryError

if TYPE_CHECKING:
    from communique.store.repository import Store

__all__ = ["MAX_LIMIT", "check_limit", "connection", "country_name", "iso"]

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


@functools.cache
def _short_country_names() -> dict[str, str]:
    # The actor stage names a country actor by the first name in this table ("Russia", not
    # pycountry's "Russian Federation"); reading the same packaged file keeps labels identical
    # whether or not the country actor itself was ever stored.
    try:
        text = resources.files("communique.data").joinpath("actors/countries.tsv").read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"packaged data file actors/countries.tsv is missing: {exc}") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["iso3"]: row["names"].split("|")[0].strip() for row in rows if row.get("names")}


@functools.cache
def country_name(code: str) -> str:
    """The display name of a country code, as the actor stage names the country actor.

    Args:
        code: an ISO 3166 alpha-3 code ("RUS"), or a non-state code ("IGO").

    Returns:
        "Russia", "Iran"…; pycountry's common name for countries the actor table does not list;
        the code itself for non-state and unknown codes.
    """
    short = _short_country_names().get(code)
    if short:
        return short
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
