"""Picklable stand-in batch functions: test the executors' mechanics without loading spaCy."""

from __future__ import annotations

import os
import time


def square_all(batch: list[int]) -> list[int]:
    """Square every number of the batch."""
    return [n * n for n in batch]


def slow_first(batch: list[int]) -> list[int]:
    """Return the batch, taking longer for earlier batches so that they finish last."""
    time.sleep(max(0.0, 0.3 - 0.05 * batch[0]))
    return batch


def with_pid(batch: list[int]) -> tuple[int, list[int]]:
    """Return the worker's process id beside the batch."""
    time.sleep(0.05)
    return os.getpid(), batch


def fail_on_three(batch: list[int]) -> list[int]:
    """Raise on the batch that starts with 3."""
    if batch[0] == 3:
        raise ValueError("batch 3 is bad")
    return batch


class NoNlpPipeline:
    """Stands in for ``Pipeline`` where only the flow around NLP is under test: no events."""

    def process_many(self, articles: object) -> object:
        """Pass every article through uncoded."""
        from communique.model import ProcessedArticle

        return (ProcessedArticle(article=article) for article in articles)  # type: ignore[attr-defined]
