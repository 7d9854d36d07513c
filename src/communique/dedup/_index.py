"""``DuplicateIndex``: near-duplicates and stories, assigned in arrival order.

Near-duplicate: the copy signatures (word 3-shingles) agree at or above
``settings.near_duplicate_threshold``, whatever the dates. The copy joins its original's story.

Story: the topic signatures (content words) agree at or above ``STORY_THRESHOLD`` *and* the names
signatures (capitalised words) at or above ``NAMES_THRESHOLD``; when both articles are dated they
were published at most ``settings.story_window_days`` apart and the story's whole span stays within
that window (so chains of pairwise-similar articles cannot stretch one story over months); undated
articles are grouped by similarity alone. The story id is "story:" + the id of its first article,
so it is stable across runs and never renumbered.

Why these thresholds (measured, see docs/performance.md): two independent reports of one meeting
share about 0.4 of their content words and 0.9 of their names; reports of different happenings
between the same two countries share 0.1–0.16 of content words and up to 0.28 of names; unrelated
articles under 0.07 and 0.2. On formulaic synthetic news, content words alone overlap up to 0.5
between different events while names stay apart, hence both conditions. Both thresholds sit well
below the near-duplicate one because different wording of one happening is the point of a story.

Nothing that grows with the corpus is held here: the LSH buckets and the signatures live in an
``IndexStorage`` (the store's table during ``ingest``; ``MemoryStorage`` otherwise), and each
query fetches only the articles sharing a bucket, whose exact similarity is then checked.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Iterable, Iterator
from functools import cache

from datasketch import MinHashLSH

from communique.dedup._signature import NUM_PERM, HashValues, Signature, is_empty, signature_of, similarity
from communique.dedup._storage import (
    BandKey,
    Candidate,
    IndexStorage,
    MemoryStorage,
    band_keys,
    week_of,
)
from communique.errors import CommuniqueError
from communique.model import Article, DedupInfo
from communique.settings import Settings

__all__ = ["NAMES_THRESHOLD", "STORY_THRESHOLD", "DuplicateIndex"]

log = logging.getLogger(__name__)

STORY_THRESHOLD = 0.3
NAMES_THRESHOLD = 0.35
# LSH finds candidates probabilistically; querying a little below the threshold and then checking
# the estimated similarity exactly avoids missing pairs that sit just above it.
_LSH_MARGIN = 0.1
# 20 bands of 2 rows for stories: a pair at the threshold (0.3-0.35) is a candidate with
# probability 0.85-0.93, with 20 buckets per article where datasketch's own choice for such a low
# threshold holds 42.
_STORY_BANDS = (20, 2)
_BACKFILL_BATCH = 500


@cache
def _copy_layout(threshold: float) -> tuple[int, int]:
    # datasketch's choice of (bands, rows) for the threshold, minimising false positives and
    # negatives equally; the buckets themselves are kept by the storage.
    lsh = MinHashLSH(threshold=max(0.05, threshold - _LSH_MARGIN), num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


class DuplicateIndex:
    """A MinHash LSH index over the articles seen so far, its buckets kept in an ``IndexStorage``."""

    def __init__(self, *, settings: Settings, storage: IndexStorage | None = None) -> None:
        """Create an index over ``storage`` (a fresh in-memory one by default).

        The bucket layout of copies depends on ``near_duplicate_threshold``; stored articles not
        yet filed under this layout (an older store, or a changed threshold) are filed now, once.

        Args:
            settings: ``near_duplicate_threshold`` and ``story_window_days`` are used.
            storage: where buckets and signatures live; the pipeline passes the store's.
        """
        self._near_threshold = settings.near_duplicate_threshold
        self._window = dt.timedelta(days=settings.story_window_days)
        self._storage: IndexStorage = storage if storage is not None else MemoryStorage()
        bands, rows = _copy_layout(self._near_threshold)
        self._layouts = {
            f"copy:{bands}x{rows}": (bands, rows),
            "topic:{}x{}".format(*_STORY_BANDS): _STORY_BANDS,
            "names:{}x{}".format(*_STORY_BANDS): _STORY_BANDS,
        }
        self._copy_kind, self._topic_kind, self._names_kind = self._layouts
        self._count = 0
        missing = [kind for kind in self._layouts if kind not in self._storage.indexed_kinds()]
        if missing:
            self._backfill(missing, self._storage.signed_articles())
            for kind in missing:
                self._storage.mark_indexed(kind)
        self._file_unfiled()

    def __len__(self) -> int:
        return self._count

    def load(self, rows: Iterable[tuple[str, bytes, dt.date | None, str]]) -> int:
        """Add articles already stored, as ``Store.dedup_signatures`` returns them.

        Only needed for an in-memory index: an index over the store's storage already knows every
        stored article. A signature of another format (written by an older communique) cannot be
        compared with new ones; such an article is left out, with a warning, rather than stopping
        the ingest: new articles then simply cannot be linked to it.

        Args:
            rows: (article id, signature bytes, published, story id).

        Returns:
            The number of rows left out because their signature could not be read.
        """
        unreadable = 0
        for article_id, blob, published, story_id in rows:
            if not blob or self._storage.story_of(article_id) is not None:
                continue
            try:
                signature = Signature.from_bytes(blob)
            except CommuniqueError:
                unreadable += 1
                continue
            self._add(article_id, signature, published, story_id)
        if unreadable:
            log.warning("dedup: %d stored signature(s) of another format left out of the index", unreadable)
        return unreadable

    def assign(self, article: Article) -> DedupInfo:
        """Find the article's near-duplicate original and its story, then add it to the index.

        Args:
            article: a cleaned article (its ``text``, ``title``, ``published`` and ``id`` are used).

        Returns:
            ``DedupInfo`` with the story id, the serialised signature, and the original it copies
            (with the estimated similarity) if it is a near-duplicate.
        """
        signature = signature_of(article.text, title=article.title)
        known = self._storage.story_of(article.id)
        if known is not None:
            # Seen before (re-run or exact duplicate): keep its story; nothing new to index.
            return DedupInfo(story_id=known, signature=signature.to_bytes())
        # 1. A copy of an article already seen joins that article's story.
        original, score = self._best_copy(signature)
        if original is not None:
            info = DedupInfo(
                story_id=original.story_id,
                signature=signature.to_bytes(),
                near_duplicate_of=original.article_id,
                similarity=round(score, 4),
            )
        else:
            # 2. Otherwise the most similar article of the same happening, if any, gives the story.
            related = self._best_related(signature, article.published)
            story_id = related.story_id if related else f"story:{article.id}"
            info = DedupInfo(story_id=story_id, signature=signature.to_bytes())
        self._add(article.id, signature, article.published, info.story_id)
        return info

    def _keys(self, kind: str, values: HashValues) -> list[int]:
        bands, rows = self._layouts[kind]
        return band_keys(values, bands=bands, rows=rows)

    def _best_copy(self, signature: Signature) -> tuple[Candidate | None, float]:
        best: tuple[Candidate | None, float] = (None, 0.0)
        if is_empty(signature.copy):  # scores 0 with everything
            return best
        found = self._storage.candidates(
            self._copy_kind, self._keys(self._copy_kind, signature.copy), weeks=None
        )
        for entry, stored in _readable(found):  # sorted: ties resolve the same way on every run
            score = similarity(signature.copy, stored.copy)
            if score >= self._near_threshold and score > best[1]:
                best = (entry, score)
        return best

    def _best_related(self, signature: Signature, published: dt.date | None) -> Candidate | None:
        has_names = not is_empty(signature.names)
        if not has_names and is_empty(signature.topic):
            return None
        # Dated articles meet the weeks of their window (and the undated); undated ones everything.
        weeks = None
        if published is not None:
            weeks = (week_of(published - self._window) or 0, week_of(published + self._window) or 0)
        if has_names:
            found = self._storage.candidates(
                self._names_kind, self._keys(self._names_kind, signature.names), weeks=weeks
            )
        else:
            found = self._storage.candidates(
                self._topic_kind, self._keys(self._topic_kind, signature.topic), weeks=weeks
            )
        spans: dict[str, bool] = {}
        best: tuple[Candidate | None, float] = (None, 0.0)
        for entry, stored in _readable(found):
            if not self._in_window(entry.published, published):
                continue
            if entry.story_id not in spans:
                spans[entry.story_id] = self._fits_span(entry.story_id, published)
            if not spans[entry.story_id]:
                continue
            topic = similarity(signature.topic, stored.topic)
            if topic < STORY_THRESHOLD:
                continue
            if has_names and similarity(signature.names, stored.names) < NAMES_THRESHOLD:
                continue
            if topic > best[1]:
                best = (entry, topic)
        return best[0]

    def _in_window(self, other: dt.date | None, published: dt.date | None) -> bool:
        if other is None or published is None:
            return True
        return abs(other - published) <= self._window

    def _fits_span(self, story_id: str, published: dt.date | None) -> bool:
        if published is None:
            return True
        span = self._storage.story_span(story_id)
        if span is None:
            return True
        first, last = span
        return max(last, published) - min(first, published) <= self._window

    def _file_under(self, signature: Signature) -> list[BandKey]:
        # Empty signatures all share every bucket; filing them would only add false candidates.
        keys = []
        if not is_empty(signature.copy):
            keys += [BandKey(self._copy_kind, k) for k in self._keys(self._copy_kind, signature.copy)]
        if not is_empty(signature.names):
            keys += [BandKey(self._names_kind, k) for k in self._keys(self._names_kind, signature.names)]
        elif not is_empty(signature.topic):
            keys += [BandKey(self._topic_kind, k) for k in self._keys(self._topic_kind, signature.topic)]
        return keys

    def _add(self, article_id: str, signature: Signature, published: dt.date | None, story_id: str) -> None:
        self._storage.add(
            article_id,
            self._file_under(signature),
            signature=signature.to_bytes(),
            published=published,
            story_id=story_id,
        )
        self._count += 1

    def _backfill(self, kinds: Iterable[str], articles: Iterable[Candidate]) -> list[str]:
        """File ``articles`` under ``kinds``, streaming in batches (memory stays flat).

        Returns:
            The ids of the articles handled.
        """
        wanted = set(kinds)
        batch: list[tuple[BandKey, str, int | None]] = []
        handled: list[str] = []
        unreadable = 0
        for entry in articles:
            handled.append(entry.article_id)
            try:
                signature = Signature.from_bytes(entry.signature)
            except CommuniqueError:
                unreadable += 1
                continue
            week = week_of(entry.published)
            batch.extend(
                (key, entry.article_id, week) for key in self._file_under(signature) if key.kind in wanted
            )
            if len(batch) >= _BACKFILL_BATCH:
                self._storage.add_keys(batch)
                batch = []
        self._storage.add_keys(batch)
        if unreadable:
            log.warning("dedup: %d stored signature(s) of another format left out of the index", unreadable)
        return handled

    def _file_unfiled(self) -> None:
        # Articles another writer saved without their keys (an in-memory index in another
        # process); a few, so their ids may be held.
        while True:
            handled = self._backfill(
                self._layouts, itertools.islice(self._storage.unfiled(), _BACKFILL_BATCH)
            )
            if not handled:
                return
            self._storage.mark_filed(handled)


def _readable(found: Iterable[Candidate]) -> Iterator[tuple[Candidate, Signature]]:
    # Sorted by id: ties resolve the same way on every run and with every storage. Stored
    # signatures of another format cannot be compared and are passed over.
    for entry in sorted(found, key=lambda c: c.article_id):
        try:
            yield entry, Signature.from_bytes(entry.signature)
        except CommuniqueError:
            continue
