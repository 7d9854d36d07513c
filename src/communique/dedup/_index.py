"""``DuplicateIndex``: near-duplicates and stories, assigned in arrival order.

Near-duplicate: the copy signatures (word 3-shingles) agree at or above
``settings.near_duplicate_threshold``, whatever the dates. The copy joins its original's story.

Story: the topic signatures (content words) agree at or above ``STORY_THRESHOLD`` and, when both
articles are dated, they were published at most ``settings.story_window_days`` apart, and the
story's whole span stays within that window; undated articles are grouped by similarity alone.
The story id is "story:" + the id of its first article, so it is stable across runs and never
renumbered.

Why 0.3: on hand-checked pairs, two independent reports of the same meeting share about 0.4 of
their content words; reports of different happenings between the same two countries share 0.1–0.16,
and unrelated articles under 0.07. 0.3 keeps a clear margin to both sides; it sits well below the
near-duplicate threshold because different wording of one happening is the whole point of a story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from communique.dedup._signature import NUM_PERM, HashValues, Signature, is_empty, signature_of, similarity
from communique.model import Article, DedupInfo
from communique.settings import Settings

__all__ = ["STORY_THRESHOLD", "DuplicateIndex"]

STORY_THRESHOLD = 0.3
# LSH finds candidates probabilistically; querying a little below the threshold and then checking
# the estimated similarity exactly avoids missing pairs that sit just above it.
_LSH_MARGIN = 0.1


@dataclass(frozen=True, slots=True)
class _Entry:
    copy: HashValues
    topic: HashValues
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
        self._near = MinHashLSH(threshold=max(0.05, self._near_threshold - _LSH_MARGIN), num_perm=NUM_PERM)
        self._story = MinHashLSH(threshold=max(0.05, STORY_THRESHOLD - _LSH_MARGIN), num_perm=NUM_PERM)
        self._entries: dict[str, _Entry] = {}
        # Earliest and latest publication date of each story: a story may grow only while new
        # articles fall within the window of its whole span, so chains of pairwise-similar articles
        # cannot stretch one story across months.
        self._spans: dict[str, tuple[dt.date, dt.date]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def load(self, rows: Iterable[tuple[str, bytes, dt.date | None, str]]) -> None:
        """Add articles already stored, as ``Store.dedup_signatures`` returns them.

        Args:
            rows: (article id, signature bytes, published, story id).

        Raises:
            CommuniqueError: a signature cannot be decoded.
        """
        for article_id, blob, published, story_id in rows:
            if article_id not in self._entries and blob:
                self._add(article_id, Signature.from_bytes(blob), published, story_id)

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
        copy_mh, topic_mh = signature.minhashes()
        original, copy_score = self._best(self._near.query(copy_mh), signature.copy, field="copy")
        if original is not None and copy_score >= self._near_threshold:
            story_id = self._entries[original].story_id
            info = DedupInfo(
                story_id=story_id,
                signature=signature.to_bytes(),
                near_duplicate_of=original,
                similarity=round(copy_score, 4),
            )
        else:
            candidates = [
                key
                for key in self._story.query(topic_mh)
                if self._in_window(self._entries[key], article.published)
                and self._fits_span(self._entries[key].story_id, article.published)
            ]
            related, topic_score = self._best(candidates, signature.topic, field="topic")
            if related is not None and topic_score >= STORY_THRESHOLD:
                story_id = self._entries[related].story_id
            else:
                story_id = f"story:{article.id}"
            info = DedupInfo(story_id=story_id, signature=signature.to_bytes())
        self._add(article.id, signature, article.published, story_id, minhashes=(copy_mh, topic_mh))
        return info

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

    def _best(self, keys: Iterable[str], values: HashValues, *, field: str) -> tuple[str | None, float]:
        best_key: str | None = None
        best_score = 0.0
        # Sorted so ties resolve the same way on every run.
        for key in sorted(keys):
            entry = self._entries[key]
            score = similarity(values, entry.copy if field == "copy" else entry.topic)
            if score > best_score:
                best_key, best_score = key, score
        return best_key, best_score

    def _add(
        self,
        article_id: str,
        signature: Signature,
        published: dt.date | None,
        story_id: str,
        *,
        minhashes: tuple[MinHash, MinHash] | None = None,
    ) -> None:
        copy_mh, topic_mh = minhashes or signature.minhashes()
        # Empty signatures all share every LSH bucket; indexing them would only add false candidates.
        if not is_empty(signature.copy):
            self._near.insert(article_id, copy_mh)
        if not is_empty(signature.topic):
            self._story.insert(article_id, topic_mh)
        self._entries[article_id] = _Entry(signature.copy, signature.topic, published, story_id)
        if published is not None:
            first, last = self._spans.get(story_id, (published, published))
            self._spans[story_id] = (min(first, published), max(last, published))
