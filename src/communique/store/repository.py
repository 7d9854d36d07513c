"""``Store``: the one class through which the pipeline reads and writes the database."""

from __future__ import annotations

import copy
import datetime as dt
import threading
import uuid
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, exists, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from communique.errors import StoreError
from communique.model import ProcessedArticle
from communique.store import schema as s
from communique.store._dedup import DedupTable, file_article
from communique.store._write import upsert, write_article
from communique.store.engine import open_engine

__all__ = ["DEFAULT_DB", "Store"]

DEFAULT_DB = "data/communique.db"
_MEMO_SIZE = 256
T = TypeVar("T")


class Store:
    """A communique database: SQLite file or PostgreSQL server, migrated on first use.

    Each ``save`` is one transaction, so an interrupted ingest leaves only whole articles behind
    and a re-run (which skips stored ids) ends with exactly the data of an uninterrupted run.
    """

    def __init__(self, url: str = DEFAULT_DB, *, story_window_days: int = 3) -> None:
        """Open (and if needed create and migrate) the database.

        Args:
            url: a SQLite path, a ``sqlite:///`` URL or a ``postgresql://`` URL.
            story_window_days: reports of one dyad/CAMEO root in one story this many days apart
                or less are linked to one canonical event.

        Raises:
            StoreError: the database cannot be opened or migrated.
        """
        self.url = url
        self.engine: Engine = open_engine(url)
        self.story_window_days = story_window_days
        self._run_id: str | None = None
        self._memo: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}
        self._memo_lock = threading.Lock()
        # The near-duplicate/story index's storage (``communique.dedup.IndexStorage``): its band
        # keys are written by ``save`` with each article, so no index is held in memory.
        self.dedup_storage = DedupTable(self.engine)

    @property
    def dialect(self) -> str:
        """The backend name: "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """Yield a read connection (the query layer's entry point).

        Returns:
            A context manager over a SQLAlchemy ``Connection``.
        """
        with self.engine.connect() as conn:
            yield conn

    def memo(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """Return a memoised aggregate while the data is unchanged, else compute it again.

        Whole-corpus aggregates (stats, top dyads) scan every event; the dashboard asks for them
        on each page view. Rows are only ever added, so the highest article and event keys (two
        index look-ups) tell whether anything changed — also when another process wrote.

        Args:
            key: identifies the query and its arguments (hashable).
            compute: computes the value when the memo is missing or stale.

        Returns:
            A private copy of the value (callers may mutate it).
        """
        try:
            hash(key)
        except TypeError:  # e.g. a filter built with lists: correct, just not memoisable
            return compute()
        with self.engine.connect() as conn:
            version = tuple(
                conn.execute(
                    select(
                        select(func.max(s.articles.c.pk)).scalar_subquery(),
                        select(func.max(s.events.c.pk)).scalar_subquery(),
                    )
                ).one()
            )
        with self._memo_lock:
            hit = self._memo.get(key)
        if hit is not None and hit[0] == version:
            return copy.deepcopy(hit[1])  # type: ignore[no-any-return]
        value = compute()
        with self._memo_lock:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = (version, value)
        return copy.deepcopy(value)

    def has_article(self, article_id: str) -> bool:
        """True when an article with this id is stored.

        Args:
            article_id: the article id.

        Returns:
            Whether it is stored.
        """
        with self.engine.connect() as conn:
            return bool(conn.execute(select(exists().where(s.articles.c.id == article_id))).scalar())

    def known_sources(self, ids: Collection[str]) -> set[tuple[str, str, str]]:
        """The (article id, source, url) triples stored for those of ``ids`` that are stored.

        One query for a whole batch, where ``has_article`` would be one per article.

        Args:
            ids: article ids.

        Returns:
            The triples (source and url "" when absent); ids not stored have none.
        """
        if not ids:
            return set()
        t = s.article_sources
        query = select(t.c.article_id, t.c.source, t.c.url).where(t.c.article_id.in_(set(ids)))
        try:
            with self.engine.connect() as conn:
                return {(str(r[0]), str(r[1]), str(r[2])) for r in conn.execute(query)}
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot look up stored articles: {exc}") from exc

    def add_source(self, article_id: str, *, source: str | None, url: str | None) -> None:
        """Record another source/url that an already stored article arrived with.

        Args:
            article_id: a stored article id (unknown ids are ignored: nothing to attach to).
            source: the source name of the duplicate copy.
            url: its URL.
        """
        try:
            with self.engine.begin() as conn:
                if not conn.execute(select(exists().where(s.articles.c.id == article_id))).scalar():
                    return
                upsert(
                    conn,
                    s.article_sources,
                    [{"article_id": article_id, "source": source or "", "url": url or ""}],
                    keys=["article_id", "source", "url"],
                )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot record source of article {article_id}: {exc}") from exc

    def save(self, processed: ProcessedArticle) -> bool:
        """Store an article with all its mentions, events and quotes in one transaction.

        Args:
            processed: the pipeline's output for one article.

        Returns:
            True if it was written; False if an article with the same id was already stored.

        Raises:
            StoreError: the write failed (nothing of the article is left behind).
        """
        article_id = processed.article.id
        bands = self.dedup_storage.take_pending(article_id, processed.article.published)
        try:
            run_id = self._ensure_run()
            with self.engine.begin() as conn:
                if conn.execute(select(exists().where(s.articles.c.id == article_id))).scalar():
                    return False
                write_article(conn, processed, run_id=run_id, window_days=self.story_window_days)
                signed = processed.dedup is not None and bool(processed.dedup.signature)
                file_article(conn, article_id, signed=signed)
                conn.execute(
                    s.runs.update().where(s.runs.c.id == run_id).values(articles=s.runs.c.articles + 1)
                )
        except IntegrityError as exc:
            # Another writer stored the same id between our check and our insert.
            if self.has_article(article_id):
                return False
            raise StoreError(f"cannot store article {article_id}: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store article {article_id}: {exc}") from exc
        self.dedup_storage.saved(bands)
        return True

    def _ensure_run(self) -> str:
        # The run row gets its own transaction: a failed first save must not roll it back while
        # this object still remembers its id.
        if self._run_id is None:
            run_id = str(uuid.uuid4())
            with self.engine.begin() as conn:
                conn.execute(
                    s.runs.insert().values(id=run_id, started_at=dt.datetime.now(dt.UTC), articles=0)
                )
            self._run_id = run_id
        return self._run_id

    def dedup_signatures(self) -> Iterator[tuple[str, bytes, dt.date | None, str]]:
        """Yield (article id, MinHash signature, published, story id) of every signed article.

        Returns:
            An iterator in storage order, for ``DuplicateIndex.load``.
        """
        a = s.articles
        query = (
            select(a.c.id, a.c.signature, a.c.published, a.c.story_id)
            .where(a.c.signature.is_not(None))
            .order_by(a.c.pk)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query.execution_options(yield_per=1000)):
                yield row.id, bytes(row.signature), row.published, row.story_id or row.id

    def close(self) -> None:
        """Mark the ingestion run finished and release every connection."""
        try:
            self.dedup_storage.flush()
            if self._run_id is not None:
                with self.engine.begin() as conn:
                    conn.execute(
                        s.runs.update()
                        .where(s.runs.c.id == self._run_id)
                        .values(finished_at=dt.datetime.now(dt.UTC))
                    )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot close ingestion run: {exc}") from exc
        finally:
            self._run_id = None
            self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
