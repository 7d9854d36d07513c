"""The store's side of the near-duplicate/story index: buckets in ``dedup_bands``, not in memory.

``DedupTable`` implements ``communique.dedup``'s ``IndexStorage`` protocol structurally (store does
not import dedup's index, and dedup does not import store).

Band rows are written behind, ``_FLUSH`` articles at a time: each article files ~34 rows at random
places of the ``dedup_bands`` index, and committing them one article at a time dirtied ~34 index
pages per commit (measured: 20 000 synthetic articles took 181 s that way, 165 s written behind).
Until flushed, an article's keys are kept here (bounded memory) and answered from here; its row in
``dedup_unfiled``, written in the article's own transaction, lists it for the next index should the
process stop before the flush, so index and articles cannot disagree after a crash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Engine, delete, or_, select
from sqlalchemy.exc import SQLAlchemyError

from communique.errors import StoreError
from communique.store import schema as s
from communique.store._write import upsert

__all__ = ["DedupTable", "StoredCandidate", "file_article", "write_bands"]

_PAGE = 1000
_FLUSH = 500  # articles whose band rows are written together
T = TypeVar("T")


class StoredCandidate(NamedTuple):
    """An indexed article as the index needs it (the fields of ``communique.dedup.Candidate``)."""

    article_id: str
    signature: bytes
    published: dt.date | None
    story_id: str


class DedupTable:
    """``IndexStorage`` over a store's tables (see ``communique.dedup``)."""

    def __init__(self, engine: Engine) -> None:
        """Wrap the store's engine.

        Args:
            engine: the store's SQLAlchemy engine.
        """
        self._engine = engine
        # Keys of articles being assigned, until their save (one article at a time in practice).
        self._pending: dict[str, list[tuple[str, int]]] = {}
        # Saved articles whose band rows are not written yet: their rows, and key → (id, week).
        self._unflushed: list[dict[str, Any]] = []
        self._recent: dict[tuple[str, int], list[tuple[str, int | None]]] = {}
        self._recent_ids: set[str] = set()

    def story_of(self, article_id: str) -> str | None:
        """The story of a stored article that has a signature, or None.

        Args:
            article_id: the article id.

        Returns:
            Its story id (its own id when it has none), or None.
        """
        a = s.articles
        query = select(a.c.id, a.c.story_id).where(a.c.id == article_id, a.c.signature.is_not(None))
        row = self._run(lambda conn: conn.execute(query).first())
        return None if row is None else str(row.story_id or row.id)

    def candidates(
        self, kind: str, keys: Sequence[int], *, weeks: tuple[int, int] | None
    ) -> list[StoredCandidate]:
        """Stored articles filed under any of ``keys`` of ``kind`` (one indexed look-up).

        Args:
            kind: the index kind and layout.
            keys: band keys.
            weeks: (first, last) publication week, undated articles always included; None: all.

        Returns:
            The articles, with their signatures.
        """
        if not keys:
            return []
        b, a = s.dedup_bands, s.articles
        ids = select(b.c.article_id).where(b.c.kind == kind, b.c.band_key.in_(list(keys)))
        if weeks is not None:
            ids = ids.where(or_(b.c.week.between(*weeks), b.c.week.is_(None)))
        recent = {
            article_id
            for key in keys
            for article_id, week in self._recent.get((kind, key), ())
            if weeks is None or week is None or weeks[0] <= week <= weeks[1]
        }
        found = or_(a.c.id.in_(ids), a.c.id.in_(recent)) if recent else a.c.id.in_(ids)
        query = select(a.c.id, a.c.signature, a.c.published, a.c.story_id).where(
            found, a.c.signature.is_not(None)
        )
        rows = self._run(lambda conn: conn.execute(query).all())
        return [_candidate(row) for row in rows]

    def story_span(self, story_id: str) -> tuple[dt.date, dt.date] | None:
        """First and last publication date of a story, or None when none of it is dated.

        Args:
            story_id: the story id.

        Returns:
            (first, last), or None.
        """
        st = s.stories
        query = select(st.c.first_published, st.c.last_published).where(st.c.id == story_id)
        row = self._run(lambda conn: conn.execute(query).first())
        if row is None or row.first_published is None or row.last_published is None:
            return None
        return row.first_published, row.last_published

    def add(
        self,
        article_id: str,
        keys: Sequence[tuple[str, int]],
        *,
        signature: bytes,
        published: dt.date | None,
        story_id: str,
    ) -> None:
        """Hold an article's band keys until ``Store.save`` writes them with the article row.

        Signature, date and story are not kept: the article row carries them.

        Args:
            article_id: the article id.
            keys: (kind, band key) pairs.
            signature: unused (stored with the article).
            published: unused (stored with the article).
            story_id: unused (stored with the article).
        """
        self._pending[article_id] = [(kind, key) for kind, key in keys]

    def take_pending(self, article_id: str, published: dt.date | None) -> list[dict[str, Any]]:
        """The ``dedup_bands`` rows of an article about to be saved (forgotten as pending).

        Args:
            article_id: the article id.
            published: its publication date.

        Returns:
            Rows for ``dedup_bands``; hand them to ``saved`` once the article is committed.
        """
        week = None if published is None else published.toordinal() // 7
        keys = self._pending.pop(article_id, [])
        unique = dict.fromkeys(keys)  # two bands may (rarely) hash alike: one row
        return [{"kind": k, "band_key": key, "article_id": article_id, "week": week} for k, key in unique]

    def saved(self, rows: list[dict[str, Any]]) -> None:
        """Take the band rows of a committed article; they are written with the next flush.

        Args:
            rows: from ``take_pending``.
        """
        if not rows:
            return
        self._unflushed.extend(rows)
        self._recent_ids.add(rows[0]["article_id"])
        for row in rows:
            self._recent.setdefault((row["kind"], row["band_key"]), []).append(
                (row["article_id"], row["week"])
            )
        if len(self._recent_ids) >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        """Write the band rows of saved articles and take them off ``dedup_unfiled``, in one transaction."""
        if not self._unflushed:
            return
        rows, ids = self._unflushed, sorted(self._recent_ids)
        u = s.dedup_unfiled

        def write(conn: Connection) -> None:
            for start in range(0, len(rows), _PAGE):
                write_bands(conn, rows[start : start + _PAGE])
            for start in range(0, len(ids), _PAGE):
                conn.execute(delete(u).where(u.c.article_id.in_(ids[start : start + _PAGE])))

        self._write(write)
        self._unflushed, self._recent, self._recent_ids = [], {}, set()

    def indexed_kinds(self) -> set[str]:
        """The layouts every stored article has been filed under.

        Returns:
            Kind names.
        """
        return self._run(lambda conn: {str(r[0]) for r in conn.execute(select(s.dedup_kinds.c.kind))})

    def signed_articles(self) -> Iterator[StoredCandidate]:
        """Every stored article with a signature, in storage order, a page per connection.

        Pages (not one long cursor) so that the caller may write between them on SQLite.

        Returns:
            An iterator of articles.
        """
        a = s.articles
        last = 0
        while True:
            query = (
                select(a.c.pk, a.c.id, a.c.signature, a.c.published, a.c.story_id)
                .where(a.c.signature.is_not(None), a.c.pk > last)
                .order_by(a.c.pk)
                .limit(_PAGE)
            )
            rows = self._run(_fetch_all(query))
            if not rows:
                return
            last = rows[-1].pk
            yield from (_candidate(row) for row in rows)

    def add_keys(self, rows: Sequence[tuple[tuple[str, int], str, int | None]]) -> None:
        """File stored articles under more keys.

        Args:
            rows: ((kind, band key), article id, publication week).
        """
        unique = {(kind, key, article_id): week for (kind, key), article_id, week in rows}
        values = [{"kind": k, "band_key": b, "article_id": i, "week": w} for (k, b, i), w in unique.items()]

        def insert(conn: Connection) -> None:
            # Pages keep each statement under SQLite's limit on bound parameters.
            for start in range(0, len(values), _PAGE):
                write_bands(conn, values[start : start + _PAGE])

        self._write(insert)

    def mark_indexed(self, kind: str) -> None:
        """Record that every stored article is filed under ``kind``.

        Args:
            kind: the kind name.
        """
        self._write(lambda conn: upsert(conn, s.dedup_kinds, [{"kind": kind}], keys=["kind"]))

    def unfiled(self) -> Iterator[StoredCandidate]:
        """Articles saved with a signature but without band keys (by another kind of index).

        Returns:
            An iterator over at most one page of them, oldest first.
        """
        a, u = s.articles, s.dedup_unfiled
        query = (
            select(a.c.id, a.c.signature, a.c.published, a.c.story_id)
            .join(u, u.c.article_id == a.c.id)
            .where(a.c.signature.is_not(None))
            .order_by(a.c.pk)
            .limit(_PAGE)
        )
        return iter([_candidate(row) for row in self._run(_fetch_all(query))])

    def mark_filed(self, article_ids: Sequence[str]) -> None:
        """Forget articles listed by ``unfiled`` (their keys are now written).

        Args:
            article_ids: article ids.
        """
        u = s.dedup_unfiled
        ids = list(article_ids)

        def forget(conn: Connection) -> None:
            for start in range(0, len(ids), _PAGE):
                conn.execute(delete(u).where(u.c.article_id.in_(ids[start : start + _PAGE])))

        self._write(forget)

    def _run(self, work: Callable[[Connection], T]) -> T:
        try:
            with self._engine.connect() as conn:
                return work(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read the dedup index: {exc}") from exc

    def _write(self, work: Callable[[Connection], None]) -> None:
        try:
            with self._engine.begin() as conn:
                work(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write the dedup index: {exc}") from exc


def _fetch_all(query: Any) -> Callable[[Connection], Sequence[Any]]:
    # A closure per query (a lambda in a loop would see the loop's last query).
    return lambda conn: conn.execute(query).all()


def _candidate(row: Any) -> StoredCandidate:
    return StoredCandidate(str(row.id), bytes(row.signature), row.published, str(row.story_id or row.id))


def write_bands(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert band rows inside the caller's transaction (a re-run's duplicates are ignored).

    Args:
        conn: the transaction.
        rows: from ``DedupTable.take_pending``.
    """
    upsert(conn, s.dedup_bands, rows, keys=["kind", "band_key", "article_id"])


def file_article(conn: Connection, article_id: str, *, signed: bool) -> None:
    """List a saved article in ``dedup_unfiled`` until its band rows are written (flush or next index).

    Args:
        conn: the article's transaction.
        article_id: the article id.
        signed: whether the article has a signature (unsigned ones are never filed).
    """
    if signed:
        upsert(conn, s.dedup_unfiled, [{"article_id": article_id}], keys=["article_id"])
