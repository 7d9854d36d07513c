"""The near-duplicate/story index moves into the database: ``dedup_bands``, ``_kinds``, ``_unfiled``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Stored articles are filed under their band keys by the first ``DuplicateIndex`` opened on the
store afterwards (``dedup_kinds`` starts empty), not here: the band layout of copies depends on
the ingest's ``near_duplicate_threshold``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables (a database created at 0001 from the current schema already has them)."""
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "dedup_bands" not in existing:
        op.create_table(
            "dedup_bands",
            sa.Column("kind", sa.String(16), nullable=False),
            sa.Column("band_key", sa.BigInteger, nullable=False, autoincrement=False),
            sa.Column("article_id", sa.String(80), nullable=False),
            sa.Column("week", sa.Integer),
            sa.PrimaryKeyConstraint("kind", "band_key", "article_id", name="pk_dedup_bands"),
        )
    if "dedup_kinds" not in existing:
        op.create_table(
            "dedup_kinds",
            sa.Column("kind", sa.String(16), nullable=False),
            sa.PrimaryKeyConstraint("kind", name="pk_dedup_kinds"),
        )
    if "dedup_unfiled" not in existing:
        op.create_table(
            "dedup_unfiled",
            sa.Column("article_id", sa.String(80), nullable=False),
            sa.PrimaryKeyConstraint("article_id", name="pk_dedup_unfiled"),
        )


def downgrade() -> None:
    """Drop the tables."""
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    for name in ("dedup_unfiled", "dedup_kinds", "dedup_bands"):
        if name in existing:
            op.drop_table(name)
