"""What every reader is told: user defaults, settings, where the input came from; shared field parsing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from communique.errors import InputError
from communique.model import RawDocument
from communique.settings import Settings

__all__ = ["DocumentDefaults", "ReadContext", "Reader", "parse_published"]


@dataclass(frozen=True, slots=True)
class DocumentDefaults:
    """Values for documents that carry none, and the column names of CSV/TSV inputs.

    A ``None`` column name means "the usual name": ``text`` (else ``body``/``content``), ``html``,
    ``title``, ``published`` (else ``date``), ``url`` (else ``link``), ``id``, ``source``, ``author``.
    """

    source: str | None = None
    published: dt.date | None = None
    text_column: str | None = None
    html_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    url_column: str | None = None
    id_column: str | None = None
    source_column: str | None = None
    author_column: str | None = None


@dataclass(frozen=True, slots=True)
class ReadContext:
    """One input being read: its display name, the run's settings and the user's defaults."""

    origin: str
    settings: Settings
    defaults: DocumentDefaults
    url: str | None = None


# One interface for every format: a reader turns a binary stream into documents and errors.
Reader = Callable[[BinaryIO, ReadContext], Iterator[RawDocument | InputError]]


def parse_published(value: object, *, origin: str) -> dt.date | None:
    """Parse an ISO date or date-time ("2021-10-06", "2021-10-06T09:30:00Z") into a date.

    Args:
        value: the raw field value (None or "" mean no date).
        origin: the record's name, for the error.

    Returns:
        The date, or None when the value is empty.

    Raises:
        InputError: the value is not an ISO date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InputError(origin, f"published must be an ISO date string, got {value!r}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError as exc:
        raise InputError(origin, f"published is not an ISO date: {text!r}") from exc
