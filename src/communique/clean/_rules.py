"""The paragraph rules of the cleaner, in the order they run. Each is a named, separately tested step.

A rule takes the paragraphs and the per-article ``CleanState`` and returns the paragraphs it keeps
(possibly edited). Rules only remove boilerplate or edit its characters; the one exception,
``sentence_break``, appends a period (see its docstring for why).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from communique.clean._datelines import parse_byline, strip_prefix
from communique.clean._lexicon import boilerplate

__all__ = ["RULES", "CleanState", "Rule", "headline_like", "paragraph_key"]

_TERMINAL = re.compile(r"[.!?…:;][\"')\]]*$")
_SEPARATOR_ONLY = re.compile(r"[\W_]+")
_BULLET = re.compile(r"^(?:[•·▪◦‣∙●■□➤►]|[*-](?=\s))\s*")
_VIEW_COUNTER = re.compile(
    r"(?:(?:views?|reads?|visits?)\s*:?\s*\d[\d,.\s]*[kKmM]?|\d[\d,.\s]*[kKmM]?\s*(?:views?|reads?|visits?))",
    re.IGNORECASE,
)
# "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters": names are capitalised words.
_AUTHOR = re.compile(
    r"(?:By|BY)\s+(?P<name>[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|&)){1,5})"
    r"(?:\s*[,|•·-]\s*[A-Z][\w .'-]{1,40})?"
)
_MAX_HEADLINE_WORDS = 20
_MAX_HEADLINE_CHARS = 160
_MAX_SHARE_WORDS = 15
_ITEM_SEPARATORS = re.compile(r"\s*[|•·]\s*")
# Bylines are only believed in the first lines of an article; lower down a short line is text.
_BYLINE_WITHIN = 6


@dataclass
class CleanState:
    """What the rules learn about one article while cleaning it (scratch, never shared)."""

    title_key: str | None = None
    agency: str | None = None
    dateline_place: str | None = None
    author: str | None = None


Rule = Callable[[list[str], CleanState], list[str]]


def paragraph_key(text: str) -> str:
    """A comparison key: case-folded words only, so punctuation and spacing variants compare equal."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def headline_like(paragraph: str) -> bool:
    """Whether ``paragraph`` reads like a headline: short, no sentence-final punctuation, no quote."""
    return (
        0 < len(paragraph.split()) <= _MAX_HEADLINE_WORDS
        and len(paragraph) <= _MAX_HEADLINE_CHARS
        and not _TERMINAL.search(paragraph)
        and paragraph[0] not in "\"'"
    )


def bullets(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop separator-only lines ("• • •", "***", "---") and strip leading bullet marks."""
    kept = []
    for paragraph in paragraphs:
        if _SEPARATOR_ONLY.fullmatch(paragraph):
            continue
        kept.append(_BULLET.sub("", paragraph) or paragraph)
    return kept


def view_counter(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop view counters ("9504 views", "Views: 1,200")."""
    return [p for p in paragraphs if not _VIEW_COUNTER.fullmatch(p)]


def byline(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop byline lines near the top ("Kyiv • UNN"), keeping agency and place as metadata."""
    kept = []
    for index, paragraph in enumerate(paragraphs):
        found = parse_byline(paragraph) if index < _BYLINE_WITHIN else None
        if found is None:
            kept.append(paragraph)
            continue
        state.agency = state.agency or found.agency
        state.dateline_place = state.dateline_place or found.place
    return kept


def author_line(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop a "By Jane Doe" line near the top, keeping the name as the author."""
    kept = []
    for index, paragraph in enumerate(paragraphs):
        match = _AUTHOR.fullmatch(paragraph) if index < _BYLINE_WITHIN else None
        if match is None:
            kept.append(paragraph)
            continue
        state.author = state.author or match["name"]
    return kept


def agency_prefix(paragraphs: list[str], state: CleanState) -> list[str]:
    """Strip agency prefixes and datelines ("MEHR:", "Moscow (IP):"), keeping them as metadata."""
    kept = []
    for index, paragraph in enumerate(paragraphs):
        found = strip_prefix(paragraph, position=index)
        if found is None:
            kept.append(paragraph)
            continue
        rest, meta = found
        state.agency = state.agency or meta.agency
        state.dateline_place = state.dateline_place or meta.place
        if rest.strip():
            kept.append(rest.strip())
    return kept


def section_label(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop section labels on their own line ("Details", "Addendum"); the text under them stays."""
    pattern = boilerplate().section_label
    return [p for p in paragraphs if not pattern.fullmatch(p)]


def share_line(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop share/subscribe/follow prompts and similar page furniture."""
    pattern = boilerplate().share_line

    def is_furniture(paragraph: str) -> bool:
        if len(paragraph.split()) > _MAX_SHARE_WORDS:
            return False
        items = [item for item in _ITEM_SEPARATORS.split(paragraph) if item]
        return bool(items) and all(pattern.fullmatch(item) for item in items)

    return [p for p in paragraphs if not is_furniture(p)]


def credit_line(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop wire credits ("(Reporting by Jane Doe; Editing by John Roe)")."""
    pattern = boilerplate().credit_line
    return [p for p in paragraphs if not pattern.fullmatch(p)]


def related_block(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop "Read More:"/"Related news:" labels and the headline lines listed under them.

    The block ends at the first paragraph that reads like article text (sentence punctuation or an
    opening quote), so a block in the middle of an article takes only its own headlines with it.
    """
    label = boilerplate().related_label
    kept: list[str] = []
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        index += 1
        match = label.match(paragraph)
        if match is not None:
            rest = paragraph[match.end() :].strip()
            # "Read more" alone, or "Read more: <a headline>" on one line; "Related to ..." is text.
            inline = bool(rest) and match.group().rstrip().endswith((":", "|")) and headline_like(rest)
            if not rest or inline:
                while index < len(paragraphs) and headline_like(paragraphs[index]):
                    index += 1
                continue
        kept.append(paragraph)
    return kept


def repeated_title(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop paragraphs that repeat the title (pages print the headline again above the body)."""
    if not state.title_key:
        return paragraphs
    return [p for p in paragraphs if paragraph_key(p) != state.title_key]


def repeated_paragraph(paragraphs: list[str], state: CleanState) -> list[str]:
    """Drop a paragraph that repeats an earlier one (headline and lede printed twice); keep the first."""
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        # Case-insensitive but punctuation-sensitive: "Talks ended!" and "Talks ended." both stay.
        key = paragraph.casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def sentence_break(paragraphs: list[str], state: CleanState) -> list[str]:
    """End every paragraph that has no final punctuation with a period.

    Crossheads ("Russian FM: JCPOA should be implemented") and lost final periods would otherwise let
    the sentence splitter run a paragraph into the next one, and an event's evidence sentence would
    span two unrelated statements. The period changes no words and offsets are taken afterwards.
    """
    return [p if _TERMINAL.search(p) or not re.search(r"\w", p) else f"{p}." for p in paragraphs]


RULES: tuple[tuple[str, Rule], ...] = (
    ("bullets", bullets),
    ("view_counter", view_counter),
    ("byline", byline),
    ("author_line", author_line),
    ("agency_prefix", agency_prefix),
    ("section_label", section_label),
    ("share_line", share_line),
    ("credit_line", credit_line),
    ("related_block", related_block),
    ("repeated_title", repeated_title),
    ("repeated_paragraph", repeated_paragraph),
    ("sentence_break", sentence_break),
)
