"""Translating an ``EventFilter`` into SQLAlchemy conditions, and the keyset cursor codec."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select, true

from communique.errors import QueryError
from communique.model import MODALITIES
from communique.store import schema as s

__all__ = [
    "EventFilter",
    "Page",
    "branches",
    "decode_cursor",
    "either_side",
    "encode_cursor",
    "event_conditions",
    "is_country_code",
    "like_pattern",
    "side_matches",
]

e = s.events


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a query covers; every field left at its default selects everything.

    ``actor`` is an actor id or a country code matched on either side. ``countries`` holds one
    or two codes: one selects events involving that country (as source when ``directed``), two
    select the dyad in either direction (only source→target when ``directed``). ``modality``
    defaults to asserted events only; ``None`` means the default, an empty tuple every modality.
    ``canonical_only`` keeps one report per real-world event (aggregates always do).
    """

    actor: str | None = None
    countries: tuple[str, ...] | None = None
    directed: bool = False
    cameo_root: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    modality: tuple[str, ...] | None = ("asserted",)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    place: str | None = None
    topic: str | None = None
    text: str | None = None
    article_id: str | None = None
    canonical_only: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a listing: the items and the cursor of the next page (None on the last)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    next_cursor: str | None = None


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with the wildcards in ``text`` escaped (``\\``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def is_country_code(value: str) -> bool:
    """True for a country or non-state code ("IRN", "IGO"): three capital letters.

    Actor ids of countries as a whole are their code, and every other actor id has a prefix
    ("IRN:GOV", "person:…"), so a code never needs the actor-id columns.
    """
    return len(value) == 3 and value.isascii() and value.isalpha() and value.isupper()


def side_matches(side: str, value: str) -> ColumnElement[bool]:
    """A participant (``side`` = "source"/"target") is ``value``: a country code or an actor id.

    One column per kind of value (rather than an OR of both) lets the database use the
    (source_country, target_country, day) index for dyads.

    Args:
        side: "source" or "target".
        value: an ISO3/non-state country code ("IRN") or an actor id ("IRN:GOV", "person:…").

    Returns:
        The condition.
    """
    if is_country_code(value):
        return e.c[f"{side}_country"] == value
    return e.c[f"{side}_actor_id"] == value


def _pair(a: str, b: str, *, directed: bool) -> ColumnElement[bool]:
    forward = and_(side_matches("source", a), side_matches("target", b))
    if directed:
        return forward
    return or_(forward, and_(side_matches("source", b), side_matches("target", a)))


def either_side(flt: EventFilter) -> str | None:
    """The value ``flt`` matches on either side (an actor, or one undirected country), if any.

    ``list_events`` then runs one keyset query per side instead of an OR, so each walks a
    (side, day) index newest-first and stops after a page instead of sorting every match.
    """
    if flt.actor:
        return flt.actor
    countries = tuple(flt.countries or ())
    if len(countries) == 1 and not flt.directed:
        return countries[0]
    return None


def branches(flt: EventFilter) -> tuple[str | None, ...]:
    """How ``list_events`` splits ``flt`` into OR-free keyset queries (``side`` values).

    Returns:
        ("source", "target") for an either-side match, ("forward", "backward") for an
        undirected dyad, else (None,): one query.
    """
    if either_side(flt):
        return ("source", "target")
    if len(flt.countries or ()) == 2 and not flt.directed:
        return ("forward", "backward")
    return (None,)


def event_conditions(flt: EventFilter, *, dialect: str, side: str | None = None) -> list[ColumnElement[bool]]:
    """Build the WHERE conditions of ``flt`` over ``schema.events``.

    Args:
        flt: the filter.
        dialect: the backend name (text search differs).
        side: one of ``branches(flt)``: "source"/"target" match the ``either_side`` value on that
            side only, "forward"/"backward" one direction of an undirected dyad.

    Returns:
        Conditions to AND together (empty: every event).

    Raises:
        QueryError: a value that cannot match anything by construction (unknown modality, a
            quad class outside 1–4, more than two countries, date_from after date_to).
    """
    conds: list[ColumnElement[bool]] = []
    split = either_side(flt) if side in ("source", "target") else None
    if flt.actor:
        if split == flt.actor:
            conds.append(side_matches(side or "source", flt.actor))
        else:
            conds.append(or_(side_matches("source", flt.actor), side_matches("target", flt.actor)))
    countries = tuple(flt.countries or ())
    if len(countries) > 2:
        raise QueryError("countries: give one or two country codes")
    if len(countries) == 1:
        c = countries[0]
        if flt.directed:
            conds.append(e.c.source_country == c)
        elif split == c and not flt.actor:
            conds.append(e.c[f"{side}_country"] == c)
        else:
            conds.append(or_(e.c.source_country == c, e.c.target_country == c))
    elif len(countries) == 2:
        first, second = countries if side != "backward" else countries[::-1]
        conds.append(_pair(first, second, directed=flt.directed or side in ("forward", "backward")))
    if flt.cameo_root:
        conds.append(e.c.cameo_root == flt.cameo_root.zfill(2))
    if flt.cameo:
        # A code selects itself and its refinements ("04" ⊃ "043" ⊃ "0431").
        conds.append(e.c.cameo.startswith(flt.cameo, autoescape=True))
    if flt.plover:
        conds.append(e.c.plover == flt.plover.upper())
    if flt.quad_class is not None:
        if flt.quad_class not in (1, 2, 3, 4):
            raise QueryError(f"quad_class must be 1, 2, 3 or 4, not {flt.quad_class}")
        conds.append(e.c.quad_class == flt.quad_class)
    modality = ("asserted",) if flt.modality is None else tuple(flt.modality)
    unknown = sorted(set(modality) - set(MODALITIES))
    if unknown:
        raise QueryError(f"unknown modality {', '.join(unknown)}; expected one of {', '.join(MODALITIES)}")
    if modality:
        conds.append(e.c.modality.in_(modality))
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise QueryError("date_from is after date_to")
    if flt.date_from:
        conds.append(e.c.day >= flt.date_from)
    if flt.date_to:
        conds.append(e.c.day <= flt.date_to)
    if flt.place:
        conds.append(
            or_(e.c.location_country == flt.place.upper(), e.c.location_name.ilike(flt.place, escape="\\"))
        )
    if flt.topic:
        topic_pks = select(s.event_topics.c.event_pk).where(s.event_topics.c.topic == flt.topic)
        conds.append(e.c.pk.in_(topic_pks))
    if flt.text:
        conds.append(e.c.sentence.ilike(like_pattern(flt.text), escape="\\"))
    if flt.article_id:
        conds.append(e.c.article_id == flt.article_id)
    if flt.canonical_only:
        conds.append(e.c.is_canonical == true())
    return conds


def encode_cursor(values: list[Any]) -> str:
    """Encode the sort key of the last item of a page as an opaque URL-safe cursor."""
    return base64.urlsafe_b64encode(json.dumps(values, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, *, arity: int) -> list[Any]:
    """Decode a cursor made by ``encode_cursor``.

    Args:
        cursor: the opaque cursor.
        arity: how many sort-key values it must hold.

    Returns:
        The sort-key values.

    Raises:
        QueryError: the cursor was not made by this query.
    """
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeEncodeError) as exc:
        raise QueryError(f"invalid cursor {cursor[:40]!r}") from exc
    if not isinstance(values, list) or len(values) != arity:
        raise QueryError(f"invalid cursor {cursor[:40]!r}")
    # Keys are 64-bit integers or short strings; anything else was not made by encode_cursor
    # (and a huge integer would overflow the database driver).
    for value in values:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | str)
            or (isinstance(value, int) and abs(value) >= 2**62)
        ):
            raise QueryError(f"invalid cursor {cursor[:40]!r}")
    return values


def never() -> ColumnElement[bool]:
    """A condition no row satisfies (for empty selections)."""
    return false()
