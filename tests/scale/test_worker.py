from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator

from communique.model import Article, ProcessedArticle
from communique.pipeline import Pipeline
from communique.scale.worker import CodingFailure, ProcessBatch, WriteParquet, code_batch, worker_pipeline
from communique.settings import Settings


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, raw_text=text, origin=f"in.jsonl:{article_id}")


class FailsOn:
    """Stands in for Pipeline: fails on any batch holding an article with the given word."""

    def __init__(self, word: str) -> None:
        self.word = word
        self.calls = 0

    def process_many(self, articles: Iterable[Article]) -> Iterator[ProcessedArticle]:
        self.calls += 1
        batch = list(articles)
        if any(self.word in a.text for a in batch):
            raise ValueError(f"cannot code {self.word}")
        return iter([ProcessedArticle(article=a) for a in batch])


def test_code_batch_sets_apart_only_the_failing_article() -> None:
    batch = [_article("1", "fine"), _article("2", "bad text"), _article("3", "fine too")]
    results = code_batch(FailsOn("bad"), batch)  # type: ignore[arg-type]
    assert [type(r).__name__ for r in results] == ["ProcessedArticle", "CodingFailure", "ProcessedArticle"]
    failure = results[1]
    assert isinstance(failure, CodingFailure)
    assert str(failure) == "in.jsonl:2: coding failed: ValueError: cannot code bad"


def test_code_batch_runs_a_good_batch_once() -> None:
    pipeline = FailsOn("bad")
    results = code_batch(pipeline, [_article("1", "fine"), _article("2", "fine")])  # type: ignore[arg-type]
    assert len(results) == 2 and pipeline.calls == 1


def test_batch_functions_pickle_small(settings: Settings) -> None:
    # Sent with every task: they carry the settings only, never a loaded pipeline.
    assert len(pickle.dumps(ProcessBatch(settings))) < 2000
    assert len(pickle.dumps(WriteParquet(settings, "/tmp/out"))) < 2000


def test_worker_pipeline_is_loaded_once_per_settings(settings: Settings) -> None:
    first = worker_pipeline(settings)
    assert worker_pipeline(settings) is first
    assert first.prefilter is None  # the pre-filter is off by default


def test_pipeline_pickles_by_its_settings(settings: Settings) -> None:
    pipeline = worker_pipeline(settings)
    assert len(pickle.dumps(pipeline)) < 2000
    on = settings.replace(prefilter=True)
    rebuilt = pickle.loads(pickle.dumps(Pipeline(on)))
    assert rebuilt.settings == on and rebuilt.prefilter is not None
