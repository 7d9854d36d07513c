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
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from communique.dedup._signature import NUM_PERM, Signature, is_empty, signature_of, similarity
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
_STORY_BANDS = (20, 2)


class _StoryIndex:
    """Story candidates of one week: by names (selective), by topic for articles without names."""

    def __init__(self) -> None:
        # 20 bands of 2 rows: a pair at the threshold (0.3-0.35) is a candidate with probability
        # 0.85-0.93, and the index holds 20 buckets per article where datasketch's own choice for
        # such a low threshold holds 42 (memory is mostly these buckets).
        self.by_names = MinHashLSH(num_perm=NUM_PERM, params=_STORY_BANDS, hashfunc=hash)
        self.by_topic = MinHashLSH(num_perm=NUM_PERM, params=_STORY_BANDS, hashfunc=hash)


def _week(day: dt.date | None) -> int | None:
    return None if day is None else day.toordinal() // 7


@dataclass(frozen=True, slots=True)
class _Entry:
    signature: Signature
    published: dt.date | None
    story_id: str


class DuplicateIndex:
    """An in-memory MinHash LSH index over the articles seen so far (rebuilt from the store by ``load``)."""

    def __init__(self, *, settings: Settings) -> None:
        """Create an empty index.

        Args:
            settings: ``near_duplicate_threshold`` and ``story_window_days`` are used.
        """
        self._near_threshold = settings.near_duplicate_threshold
        self._window = dt.timedelta(days=settings.story_window_days)
        self._near = MinHashLSH(
            threshold=max(0.05, self._near_threshold - _LSH_MARGIN),
            num_perm=NUM_PERM,
            # Buckets keyed by Python's hash of the band, not the band bytes: the index lives in
            # one process only, and ints are smaller than bytes.
            hashfunc=hash,
        )
        # Story indexes, one pair per publication week (None: undated), so a query only meets
        # articles from the weeks its window touches instead of every article ever stored.
        self._weeks: dict[int | None, _StoryIndex] = {}
        self._entries: dict[str, _Entry] = {}
        self._spans: dict[str, tuple[dt.date, dt.date]] = {}  # story id → (first, last) publication

    def __len__(self) -> int:
        return len(self._entries)

    def load(self, rows: Iterable[tuple[str, bytes, dt.date | None, str]]) -> int:
        """Add articles already stored, as ``Store.dedup_signatures`` returns them.

        A signature of another format (written by an older communique) cannot be compared with new
        ones; such an article is left out of the index, with a warning, rather than stopping the
        ingest: new articles then simply cannot be linked to it.

        Args:
            rows: (article id, signature bytes, published, story id).

        Returns:
            The number of rows left out because their signature could not be read.
        """
        unreadable = 0
        for article_id, blob, published, story_id in rows:
            if article_id in self._entries or not blob:
                continue
            try:
                signature = Signature.from_bytes(blob)
            except CommuniqueError:
                unreadable += 1
                continue
            self._add(article_id, signature, published, story_id, minhashes=signature.minhashes())
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
        known = self._entries.get(article.id)
        if known is not None:
            # Seen before (re-run or exact duplicate): keep its story; nothing new to index.
            return DedupInfo(story_id=known.story_id, signature=signature.to_bytes())
        minhashes = signature.minhashes()
        # 1. A copy of an article already seen joins that article's story.
        original, score = self._best_copy(self._near.query(minhashes[0]), signature)
        if original is not None:
            story_id = self._entries[original].story_id
            info = DedupInfo(
                story_id=story_id,
                signature=signature.to_bytes(),
                near_duplicate_of=original,
                similarity=round(score, 4),
            )
        else:
            # 2. Otherwise the most similar article of the same happening, if any, gives the story.
            related = self._best_related(signature, minhashes, article.published)
            story_id = self._entries[related].story_id if related else f"story:{article.id}"
            info = DedupInfo(story_id=story_id, signature=signature.to_bytes())
        self._add(article.id, signature, article.published, story_id, minhashes=minhashes)
        return info

    def _best_copy(self, keys: Iterable[str], signature: Signature) -> tuple[str | None, float]:
        best: tuple[str | None, float] = (None, 0.0)
        for key in sorted(keys):  # sorted: ties resolve the same way on every run
            score = similarity(signature.copy, self._entries[key].signature.copy)
            if score >= self._near_threshold and score > best[1]:
                best = (key, score)
        return best

    def _best_related(
        self, signature: Signature, minhashes: tuple[MinHash, MinHash, MinHash], published: dt.date | None
    ) -> str | None:
        has_names = not is_empty(signature.names)
        keys: set[str] = set()
        for week in self._weeks_near(published):
            index = self._weeks.get(week)
            if index is not None:
                keys.update(
                    index.by_names.query(minhashes[2]) if has_names else index.by_topic.query(minhashes[1])
                )
        best: tuple[str | None, float] = (None, 0.0)
        for key in sorted(keys):
            entry = self._entries[key]
            if not (self._in_window(entry, published) and self._fits_span(entry.story_id, published)):
                continue
            topic = similarity(signature.topic, entry.signature.topic)
            if topic < STORY_THRESHOLD:
                continue
            if has_names and similarity(signature.names, entry.signature.names) < NAMES_THRESHOLD:
                continue
            if topic > best[1]:
                best = (key, topic)
        return best[0]

    def _weeks_near(self, published: dt.date | None) -> list[int | None]:
        # Undated articles are compared with everything; dated ones with the weeks of their window
        # and with the undated articles.
        if published is None:
            return list(self._weeks)
        first = (published - self._window).toordinal() // 7
        last = (published + self._window).toordinal() // 7
        return [*range(first, last + 1), None]

    def _in_window(self, entry: _Entry, published: dt.date | None) -> bool:
        if entry.published is None or published is None:
            return True
        return abs(entry.published - published) <= self._window

    def _fits_span(self, story_id: str, published: dt.date | None) -> bool:
        span = self._spans.get(story_id)
        if span is None or published is None:
            return True
        first, last = span
        return max(last, published) - min(first, published) <= self._window

    def _add(
        self,
        article_id: str,
        signature: Signature,
        published: dt.date | None,
        story_id: str,
        *,
        minhashes: tuple[MinHash, MinHash, MinHash],
    ) -> None:
        copy_mh, topic_mh, names_mh = minhashes
        # Empty signatures all share every LSH bucket; indexing them would only add false candidates.
        if not is_empty(signature.copy):
            self._near.insert(article_id, copy_mh)
        key = _week(published)
        week = self._weeks.get(key)
        if week is None:
            week = self._weeks[key] = _StoryIndex()
        if not is_empty(signature.names):
            week.by_names.insert(article_id, names_mh)
        elif not is_empty(signature.topic):
            week.by_topic.insert(article_id, topic_mh)
        self._entries[article_id] = _Entry(signature, published, story_id)
        if published is not None:
            first, last = self._spans.get(story_id, (published, published))
            self._spans[story_id] = (min(first, published), max(last, published))
