"""The orchestrator: reads top to bottom, one numbered step per stage.

``Pipeline`` turns cleaned ``Article``s into ``ProcessedArticle``s (nlp → actors → events);
``ingest`` runs the whole flow from input paths to the store. Stages never import ``store``;
only this module and the CLI/API connect them.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from communique.actors import ActorResolver
from communique.clean import clean_document, detect_language
from communique.dedup import DuplicateIndex
from communique.errors import CommuniqueError, InputError
from communique.events import EventCoder, trigger_lemmas
from communique.ingest import DocumentDefaults, read_documents
from communique.model import Article, ProcessedArticle, RawDocument
from communique.nlp import load_pipeline
from communique.scale.executors import Executor, SerialExecutor, batched, make_executor
from communique.scale.parquet import parquet_dir
from communique.scale.prefilter import SentencePrefilter
from communique.scale.worker import CodingFailure, ProcessBatch, WriteParquet, code_batch
from communique.settings import Settings

if TYPE_CHECKING:
    from communique.store import Store

__all__ = [
    "IngestReport",
    "Pipeline",
    "ingest",
    "learned_actor_records",
    "load_processed",
    "stored_actor_records",
]

log = logging.getLogger(__name__)

# Article.language of an article whose language detection ``ingest`` deferred to the worker.
_PENDING_LANGUAGE = ""


class Pipeline:
    """nlp → actors → events over cleaned articles. Picklable by settings (see ``scale``)."""

    def __init__(
        self,
        settings: Settings,
        *,
        nlp: Language | None = None,
        extra_actor_records: Iterable[Mapping[str, object]] = (),
    ) -> None:
        """Load the spaCy pipeline and the actor and event stages.

        Args:
            settings: the run's settings.
            nlp: a pipeline to use instead of loading one (tests share one); the actor stage
                adds its entity ruler to it.
            extra_actor_records: actors learned across the corpus (store rows: ``name``, ``id``,
                ``country``, ``sector``, ``role``, ``variants``, ``kind``), so that e.g. a surname
                seen alone resolves to the person an earlier article named in full.
        """
        self.settings = settings
        self.nlp = nlp if nlp is not None else load_pipeline(settings.spacy_model, fresh=True)
        self.actors = ActorResolver(settings=settings, extra_records=extra_actor_records)
        self.actors.install(self.nlp)
        self.events = EventCoder(settings=settings)
        # 0. Optional: parse only sentences that can carry an event (settings.prefilter).
        self.prefilter = _sentence_prefilter(self.nlp, settings)

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
        articles = (_with_language(a) for a in articles)
        codable, passthrough = itertools.tee(articles)
        english = (a for a in codable if a.language == "en")
        texts = (a.text for a in english)
        if self.prefilter is not None:
            docs = self.prefilter.pipe(texts, batch_size=self.settings.batch_size)
        else:
            docs = self.nlp.pipe(texts, batch_size=self.settings.batch_size)
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


def learned_actor_records(store: Store) -> list[dict[str, object]]:
    """The store's actors as resolver records (issue #5: corpus-learned names and surnames).

    Read through the store's public export layer; the resolver skips the table-derived ids
    ("IRN", "IRN:GOV") and never lets a learned name shadow a curated one.

    Args:
        store: an open store.

    Returns:
        One record per stored actor (``id``, ``name``, ``country``, ``sector``, ``role``, variants).
    """
    from communique.store.export import iter_records

    return [{**row, "id": row["actor_id"]} for row in iter_records(store, what="actors")]


def stored_actor_records(db: str) -> list[dict[str, object]]:
    """The learned actors of the database ``db``, for a process that has no store open (a worker).

    Args:
        db: the database path or URL the run writes to.

    Returns:
        ``learned_actor_records`` of that database; empty when it is a SQLite file that does not
        exist on this machine (a remote Dask worker must not create a stray database) or cannot
        be opened (the worker then codes with the shipped knowledge base alone, and says so).
    """
    from communique.errors import StoreError
    from communique.store import Store

    path = db.removeprefix("sqlite:///")
    if "://" not in path and not Path(path).exists():
        return []
    try:
        store = Store(db)
    except StoreError as exc:
        log.warning("learned actors not loaded from %s: %s", db, exc)
        return []
    try:
        return learned_actor_records(store)
    finally:
        store.close()


def _with_language(article: Article) -> Article:
    """Detect the language of an article that ``ingest`` cleaned with detection deferred."""
    if article.language != _PENDING_LANGUAGE:
        return article
    return replace(article, language=detect_language(article.text))


def _sentence_prefilter(nlp: Language, settings: Settings) -> SentencePrefilter | None:
    """The pre-filter over the event stage's trigger lemmas, when ``settings.prefilter`` is on."""
    return SentencePrefilter(nlp, trigger_lemmas=trigger_lemmas()) if settings.prefilter else None


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
    executor: Executor | None = None,
    out: str | None = None,
) -> IngestReport:
    """Read, clean, deduplicate, code and store every document under ``paths``.

    Each article is stored with its mentions and events in one transaction, so an interrupted run
    resumes where it stopped: articles already stored are recognised by id and skipped. Articles
    stream through in batches of ``settings.batch_size``; with several workers the batches are
    coded in parallel while this process writes the results, so memory does not grow with the
    corpus.

    Args:
        paths: files, directories, URLs or "-" for standard input.
        settings: the run's settings (``settings.db`` names the store, ``settings.workers`` the
            local processes used when no ``executor`` is given).
        defaults: source/published values for documents that carry none.
        fmt: force an input format instead of detecting it.
        pipeline: an already-loaded pipeline (loaded lazily, only if anything is new); used when
            batches are coded in this process.
        on_progress: called with the number of documents read so far.
        executor: where batches are coded (``communique.scale``); default from ``settings.workers``.
        out: ``parquet://DIR``: workers write partitioned Parquet there instead of returning
            results, and no database is opened (import later with ``communique load``).

    Returns:
        The ``IngestReport``; bad inputs are listed in ``errors``, good ones beside them stored
        (with ``out``, ``stored`` counts the articles written to Parquet).
    """
    from communique.store import Store  # the orchestrator is the one stage-level place that stores

    report = IngestReport()
    stream = read_documents(paths, settings=settings, defaults=defaults or DocumentDefaults(), fmt=fmt)
    own = executor is None
    runner = executor if executor is not None else make_executor(workers=settings.workers)
    try:
        if out is not None:
            _code_to_parquet(
                stream, settings=settings, report=report, executor=runner, out=out, on_progress=on_progress
            )
            return report
        store = Store(settings.db, story_window_days=settings.story_window_days)
        try:
            writer = _StoreWriter(store, settings=settings, report=report)
            batches = _fresh_batches(
                stream, settings=settings, report=report, writer=writer, on_progress=on_progress
            )
            if isinstance(runner, SerialExecutor):
                local = pipeline

                def code(batch: list[Article]) -> list[ProcessedArticle | CodingFailure]:
                    nonlocal local
                    local = local or Pipeline(settings, extra_actor_records=learned_actor_records(store))
                    return code_batch(local, batch)

                results = runner.map_batches(code, batches)
            else:
                results = runner.map_batches(ProcessBatch(settings), batches)
            for processed_batch in results:
                for processed in processed_batch:
                    if isinstance(processed, CodingFailure):
                        writer.fail(processed)
                    else:
                        writer.save(processed)
                writer.flush_sources()
            if on_progress is not None:
                on_progress(report.read)
        finally:
            store.close()
    finally:
        if own:
            runner.close()
    return report


