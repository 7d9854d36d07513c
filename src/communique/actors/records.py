"""Knowledge-base records: the plain, serialisable shape of an actor the resolver knows by name.

A record is what the starter knowledge base (``data/actors/persons.yaml``, ``organizations.tsv``),
a user overrides file, a Wikidata import and the store's learned actors all have in common. The
store hands records in as plain mappings (see ``ActorRecord.from_mapping``); nothing here imports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from communique.actors._normalise import slug
from communique.errors import InputError
from communique.model import Actor

__all__ = ["ActorRecord", "RecordKind", "RoleSpell"]

RecordKind = Literal["country", "person", "organization", "igo", "group", "unknown"]
_KINDS: frozenset[str] = frozenset({"country", "person", "organization", "igo", "group", "unknown"})


def _date(value: Any, *, origin: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 4:  # a bare year: the role is known to the year only
            return dt.date(int(text), 1, 1)
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise InputError(origin, f"bad date {value!r} (expected YYYY-MM-DD)") from exc


@dataclass(frozen=True, slots=True)
class RoleSpell:
    """One office held for a period: role title, sector, optional country, start and end dates."""

    role: str
    sector: str
    start: dt.date | None = None
    end: dt.date | None = None
    country: str | None = None

    def covers(self, day: dt.date) -> bool:
        """Return True when ``day`` falls within the spell (open ends count as unbounded).

        Args:
            day: the date to test.

        Returns:
            Whether the role was held on that day.
        """
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @classmethod
    def from_value(cls, value: Any, *, origin: str) -> RoleSpell:
        """Read a role from ``[role, sector, start, end]`` or a mapping with those keys.

        Args:
            value: the YAML/JSON value.
            origin: where it came from, for error messages.

        Returns:
            The ``RoleSpell``.

        Raises:
            InputError: the value has the wrong shape or a bad date.
        """
        if isinstance(value, Sequence) and not isinstance(value, str):
            items = [*value, None, None, None][:5]
            role, sector, start, end, country = items
        elif isinstance(value, Mapping):
            role, sector = value.get("role") or value.get("title"), value.get("sector")
            start, end, country = value.get("start"), value.get("end"), value.get("country")
        else:
            raise InputError(origin, f"a role must be a list or a mapping, got {value!r}")
        if not role or not sector:
            raise InputError(origin, f"a role needs a title and a sector: {value!r}")
        return cls(
            role=str(role),
            sector=str(sector).upper(),
            start=_date(start, origin=origin),
            end=_date(end, origin=origin),
            country=str(country).upper() if country else None,
        )

    def to_value(self) -> dict[str, Any]:
        """Return the role as a YAML-friendly mapping."""
        out: dict[str, Any] = {"role": self.role, "sector": self.sector}
        if self.start:
            out["start"] = self.start.isoformat()
        if self.end:
            out["end"] = self.end.isoformat()
        if self.country:
            out["country"] = self.country
        return out


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """An actor the knowledge base knows: names, country, default sector and dated roles."""

    id: str
    name: str
    country: str | None
    sector: str | None = None
    kind: RecordKind = "person"
    variants: tuple[str, ...] = ()
    roles: tuple[RoleSpell, ...] = ()
    source: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every variant."""
        return (self.name, *self.variants)

    def state_on(self, day: dt.date | None) -> tuple[str | None, str | None, str | None, bool]:
        """Return (country, sector, role, former) of the actor on ``day``.

        A role held that day wins; else the latest role ended before it (``former``); else the
        earliest role to come; with no date, the most recent role.

        Args:
            day: the article date, or None.

        Returns:
            The country, sector, role title and whether the role is a former one.
        """
        if not self.roles:
            return self.country, self.sector, None, False
        ordered = sorted(self.roles, key=lambda r: r.start or dt.date.min)
        if day is None:  # undated: the latest office, not called "former" (we cannot know)
            current = [r for r in ordered if r.end is None]
            spell, former = (current[-1] if current else ordered[-1]), False
        else:
            active = [r for r in ordered if r.covers(day)]
            past = [r for r in ordered if r.end is not None and r.end < day]
            if active:
                spell, former = active[-1], False
            elif past:
                spell, former = max(past, key=lambda r: r.end or dt.date.min), True
            else:
                spell, former = ordered[0], False
        return spell.country or self.country, spell.sector, spell.role, former

    def to_actor(self, *, day: dt.date | None = None) -> Actor:
        """Return the model ``Actor`` for this record as of ``day``.

        Args:
            day: the article date (selects the role held then).

        Returns:
            The ``Actor``.
        """
        country, sector, role, former = self.state_on(day)
        return Actor(
            id=self.id,
            name=self.name,
            country=country,
            sector=sector,
            kind=self.kind,
            role=role,
            former=former,
            variants=self.variants,
        )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, origin: str = "record") -> ActorRecord:
        """Build a record from a plain mapping (YAML entry, JSON object, or a store row).

        Keys: ``name`` (required), ``id``, ``country``, ``sector``, ``kind``, ``variants`` (list or
        "|"-separated string), ``roles`` (list of ``[role, sector, start, end]`` or mappings),
        ``role`` (a single undated role, as the store keeps it), ``source``. Unknown keys (such as
        the store's ``first_seen``, ``last_seen``, ``article_count``) are ignored.

        Args:
            data: the mapping.
            origin: where it came from, for error messages.

        Returns:
            The ``ActorRecord``.

        Raises:
            InputError: no name, or a malformed role or kind.
        """
        name = str(data.get("name") or "").strip()
        if not name:
            raise InputError(origin, "an actor needs a name")
        kind = str(data.get("kind") or "person")
        if kind not in _KINDS:
            raise InputError(origin, f"unknown kind {kind!r}")
        raw_variants = data.get("variants") or ()
        if isinstance(raw_variants, str):
            raw_variants = raw_variants.split("|")
        variants = tuple(dict.fromkeys(str(v).strip() for v in raw_variants if str(v).strip() and v != name))
        roles = tuple(RoleSpell.from_value(r, origin=origin) for r in data.get("roles") or ())
        sector = data.get("sector")
        if not roles and data.get("role") and sector:
            roles = (RoleSpell(role=str(data["role"]), sector=str(sector).upper()),)
        country = data.get("country")
        prefix = "person" if kind == "person" else "org"
        return cls(
            id=str(data.get("id") or f"{prefix}:{slug(name)}"),
            name=name,
            country=str(country).upper() if country else None,
            sector=str(sector).upper() if sector else (roles[-1].sector if roles else None),
            kind=cast(RecordKind, kind),
            variants=variants,
            roles=roles,
            source=str(data["source"]) if data.get("source") else None,
        )

    def to_mapping(self) -> dict[str, Any]:
        """Return the record as a YAML-friendly mapping (the inverse of ``from_mapping``)."""
        out: dict[str, Any] = {"id": self.id, "name": self.name, "country": self.country}
        if self.sector:
            out["sector"] = self.sector
        out["kind"] = self.kind
        if self.variants:
            out["variants"] = list(self.variants)
        if self.roles:
            out["roles"] = [r.to_value() for r in self.roles]
        if self.source:
            out["source"] = self.source
        return out
