"""How the event tests read coded events: one tuple per event, compared as sets."""

from __future__ import annotations

from collections.abc import Iterable

from communique.model import Event

Coded = tuple[str, str | None, str | None]
CodedWithModality = tuple[str, str | None, str | None, str]


def coded(events: Iterable[Event]) -> set[Coded]:
    """Return ``(CAMEO code, source country, target country)`` of each event (None: no such side)."""
    return {
        (e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


def coded_with_modality(events: Iterable[Event]) -> set[CodedWithModality]:
    """Return ``(CAMEO code, source country, target country, modality)`` of each event."""
    return {
        (e.cameo, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
        for e in events
    }
