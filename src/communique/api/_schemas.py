"""Pydantic models of the HTTP API: request bodies and documented responses (the API boundary only).

Field names are the export names of docs/schema.md, so the JSON of ``/api/events`` is the same
record as a line of ``communique export --format jsonl``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ActorDetail",
    "ActorOut",
    "ActorPage",
    "ActorRefOut",
    "ArticleDetail",
    "ArticleIn",
    "ArticleOut",
    "ArticlePage",
    "DyadOut",
    "EventDetail",
    "EventOut",
    "EventPage",
    "IngestResult",
    "NetworkOut",
    "PlaceOut",
    "SearchHit",
    "StatsOut",
    "TimelinePoint",
]

_NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL; refuse it at the boundary (422, not 500)


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ActorRefOut(_Out):
    """An event participant: the words of the article and the actor they resolved to."""

    text: str | None
    name: str | None
    country: str | None
    sector: str | None
    actor_id: str | None = None
    role: str | None = None
    start: int | None = None
    end: int | None = None


class PlaceOut(_Out):
    """A geocoded place."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None


class EventOut(_Out):
    """One coded event report with the evidence it came from."""

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
    cameo_label: str | None = None
    plover: str | None
    quad_class: int
    goldstein: float
    modality: str
    date: dt.date | None
    date_precision: str | None
    date_text: str | None = None
    location: PlaceOut | None
    source: ActorRefOut | None
    target: ActorRefOut | None
    reported_by: list[str] | None
    topics: list[str]
    rule: str
    confidence: float
    reciprocal: bool
    story_id: str | None
    canonical_id: str
    mentions: int = Field(description="How many reports (across articles of the story) describe this event.")


class EventPage(_Out):
    """A page of events; pass ``next_cursor`` as ``cursor`` for the next one."""

    items: list[EventOut]
    next_cursor: str | None


class Explain(_Out):
    """Why the event was coded: the rule that fired and the offsets of its evidence."""

    rule: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    source_span: list[int] | None
    target_span: list[int] | None
    date_text: str | None
    confidence: float


class EventArticle(_Out):
    """The article an event was coded from, with the text all offsets refer to."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    text: str


class Report(_Out):
    """Another report of the same canonical event."""

    event_id: str
    article_id: str
    sentence: str
    source: str | None
    published: dt.date | None
    title: str | None


class EventDetail(EventOut):
    """An event with its article, explanation and the other reports of the same event."""

    article: EventArticle
    explain: Explain
    reports: list[Report]


class ArticleOut(_Out):
    """Article metadata (no text)."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None
    author: str | None
    agency: str | None
    dateline_place: str | None
    language: str
    story_id: str | None
    near_duplicate_of: str | None
    similarity: float | None
    skipped_reason: str | None
    events: int | None = None


class ArticlePage(_Out):
    """A page of articles."""

    items: list[ArticleOut]
    next_cursor: str | None


class ArticleDetail(ArticleOut):
    """An article with its text, provenance, mentions, events and quotes."""

    text: str
    raw_text: str
    content_hash: str
    origin: str | None
    removed: list[str]
    warnings: list[str]
    ingested_at: str | None
    sources: list[dict[str, str | None]]
    mentions: list[dict[str, Any]]
    events: list[EventOut]  # type: ignore[assignment]
    quotes: list[dict[str, Any]]


class ActorOut(_Out):
    """A canonical actor."""

    actor_id: str
    name: str
    country: str | None
    sector: str | None
    kind: str
    role: str | None
    former: bool
    first_seen: dt.date | None
    last_seen: dt.date | None
    article_count: int


class ActorPage(_Out):
    """A page of actors."""

    items: list[ActorOut]
    next_cursor: str | None


class ActorDetail(ActorOut):
    """An actor with name variants, roles over time, event counts and main partners."""

    variants: list[str]
    roles: list[dict[str, Any]]
    events_as_source: int
    events_as_target: int
    partners: list[dict[str, Any]]


class TimelinePoint(_Out):
    """Counts of one period of a dyad's timeline (canonical events)."""

    period: str
    events: int
    goldstein: float
    goldstein_mean: float
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int


class DyadOut(_Out):
    """A directed dyad with its event count."""

    source: str
    target: str
    source_name: str | None
    target_name: str | None
    events: int
    goldstein: float
    conflict: int


class NetworkOut(_Out):
    """Actor network: nodes and weighted undirected edges."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class SearchHit(_Out):
    """An article matching a full-text search, with a highlighted snippet."""

    id: str
    title: str | None
    source: str | None
    published: dt.date | None
    rank: float
    snippet: str = Field(description="Plain text; matched words wrapped in [ ].")
    snippet_html: str = Field(description="HTML-escaped text; matched words wrapped in <mark>.")


class StatsOut(_Out):
    """Corpus summary."""

    articles: int
    skipped: int
    stories: int
    actors: int
    events: int
    canonical_events: int
    date_from: dt.date | None
    date_to: dt.date | None
    events_by_root: list[dict[str, Any]]
    events_by_plover: list[dict[str, Any]]
    events_by_modality: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    top_dyads: list[DyadOut]


class ArticleIn(BaseModel):
    """One article to ingest, shaped like a line of the JSONL ingest format."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=80, pattern=_NO_NUL)
    title: str | None = Field(default=None, max_length=2000, pattern=_NO_NUL)
    text: str | None = Field(default=None, max_length=2_000_000, pattern=_NO_NUL)
    html: str | None = Field(default=None, max_length=5_000_000, pattern=_NO_NUL)
    url: str | None = Field(default=None, max_length=2000, pattern=_NO_NUL)
    source: str | None = Field(default=None, max_length=200, pattern=_NO_NUL)
    published: dt.date | None = None
    date: dt.date | None = Field(default=None, description="Alias of 'published' (as in the JSONL reader).")
    author: str | None = Field(default=None, max_length=300, pattern=_NO_NUL)
    language: str | None = Field(default=None, max_length=12, pattern=_NO_NUL)


class IngestResult(BaseModel):
    """What happened to a posted article."""

    id: str
    stored: bool = Field(description="False when an article with the same id (same text) was already stored.")
    events: int
    story_id: str | None = None
    near_duplicate_of: str | None = None
    status: Literal["stored", "already_stored", "skipped"]
