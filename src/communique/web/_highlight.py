"""Evidence highlighting: article text with the event's spans marked, escaped segment by segment.

Article text is untrusted. The highlighted HTML is therefore never made by inserting tags into the
raw text (a replacement could land inside an entity or an attacker's markup); instead the text is
cut at every span boundary and each piece is escaped on its own before the ``<mark>`` tags that
wrap it are added. Overlapping spans (a trigger inside the sentence, a source inside a quote) are
handled by a boundary sweep: every elementary piece carries the set of spans covering it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

__all__ = ["SPAN_LABELS", "Span", "article_spans", "event_spans", "find_in", "highlight", "merge_kinds"]

# The order is the nesting/priority order used for the CSS class list and the legend.
SPAN_LABELS: dict[str, str] = {
    "sentence": "evidence sentence",
    "quote": "quotation",
    "mention": "actor mention",
    "source": "source actor",
    "target": "target actor",
    "trigger": "trigger",
    "date": "date",
    "place": "place",
}


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled character range ``[start, end)`` of the article text."""

    start: int
    end: int
    kind: str


def find_in(text: str, needle: str | None, *, start: int, end: int) -> Span | None:
    """Locate ``needle`` inside ``text[start:end]`` (the evidence sentence), case-insensitively.

    The store keeps offsets for actors and triggers but only the surface form of a date or place;
    looking for that form inside the event's own sentence keeps the highlight on the right
    occurrence instead of the first one in the article.

    Args:
        text: the article text.
        needle: the surface form to find (``None`` or empty finds nothing).
        start: start of the window to search.
        end: end of the window to search.

    Returns:
        A ``Span`` of kind ``"?"`` (the caller sets the kind) or ``None``.
    """
    if not needle or start < 0 or end <= start:
        return None
    at = text.lower().find(needle.lower(), start, end)
    if at < 0:
        return None
    return Span(at, at + len(needle), "?")


def _pair(start: Any, end: Any) -> tuple[int, int] | None:
    if isinstance(start, int) and isinstance(end, int) and end > start:
        return start, end
    return None


def _offsets(ref: Any) -> tuple[int, int] | None:
    return _pair(ref.get("start"), ref.get("end")) if isinstance(ref, Mapping) else None


def event_spans(event: Mapping[str, Any], text: str) -> list[Span]:
    """Return the spans to highlight for one event dict (as ``get_event`` returns it).

    Args:
        event: the event, with ``sentence_start``/``sentence_end``, ``trigger_start``/``trigger_end``,
            ``source``/``target`` carrying ``start``/``end``, ``date_text`` and ``location``.
        text: the article text the offsets refer to.

    Returns:
        The spans that lie inside the text, in ``SPAN_LABELS`` order.
    """
    spans: list[Span] = []
    sentence = _pair(event.get("sentence_start"), event.get("sentence_end"))
    if sentence:
        spans.append(Span(*sentence, "sentence"))
    for role in ("source", "target"):
        offsets = _offsets(event.get(role))
        if offsets:
            spans.append(Span(*offsets, role))
    trigger = _pair(event.get("trigger_start"), event.get("trigger_end"))
    if trigger:
        spans.append(Span(*trigger, "trigger"))
    if sentence:
        location = event.get("location")
        place_name = location.get("name") if isinstance(location, Mapping) else location
        for kind, needle in (("date", event.get("date_text")), ("place", place_name)):
            found = find_in(
                text, needle if isinstance(needle, str) else None, start=sentence[0], end=sentence[1]
            )
            if found:
                spans.append(Span(found.start, found.end, kind))
    return [s for s in spans if 0 <= s.start < s.end <= len(text)]


def article_spans(article: Mapping[str, Any]) -> list[Span]:
    """Return the spans to highlight on an article page: quotes, actor mentions and event triggers.

    Args:
        article: the article dict of ``get_article`` (``mentions``, ``events``, ``quotes``).

    Returns:
        The spans (those outside the text are dropped by ``highlight``).
    """
    spans: list[Span] = []
    for quote in article.get("quotes") or ():
        pair = _pair(quote.get("start"), quote.get("end"))
        if pair:
            spans.append(Span(*pair, "quote"))
    for mention in article.get("mentions") or ():
        pair = _pair(mention.get("start"), mention.get("end"))
        if pair:
            spans.append(Span(*pair, "mention"))
    for event in article.get("events") or ():
        pair = _pair(event.get("trigger_start"), event.get("trigger_end"))
        if pair:
            spans.append(Span(*pair, "trigger"))
    return spans


def highlight(
    text: str, spans: Iterable[Span], *, titles: Mapping[str, str] | None = None, anchor: str | None = None
) -> Markup:
    """Render ``text`` as HTML with every span wrapped in ``<mark>``; all text is escaped.

    Args:
        text: the untrusted article text.
        spans: labelled ranges; they may overlap or nest.
        titles: optional tooltip per kind (defaults to ``SPAN_LABELS``).
        anchor: a kind whose first piece gets ``id="evidence"`` (a link target on the page).

    Returns:
        Safe HTML: escaped text pieces, each covered piece inside
        ``<mark class="hl hl-<kind>…" data-kinds="…">``.
    """
    titles = titles or SPAN_LABELS
    order = {kind: i for i, kind in enumerate(SPAN_LABELS)}
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    parts: list[str] = []
    for left, right in itertools.pairwise(cuts):
        piece = str(escape(text[left:right]))
        kinds = sorted(
            {s.kind for s in valid if s.start <= left and right <= s.end}, key=lambda k: order.get(k, 99)
        )
        if not kinds:
            parts.append(piece)
            continue
        classes = " ".join(f"hl-{k}" for k in kinds)
        title = ", ".join(titles.get(k, k) for k in kinds)
        ident = ""
        if anchor in kinds:
            ident, anchor = ' id="evidence"', None
        parts.append(
            f'<mark{ident} class="hl {escape(classes)}" data-kinds="{escape(" ".join(kinds))}" '
            f'title="{escape(title)}">{piece}</mark>'
        )
    return Markup("".join(parts))  # noqa: S704 - every piece above was escaped individually


def merge_kinds(spans: Sequence[Span]) -> list[str]:
    """Return the kinds present among ``spans`` in legend order (for the legend under the text)."""
    present = {s.kind for s in spans}
    return [k for k in SPAN_LABELS if k in present]
