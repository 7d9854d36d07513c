"""Token-level helpers of the actor stage: spans, title walks, collectives, quotations.

Private to ``communique.actors``; ``resolver`` finds and resolves mentions with them.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from communique.actors._tables import titles
from communique.actors.coref import NUMBER_WORDS
from communique.actors.phrase import Reading
from communique.model import Actor

__all__ = [
    "ENTITY_LABELS",
    "LOCATIVE",
    "PERSON_LABELS",
    "PLURAL_PRONOUNS",
    "PRONOUNS",
    "SUBJECT_DEPS",
    "Found",
    "appositive_end",
    "collective_actor",
    "collectives",
    "countries_by_sentence",
    "cover",
    "dateline_dash",
    "is_subject",
    "merge_conjoined",
    "name_length",
    "opens_line",
    "quoted_tokens",
    "title_last_words",
    "title_start",
    "trim",
]

PERSON_LABELS = frozenset({"PERSON"})
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM"})
_TITLE_PREPS = frozenset({"of", "to", "for"})
_TITLE_WORDS = frozenset({"former", "deputy", "ex", "vice", "acting", "his", "her", "their", "its"})
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "within", "across"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COLLECTIVE_NOUNS = frozenset(
    {
        "countries",
        "sides",
        "nations",
        "parties",
        "states",
        "governments",
        "capitals",
        "neighbours",
        "neighbors",
    }
)


@dataclass
class Found:
    start: int  # token indices
    end: int
    actor: Actor | None
    via: str
    members: tuple[Actor, ...] = ()
    reading: Reading | None = None
    pending: str = ""  # "title", "pronoun", "collective": resolved in the discourse pass
    count: int = 0
    codes: tuple[str, ...] = ()  # a description's candidate countries or organisations


def trim(doc: Doc, item: Found) -> Found:
    """Cut a span at paragraph breaks and drop punctuation at its edges ("(SCO", "Leader\n\nMEHR")."""
    start, end = item.start, item.end
    breaks = [t.i for t in doc[start:end] if "\n" in t.text]
    if breaks:
        # keep the side of the break that holds the actor's anchor (the last token for names)
        last = breaks[-1]
        if item.pending in {"title", "collective"} or item.via in {"ruler", "ner", "kb"}:
            start = max(start, last + 1) if last + 1 < end else start
            end = min(end, breaks[0]) if start < breaks[0] else end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    item.start, item.end = start, end
    return item


def appositive_end(doc: Doc, ent: Span) -> int | None:
    """End of an appositive after a name (", Russia's foreign minister,"), or None."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    sent_end = ent.sent.end
    for i in range(ent.end + 1, min(sent_end, ent.end + 12)):
        token = doc[i]
        if token.text in {",", ".", ";", ")", ":"} or token.is_space:
            return i if i > ent.end + 1 else None
        if token.pos_ in {"VERB", "AUX"} or token.ent_type_ == "PERSON":
            return None
    return None


def title_start(doc: Doc, ent: Span) -> int:
    """Walk left from a name over its title phrase ("former deputy Speaker of Russia's State Duma")."""
    start = ent.start
    sent_start = ent.sent.start
    i = ent.start - 1
    while i >= sent_start:
        token: Token = doc[i]
        if token.ent_type_ == "PERSON" or token.text in {",", ":", ";", "(", ")", '"', "“", "”"}:
            break
        if token.lower_ == "of" and i > sent_start and doc[i - 1].lower_ in _followers():
            break  # "supporters of former President X" are not X: the title ends at "of"
        if token.lower_ in _TITLE_PREPS or token.text in {"'s", "’s", "-", "'", "’"}:
            i -= 1
            continue
        if token.pos_ in _TITLE_POS or token.lower_ in _TITLE_WORDS:
            if token.pos_ == "DET" and token.lower_ not in {"the"}:
                break
            start = i
            i -= 1
            continue
        break
    # Drop leading words that cannot begin a title ("international meeting of the ... of").
    while start < ent.start and not _may_start_title(doc[start]):
        start += 1
    return start


