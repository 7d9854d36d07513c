"""The knowledge base: named actors (people, organisations) with dated roles, looked up by name.

Three layers, highest precedence first: a user overrides file (``settings.actor_overrides``), the
starter tables shipped with the package, and records learned from the corpus (passed in by the
caller, e.g. from the store; this module never imports ``store``). A name is looked up exactly
(normalised), then by transliteration skeleton, then by rapidfuzz similarity of skeletons, the last
two only when the candidate's country and sector do not contradict what the text says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from communique.actors._normalise import name_key, skeleton, surname_of
from communique.actors._tables import organization_records, person_records, records_from_yaml
from communique.actors.records import ActorRecord
from communique.errors import InputError

__all__ = ["KnowledgeBase", "load_overrides"]

_OVERRIDE, _STARTER, _LEARNED = 0, 1, 2
# Ids of actors derived from the tables rather than named (countries, country sectors, collectives):
# the store persists them like any actor, but learning them would only add noise to the name index.
_GENERIC_ID = re.compile(r"^(?:[A-Z]{3}(?::[A-Z]{3})?|group:.*|UNK(?::.*)?)$")
# Countries whose names are written family name first in English news.
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM"})
# Similarity (0–100) of transliteration skeletons above which two person names are taken as one.
_FUZZY_CUTOFF = 90.0


def load_overrides(path: str | Path) -> tuple[ActorRecord, ...]:
    """Read a user overrides YAML file (a list of actor mappings; see ``ActorRecord.from_mapping``).

    Args:
        path: the file.

    Returns:
        Its records.

    Raises:
        InputError: the file cannot be read or is malformed.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read actor overrides: {exc}") from exc
    return records_from_yaml(text, origin=str(path))


