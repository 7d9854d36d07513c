"""Evidence highlighting: every piece of text escaped, spans marked by offsets, overlaps nested."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from communique.web._highlight import Span, event_spans, find_in, highlight

TAG = re.compile(r"</?mark[^>]*>")


def test_highlight_marks_the_offsets_given() -> None:
    text = "Russia signed a deal with Iran."
    out = str(highlight(text, [Span(0, 6, "source"), Span(7, 13, "trigger"), Span(26, 30, "target")]))
    assert '<mark class="hl hl-source"' in out
    assert re.search(r'hl-trigger"[^>]*>signed</mark>', out)
    assert re.search(r'hl-target"[^>]*>Iran</mark>', out)


def test_highlight_escapes_markup_in_the_text() -> None:
    text = "Iran <script>alert(1)</script> and <img src=x onerror=alert(2)> Russia"
    out = str(highlight(text, [Span(0, 4, "source"), Span(len(text) - 6, len(text), "target")]))
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(2)&gt;" in out


def test_highlight_nests_overlapping_spans_as_combined_classes() -> None:
    text = "Lavrov met Araghchi."
    out = str(highlight(text, [Span(0, 20, "sentence"), Span(7, 10, "trigger")]))
    assert re.search(r'class="hl hl-sentence hl-trigger"[^>]*>met</mark>', out)
    assert re.search(r'class="hl hl-sentence"[^>]*>Lavrov </mark>', out)


def test_highlight_ignores_spans_outside_the_text() -> None:
    out = str(highlight("short", [Span(3, 99, "source"), Span(-1, 2, "target")]))
    assert out == "short"


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=5))
def test_highlight_keeps_the_text_exactly(text: str, ranges: list[tuple[int, int]]) -> None:
    spans = [Span(min(a, b), max(a, b), "source") for a, b in ranges]
    out = str(highlight(text, spans))
    assert html.unescape(TAG.sub("", out)) == text
    assert "<" not in TAG.sub("", out)


def test_find_in_stays_inside_the_sentence() -> None:
    text = "On Monday they met. On Monday again they talked."
    found = find_in(text, "on monday", start=20, end=len(text))
    assert found is not None and found.start == 20


def test_event_spans_reads_offsets_and_locates_date_and_place() -> None:
    text = "Lavrov met Araghchi in Moscow on Monday."
    event = {
        "sentence_start": 0,
        "sentence_end": len(text),
        "trigger_start": 7,
        "trigger_end": 10,
        "source": {"start": 0, "end": 6},
        "target": {"start": 11, "end": 19},
        "date_text": "on Monday",
        "location": {"name": "Moscow"},
    }
    kinds = {s.kind: text[s.start : s.end] for s in event_spans(event, text)}
    assert kinds == {
        "sentence": text,
        "source": "Lavrov",
        "target": "Araghchi",
        "trigger": "met",
        "date": "on Monday",
        "place": "Moscow",
    }


def test_highlight_anchors_the_first_piece_of_a_kind() -> None:
    out = str(
        highlight(
            "Lavrov met Araghchi.", [Span(0, 20, "sentence"), Span(7, 10, "trigger")], anchor="sentence"
        )
    )
    assert out.count('id="evidence"') == 1
    assert out.startswith('<mark id="evidence" class="hl hl-sentence"')
