"""Make the test package importable in worker processes.

Executors unpickle batch functions by module name in fresh processes (forkserver, Dask's spawned
workers), which see ``sys.path`` as it was when they started but not pytest's own import hooks;
the stand-in functions live in ``tests.scale._standin``, so the repository root must be on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


import secrets  # noqa: E402  (after the sys.path set-up above, on purpose)
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.exc import OperationalError  # noqa: E402

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="module")
def pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this module's tests, dropped afterwards."""
    name = f"communique_scale_{secrets.token_hex(4)}"
    server = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        server.dispose()
        pytest.skip(f"no PostgreSQL server: {exc}")
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()
