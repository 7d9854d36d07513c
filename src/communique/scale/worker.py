"""The batch functions that executors ship to worker processes.

They are small frozen dataclasses holding only the ``Settings``: pickling one costs a few hundred
bytes, and each worker process builds the ``Pipeline`` from the settings once (``worker_pipeline``
is cached per process) and reuses it for every batch it receives.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from communique.model import Article, ProcessedArticle
from communique.scale.parquet import write_partition
from communique.settings import Settings

if TYPE_CHECKING:  # the pipeline imports scale; import it lazily at run time
    from communique.pipeline import Pipeline

__all__ = ["BatchSummary", "ProcessBatch", "WriteParquet", "worker_pipeline"]


@functools.cache
def worker_pipeline(settings: Settings) -> Pipeline:
    """Return this process's ``Pipeline`` for ``settings``, loading it on first use.

    Args:
        settings: the run's settings (hashable, frozen).

    Returns:
        The loaded pipeline, shared by every batch this process handles.
    """
    from communique.pipeline import Pipeline

    return Pipeline(settings)


@dataclass(frozen=True, slots=True)
class ProcessBatch:
    """Code a batch of articles and return the results to the caller (who stores them)."""

    settings: Settings

    def __call__(self, articles: Sequence[Article]) -> list[ProcessedArticle]:
        """Run ``Pipeline.process_many`` over the batch.

        Args:
            articles: cleaned articles not yet stored.

        Returns:
            Their processed forms, in order.
        """
        return list(worker_pipeline(self.settings).process_many(articles))


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a worker that wrote its results to Parquet reports back: counts, not data."""

    partition: str
    articles: int
    events: int
    skipped_language: int


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
        processed = list(worker_pipeline(self.settings).process_many(articles))
        key = write_partition(processed, directory=Path(self.directory))
        return BatchSummary(
            partition=key,
            articles=len(processed),
            events=sum(len(p.events) for p in processed),
            skipped_language=sum(p.skipped_reason is not None for p in processed),
        )
