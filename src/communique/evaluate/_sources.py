"""Where predictions come from: a run of the pipeline, an exported JSONL file, or a database."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.errors import CommuniqueError, EvaluationError
from communique.evaluate.gold import GoldItem
from communique.evaluate.prediction import Prediction
from communique.model import MODALITIES, Article, RawDocument
from communique.settings import Settings

if TYPE_CHECKING:
    from communique.pipeline import Pipeline

__all__ = ["predict_with_pipeline", "predictions_from_db", "predictions_from_file"]


def predict_with_pipeline(
    items: Sequence[GoldItem], *, settings: Settings, pipeline: Pipeline | None = None
) -> tuple[list[Prediction], list[str]]:
    """Code every gold item's text with the pipeline.

    Sentences become ``Article``s as they are; whole articles go through ``clean_document`` first
    (as ingest would), keeping the gold id.

    Args:
        items: the gold items.
        settings: the run's settings.
        pipeline: an already-loaded ``Pipeline`` (tests share one); loaded here otherwise.

    Returns:
        The predictions and notices (items that could not be coded, and why).
    """
    from communique.pipeline import Pipeline

    notices: list[str] = []
    articles: list[Article] = []
    for item in items:
        try:
            articles.append(_article(item, settings=settings))
        except CommuniqueError as exc:
            notices.append(f"{item.origin}: not coded: {exc}")
    runner = pipeline if pipeline is not None else Pipeline(settings)
    predictions: list[Prediction] = []
    # process_many yields in input order, so each result pairs with the article it came from.
    for article, processed in zip(articles, runner.process_many(articles), strict=True):
        if processed.skipped_reason:
            notices.append(f"{article.origin}: not coded ({processed.skipped_reason})")
        predictions.extend(Prediction.from_event(e, item_id=article.id) for e in processed.events)
    return predictions, notices


def _article(item: GoldItem, *, settings: Settings) -> Article:
    if item.is_article:
        # Imported here: scoring and the readers work without the NLP stages installed.
        from communique.clean import clean_document

        raw = RawDocument(origin=item.origin, text=item.text, id=item.id, published=item.published)
        cleaned = clean_document(raw, settings=settings)
        if cleaned.id != item.id:  # cleaning keeps a given id; guard the pairing all the same
            raise EvaluationError(f"{item.origin}: cleaning changed the id {item.id!r} to {cleaned.id!r}")
        return cleaned
    # A gold sentence is already clean text written in English: coded as it is, so that language
    # detection on a dozen words cannot drop it.
    return Article(
        id=item.id, text=item.text, raw_text=item.text, published=item.published, origin=item.origin
    )


def predictions_from_file(path: str | Path) -> list[Prediction]:
    """Read predicted events from a JSONL export (one event per line; a JSON array also works).

    Args:
        path: the export file; ``article_id`` of each event names the gold item.

    Returns:
        The predictions.

    Raises:
        EvaluationError: the file cannot be read or a line is not an event.
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"cannot read events file {file}: {exc}") from exc
    return [Prediction.from_export(row, where=where) for row, where in _rows(text, origin=str(file))]


def _rows(text: str, *, origin: str) -> Iterator[tuple[dict[str, Any], str]]:
    if text.lstrip().startswith("["):
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{origin}: not valid JSON: {exc}") from exc
        lines = [(r, f"{origin}[{n}]") for n, r in enumerate(rows)] if isinstance(rows, list) else []
    else:
        lines = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    lines.append((json.loads(line), f"{origin}:{number}"))
                except json.JSONDecodeError as exc:
                    raise EvaluationError(f"{origin}:{number}: not valid JSON: {exc}") from exc
    for row, where in lines:
        if not isinstance(row, dict):
            raise EvaluationError(f"{where}: an event must be a JSON object")
        yield row, where


def predictions_from_db(items: Sequence[GoldItem], *, url: str) -> list[Prediction]:
    """Read the stored events of each gold item (matched by article id) from a database.

    Args:
        items: the gold items; their ids are the article ids looked up.
        url: the database path or URL.

    Returns:
        The predictions, every modality included.

    Raises:
        EvaluationError: the store cannot be opened or queried.
    """
    try:
        from communique.store import Store
        from communique.store.queries import EventFilter, list_events
    except ImportError as exc:
        raise EvaluationError(f"reading events from a database needs communique.store: {exc}") from exc
    predictions: list[Prediction] = []
    try:
        store = Store(url)
    except CommuniqueError as exc:
        raise EvaluationError(f"cannot open database {url}: {exc}") from exc
    try:
        for item in items:
            flt = EventFilter(article_id=item.id, modality=MODALITIES)
            cursor = None
            while True:
                page = list_events(store, flt, limit=500, cursor=cursor)
                predictions.extend(
                    Prediction.from_export(row, where=f"{url} event {row.get('event_id')}")
                    for row in page.items
                )
                cursor = page.next_cursor
                if cursor is None:
                    break
    except CommuniqueError as exc:
        raise EvaluationError(f"cannot read events from {url}: {exc}") from exc
    finally:
        store.close()
    return predictions