def _may_start_title(token: Token) -> bool:
    if token.lower_ in _TITLE_PREPS or token.pos_ == "DET" or token.is_punct:
        return False
    if token.text[:1].isupper() or token.ent_type_ or token.lower_ in _TITLE_WORDS:
        return True
    return token.lower_ in _title_first_words()


@functools.cache
def _followers() -> frozenset[str]:
    """Generic groups of people (``generic.tsv``): "supporters of X", "protesters of X" are not X."""
    return frozenset(t.phrase for t in titles() if t.country_from is not None and t.kind == "group")


@functools.cache
def title_last_words() -> frozenset[str]:
    """Return the last word of every title but honorifics ("minister", "police"): a title ends there."""
    return frozenset(t.phrase.split()[-1] for t in titles() if t.kind != "honorific")


@functools.cache
def _title_first_words() -> frozenset[str]:
    return frozenset(t.phrase.split()[0] for t in titles())


def name_length(doc: Doc, item: Found) -> int:
    """Return how many of a mention's tokens the NER tags as part of a person's name."""
    tokens = doc[item.start : item.end]
    return sum(1 for t in tokens if t.ent_type_ == "PERSON")


def collectives(doc: Doc, covered: list[bool]) -> list[Found]:
    """Return the pending collective mentions ("the two countries", "both sides") not yet covered.

    Args:
        doc: the parsed article.
        covered: per token, whether an earlier mention already holds it.

    Returns:
        One ``Found`` per counted or definite collective noun, its count (2 when unsaid) set.
    """
    out = []
    for token in doc:
        if token.lower_ not in _COLLECTIVE_NOUNS or covered[token.i] or token.i == 0:
            continue
        first = token.i - 1
        count = 2 if token.lower_ in {"sides", "parties"} else 0
        if doc[first].lower_ in NUMBER_WORDS:
            count = NUMBER_WORDS[doc[first].lower_] or count
            if first > 0 and doc[first - 1].lower_ == "the":
                first -= 1
        elif doc[first].lower_ != "the":
            continue
        if count or (doc[first].lower_ in {"the", "both"} and token.lower_ in {"sides", "parties"}):
            out.append(Found(first, token.i + 1, None, "collective", pending="collective", count=count or 2))
    return out


