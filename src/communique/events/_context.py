"""Context of an event: its date, its place and its topics, from the sentence around the trigger.

Dates come from the DATE entities the parser attaches to the trigger (or to the verbs it depends
on), resolved against the publication date; places from "in Moscow"-style modifiers, the city of
a visit, or the article's dateline; topics from a keyword table.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from communique.events._args import MentionIndex
from communique.events._frames import Frame
from communique.events._lexicon import topic_keywords
from communique.model import Article, DatePrecision, Modality, Place
from communique.places import Gazetteer
from communique.time import Prefer, resolve_date

__all__ = ["date_of", "place_of", "topics_of"]

_PLACE_PREPS = frozenset({"in", "at"})
# Facilities ("the White House") are not geocoded: GeoNames' alternate names would misread them.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ARRIVAL_CODES = frozenset({"042", "043", "044"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})  # "Kyiv was hit by strikes": the target city is the place
# "Monday morning" is a TIME entity; resolve_date refuses clock times, which carry no date.
_DATE_LABELS = frozenset({"DATE", "TIME"})
_BRACKETED = re.compile(r"\s*\(\s*[A-Za-z]+\s*\)")
_TEXT_WORD = re.compile(r"[a-z0-9-]+")


def date_of(
    frame: Frame, sent: Span, *, article: Article, modality: Modality, index: MentionIndex
) -> tuple[dt.date | None, DatePrecision | None, str | None]:
    """Return the event's date, precision and the expression it came from.

    Args:
        frame: the event's frame.
        sent: its sentence.
        article: the article (``published`` is the anchor).
        modality: planned events read ambiguous expressions of their own phrase forwards; an
            intent-coded event (030, 036 …) is the expression of the plan and may take the
            date of the verb that reported it.
        index: the document's mentions and entities.

    Returns:
        ``(date, precision, date_text)``; the publication date with precision "article" when
        the sentence dates nothing; ``(None, None, None)`` when the article has no date either.
    """
    scheduled = modality == "planned" and frame.code == frame.row.code
    for ent, own in _date_entities(frame, sent, index, crossing_reports=not scheduled):
        expression = _with_preposition(ent, index.text)
        # Forwards only for a date in the planned act's own phrase ("sign in January"); a date on
        # the verb that announced it ("agreed on Friday to restore") is in the past.
        prefer: Prefer = "future" if modality == "planned" and own else "past"
        resolved = resolve_date(expression, anchor=article.published, prefer=prefer)
        if resolved is not None:
            return resolved[0], resolved[1], expression
    if article.published is None:
        return None, None, None
    return article.published, "article", None


def _with_preposition(ent: Span, full_text: str) -> str:
    text = ent.text
    bracket = _BRACKETED.match(full_text, ent.end_char)
    if bracket:
        text += bracket.group(0)  # "yesterday (Tuesday)"
    head = ent.root.head
    if head.dep_ == "prep" and head.i == ent.start - 1:
        return f"{head.text} {text}"
    return text


def _date_entities(
    frame: Frame, sent: Span, index: MentionIndex, *, crossing_reports: bool
) -> list[tuple[Span, bool]]:
    """DATE entities of the sentence ranked by closeness to the trigger in the parse."""
    ancestors: dict[int, int] = {}
    current, distance = frame.token, 0
    while True:
        ancestors[current.i] = distance
        if current.head.i == current.i or distance > 6:
            break
        if current.dep_ == "ccomp" and not crossing_reports:
            break  # "said on Monday that they will meet": Monday is when it was said
        current, distance = current.head, distance + 1
    ranked: list[tuple[int, int, Span]] = []
    for ent in index.entities:
        if ent.label_ not in _DATE_LABELS or ent.start < sent.start or ent.end > sent.end:
            continue
        node, hops, nested = ent.root, 0, False
        while node.i not in ancestors and node.head.i != node.i and hops < 8:
            node, hops = node.head, hops + 1
            # A date inside a clause of its own ("an invitation to visit Russia in January")
            # dates that clause's act, not this one.
            nested = nested or (node.pos_ in {"VERB", "AUX"} and node.i not in ancestors)
        if node.i in ancestors and not nested:
            # Dates inside the trigger's own phrase rank first, then those of its governors.
            ranked.append((ancestors[node.i], hops, ent))
    ranked.sort(key=lambda r: (r[0], r[1]))
    own = ancestors.get(frame.anchor.i, 0)  # the light verb of a nominal is part of its phrase
    return [(ent, distance <= own) for distance, _, ent in ranked]


def place_of(
    frame: Frame, *, article: Article, gazetteer: Gazetteer, actor_countries: set[str], index: MentionIndex
) -> Place | None:
    """Return where the event happened.

    Args:
        frame: the event's frame.
        article: its article (the dateline is the fallback).
        gazetteer: the offline gazetteer.
        actor_countries: ISO3 codes of countries that are participants of this event, which
            are actors here rather than places.
        index: the document's mentions and entities.

    Returns:
        A ``Place``: an "in/at" place of the trigger or its anchor, the city a visit went to,
        else the geocoded dateline when a participant is of its country; None otherwise.
    """
    for head in (frame.token,) if frame.token.i == frame.anchor.i else (frame.token, frame.anchor):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                continue
            for obj in prep.children:
                place = _geocode(obj, gazetteer, index)
                if place is not None and not (
                    place.feature == "country" and place.country in actor_countries
                ):
                    return place
    heads = (frame.token,) if frame.token.i == frame.anchor.i else (frame.token, frame.anchor)
    for head in heads:
        # A city further down the clause ("hosted negotiators … in Doha", "arrested a reporter
        # in Yekaterinburg"); only cities, since "in Syria" deeper down is often the topic.
        for t in head.subtree:
            if (
                t.dep_ == "pobj"
                and t.head.lower_ in _PLACE_PREPS
                and t.head.i != head.i
                and _same_clause(t, head)
            ):
                place = _geocode(t, gazetteer, index)
                if place is not None and place.feature == "city":
                    return place
    if frame.row.code in _ARRIVAL_CODES or frame.code[:2] in _FORCE_ROOTS:
        for _, target in frame.pairs:
            if target is not None and target.ref.text:
                place = gazetteer.lookup(target.ref.text)
                if place is not None and place.feature == "city":
                    return place
    if article.dateline_place:
        # The dateline is where the reporter files from; it is the event's place only when a
        # participant belongs there (a Kyiv dateline does not put a US–Iran accusation in Kyiv).
        dateline = gazetteer.lookup(article.dateline_place)
        if dateline is not None and dateline.country in actor_countries:
            return dateline
    return None


def _same_clause(token: Token, head: Token) -> bool:
    """True when no other verb stands between ``token`` and ``head`` ("a resolution calling for
    pauses in Gaza": Gaza is where the pauses are, not where the veto was cast)."""
    node = token.head
    while node.i != head.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return node.i == head.i


def _geocode(token: Token, gazetteer: Gazetteer, index: MentionIndex) -> Place | None:
    if token.ent_type_ not in _PLACE_LABELS:
        return None
    ent = index.entity_of_token.get(token.i)
    return gazetteer.lookup(ent.text if ent is not None else token.text)


def topics_of(sent: Span) -> tuple[str, ...]:
    """Return the topics whose keywords occur in the sentence, in the table's order.

    Args:
        sent: the event's sentence.

    Returns:
        Topic names such as ("economic", "trade").
    """
    lemmas = {t.lemma_.lower() for t in sent} | set(_TEXT_WORD.findall(sent.text.lower()))
    lowered = sent.text.lower()
    return tuple(
        topic
        for topic, words, phrases in topic_keywords()
        if not lemmas.isdisjoint(words) or any(p in lowered for p in phrases)
    )
