"""Query-string filters: one parser for every page, so any filtered view has a shareable URL.

The same parameter names serve the pages, their JSON data endpoints and the CSV/JSONL downloads,
which is what makes "download exactly what is shown" true: the download link is the page's own
query string on another path.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import urlencode

from communique.errors import InputError
from communique.model import MODALITIES

__all__ = ["FilterParams", "is_country", "parse_filters"]

_CODE = re.compile(r"^\d{2,4}$")
_ACTOR = re.compile(r"^[\w:.\-]{1,120}$")


@dataclass(frozen=True, slots=True)
class FilterParams:
    """The event filters a page was asked for, validated; ``a``/``b`` name a dyad's two sides."""

    a: str | None = None
    b: str | None = None
    actor: str | None = None
    directed: bool = False
    cameo_root: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    modality: tuple[str, ...] = ("asserted",)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    place: str | None = None
    topic: str | None = None
    text: str | None = None
    article_id: str | None = None
    canonical_only: bool = False

    def query(self, **changes: Any) -> str:
        """Return the URL query string of these filters (with ``changes`` applied).

        Args:
            changes: field values to override (``None`` drops the parameter).

        Returns:
            A query string without the leading ``?``; defaults are left out so URLs stay short.
        """
        params = replace(self, **changes) if changes else self
        pairs: list[tuple[str, str]] = []
        for f in fields(params):
            value = getattr(params, f.name)
            if value is None or value == f.default or value is False:
                continue
            if f.name == "modality":
                pairs.extend(("modality", m) for m in value)
            elif isinstance(value, bool):
                pairs.append((f.name, "1"))
            else:
                pairs.append((f.name, value.isoformat() if isinstance(value, dt.date) else str(value)))
        return urlencode(pairs)

    def sides(self) -> tuple[str, ...] | None:
        """The dyad's sides (actor ids or country codes) that were given, or None."""
        sides = tuple(s for s in (self.a, self.b) if s)
        return sides or None

    def to_filter(self, **changes: Any) -> Any:
        """Build the store's ``EventFilter`` (``changes`` override individual fields).

        Args:
            changes: ``EventFilter`` fields to set instead of the parsed values.

        Returns:
            A ``communique.store.queries.EventFilter``.
        """
        from communique.store.queries import EventFilter

        values: dict[str, Any] = {
            "actor": self.actor,
            # The store matches each of ``countries`` against the actor id or the country code of
            # a participant, so a dyad of two actors (or an actor and a country) filters the same way.
            "countries": self.sides(),
            "directed": self.directed,
            "cameo_root": self.cameo_root,
            "cameo": self.cameo,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "modality": self.modality or None,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "place": self.place,
            "topic": self.topic,
            "text": self.text,
            "article_id": self.article_id,
            "canonical_only": self.canonical_only,
        }
        values.update(changes)
        return EventFilter(**values)


def is_country(value: str) -> bool:
    """Whether ``value`` looks like an ISO3 (or three-letter non-state) code rather than an actor id."""
    return len(value) == 3 and value.isalpha() and value.isupper()


def _one(query: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = [v.strip() for v in query.get(name, ()) if v and v.strip()]
    return values[-1] if values else None


def _date(query: Mapping[str, Sequence[str]], name: str) -> dt.date | None:
    value = _one(query, name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(name, f"expected a date YYYY-MM-DD, got {value!r}") from exc


def _actor(query: Mapping[str, Sequence[str]], name: str) -> str | None:
    value = _one(query, name)
    if value is None:
        return None
    if is_country(value.upper()):
        return value.upper()
    if not _ACTOR.match(value):
        raise InputError(name, f"not an actor id or ISO3 country code: {value!r}")
    return value


def parse_filters(query: Mapping[str, Sequence[str]]) -> FilterParams:
    """Validate the filter parameters of a request.

    Args:
        query: the request's query parameters, each name mapped to all its values.

    Returns:
        The ``FilterParams``.

    Raises:
        InputError: a parameter has a malformed value (its name is the error's ``origin``).
    """
    cameo_root, cameo = _one(query, "cameo_root"), _one(query, "cameo")
    for name, code in (("cameo_root", cameo_root), ("cameo", cameo)):
        if code is not None and not _CODE.match(code):
            raise InputError(name, f"expected a CAMEO code of digits, got {code!r}")
    quad = _one(query, "quad_class")
    if quad is not None and quad not in {"1", "2", "3", "4"}:
        raise InputError("quad_class", f"expected 1, 2, 3 or 4, got {quad!r}")
    modality = tuple(dict.fromkeys(v for v in query.get("modality", ()) if v))
    if "any" in modality:
        modality = MODALITIES
    unknown = [m for m in modality if m not in MODALITIES]
    if unknown:
        raise InputError("modality", f"unknown modality {unknown[0]!r}")
    date_from, date_to = _date(query, "date_from"), _date(query, "date_to")
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    return FilterParams(
        a=_actor(query, "a"),
        b=_actor(query, "b"),
        actor=_actor(query, "actor"),
        directed=_one(query, "directed") in {"1", "true", "on", "yes"},
        cameo_root=cameo_root,
        cameo=cameo,
        plover=(_one(query, "plover") or "").upper() or None,
        quad_class=int(quad) if quad else None,
        modality=modality or ("asserted",),
        date_from=date_from,
        date_to=date_to,
        place=_one(query, "place"),
        topic=_one(query, "topic"),
        text=_one(query, "text"),
        article_id=_one(query, "article_id"),
        canonical_only=_one(query, "canonical_only") in {"1", "true", "on", "yes"},
    )
