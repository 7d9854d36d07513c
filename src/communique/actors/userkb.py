"""The user knowledge-base file (YAML): read, write, merge and split actors, import Wikidata/CSV.

The file named by ``settings.actor_overrides`` takes precedence over the starter tables. Merging
and splitting never edit the packaged tables: they write the changed actors into the user file,
where they shadow the starter records of the same id (see ``KnowledgeBase``).

Import formats:

* Wikidata SPARQL results JSON (``{"head": {"vars": …}, "results": {"bindings": […]}}``) with
  variables ``item`` (entity URI; required), ``itemLabel`` (name; required), and optionally
  ``country`` (ISO3 code, e.g. from P298), ``positionLabel`` (role), ``start``, ``end`` (dates of
  the position, P580/P582), ``sector``, ``altLabel`` / ``variants`` ("|" or "," separated). Rows
  of one item are merged (one role per row).
* CSV with a header: ``name`` (required), ``id``, ``country``, ``sector``, ``kind``, ``role``,
  ``start``, ``end``, ``variants`` ("|" separated), ``source``. Rows with the same id (or name)
  are merged.

A missing sector is inferred from the role through the title lexicon ("Foreign Minister" → GOV).

The user file is a YAML list; each actor has a ``name`` and optionally an ``id``, ``country``
(ISO3, IGO, NGO, MNC), ``sector``, ``kind``, ``variants``, dated ``roles`` and a ``source``::

    - id: person:sergei-lavrov          # same id as a starter actor: replaces it
      name: Sergei Lavrov
      country: RUS
      variants: [Sergey Lavrov, S. Lavrov]
      roles:
        - {role: Foreign Minister, sector: GOV, start: 2004-03-09}
    - name: Ayesha Rahmani              # a new actor; id derived from the name
      country: AFG
      roles: [[Ambassador, GOV, 2020-01-01, null]]
      source: ministry press release, 2020
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from communique.actors._normalise import name_key, slug
from communique.actors.knowledge import KnowledgeBase, load_overrides
from communique.actors.phrase import read_phrase, split_words
from communique.actors.records import ActorRecord
from communique.errors import InputError

__all__ = ["import_file", "merge_actors", "read_user_kb", "split_actor", "write_user_kb"]


def read_user_kb(path: str | Path) -> list[ActorRecord]:
    """Read the user KB file; a file that does not exist yet is an empty KB.

    Args:
        path: the YAML file.

    Returns:
        Its records, in file order.
    """
    return list(load_overrides(path)) if Path(path).exists() else []


def write_user_kb(path: str | Path, records: Iterable[ActorRecord]) -> None:
    """Write records to the user KB file (replacing it), in a stable, diff-friendly order.

    Args:
        path: the YAML file (parent directories are created).
        records: the records to keep.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = [r.to_mapping() for r in records]
    header = "# communique user actor knowledge base (takes precedence over the built-in tables)\n"
    target.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _upsert(records: list[ActorRecord], new: ActorRecord) -> list[ActorRecord]:
    out = [r for r in records if r.id != new.id]
    out.append(new)
    return out


def _lookup(kb: KnowledgeBase, ref: str) -> ActorRecord:
    record = kb.get(ref) or kb.find(ref, fuzzy=False)
    if record is None:
        raise InputError(ref, "no such actor in the knowledge base (give an id or an exact name)")
    return record


def merge_actors(path: str | Path, keep: str, absorb: str, *, kb: KnowledgeBase) -> ActorRecord:
    """Make ``absorb``'s names variants of ``keep`` (one actor known under two entries).

    Args:
        path: the user KB file to write.
        keep: id or name of the actor that stays.
        absorb: id or name of the actor whose names move over; it is removed from the user file
            (a starter record stays in the package but its names now resolve to ``keep``).
        kb: the knowledge base (starter + user file) to find both in.

    Returns:
        The merged record, as written.

    Raises:
        InputError: either actor is unknown, or both are the same.
    """
    a, b = _lookup(kb, keep), _lookup(kb, absorb)
    if a.id == b.id:
        raise InputError(absorb, f"{keep!r} and {absorb!r} are the same actor ({a.id})")
    names = {name_key(n) for n in a.names}
    extra = tuple(n for n in b.names if name_key(n) not in names)
    merged = replace(a, variants=(*a.variants, *extra), roles=a.roles or b.roles)
    records = [r for r in read_user_kb(path) if r.id != b.id]
    write_user_kb(path, _upsert(records, merged))
    return merged


