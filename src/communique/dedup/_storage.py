"""Where ``DuplicateIndex`` keeps its LSH buckets: the ``IndexStorage`` protocol and its in-memory form.

The index itself holds nothing that grows with the corpus. Each article is filed under a few band
keys per signature kind (a band key is a stable 64-bit hash of one LSH band of its MinHash); a
query fetches the articles sharing any band key, with their stored signatures, and the index
checks the exact similarity. The store implements this protocol with a table, so memory stays
flat however many articles are stored; ``MemoryStorage`` serves tests and users without a store.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import NamedTuple, Protocol

import numpy as np

from communique.dedup._signature import HashValues

__all__ = ["BandKey", "Candidate", "IndexStorage", "MemoryStorage", "band_keys", "week_of"]


class BandKey(NamedTuple):
    """One bucket an article is filed under: the index kind (with its layout) and the band hash."""

    kind: str
    key: int


class Candidate(Protocol):
    """An article sharing a bucket with the query, as stored: what the exact check needs."""

    @property
    def article_id(self) -> str:
        """The article id."""
        ...

    @property
    def signature(self) -> bytes:
        """Its serialised ``Signature``."""
        ...

    @property
    def published(self) -> dt.date | None:
        """Its publication date."""
        ...

    @property
    def story_id(self) -> str:
        """Its story id."""
        ...


class _Entry(NamedTuple):
    article_id: str
    signature: bytes
    published: dt.date | None
    story_id: str


def week_of(day: dt.date | None) -> int | None:
    """The publication week (days since 0001-01-01 // 7) that story queries are restricted by.

    Args:
        day: a publication date, or None.

    Returns:
        The week number, or None for an undated article.
    """
    return None if day is None else day.toordinal() // 7


def band_keys(values: HashValues, *, bands: int, rows: int) -> list[int]:
    """The LSH band keys of one MinHash: a signed 64-bit hash of each band of ``rows`` values.

    Hand-written rather than datasketch's bucket keys: those are Python ``hash`` values of the band
    bytes, which change between processes, and these are stored. The band number is hashed in, so
    equal values in different bands are different buckets, as in an LSH with one table per band.

    Args:
        values: the ``NUM_PERM`` hash values.
        bands: the number of bands.
        rows: values per band.

    Returns:
        ``bands`` keys (signed, so they fit a SQL BIGINT).
    """
    data = np.asarray(values, dtype="<u4")
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(data[band * rows : (band + 1) * rows].tobytes(), digest_size=8)
        digest.update(band.to_bytes(2, "little"))
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return keys


class IndexStorage(Protocol):
    """The buckets and signatures behind a ``DuplicateIndex`` (``communique.store`` implements it)."""

    def story_of(self, article_id: str) -> str | None:
        """The story id of an indexed article, or None if the article is not indexed."""
        ...

    def candidates(
        self, kind: str, keys: Sequence[int], *, weeks: tuple[int, int] | None
    ) -> Sequence[Candidate]:
        """Indexed articles filed under any of ``keys`` of ``kind``.

        ``weeks`` (first, last) restricts them to articles published in those weeks or undated;
        None means every article.
        """
        ...

    def story_span(self, story_id: str) -> tuple[dt.date, dt.date] | None:
        """First and last publication date of a story's dated articles (None: none dated)."""
        ...

    def add(
        self,
        article_id: str,
        keys: Sequence[BandKey],
        *,
        signature: bytes,
        published: dt.date | None,
        story_id: str,
    ) -> None:
        """File an article under ``keys``; its signature, date and story become known with it.

        A store may take signature, date and story from the article row it saves itself.
        """
        ...

    def indexed_kinds(self) -> set[str]:
        """The kinds every stored article has been filed under (see ``DuplicateIndex``)."""
        ...

    def signed_articles(self) -> Iterator[Candidate]:
        """Every indexed article with its signature, in storage order (to file it under a new kind)."""
        ...

    def add_keys(self, rows: Sequence[tuple[BandKey, str, int | None]]) -> None:
        """File already indexed articles under more keys: (key, article id, publication week)."""
        ...

    def mark_indexed(self, kind: str) -> None:
        """Record that every stored article has been filed under ``kind``."""
        ...

    def unfiled(self) -> Iterator[Candidate]:
        """Articles another writer stored with a signature but without their keys."""
        ...

    def mark_filed(self, article_ids: Sequence[str]) -> None:
        """Record that ``unfiled`` articles have now been filed."""
        ...


class MemoryStorage:
    """``IndexStorage`` in this process's memory (grows with the articles added)."""

    def __init__(self) -> None:
        """Create an empty storage."""
        self._buckets: dict[BandKey, list[str]] = defaultdict(list)
        self._entries: dict[str, _Entry] = {}
        self._weeks: dict[str, int | None] = {}
        self._spans: dict[str, tuple[dt.date, dt.date]] = {}
        self._kinds: set[str] = set()

    def story_of(self, article_id: str) -> str | None:
        """See ``IndexStorage``."""
        entry = self._entries.get(article_id)
        return None if entry is None else entry.story_id

    def candidates(
        self, kind: str, keys: Sequence[int], *, weeks: tuple[int, int] | None
    ) -> Sequence[Candidate]:
        """See ``IndexStorage``."""
        found: set[str] = set()
        for key in keys:
            found.update(self._buckets.get(BandKey(kind, key), ()))
        result: list[Candidate] = []
        for article_id in found:
            week = self._weeks[article_id]
            if weeks is None or week is None or weeks[0] <= week <= weeks[1]:
                result.append(self._entries[article_id])
        return result

    def story_span(self, story_id: str) -> tuple[dt.date, dt.date] | None:
        """See ``IndexStorage``."""
        return self._spans.get(story_id)

    def add(
        self,
        article_id: str,
        keys: Sequence[BandKey],
        *,
        signature: bytes,
        published: dt.date | None,
        story_id: str,
    ) -> None:
        """See ``IndexStorage``."""
        if article_id in self._entries:
            return
        self._entries[article_id] = _Entry(article_id, signature, published, story_id)
        self._weeks[article_id] = week_of(published)
        self.add_keys([(key, article_id, None) for key in keys])
        if published is not None:
            first, last = self._spans.get(story_id, (published, published))
            self._spans[story_id] = (min(first, published), max(last, published))

    def indexed_kinds(self) -> set[str]:
        """See ``IndexStorage``."""
        return set(self._kinds)

    def signed_articles(self) -> Iterator[Candidate]:
        """See ``IndexStorage``."""
        return iter(list(self._entries.values()))

    def add_keys(self, rows: Sequence[tuple[BandKey, str, int | None]]) -> None:
        """See ``IndexStorage``."""
        for key, article_id, _week in rows:
            self._buckets[key].append(article_id)

    def mark_indexed(self, kind: str) -> None:
        """See ``IndexStorage``."""
        self._kinds.add(kind)

    def unfiled(self) -> Iterator[Candidate]:
        """See ``IndexStorage``: only this storage's index writes here, so there are none."""
        return iter(())

    def mark_filed(self, article_ids: Sequence[str]) -> None:
        """See ``IndexStorage`` (nothing to record)."""
