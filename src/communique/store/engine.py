"""Opening a database: URL normalisation, engine options per backend, and schema migration.

A plain path or a ``sqlite:///`` URL opens SQLite (parent directory created, WAL journal so the
dashboard can read while an ingest writes); ``postgresql://`` URLs use the psycopg 3 driver. The
schema is brought to the newest Alembic revision the first time a process opens a database.
"""

from __future__ import annotations

import functools
import time
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from communique.errors import StoreError

__all__ = ["migrate", "normalise_url", "open_engine"]

_ATTEMPTS = 10
_LOCK_KEY = 0x636F6D6D  # "comm": the advisory lock that serialises migrations on PostgreSQL


def normalise_url(url: str) -> str:
    """Turn a path or a database URL into the SQLAlchemy URL communique connects with.

    Args:
        url: a file path ("data/communique.db"), ``sqlite:///…``, ``postgresql://…`` or
            ``postgres://…``.

    Returns:
        The URL with an explicit driver (``postgresql+psycopg``) or an absolute SQLite path.

    Raises:
        StoreError: the URL names a backend communique does not support.
    """
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend in {"postgresql", "postgres"}:
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if backend == "sqlite":
        return url
    raise StoreError(f"unsupported database {backend!r}: use a SQLite path or a postgresql:// URL")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers (API, dashboard) never block the single writer; NORMAL sync is durable in WAL
    # mode at the transaction level that save() relies on. busy_timeout rides out short locks.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def open_engine(url: str) -> Engine:
    """Create the engine for ``url`` with communique's per-backend options, migrated to head.

    Args:
        url: a path or database URL (see ``normalise_url``).

    Returns:
        A SQLAlchemy ``Engine`` whose schema is at the newest revision.

    Raises:
        StoreError: the database cannot be opened or migrated.
    """
    full = normalise_url(url)
    parsed = make_url(full)
    try:
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            options: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 30}}
            if database in ("", ":memory:"):
                # One shared connection: each new connection to :memory: would be a new, empty database.
                options["poolclass"] = StaticPool
            else:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(full, **options)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(full, pool_pre_ping=True, pool_size=10, max_overflow=20)
        migrate(engine)
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError(
            f"cannot open database {parsed.render_as_string(hide_password=True)}: {exc}"
        ) from exc
    return engine


@functools.cache
def _script_location() -> str:
    return str(resources.files("communique.store").joinpath("migrations"))


@functools.cache
def _head() -> str | None:
    return ScriptDirectory(_script_location()).get_current_head()


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest Alembic revision (a no-op when it is already there).

    Args:
        engine: the engine to migrate.
    """
    for attempt in range(_ATTEMPTS):
        with engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == _head():
                return  # the common case: skip loading Alembic's script machinery
        try:
            _upgrade(engine)
            return
        except SQLAlchemyError:
            # Another process is migrating the same new SQLite file ("table already exists"):
            # wait for it to finish, then the check above succeeds. PostgreSQL never gets here
            # for that reason (advisory lock), only for real failures, which end the loop.
            if attempt == _ATTEMPTS - 1 or engine.dialect.name != "sqlite":
                raise
            time.sleep(0.2 * (attempt + 1))


def _upgrade(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", _script_location())
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Serialise concurrent first opens (an API and an ingest started together).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
