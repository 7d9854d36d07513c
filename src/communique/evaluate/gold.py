"""Gold items and events: what the readers produce and what scoring compares predictions with.

Three formats are read (``read_gold`` detects which): PETRARCH validation XML, PLOVER gold-record
JSON, and communique's own gold JSONL (a file, or a directory of ``*.jsonl`` files).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from communique.errors import EvaluationError
from communique.evaluate._codes import symmetric_plover_types
from communique.ontology import is_symmetric_root

__all__ = ["GoldEvent", "GoldItem", "GoldSet", "Scheme", "read_gold"]

Scheme = Literal["cameo", "plover"]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event. A country of None means "unspecified": any predicted country fits.

    ``label`` is the CAMEO root for ``cameo`` items and the PLOVER type for ``plover`` items.
    """

    label: str
    source_country: str | None = None
    target_country: str | None = None
    cameo: str | None = None
    source_sector: str | None = None
    target_sector: str | None = None
    modality: str | None = None
    date: dt.date | None = None
    location: str | None = None
    evidence: str | None = None
    reciprocal: bool = False

    def symmetric(self, scheme: Scheme) -> bool:
        """True when direction does not matter: symmetric roots/types or a reciprocal event."""
        if self.reciprocal:
            return True
        if scheme == "cameo":
            return is_symmetric_root(self.label)
        return self.label in symmetric_plover_types()

    def describe(self) -> str:
        """A one-line human description ("IRN→RUS 04 [planned]")."""
        arrow = "↔" if self.reciprocal else "→"
        text = f"{self.source_country or '?'}{arrow}{self.target_country or '?'} {self.cameo or self.label}"
        return f"{text} [{self.modality}]" if self.modality and self.modality != "asserted" else text


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold sentence or article with its required and optional events.

    ``is_article`` items go through ``clean_document`` first; sentences are coded as they are.
    """

    id: str
    text: str
    events: tuple[GoldEvent, ...] = ()
    optional_events: tuple[GoldEvent, ...] = ()
    published: dt.date | None = None
    category: str | None = None
    scheme: Scheme = "cameo"
    is_article: bool = False
    origin: str = ""


@dataclass(frozen=True, slots=True)
class GoldSet:
    """Items read from a gold file or directory, plus notices about what was skipped."""

    items: tuple[GoldItem, ...]
    notices: tuple[str, ...] = field(default_factory=tuple)
    formats: tuple[str, ...] = ()


def read_gold(
    path: str | Path,
    *,
    shared_dir: str | Path | None = None,
    categories: Sequence[str] | None = None,
) -> GoldSet:
    """Read a gold file or a directory of communique gold JSONL files.

    Args:
        path: a ``.xml`` PETRARCH validation file, a ``.json`` PLOVER record array, a ``.jsonl``
            communique gold file, or a directory (every ``*.jsonl`` in it, sorted).
        shared_dir: where ``text_path`` entries of communique gold resolve (default: a ``shared``
            directory beside the repository that holds the gold file).
        categories: keep only items of these categories (PETRARCH ``category``; JSONL
            ``category``); None keeps all.

    Returns:
        The ``GoldSet``.

    Raises:
        EvaluationError: the path does not exist, or a file cannot be read or parsed.
    """
    # The readers build GoldItem/GoldEvent from this module, so they are imported at call time.
    from communique.evaluate import _jsonl, _petrarch, _plover

    gold = Path(path)
    if not gold.exists():
        raise EvaluationError(f"gold file not found: {gold}")
    if gold.is_dir():
        files = sorted(p for p in gold.glob("*.jsonl") if p.is_file())
        if not files:
            raise EvaluationError(f"{gold}: no *.jsonl gold files in this directory")
    else:
        files = [gold]
    wanted = {c.strip().upper() for c in categories if c.strip()} if categories else None
    items: list[GoldItem] = []
    notices: list[str] = []
    formats: list[str] = []
    for file in files:
        try:
            head = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise EvaluationError(f"cannot read gold file {file}: {exc}") from exc
        kind = _detect(file, head)
        formats.append(kind)
        if kind == "petrarch":
            read = _petrarch.parse_petrarch(head, origin=str(file), categories=wanted)
        elif kind == "plover":
            read = _plover.parse_plover(head, origin=str(file))
        else:
            base = Path(shared_dir) if shared_dir is not None else _default_shared(file)
            read = _jsonl.parse_jsonl(head, origin=str(file), shared_dir=base)
        items.extend(read.items)
        notices.extend(read.notices)
    if wanted is not None:
        items = [i for i in items if (i.category or "").upper() in wanted]
    _check_unique([i.id for i in items])
    return GoldSet(items=tuple(items), notices=tuple(notices), formats=tuple(dict.fromkeys(formats)))


def _detect(file: Path, text: str) -> str:
    suffix = file.suffix.lower()
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if suffix == ".xml" or start == "<":
        return "petrarch"
    if suffix == ".jsonl":
        return "jsonl"
    if start == "[":
        return "plover"
    if start == "{":
        return "jsonl"
    raise EvaluationError(f"{file}: unknown gold format (expected .xml, .json array or .jsonl)")


def _default_shared(file: Path) -> Path:
    # The team's convention: the shared material sits beside the repository checkout. The
    # repository is the nearest ancestor with a pyproject.toml; without one, beside the cwd.
    for parent in file.resolve().parents:
        if (parent / "pyproject.toml").is_file():
            return parent.parent / "shared"
    return Path.cwd().resolve().parent / "shared"


def _check_unique(ids: list[str]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise EvaluationError(f"gold item id {item_id!r} appears more than once")
        seen.add(item_id)
