"""The CAMEO event ontology with Goldstein values, quad classes and PLOVER types.

Loaded once from the package's own ``data/cameo.tsv`` (see ``scripts/build_cameo_table.py`` for
where the facts come from). Every stage that needs a label, a Goldstein value or a PLOVER type for a
CAMEO code asks this module, so the facts live in exactly one place.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

__all__ = ["CameoCode", "cameo", "cameo_codes", "is_symmetric_root", "plover_for", "root_of"]

# Roots whose events are symmetric for scoring and dyads: who agreed/consulted/supported whom is
# usually mutual in news text (the evaluation issue defines these three).
SYMMETRIC_ROOTS = frozenset({"03", "04", "05"})


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code with its derived facts."""

    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None


@functools.cache
def cameo_codes() -> dict[str, CameoCode]:
    """Return every CAMEO code (2- to 4-digit) mapped to its ``CameoCode``, loaded once."""
    text = resources.files("communique").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t")
    table: dict[str, CameoCode] = {}
    for row in rows:
        table[row["code"]] = CameoCode(
            code=row["code"],
            root=row["root"],
            label=row["label"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=row["plover_context"] or None,
        )
    return table


def cameo(code: str) -> CameoCode:
    """Return the ``CameoCode`` for ``code``; unknown codes fall back to their root.

    Raises:
        KeyError: neither the code nor its root is a CAMEO code.
    """
    table = cameo_codes()
    if code in table:
        return table[code]
    return table[code[:2]]


def root_of(code: str) -> str:
    """Return the two-digit CAMEO root of a code ("0431" -> "04")."""
    return code[:2]


def plover_for(code: str) -> str | None:
    """Return the PLOVER event type for a CAMEO code (None for roots 01 and 02)."""
    return cameo(code).plover


def is_symmetric_root(root: str) -> bool:
    """True for roots where direction does not matter in scoring (03, 04, 05)."""
    return root in SYMMETRIC_ROOTS
