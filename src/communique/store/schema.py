"""The relational schema of communique, declared once with SQLAlchemy Core.

Core tables (not ORM classes) so that rows are plain mappings: nothing that leaves ``store`` can be
a live ORM object. The same ``metadata`` serves SQLite and PostgreSQL; the few backend-specific
objects (the FTS5 table and its triggers, the PostgreSQL tsvector column) are created by the
initial migration next to ``metadata.create_all`` (see ``_fulltext``).

Every event keeps the offsets of its evidence (sentence, trigger, participants) into the cleaned
article text, so any number can be audited against the text it came from.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

__all__ = [
    "actor_roles",
    "actor_variants",
    "actors",
    "article_sources",
    "articles",
    "canonical_events",
    "dedup_bands",
    "dedup_kinds",
    "dedup_unfiled",
    "event_topics",
    "events",
    "mentions",
    "metadata",
    "quotes",
    "runs",
    "stories",
]

# Deterministic constraint names so Alembic migrations can refer to them on both backends.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

runs = Table(
    "runs",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("articles", Integer, nullable=False, default=0),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("first_published", Date),
    Column("last_published", Date),
    Column("article_count", Integer, nullable=False, default=0),
)

# ``pk`` is an integer surrogate key because SQLite FTS5 external-content tables need an integer
# rowid; ``id`` is the pipeline's stable article id.
articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(80), nullable=False, unique=True),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("raw_text", Text, nullable=False),
    Column("source", String(200)),
    Column("url", Text),
    Column("published", Date),
    Column("author", String(300)),
    Column("agency", String(100)),
    Column("dateline_place", String(200)),
    Column("language", String(12), nullable=False),
    Column("content_hash", String(80), nullable=False),
    Column("origin", Text),
    Column("removed", Text, nullable=False, default="[]"),  # JSON list of cleaning rules
    Column("story_id", String(80), ForeignKey("stories.id")),
    Column("near_duplicate_of", String(80)),
    Column("similarity", Float),
    Column("signature", LargeBinary),
    Column("skipped_reason", String(200)),
    Column("warnings", Text, nullable=False, default="[]"),  # JSON list
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("run_id", String(36), ForeignKey("runs.id")),
    Index(None, "published"),
    Index(None, "story_id"),
    Index(None, "source"),
)

article_sources = Table(
    "article_sources",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(80), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("source", String(200), nullable=False, default=""),
    Column("url", Text, nullable=False, default=""),
    UniqueConstraint("article_id", "source", "url"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("country", String(12)),
    Column("sector", String(12)),
    Column("kind", String(20), nullable=False, default="unknown"),
    Column("role", String(200)),
    Column("former", Boolean, nullable=False, default=False),
    Column("first_seen", Date),
    Column("last_seen", Date),
    Column("article_count", Integer, nullable=False, default=0),
    Index(None, "country"),
    Index(None, "name"),
)

actor_variants = Table(
    "actor_variants",
    metadata,
    Column("actor_id", String(200), ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("variant", String(300), primary_key=True),
)

actor_roles = Table(
    "actor_roles",
    metadata,
    Column("actor_id", String(200), ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(200), primary_key=True),
    Column("sector", String(12)),
    Column("first_seen", Date),
    Column("last_seen", Date),
)

mentions = Table(
    "mentions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(80), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("actor_id", String(200), ForeignKey("actors.id"), nullable=False),
    Column("via", String(20), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("members", Text, nullable=False, default="[]"),  # JSON list of actor ids (collectives)
    Index(None, "article_id"),
    Index(None, "actor_id", "article_id"),
)

# One row per real-world event; ``id`` is the event_id of its first report. ``mentions`` counts the
# reports (events rows) linked to it across articles of the same story.
canonical_events = Table(
    "canonical_events",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("story_id", String(80), nullable=False),
    Column("dyad_key", String(420), nullable=False),
    Column("cameo_root", String(4), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("day", Date, nullable=False),
    Column("mentions", Integer, nullable=False, default=1),
    Index(None, "story_id", "dyad_key", "cameo_root"),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(120), nullable=False, unique=True),
    Column("article_id", String(80), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("canonical_id", String(120), nullable=False),
    Column("is_canonical", Boolean, nullable=False),
    Column("story_id", String(80)),
    Column("sentence", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("cameo", String(4), nullable=False),
    Column("cameo_root", String(4), nullable=False),
    Column("plover", String(40)),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("modality", String(20), nullable=False),
    Column("date", Date),
    Column("date_precision", String(10)),
    Column("date_text", Text),
    # The event date, else the article's publication date, else 0001-01-01: never NULL so it can
    # be the leading key of the keyset pagination and of the per-period aggregates.
    Column("day", Date, nullable=False),
    Column("location_name", String(300)),
    Column("location_country", String(12)),
    Column("location_lat", Float),
    Column("location_lon", Float),
    Column("location_geonameid", Integer),
    Column("location_feature", String(20)),
    *(
        col
        for side in ("source", "target")
        for col in (
            Column(f"{side}_text", Text),
            Column(f"{side}_name", String(300)),
            Column(f"{side}_country", String(12)),
            Column(f"{side}_sector", String(12)),
            Column(f"{side}_actor_id", String(200)),
            Column(f"{side}_role", String(200)),
            Column(f"{side}_start", Integer),
            Column(f"{side}_end", Integer),
        )
    ),
    Column("reported_by", Text, nullable=False, default="[]"),  # JSON list of names
    Column("topics", Text, nullable=False, default="[]"),  # JSON list; filtered via event_topics
    Column("rule", String(200), nullable=False, default=""),
    Column("confidence", Float, nullable=False, default=1.0),
    Column("reciprocal", Boolean, nullable=False, default=False),
    Index(None, "day", "pk"),
    Index(None, "article_id"),
    # Covers the dyad timeline: the aggregate reads the index alone, never the wide rows.
    Index(
        None, "source_country", "target_country", "day", "quad_class", "goldstein", "modality", "is_canonical"
    ),
    # Newest-first pages of one side's events (list_events queries each side separately).
    Index(None, "source_country", "day", "pk"),
    Index(None, "target_country", "day", "pk"),
    Index(None, "source_actor_id", "day", "pk"),
    Index(None, "target_actor_id", "day", "pk"),
    Index(None, "cameo_root", "day"),
    Index(None, "canonical_id"),
)

event_topics = Table(
    "event_topics",
    metadata,
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
    Column("topic", String(100), primary_key=True),
    Index(None, "topic", "event_pk"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(80), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("speaker_text", Text),
    Column("speaker_name", String(300)),
    Column("speaker_country", String(12)),
    Column("speaker_sector", String(12)),
    Column("speaker_actor_id", String(200)),
    Index(None, "article_id"),
    Index(None, "speaker_actor_id"),
)

# The near-duplicate/story index (``communique.dedup``): each signed article filed under the LSH
# band keys of its signatures, so a new article's candidates are one indexed look-up and the
# ingesting process holds no index in memory. ``kind`` names the signature and band layout
# ("copy:14x9"); ``week`` (publication day ordinal // 7, NULL when undated) bounds story queries.
# No foreign key: the rows are written in the article's own transaction, and candidates are joined
# with ``articles`` anyway.
dedup_bands = Table(
    "dedup_bands",
    metadata,
    Column("kind", String(16), primary_key=True),
    Column("band_key", BigInteger, primary_key=True, autoincrement=False),
    Column("article_id", String(80), primary_key=True),
    Column("week", Integer),
)

# The band layouts every stored article has been filed under (a new layout is filled in once).
dedup_kinds = Table(
    "dedup_kinds",
    metadata,
    Column("kind", String(16), primary_key=True),
)

# Signed articles saved without their band keys (by a writer whose index is not the store's, e.g.
# an in-memory one): the next ``DuplicateIndex`` over the store files them and empties this.
dedup_unfiled = Table(
    "dedup_unfiled",
    metadata,
    Column("article_id", String(80), primary_key=True),
)
