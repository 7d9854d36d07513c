"""The batch functions that executors ship to worker processes.

They are small frozen dataclasses holding only the ``Settings``: pickling one costs a few hundred
bytes, and each worker process builds the ``Pipeline`` from the settings once (``worker_pipeline``
is cached per process) and reuses it for every batch it receives.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from communique.model import Article, ProcessedArticle
from communique.scale.parquet import write_partition
from communique.settings import Settings

if TYPE_CHECKING:  # the pipeline imports scale; import it lazily at run time
    from communique.pipeline import Pipeline

__all__ = ["BatchSummary", "CodingFailure", "ProcessBatch", "WriteParquet", "code_batch", "worker_pipeline"]

log = logging.getLogger(__name__)


@functools.cache
def worker_pipeline(settings: Settings) -> Pipeline:
    """Return this process's ``Pipeline`` for ``settings``, loading it on first use.

    Args:
        settings: the run's settings (hashable, frozen).

    Returns:
        The loaded pipeline, shared by every batch this process handles.
    """
    from communique.pipeline import Pipeline, stored_actor_records

    # Actors learned in earlier runs live in the run's database; each worker reads them once.
    return Pipeline(settings, extra_actor_records=stored_actor_records(settings.db))


@dataclass(frozen=True, slots=True)
class CodingFailure:
    """An article the pipeline failed on: reported as an error and not stored, so a later run
    (after a fix) codes it again."""

    article_id: str
    origin: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.origin or self.article_id}: coding failed: {self.message}"


def code_batch(pipeline: Pipeline, articles: Sequence[Article]) -> list[ProcessedArticle | CodingFailure]:
    """Run ``pipeline.process_many`` over a batch; an article that makes it fail is set apart.

    Args:
        pipeline: the loaded pipeline.
        articles: the batch.

    Returns:
        One result per article, in order: its ``ProcessedArticle``, or a ``CodingFailure``.
    """
    try:
        return list(pipeline.process_many(articles))
    except Exception:  # noqa: BLE001 - not swallowed: the articles are re-run one by one below
        log.info("a batch of %d articles failed; coding them one by one", len(articles))
    results: list[ProcessedArticle | CodingFailure] = []
    for article in articles:
        try:
            results.extend(pipeline.process_many([article]))
        except Exception as exc:  # one bad article must not stop a corpus: it is logged and reported
            log.warning("coding article %s failed", article.id, exc_info=True)
            results.append(CodingFailure(article.id, article.origin, f"{type(exc).__name__}: {exc}"))
    return results


@dataclass(frozen=True, slots=True)
class ProcessBatch:
    """Code a batch of articles and return the results to the caller (who stores them)."""

    settings: Settings

    def __call__(self, articles: Sequence[Article]) -> list[ProcessedArticle | CodingFailure]:
        """Run ``Pipeline.process_many`` over the batch.

        Args:
            articles: cleaned articles not yet stored.

        Returns:
            Their processed forms (or failures), in order.
        """
        return code_batch(worker_pipeline(self.settings), articles)


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a worker that wrote its results to Parquet reports back: counts, not data."""

    partition: str
    articles: int
    events: int
    skipped_language: int
    failures: tuple[CodingFailure, ...] = ()


@dataclass(frozen=True, slots=True)
class WriteParquet:
    """Code a batch of articles and write the results as a Parquet partition under ``directory``.

    ``directory`` must be reachable by every worker under the same path (a shared filesystem when
    workers run on several machines).
    """

    settings: Settings
    directory: str

    def __call__(self, articles: Sequence[Article]) -> BatchSummary:
        """Run ``Pipeline.process_many`` over the batch and write the partition.

        Args:
            articles: cleaned articles.

        Returns:
            The partition key and counts.
        """
        results = code_batch(worker_pipeline(self.settings), articles)
        processed = [r for r in results if isinstance(r, ProcessedArticle)]
        key = write_partition(processed, directory=Path(self.directory))
        return BatchSummary(
            partition=key,
            articles=len(processed),
            events=sum(len(p.events) for p in processed),
            skipped_language=sum(p.skipped_reason is not None for p in processed),
            failures=tuple(r for r in results if isinstance(r, CodingFailure)),
        )