def load_processed(
    items: Iterable[ProcessedArticle | CommuniqueError],
    *,
    settings: Settings,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store articles coded elsewhere (e.g. read back from Parquet by ``communique load``).

    Near-duplicates and stories are assigned here, in arrival order, exactly as during ``ingest``;
    articles already stored are skipped, so loading the same output twice stores nothing twice.

    Args:
        items: processed articles, and errors met while reading them (recorded, not raised).
        settings: the run's settings (``settings.db`` names the store).
        on_progress: called with the number of items handled so far.

    Returns:
        The ``IngestReport`` (``read`` counts the items).
    """
    from communique.store import Store

    report = IngestReport()
    store = Store(settings.db, story_window_days=settings.story_window_days)
    try:
        writer = _StoreWriter(store, settings=settings, report=report)
        for item in items:
            report.read += 1
            if isinstance(item, CommuniqueError):
                report.errors.append(str(item))
            elif store.has_article(item.article.id):
                store.add_source(item.article.id, source=item.article.source, url=item.article.url)
                report.already_stored += 1
            else:
                writer.save(item)
            if on_progress is not None and report.read % settings.batch_size == 0:
                on_progress(report.read)
    finally:
        store.close()
    return report


class _StoreWriter:
    """Assigns near-duplicates/stories in arrival order and saves each article in one transaction."""

    def __init__(self, store: Store, *, settings: Settings, report: IngestReport) -> None:
        self.store = store
        self.report = report
        # The index keeps its buckets in the store (filled in by each save), not in memory.
        self.index = DuplicateIndex(settings=settings, storage=store.dedup_storage)
        # Articles handed to a worker but not saved yet, and extra sources of their duplicates,
        # which can only be attached once the article row exists.
        self.in_flight: set[str] = set()
        self.pending_sources: list[tuple[str, str | None, str | None]] = []

    def save(self, processed: ProcessedArticle) -> None:
        article = processed.article
        self.in_flight.discard(article.id)
        dedup = self.index.assign(article)
        if self.store.save(replace(processed, dedup=dedup)):
            self.report.stored += 1
            self.report.events += len(processed.events)
            self.report.near_duplicates += dedup.near_duplicate_of is not None
            self.report.skipped_language += processed.skipped_reason is not None
        else:  # stored meanwhile by another run: saving was a no-op
            self.store.add_source(article.id, source=article.source, url=article.url)
            self.report.already_stored += 1

    def fail(self, failure: CodingFailure) -> None:
        self.in_flight.discard(failure.article_id)
        self.report.errors.append(str(failure))

    def add_source(self, article_id: str, source: str | None, url: str | None, *, known: _Known) -> None:
        # The common re-ingest case (same source and url) needs no write at all.
        if (article_id, source or "", url or "") not in known.sources:
            self.store.add_source(article_id, source=source, url=url)

    def flush_sources(self) -> None:
        waiting = []
        for article_id, source, url in self.pending_sources:
            if article_id in self.in_flight:
                waiting.append((article_id, source, url))
            else:
                self.store.add_source(article_id, source=source, url=url)
        self.pending_sources = waiting


def _fresh_batches(
    stream: Iterable[RawDocument | InputError],
    *,
    settings: Settings,
    report: IngestReport,
    writer: _StoreWriter,
    on_progress: Callable[[int], None] | None,
) -> Iterator[list[Article]]:
    """Clean documents and yield batches of the articles not stored yet.

    The store is asked once per batch, before any NLP and, for documents that carry their own
    id, before cleaning; so re-ingesting a stored corpus costs reading plus one query per batch.
    """
    fresh: list[Article] = []
    for batch in batched(stream, settings.batch_size):
        report.read += len(batch)
        given = [d.id for d in batch if isinstance(d, RawDocument) and d.id]
        known = _known_sources(writer.store, given)
        articles: list[Article] = []
        for item in batch:
            if isinstance(item, RawDocument) and item.id in known.stored:
                # 1. Re-ingest of a stored id: no cleaning, keep a new source/url only.
                writer.add_source(item.id, item.source, item.url, known=known)
                report.already_stored += 1
                continue
            article = _clean_or_record(item, settings=settings, report=report)
            if article is not None:
                articles.append(article)
        known = known.union(
            _known_sources(writer.store, [a.id for a in articles if a.id not in known.stored])
        )
        for article in articles:
            if article.id in writer.in_flight:
                # 1. Exact duplicate of an article still being coded: attach its source later.
                writer.pending_sources.append((article.id, article.source, article.url))
                report.already_stored += 1
            elif article.id in known.stored:
                # 1. Exact duplicate (same normalised text): keep its extra source/url only.
                writer.add_source(article.id, article.source, article.url, known=known)
                report.already_stored += 1
            else:
                writer.in_flight.add(article.id)
                fresh.append(article)
            if len(fresh) >= settings.batch_size:
                yield fresh
                fresh = []
        if on_progress is not None:
            on_progress(report.read)
    if fresh:
        yield fresh


@dataclass(frozen=True)
class _Known:
    """Stored article ids among a batch's, and the (id, source, url) triples stored with them."""

    stored: frozenset[str] = frozenset()
    sources: frozenset[tuple[str, str, str]] = frozenset()

    def union(self, other: _Known) -> _Known:
        return _Known(self.stored | other.stored, self.sources | other.sources)


def _known_sources(store: Store, ids: Sequence[str]) -> _Known:
    """One query for a whole batch instead of one ``has_article`` and ``add_source`` per article."""
    rows = store.known_sources(ids)
    return _Known(frozenset(r[0] for r in rows), frozenset(rows))


def _code_to_parquet(
    stream: Iterable[RawDocument | InputError],
    *,
    settings: Settings,
    report: IngestReport,
    executor: Executor,
    out: str,
    on_progress: Callable[[int], None] | None,
) -> None:
    """Code every article on ``executor``, whose workers write Parquet partitions under ``out``.

    No database is involved; ids already seen in this run are skipped (an id costs ~100 bytes, so
    this set stays small next to the corpus).
    """
    directory = parquet_dir(out)
    directory.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()

    def batches() -> Iterator[list[Article]]:
        for batch in batched(stream, settings.batch_size):
            fresh = []
            for item in batch:
                report.read += 1
                article = _clean_or_record(item, settings=settings, report=report)
                if article is None:
                    continue
                if article.id in seen:
                    report.already_stored += 1
                    continue
                seen.add(article.id)
                fresh.append(article)
            if fresh:
                yield fresh
            if on_progress is not None:
                on_progress(report.read)

    # The directory is resolved here, so relative paths mean the same on local workers.
    for summary in executor.map_batches(WriteParquet(settings, str(directory.resolve())), batches()):
        report.stored += summary.articles
        report.events += summary.events
        report.skipped_language += summary.skipped_language
        report.errors.extend(str(failure) for failure in summary.failures)


def _clean_or_record(
    item: RawDocument | InputError, *, settings: Settings, report: IngestReport
) -> Article | None:
    if isinstance(item, InputError):
        report.errors.append(str(item))
        return None
    try:
        article = clean_document(item, settings=_without_language_detection(settings))
    except CommuniqueError as exc:
        report.errors.append(str(exc))
        return None
    if settings.detect_language and not item.language:
        # Language detection (langdetect, ~10 ms an article) is left to the process that codes the
        # article: it runs in parallel there, and a stored article never pays for it.
        article = replace(article, language=_PENDING_LANGUAGE)
    return article


@functools.cache
def _without_language_detection(settings: Settings) -> Settings:
    return settings.replace(detect_language=False)
