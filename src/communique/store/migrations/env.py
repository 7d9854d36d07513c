"""Alembic environment: migrations always run on a connection handed over by ``store.engine``."""

from __future__ import annotations

from alembic import context

from communique.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable by running the alembic CLI by hand
    raise RuntimeError("run migrations through communique.store (Store(url) upgrades on first use)")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