def split_actor(
    path: str | Path, actor: str, variant: str, *, kb: KnowledgeBase, new_id: str | None = None
) -> tuple[ActorRecord, ActorRecord]:
    """Move one variant name out of an actor into an actor of its own.

    Args:
        path: the user KB file to write.
        actor: id or name of the actor that holds the variant.
        variant: the name to move out (must be one of its variants, not its canonical name).
        kb: the knowledge base to find the actor in.
        new_id: id of the new actor (default: derived from the variant).

    Returns:
        The reduced actor and the new one, as written.

    Raises:
        InputError: the actor is unknown or does not have that variant.
    """
    a = _lookup(kb, actor)
    key = name_key(variant)
    if key not in {name_key(v) for v in a.variants}:
        raise InputError(variant, f"{a.id} has no variant {variant!r} (variants: {', '.join(a.variants)})")
    reduced = replace(a, variants=tuple(v for v in a.variants if name_key(v) != key))
    prefix = "person" if a.kind == "person" else "org"
    new = ActorRecord(
        id=new_id or f"{prefix}:{slug(variant)}",
        name=variant,
        country=a.country,
        sector=a.sector,
        kind=a.kind,
        source=f"split from {a.id}",
    )
    if kb.get(new.id) is not None and new.id != a.id:
        raise InputError(new.id, "an actor with this id already exists; pass another id")
    records = _upsert(_upsert(read_user_kb(path), reduced), new)
    write_user_kb(path, records)
    return reduced, new


def import_file(source: str | Path, *, kb: KnowledgeBase, fmt: str | None = None) -> list[ActorRecord]:
    """Read a Wikidata SPARQL JSON or CSV export into records (see the module docstring).

    Args:
        source: the file.
        kb: used to infer sectors from role titles.
        fmt: "json" or "csv" (default: from the file suffix).

    Returns:
        One record per distinct actor.

    Raises:
        InputError: the file is unreadable or lacks the required fields.
    """
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc
    kind = fmt or ("json" if path.suffix.lower() == ".json" else "csv")
    if kind == "json":
        rows = _sparql_rows(text, origin=str(path))
    elif kind == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
    else:
        raise InputError(str(path), f"unknown import format {kind!r} (json or csv)")
    return _group(rows, kb=kb, origin=str(path), wikidata=kind == "json")


def _sparql_rows(text: str, *, origin: str) -> list[dict[str, str]]:
    try:
        data = json.loads(text)
        bindings = data["results"]["bindings"]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(origin, f"not a SPARQL results JSON: {exc}") from exc
    rows = []
    for binding in bindings:
        rows.append({k: str(v.get("value", "")) for k, v in binding.items() if isinstance(v, dict)})
    return rows


def _group(
    rows: Sequence[dict[str, Any]], *, kb: KnowledgeBase, origin: str, wikidata: bool
) -> list[ActorRecord]:
    grouped: dict[str, dict[str, Any]] = {}
    for number, row in enumerate(rows, start=2 if not wikidata else 1):
        name = (row.get("itemLabel") if wikidata else row.get("name")) or ""
        if not name.strip():
            raise InputError(f"{origin}:{number}", "row without a name")
        if wikidata:
            qid = str(row.get("item", "")).rsplit("/", 1)[-1]
            ident = f"wd:{qid}" if qid else f"person:{slug(name)}"
        else:
            ident = row.get("id") or f"{row.get('kind') or 'person'}:{slug(name)}".replace(
                "organization:", "org:"
            )
        entry = grouped.setdefault(
            ident,
            {
                "id": ident,
                "name": name.strip(),
                "country": row.get("country") or None,
                "kind": row.get("kind") or "person",
                "variants": [],
                "roles": [],
                "source": row.get("source") or ("Wikidata" if wikidata else f"import: {Path(origin).name}"),
            },
        )
        raw_variants = row.get("altLabel") or row.get("variants") or ""
        for variant in raw_variants.replace(",", "|").split("|"):
            if variant.strip() and variant.strip() not in entry["variants"]:
                entry["variants"].append(variant.strip())
        role = row.get("positionLabel") if wikidata else row.get("role")
        sector = (row.get("sector") or "").upper() or _infer_sector(role, kb=kb)
        if role and sector:
            spell = [role, sector, row.get("start") or None, row.get("end") or None]
            if spell not in entry["roles"]:
                entry["roles"].append(spell)
        elif sector and not entry.get("sector"):
            entry["sector"] = sector
    return [ActorRecord.from_mapping(e, origin=f"{origin}:{e['id']}") for e in grouped.values()]


def _infer_sector(role: str | None, *, kb: KnowledgeBase) -> str | None:
    if not role:
        return None
    reading = read_phrase(split_words(role), kb=kb)
    return reading.sector if reading is not None else None
