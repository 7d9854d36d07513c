"""Reader for communique's own gold JSONL: one article or sentence per line with its events.

Each line: ``id``, ``text`` (or ``text_path``, relative to the shared folder, so that outlet text
never enters the repository), ``published``, ``events`` (``cameo_root`` or ``cameo``,
``source_country``, ``target_country``, optional ``source_sector``, ``target_sector``,
``modality``, ``date``, ``location``, ``evidence``, ``reciprocal``) and ``optional_events``
(debatable events that count neither as misses nor as false alarms).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from communique.errors import EvaluationError
from communique.evaluate._dates import parse_gold_date
from communique.evaluate.gold import GoldEvent, GoldItem, GoldSet
from communique.model import MODALITIES
from communique.ontology import cameo_codes

__all__ = ["parse_jsonl"]

_EVENT_KEYS = frozenset(
    {
        "cameo_root",
        "cameo",
        "source_country",
        "target_country",
        "source_sector",
        "target_sector",
        "modality",
        "date",
        "location",
        "evidence",
        "reciprocal",
        "note",
    }
)


def parse_jsonl(text: str, *, origin: str, shared_dir: Path) -> GoldSet:
    """Parse a communique gold JSONL file.

    Args:
        text: the whole file.
        origin: the file name, for messages.
        shared_dir: the folder ``text_path`` entries are relative to; an entry whose file is not
            there is skipped with a notice.

    Returns:
        The ``GoldSet`` (scheme "cameo").

    Raises:
        EvaluationError: a line is not a JSON object or breaks the format (naming file and line).
    """
    items: list[GoldItem] = []
    notices: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{where}: not valid JSON: {exc}") from exc
        if not isinstance(record, Mapping):
            raise EvaluationError(f"{where}: each line must be a JSON object")
        item_text, is_article, notice = _text(record, where=where, shared_dir=shared_dir)
        if item_text is None:
            notices.append(notice or f"{where}: no text; skipped")
            continue
        items.append(
            GoldItem(
                id=_required_str(record, "id", where=where),
                text=item_text,
                events=_events(record.get("events", []), where=f"{where} events"),
                optional_events=_events(record.get("optional_events", []), where=f"{where} optional_events"),
                published=_date(record.get("published"), where=where),
                category=record.get("category"),
                scheme="cameo",
                is_article=is_article,
                origin=where,
            )
        )
    return GoldSet(items=tuple(items), notices=tuple(notices), formats=("jsonl",))


def _text(record: Mapping[str, Any], *, where: str, shared_dir: Path) -> tuple[str | None, bool, str | None]:
    kind = record.get("kind")
    if kind not in (None, "article", "sentence"):
        raise EvaluationError(f"{where}: kind must be 'article' or 'sentence', not {kind!r}")
    if isinstance(record.get("text"), str) and record["text"].strip():
        text: str = record["text"]
        return text, kind == "article" or (kind is None and "\n\n" in text.strip()), None
    rel = record.get("text_path")
    if not isinstance(rel, str) or not rel:
        raise EvaluationError(f"{where}: a line needs a 'text' or a 'text_path'")
    path = shared_dir / rel
    if not path.is_file():
        return None, True, f"{where}: {path} not found (shared folder absent?); item skipped"
    try:
        return path.read_text(encoding="utf-8"), kind != "sentence", None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{where}: cannot read {path}: {exc}") from exc


def _events(value: Any, *, where: str) -> tuple[GoldEvent, ...]:
    if not isinstance(value, list):
        raise EvaluationError(f"{where}: must be a list of events")
    return tuple(_event(e, where=f"{where}[{n}]") for n, e in enumerate(value))


def _event(value: Any, *, where: str) -> GoldEvent:
    if not isinstance(value, Mapping):
        raise EvaluationError(f"{where}: an event must be a JSON object")
    unknown = sorted(set(value) - _EVENT_KEYS)
    if unknown:
        raise EvaluationError(f"{where}: unknown field(s) {', '.join(unknown)}")
    code = str(value.get("cameo") or "").strip() or None
    root = str(value.get("cameo_root") or (code or "")[:2]).strip().zfill(2)
    if root not in cameo_codes() or len(root) != 2 or (code is not None and code[:2] != root):
        raise EvaluationError(f"{where}: cameo_root {value.get('cameo_root')!r} / cameo {code!r} invalid")
    modality = value.get("modality")
    if modality is not None and modality not in MODALITIES:
        raise EvaluationError(f"{where}: modality {modality!r} is not one of {', '.join(MODALITIES)}")
    return GoldEvent(
        label=root,
        cameo=code,
        source_country=_code(value.get("source_country"), where=where),
        target_country=_code(value.get("target_country"), where=where),
        source_sector=_code(value.get("source_sector"), where=where),
        target_sector=_code(value.get("target_sector"), where=where),
        modality=modality,
        date=_date(value.get("date"), where=where),
        location=value.get("location"),
        evidence=value.get("evidence"),
        reciprocal=bool(value.get("reciprocal", False)),
    )


def _code(value: Any, *, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise EvaluationError(f"{where}: actor codes are strings, not {value!r}")
    return value.strip().upper()


def _date(value: Any, *, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return parse_gold_date(value, where=where)
    except ValueError as exc:
        raise EvaluationError(f"{where}: bad date {value!r}") from exc


def _required_str(record: Mapping[str, Any], key: str, *, where: str) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value:
        raise EvaluationError(f"{where}: {key!r} must be a non-empty string")
    return value
