"""The shared data model: frozen dataclasses that flow one way through the pipeline stages.

ingest -> ``RawDocument``; clean -> ``Article``; actors -> ``Mention`` (each carrying a resolved
``Actor``); events -> ``Event`` and ``Quote``; the orchestrator bundles them in ``ProcessedArticle``.
Offsets (``start``/``end``) are always character offsets into ``Article.text`` (the cleaned text).
ORM rows never appear here; ``store`` converts at its boundary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "MODALITIES",
    "Actor",
    "ActorRef",
    "Article",
    "DedupInfo",
    "Event",
    "Mention",
    "Modality",
    "Place",
    "ProcessedArticle",
    "Quote",
    "RawDocument",
]

Modality = Literal["asserted", "planned", "hypothetical", "negated", "denied", "alleged"]
MODALITIES: tuple[Modality, ...] = ("asserted", "planned", "hypothetical", "negated", "denied", "alleged")
DatePrecision = Literal["day", "month", "year", "article"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document as a reader found it, before cleaning.

    ``text`` or ``html`` holds the body (a reader fills one of them). ``origin`` names where it
    came from ("path/to/file.jsonl:12") so errors and provenance can point back at it.
    """

    origin: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    author: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``text`` is what every offset refers to; ``raw_text`` is kept for audit."""

    id: str
    text: str
    raw_text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    author: str | None = None
    agency: str | None = None
    dateline_place: str | None = None
    language: str = "en"
    origin: str | None = None
    content_hash: str = ""
    removed: tuple[str, ...] = ()  # names of the cleaning rules that removed something


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor identity.

    ``id`` is a stable key ("IRN", "IRN:GOV", "person:sergei-lavrov", "IGO:EAEU"); ``country`` an
    ISO3 code or a non-state code (IGO, NGO, MNC); ``sector`` a PLOVER/CAMEO sector code (GOV, MIL,
    LEG, ...) or None for a country as a whole.
    """

    id: str
    name: str
    country: str | None
    sector: str | None = None
    kind: Literal["country", "person", "organization", "igo", "group", "unknown"] = "unknown"
    role: str | None = None
    former: bool = False
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the article that refers to an actor, with the actor it resolved to.

    ``via`` tells how it resolved: "ner", "ruler", "kb", "title", "surname", "pronoun", "collective".
    A collective mention ("the two countries") may resolve to several actors: ``members``.
    """

    start: int
    end: int
    text: str
    actor: Actor
    via: str = "ner"
    sentence_index: int = 0
    members: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An event participant as exported: the mention text plus its resolved identity."""

    text: str
    name: str
    country: str | None
    sector: str | None
    actor_id: str | None = None
    role: str | None = None
    start: int | None = None
    end: int | None = None

    @classmethod
    def from_mention(cls, mention: Mention, actor: Actor | None = None) -> ActorRef:
        """Build a participant from a mention (optionally one member ``actor`` of a collective)."""
        who = actor or mention.actor
        return cls(
            text=mention.text,
            name=who.name,
            country=who.country,
            sector=who.sector,
            actor_id=who.id,
            role=who.role,
            start=mention.start,
            end=mention.end,
        )


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place: a name, its ISO3 country and coordinates (None where unknown)."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # "city", "country", "region"


@dataclass(frozen=True, slots=True)
class Event:
    """One coded interaction, with everything needed to audit it against the article text."""

    event_id: str
    article_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    modality: Modality = "asserted"
    source: ActorRef | None = None
    target: ActorRef | None = None
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    location: Place | None = None
    reported_by: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    rule: str = ""
    confidence: float = 1.0
    reciprocal: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect quotation with its resolved speaker."""

    article_id: str
    text: str
    start: int
    end: int
    speaker: ActorRef | None
    kind: Literal["direct", "indirect"] = "direct"


@dataclass(frozen=True, slots=True)
class DedupInfo:
    """Where an article stands among the others: near-duplicate of which, in which story.

    ``signature`` is the MinHash signature (serialised) that ``store`` keeps so a later run can
    rebuild the index without re-reading texts.
    """

    story_id: str
    signature: bytes = b""
    near_duplicate_of: str | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class ProcessedArticle:
    """Everything the pipeline derived from one article; what ``store`` persists in one transaction."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dedup: DedupInfo | None = None
    skipped_reason: str | None = None  # e.g. "non-English" — stored, not coded
    warnings: tuple[str, ...] = field(default_factory=tuple)