def opens_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first of its line (the text's first, or after a line break)."""
    return i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_


def dateline_dash(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the spaced dash that ends a dateline ("BAMAKO - France ...", "GOMA,
    Democratic Republic of Congo - M23 rebels ..."): a few words without a verb open its line."""
    if not 0 < i < len(doc) or doc[i].text not in {"-", "–", "—"}:
        return False
    if not (doc[i - 1].whitespace_ and doc[i].whitespace_):
        return False  # "Iran-Russia": an unspaced dash joins two names
    start = i - 1
    while not opens_line(doc, start):
        start -= 1
    if i - start > 8 or any(t.pos_ in {"VERB", "AUX"} for t in doc[start:i]):
        return False
    # a dateline opens with its place in capitals ("TBILISI -") or closes with the agency ("(AP) -");
    # "Relations between Iran - Russia" is a headline's pair
    first = doc[start].text
    return (first.isupper() and len(first) > 1) or doc[i - 1].text == ")"


def merge_conjoined(doc: Doc, found: list[Found]) -> list[Found]:
    """Join "Moscow and Tehran", "Iran-Russia", "Spain, Ireland and Norway" into one collective mention."""
    out: list[Found] = []
    for item in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _is_state(prev)
            and _is_state(item)
            and item.start - prev.end == 1
            and doc[prev.end].lower_ in {"and", "-", "–", "/", ","}
            and (doc[prev.end].text != "," or _listed_together(doc, prev, item))
            and not dateline_dash(doc, prev.end)
        ):
            members = (*(prev.members or ((prev.actor,) if prev.actor else ())), item.actor)
            members_t = tuple(m for m in members if m is not None)
            if len({m.country for m in members_t}) < len(members_t):
                out.append(item)  # "Tehran, Iran": a place and its country, not two parties
                continue
            out[-1] = Found(
                prev.start, item.end, collective_actor(members_t), "collective", members=members_t
            )
            continue
        out.append(item)
    return out


_LIST_DEPS = frozenset({"conj", "appos"})


def _listed_together(doc: Doc, prev: Found, item: Found) -> bool:
    """Whether the parse makes two names on either side of a comma one list ("Russia, China and
    Iran"): one is a conjunct or apposition of the other, or both of a shared list head. A comma
    that closes a fronted phrase ("Since the war in Ukraine, Russia has ...") joins nothing."""
    if not doc.has_annotation("DEP"):
        return True  # no parse to ask: a comma between two states is taken as a list
    left, right = doc[prev.start : prev.end], doc[item.start : item.end]
    right_root, left_root = right.root, left.root
    if right_root.dep_ in _LIST_DEPS and left.start <= right_root.head.i < left.end:
        return True
    if left_root.dep_ in _LIST_DEPS and right.start <= left_root.head.i < right.end:
        return True
    # siblings of one list head ("Spain, Ireland and Norway" parsed as two conjuncts of Spain,
    # with the head outside the right-hand span)
    return (
        right_root.dep_ in _LIST_DEPS
        and left_root.dep_ in _LIST_DEPS
        and right_root.head.i == left_root.head.i
    )


def _is_state(item: Found) -> bool:
    if item.actor is None or item.pending:
        return False
    if item.via == "collective" and item.members:
        return True
    return item.actor.kind == "country" or (item.reading is not None and item.reading.seat)


def collective_actor(members: tuple[Actor, ...]) -> Actor:
    """Return the group actor of several members ("group:FRA+GBR"), named by joining their names."""
    codes = "+".join(sorted({m.country or m.id for m in members}))
    return Actor(
        id=f"group:{codes}",
        name=" and ".join(m.name for m in members),
        country=None,
        kind="group",
    )


def is_subject(doc: Doc, item: Found) -> bool:
    """Whether a mention's words include the subject of a verb."""
    return any(t.dep_ in SUBJECT_DEPS for t in doc[item.start : item.end])


def countries_by_sentence(
    doc: Doc, found: list[Found]
) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """Sentence start → its country, three ways from one pass over the mentions.

    Returns:
        ``(country, single, subject)``: ``subject`` maps the sentences with a country as a subject
        to the first such country; ``single`` the sentences that name exactly one country to it;
        ``country`` is the subject's country, else the only one named.
    """
    per_sentence: dict[int, set[str]] = {}
    subject_of: dict[int, str] = {}
    starts = [s.start for s in doc.sents]  # once per document: ``token.sent`` rescans the doc
    for item in found:
        if item.actor is not None and not item.pending and item.actor.country:
            code = item.actor.country
            if len(code) == 3 and code not in {"IGO", "NGO", "MNC", "IMG"}:
                start = starts[bisect.bisect_right(starts, item.start) - 1]
                per_sentence.setdefault(start, set()).add(code)
                if is_subject(doc, item):
                    subject_of.setdefault(start, code)  # the first country that is a subject wins
    single = {start: next(iter(codes)) for start, codes in per_sentence.items() if len(codes) == 1}
    return {**single, **subject_of}, single, subject_of


_OPENING_QUOTES = frozenset({"“", "«"})
_CLOSING_QUOTES = frozenset({"”", "»"})
_STRAIGHT_QUOTES = frozenset({'"', "''", "``"})


def quoted_tokens(doc: Doc) -> list[bool]:
    """Which tokens are inside quotation marks (reset at each line break: quotes left open do not leak)."""
    inside, out = False, []
    # A token's trailing whitespace is one space or none, so a line break is always in its text.
    for text in (t.text for t in doc):
        if "\n" in text:
            out.append(inside)
            inside = False
            continue
        if text in _OPENING_QUOTES:
            inside = True
        elif text in _CLOSING_QUOTES:
            inside = False
        elif text in _STRAIGHT_QUOTES:
            inside = not inside
        out.append(inside)
    return out


def cover(covered: list[bool], start: int, end: int) -> None:
    """Mark tokens ``start`` to ``end`` (exclusive) as held by a mention, in place."""
    for i in range(start, end):
        covered[i] = True
