"""The orchestrator: reads top to bottom, one numbered step per stage.

``Pipeline`` turns cleaned ``Article``s into ``ProcessedArticle``s (nlp → actors → events);
``ingest`` runs the whole flow from input paths to the store. Stages never import ``store``;
only this module and the CLI/API connect them.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from communique.actors import ActorResolver
from communique.clean import clean_document
from communique.dedup import DuplicateIndex
from communique.errors import CommuniqueError, InputError
from communique.events import EventCoder
from communique.ingest import DocumentDefaults, read_documents
from communique.model import Article, ProcessedArticle, RawDocument
from communique.nlp import load_pipeline
from communique.settings import Settings

__all__ = ["IngestReport", "Pipeline", "ingest"]

log = logging.getLogger(__name__)


class Pipeline:
    """nlp → actors → events over cleaned articles. Picklable by settings (see ``scale``)."""

    def __init__(self, settings: Settings, *, nlp: Language | None = None) -> None:
        """Load the spaCy pipeline and the actor and event stages.

        Args:
            settings: the run's settings.
            nlp: a pipeline to use instead of loading one (tests share one); the actor stage
                adds its entity ruler to it.
        """
        self.settings = settings
        self.nlp = nlp if nlp is not None else load_pipeline(settings.spacy_model, fresh=True)
        self.actors = ActorResolver(settings=settings)
        self.actors.install(self.nlp)
        self.events = EventCoder(settings=settings)

    def __reduce__(self) -> tuple[type[Pipeline], tuple[Settings]]:
        # Rebuild from settings in the worker instead of pickling a loaded spaCy pipeline.
        return (Pipeline, (self.settings,))

    def process(self, article: Article) -> ProcessedArticle:
        """Code one article; see ``process_many``."""
        return next(iter(self.process_many([article])))

    def process_many(self, articles: Iterable[Article]) -> Iterator[ProcessedArticle]:
        """Run nlp, actor resolution and event coding over a stream of articles.

        Args:
            articles: cleaned articles; non-English ones pass through uncoded.

        Returns:
            An iterator of ``ProcessedArticle`` in input order.
        """
        codable, passthrough = itertools.tee(articles)
        english = (a for a in codable if a.language == "en")
        docs = self.nlp.pipe((a.text for a in english), batch_size=self.settings.batch_size)
        for article in passthrough:
            if article.language != "en":
                yield ProcessedArticle(article=article, skipped_reason=f"language {article.language}")
                continue
            doc = next(docs)
            # 1. Actors first: events need resolved participants.
            mentions = self.actors.resolve(doc, article)
            # 2. Events and quotes from the parse plus the mentions.
            events, quotes = self.events.code(doc, article, mentions)
            yield ProcessedArticle(article=article, mentions=mentions, events=events, quotes=quotes)


@dataclass
class IngestReport:
    """Counts of one ingest run, and the errors met (each naming its file/line)."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    skipped_language: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """Return the counts as a plain dict (for JSON output)."""
        return {
            "read": self.read,
            "stored": self.stored,
            "already_stored": self.already_stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "skipped_language": self.skipped_language,
            "events": self.events,
            "errors": list(self.errors),
        }


def ingest(
    paths: Sequence[str],
    *,
    settings: Settings,
    defaults: DocumentDefaults | None = None,
    fmt: str | None = None,
    pipeline: Pipeline | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read, clean, deduplicate, code and store every document under ``paths``.

    Each article is stored with its mentions and events in one transaction, so an interrupted run
    resumes where it stopped: articles already stored are recognised by id and skipped.

    Args:
        paths: files, directories, URLs or "-" for standard input.
        settings: the run's settings (``settings.db`` names the store).
        defaults: source/published values for documents that carry none.
        fmt: force an input format instead of detecting it.
        pipeline: an already-loaded pipeline (loaded lazily, only if anything is new).
        on_progress: called with the number of documents handled so far.

    Returns:
        The ``IngestReport``; bad inputs are listed in ``errors``, good ones beside them stored.
    """
    from communique.store import Store  # the orchestrator is the one stage-level place that stores

    report = IngestReport()
    store = Store(settings.db)
    try:
        index = DuplicateIndex(settings=settings)
        index.load(store.dedup_signatures())
        stream = read_documents(paths, settings=settings, defaults=defaults or DocumentDefaults(), fmt=fmt)
        for batch in itertools.batched(stream, settings.batch_size):
            fresh: list[Article] = []
            for item in batch:
                report.read += 1
                article = _clean_or_record(item, settings=settings, report=report)
                if article is None:
                    continue
                if store.has_article(article.id) or any(a.id == article.id for a in fresh):
                    # 1. Exact duplicate (same normalised text): keep its extra source/url only.
                    store.add_source(article.id, source=article.source, url=article.url)
                    report.already_stored += 1
                    continue
                fresh.append(article)
            if fresh:
                pipeline = pipeline or Pipeline(settings)
                for processed in pipeline.process_many(fresh):
                    # 2. Near-duplicates and stories are assigned in arrival order.
                    dedup = index.assign(processed.article)
                    store.save(_with_dedup(processed, dedup))
                    report.stored += 1
                    report.events += len(processed.events)
                    report.near_duplicates += dedup.near_duplicate_of is not None
                    report.skipped_language += processed.skipped_reason is not None
            if on_progress is not None:
                on_progress(report.read)
    finally:
        store.close()
    return report


def _clean_or_record(
    item: RawDocument | InputError, *, settings: Settings, report: IngestReport
) -> Article | None:
    if isinstance(item, InputError):
        report.errors.append(str(item))
        return None
    try:
        return clean_document(item, settings=settings)
    except CommuniqueError as exc:
        report.errors.append(str(exc))
        return None


def _with_dedup(processed: ProcessedArticle, dedup: object) -> ProcessedArticle:
    from dataclasses import replace

    return replace(processed, dedup=dedup)  # type: ignore[arg-type]
