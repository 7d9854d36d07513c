"""A predicted event reduced to what scoring compares, built from a ``model.Event`` or an export row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from communique.errors import EvaluationError
from communique.evaluate.gold import Scheme
from communique.model import Event
from communique.ontology import cameo, root_of

__all__ = ["Prediction"]


@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted event for the gold item ``item_id``."""

    item_id: str
    cameo: str
    cameo_root: str
    plover: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    source_sector: str | None = None
    target_sector: str | None = None
    modality: str = "asserted"
    date: dt.date | None = None
    location: str | None = None
    reciprocal: bool = False
    sentence: str = ""
    trigger: str = ""

    def label(self, scheme: Scheme) -> str | None:
        """The label compared with gold of ``scheme``: the CAMEO root, or the PLOVER type (or None)."""
        if scheme == "cameo":
            return self.cameo_root
        if self.plover:
            return self.plover
        try:
            return cameo(self.cameo).plover
        except KeyError:
            return None

    def describe(self) -> str:
        """A one-line description ("IRN→RUS 042 [planned] «visit» in: …")."""
        arrow = "↔" if self.reciprocal else "→"
        text = f"{self.source_country or '?'}{arrow}{self.target_country or '?'} {self.cameo}"
        if self.modality != "asserted":
            text += f" [{self.modality}]"
        if self.trigger:
            text += f" «{self.trigger}»"
        return f"{text} in: {self.sentence}" if self.sentence else text

    @classmethod
    def from_event(cls, event: Event, *, item_id: str) -> Prediction:
        """Build from a pipeline ``Event``.

        Args:
            event: the coded event.
            item_id: the gold item it was coded from.

        Returns:
            The ``Prediction``.
        """
        return cls(
            item_id=item_id,
            cameo=event.cameo,
            cameo_root=event.cameo_root or root_of(event.cameo),
            plover=event.plover,
            source_country=event.source.country if event.source else None,
            target_country=event.target.country if event.target else None,
            source_sector=event.source.sector if event.source else None,
            target_sector=event.target.sector if event.target else None,
            modality=event.modality,
            date=event.date,
            location=event.location.name if event.location else None,
            reciprocal=event.reciprocal,
            sentence=event.sentence,
            trigger=event.trigger,
        )

    @classmethod
    def from_export(cls, row: Mapping[str, Any], *, where: str) -> Prediction:
        """Build from an exported event (the JSONL export / query-layer field names).

        Args:
            row: the event dict; ``article_id`` names the gold item.
            where: file and line, for messages.

        Returns:
            The ``Prediction``.

        Raises:
            EvaluationError: ``article_id`` or ``cameo`` missing, or a malformed date.
        """
        code = str(row.get("cameo") or "")
        if not row.get("article_id") or not code:
            raise EvaluationError(f"{where}: an event needs 'article_id' and 'cameo'")
        source: Mapping[str, Any] = row["source"] if isinstance(row.get("source"), Mapping) else {}
        target: Mapping[str, Any] = row["target"] if isinstance(row.get("target"), Mapping) else {}
        location = row.get("location")
        if isinstance(location, Mapping):
            location = location.get("name")
        return cls(
            item_id=str(row["article_id"]),
            cameo=code,
            cameo_root=str(row.get("cameo_root") or root_of(code)),
            plover=row.get("plover") or None,
            source_country=source.get("country"),
            target_country=target.get("country"),
            source_sector=source.get("sector"),
            target_sector=target.get("sector"),
            modality=str(row.get("modality") or "asserted"),
            date=_date(row.get("date"), where=where),
            location=str(location) if location else None,
            reciprocal=bool(row.get("reciprocal", False)),
            sentence=str(row.get("sentence") or ""),
            trigger=str(row.get("trigger") or ""),
        )


def _date(value: Any, *, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise EvaluationError(f"{where}: bad date {value!r}") from exc
