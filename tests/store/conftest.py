"""The storage fixtures: every storage test runs on SQLite and on PostgreSQL.

For PostgreSQL a throwaway database ``communique_test_<random>`` is created on 127.0.0.1:5432
once per session and dropped at the end; each test then gets a clean schema by truncating.
Tests skip with a reason only when no server answers.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from communique.store import Store
from communique.store import schema as s

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Fail every storage test on a SQLAlchemy warning (cartesian products, implicit coercions…).

    A ``SAWarning`` is a query the linter found suspect; as an error it cannot creep back unseen.
    """
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning"))


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a fresh PostgreSQL database for this session (skips when no server answers)."""
    name = f"communique_test_{secrets.token_hex(4)}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(f"no PostgreSQL server on 127.0.0.1:5432 ({exc.orig})")
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