class KnowledgeBase:
    """Named actors indexed by name, skeleton and surname, with layered precedence."""

    def __init__(
        self,
        *,
        overrides: Iterable[ActorRecord] = (),
        starter: Iterable[ActorRecord] = (),
        learned: Iterable[ActorRecord] = (),
    ) -> None:
        """Build the indices.

        Args:
            overrides: user records; they replace starter records with the same id or name.
            starter: the packaged records.
            learned: records seen in the corpus; they never shadow the other two layers.
        """
        self._records: dict[str, ActorRecord] = {}
        self._layer: dict[str, int] = {}
        self._by_key: dict[str, list[str]] = defaultdict(list)
        self._by_skeleton: dict[str, list[str]] = defaultdict(list)
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        self._first_words: set[str] = set()
        # Results of pure functions of (this knowledge base, arguments), e.g. phrase readings;
        # emptied whenever a record is added, so a cached answer never outlives what it read.
        self._memo: dict[object, object] = {}
        for layer, records in ((_OVERRIDE, overrides), (_STARTER, starter), (_LEARNED, learned)):
            for record in records:
                self._add(record, layer)

    @classmethod
    def load(cls, *, overrides_path: str | None = None, extra_records: Iterable[Any] = ()) -> KnowledgeBase:
        """Load the starter tables, the overrides file and extra (learned) records.

        Args:
            overrides_path: ``settings.actor_overrides`` (None: no overrides).
            extra_records: ``ActorRecord``s or plain mappings (see ``ActorRecord.from_mapping``).

        Returns:
            The knowledge base.
        """
        overrides = load_overrides(overrides_path) if overrides_path else ()
        return cls(
            overrides=overrides,
            starter=(*person_records(), *organization_records()),
            learned=_as_records(extra_records),
        )

    def _add(self, record: ActorRecord, layer: int) -> None:
        if record.id in self._records and self._layer[record.id] <= layer:
            return  # a higher-precedence layer already defines this id
        taken = [k for k in (name_key(n) for n in record.names) if self._claimed(k, layer)]
        if layer == _LEARNED and taken:
            return  # a learned actor may not shadow a name the curated layers define
        self._records[record.id] = record
        self._layer[record.id] = layer
        self._memo.clear()
        for name in record.names:
            key = name_key(name)
            self._index(self._by_key, key, record.id)
            self._first_words.add(re.split(r"[\s-]", key, maxsplit=1)[0])
            self._index(self._by_skeleton, skeleton(name), record.id)
        if record.kind == "person":
            self._index(self._by_surname, surname_of(record.name), record.id)
            if record.country in _FAMILY_NAME_FIRST:  # "Xi" is Xi Jinping's family name
                self._index(self._by_surname, name_key(record.name).split()[0], record.id)

    def _claimed(self, key: str, layer: int) -> bool:
        return any(self._layer.get(i, layer) < layer for i in self._by_key.get(key, ()))

    def _index(self, index: dict[str, list[str]], key: str, record_id: str) -> None:
        bucket = index[key]
        if record_id not in bucket:
            bucket.append(record_id)
            bucket.sort(key=lambda i: self._layer.get(i, _LEARNED))

    def learn(self, records: Iterable[Any]) -> int:
        """Add records learned from the corpus (lowest precedence).

        Args:
            records: ``ActorRecord``s or mappings with ``name`` and optionally ``id``, ``country``,
                ``sector``, ``role``, ``variants``, ``kind`` (store rows as they are). Table-derived
                actors ("IRN", "IRN:GOV", "group:IRN+RUS") are skipped.

        Returns:
            How many records were added.
        """
        before = len(self._records)
        for record in _as_records(records):
            if not _GENERIC_ID.match(record.id):  # "IRN", "IRN:GOV", "group:…" come from the tables
                self._add(record, _LEARNED)
        return len(self._records) - before

    @property
    def memo(self) -> dict[object, object]:
        """A cache for answers computed from this knowledge base, emptied whenever it changes.

        Returns:
            The cache (callers key it by their own function and arguments).
        """
        return self._memo

    def get(self, record_id: str) -> ActorRecord | None:
        """Return the record with this id.

        Args:
            record_id: an actor id ("person:sergei-lavrov", "IGO:EAEU").

        Returns:
            The record, or None.
        """
        return self._records.get(record_id)

    def __iter__(self) -> Iterator[ActorRecord]:
        return iter(self._records.values())

    def __len__(self) -> int:
        return len(self._records)

    def starts_name(self, word_key: str) -> bool:
        """Return True when some known name begins with this word.

        Args:
            word_key: a normalised word (``name_key`` of one word).

        Returns:
            Whether a multi-word name match can start here.
        """
        return word_key in self._first_words

    def exact(self, name: str) -> list[ActorRecord]:
        """Return the records one of whose names normalises to the same key as ``name``.

        Args:
            name: a name as written.

        Returns:
            The records, highest-precedence layer first.
        """
        return [self._records[i] for i in self._by_key.get(name_key(name), ())]

    def by_surname(self, surname: str, *, day: dt.date | None = None) -> ActorRecord | None:
        """Return the one person with this surname (active on ``day`` when several), else None.

        Args:
            surname: a single word as written ("Zarif").
            day: the article date.

        Returns:
            The record when the surname is unambiguous.
        """
        ids = self._by_surname.get(name_key(surname), [])
        if len(ids) > 1 and day is not None:
            ids = [i for i in ids if any(r.covers(day) for r in self._records[i].roles)]
        return self._records[ids[0]] if len(ids) == 1 else None

    def find(
        self,
        name: str,
        *,
        country: str | None = None,
        sector: str | None = None,
        role: str | None = None,
        day: dt.date | None = None,
        fuzzy: bool = True,
    ) -> ActorRecord | None:
        """Find the actor a name refers to.

        Args:
            name: the name as written.
            country: the country the text gives, if any (a contradicting candidate is refused).
            sector: the sector the text gives, if any (likewise, for variant matches).
            role: the office the text gives ("Foreign Minister"), if any: a variant match must
                have held it at some time.
            day: the article date, to prefer the candidate in office then.
            fuzzy: also try transliteration skeletons and rapidfuzz similarity.

        Returns:
            The best record, or None.
        """
        exact = self._pick(self.exact(name), country=None, sector=None, day=day)
        if exact is not None or not fuzzy:
            return exact
        skel = skeleton(name)
        if len(skel.replace(" ", "")) < 5:
            return None
        candidates = [self._records[i] for i in self._by_skeleton.get(skel, ())]
        candidates = [r for r in candidates if _held(r, role)]
        found = self._pick(candidates, country=country, sector=sector, day=day)
        if found is not None:
            return found
        choices = {key: ids for key, ids in self._by_skeleton.items() if " " in key or " " not in skel}
        match = process.extractOne(skel, list(choices), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if match is None:
            return None
        candidates = [
            self._records[i]
            for i in choices[match[0]]
            if self._records[i].kind == "person" and _held(self._records[i], role)
        ]
        return self._pick(candidates, country=country, sector=sector, day=day)

    def _pick(
        self,
        candidates: list[ActorRecord],
        *,
        country: str | None,
        sector: str | None,
        day: dt.date | None,
    ) -> ActorRecord | None:
        fitting = []
        for record in candidates:
            rec_country, rec_sector, _, _ = record.state_on(day)
            if country and rec_country and rec_country != country:
                continue
            if sector and rec_sector and rec_sector != sector:
                continue
            fitting.append(record)
        if len(fitting) > 1 and day is not None:
            active = [r for r in fitting if any(s.covers(day) for s in r.roles)]
            fitting = active or fitting
        return fitting[0] if fitting else None


def _held(record: ActorRecord, role: str | None) -> bool:
    """Whether the record ever held an office whose title contains every word of ``role``."""
    if not role or not record.roles:
        return True
    wanted = set(role.lower().split())
    return any(wanted <= set(spell.role.lower().replace("-", " ").split()) for spell in record.roles)


def _as_records(items: Iterable[Any]) -> list[ActorRecord]:
    out = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, ActorRecord):
            out.append(item)
        elif isinstance(item, Mapping):
            out.append(ActorRecord.from_mapping(item, origin=f"extra record #{number}"))
        else:
            raise InputError(f"extra record #{number}", f"expected a mapping, got {type(item).__name__}")
    return out
