"""Initial schema: every table of ``store.schema`` plus the backend's full-text objects.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

from communique.store._fulltext import create_fulltext, drop_fulltext
from communique.store.schema import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the baseline schema.

    The baseline is ``metadata`` as of this revision; a later schema change gets its own revision
    with explicit ``op.*`` steps (and this one then pins the tables it created).
    """
    bind = op.get_bind()
    metadata.create_all(bind)
    create_fulltext(bind)


def downgrade() -> None:
    """Drop everything the baseline created."""
    bind = op.get_bind()
    drop_fulltext(bind)
    metadata.drop_all(bind)
