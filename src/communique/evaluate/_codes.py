"""Code tables for reading foreign gold formats: CAMEO actor codes and PLOVER type names.

The facts live in ``data/evaluate/codes.yaml``; this module loads them once and applies them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from communique.ontology import SYMMETRIC_ROOTS, plover_for

__all__ = ["ActorCode", "normalise_plover", "parse_cameo_actor", "symmetric_plover_types"]


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A CAMEO actor code read as communique's terms: country (None = unspecified) and sector."""

    country: str | None
    sector: str | None


@functools.cache
def _tables() -> dict[str, Any]:
    text = resources.files("communique").joinpath("data/evaluate/codes.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise TypeError("data/evaluate/codes.yaml must hold a mapping")
    return data


def parse_cameo_actor(code: str | None) -> ActorCode | None:
    """Split a CAMEO actor code ("IRQGOVMIL", "---REB", "IGOUNOMIL") into country and sector.

    CAMEO codes are runs of three letters: a country (ISO3) or non-state code first, then role
    codes. The first role code with a sector meaning gives the sector; regions, religions and
    organisation names that follow carry none.

    Args:
        code: the code as found in the gold file; empty or "---" alone means no actor.

    Returns:
        The ``ActorCode``, or None when the code names no actor at all.
    """
    text = (code or "").strip().upper()
    if not text or text == "---":
        return None
    tables = _tables()
    head, tail = text[:3], text[3:]
    country: str | None = None if head == "---" else tables["non_state"].get(head, head)
    sectors: dict[str, str] = tables["sectors"]
    sector = next(
        (sectors[tail[i : i + 3]] for i in range(0, len(tail), 3) if tail[i : i + 3] in sectors),
        None,
    )
    return ActorCode(country=country, sector=sector)


def normalise_plover(name: str | None) -> str | None:
    """Return today's PLOVER type for ``name`` (legacy names such as DEMAND mapped), None if unknown.

    Args:
        name: a PLOVER event type as written in a gold record (any case).

    Returns:
        The upper-case PLOVER type, or None for an empty or unknown name.
    """
    if not name:
        return None
    tables = _tables()
    upper = name.strip().upper()
    upper = tables["plover_legacy"].get(upper, upper)
    return upper if upper in tables["plover_types"] else None


@functools.cache
def symmetric_plover_types() -> frozenset[str]:
    """Return the PLOVER types of the symmetric CAMEO roots (AGREE, CONSULT, SUPPORT)."""
    return frozenset(t for t in (plover_for(root) for root in SYMMETRIC_ROOTS) if t is not None)
