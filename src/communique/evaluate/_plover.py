"""Reader for PLOVER gold records: a JSON array of ``{id, date, text, event, source, target}``.

``source`` and ``target`` are lists of ``{actorText, code, sector}``; several actors on one side
mean one event per source–target pair. Legacy type names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT)
map to today's types. A record with a ``cameo`` code is scored on CAMEO roots instead.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from communique.errors import EvaluationError
from communique.evaluate._codes import ActorCode, normalise_plover, parse_cameo_actor
from communique.evaluate._dates import parse_gold_date
from communique.evaluate.gold import GoldEvent, GoldItem, GoldSet, Scheme
from communique.ontology import cameo_codes

__all__ = ["parse_plover"]


def parse_plover(text: str, *, origin: str) -> GoldSet:
    """Parse a PLOVER gold-record file.

    Args:
        text: the whole file (a JSON array).
        origin: the file name, for messages.

    Returns:
        The ``GoldSet``; records without an event type expect no event.

    Raises:
        EvaluationError: invalid JSON, not an array, or a record without ``id``/``text`` or with
            an unknown event type.
    """
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{origin}: not valid JSON: {exc}") from exc
    if not isinstance(records, list):
        raise EvaluationError(f"{origin}: a PLOVER gold file is a JSON array of records")
    items = [_record(r, where=f"{origin}[{n}]") for n, r in enumerate(records)]
    return GoldSet(items=tuple(items), formats=("plover",))


def _record(record: Any, *, where: str) -> GoldItem:
    if not isinstance(record, Mapping):
        raise EvaluationError(f"{where}: a record must be a JSON object")
    if not record.get("id") or not isinstance(record.get("text"), str):
        raise EvaluationError(f"{where}: a record needs an 'id' and a 'text'")
    try:
        published = parse_gold_date(record["date"], where=where) if record.get("date") else None
    except ValueError as exc:
        raise EvaluationError(f"{where}: bad date {record.get('date')!r}") from exc
    scheme: Scheme
    cameo = str(record.get("cameo") or "").strip()
    if cameo:
        if cameo[:2] not in cameo_codes():
            raise EvaluationError(f"{where}: unknown CAMEO code {cameo!r}")
        scheme, label = "cameo", cameo[:2]
    else:
        raw_type = record.get("event")
        scheme = "plover"
        label = normalise_plover(raw_type) or ""
        if raw_type and not label:
            raise EvaluationError(f"{where}: unknown PLOVER event type {raw_type!r}")
    events: list[GoldEvent] = []
    if label:
        sources: list[ActorCode | None] = [*_actors(record.get("source"), where=where)] or [None]
        targets: list[ActorCode | None] = [*_actors(record.get("target"), where=where)] or [None]
        for source in sources:
            for target in targets:
                events.append(
                    GoldEvent(
                        label=label,
                        cameo=cameo or None,
                        source_country=source.country if source else None,
                        target_country=target.country if target else None,
                        source_sector=source.sector if source else None,
                        target_sector=target.sector if target else None,
                    )
                )
    return GoldItem(
        id=str(record["id"]),
        text=record["text"],
        events=tuple(events),
        published=published,
        category=record.get("category"),
        scheme=scheme,
        origin=where,
    )


def _actors(value: Any, *, where: str) -> list[ActorCode]:
    if value is None:
        return []
    if isinstance(value, Mapping):
        value = [value]
    if not isinstance(value, list):
        raise EvaluationError(f"{where}: source/target must be a list of actors")
    actors: list[ActorCode] = []
    for actor in value:
        if not isinstance(actor, Mapping):
            raise EvaluationError(f"{where}: an actor must be an object with actorText/code/sector")
        parsed = parse_cameo_actor(str(actor.get("code") or ""))
        sector = str(actor.get("sector") or "").strip().upper() or None
        if parsed is None:
            actors.append(ActorCode(country=None, sector=sector))
        else:
            actors.append(ActorCode(country=parsed.country, sector=sector or parsed.sector))
    return actors
