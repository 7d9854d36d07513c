"""The storage fixtures: every storage test runs on SQLite and on PostgreSQL.

For PostgreSQL a throwaway database ``communique_test_<random>`` is created on 127.0.0.1:5432
once per session and dropped at the end; each test then gets a clean schema by truncating.
Tests skip with a reason only when no server answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from communique.store import Store
from communique.store import schema as s
from tests._postgres import throwaway_postgres


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a fresh PostgreSQL database for this session (skips when no server answers)."""
    with throwaway_postgres("communique_test") as url:
        yield url


def _truncate_postgres(url: str) -> None:
    store = Store(url)
    try:
        with store.engine.begin() as conn:
            names = ", ".join(t.name for t in s.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    finally:
        store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL with an empty communique schema, on each backend in turn."""
    if request.param == "sqlite":
        return str(tmp_path / "db" / "communique.db")
    url: str = request.getfixturevalue("pg_url")
    _truncate_postgres(url)
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open ``Store`` on each backend in turn."""
    opened = Store(db_url)
    yield opened
    opened.close()
