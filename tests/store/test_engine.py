"""Opening databases: URL forms, Alembic migration to head, full-text objects on each backend."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from communique.store import Store
from communique.store import schema as s
from communique.store.engine import _head, _script_location


def test_new_database_is_migrated_to_head_with_every_table(store: Store) -> None:
    with store.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        tables = set(inspect(conn).get_table_names())
    assert version == _head()
    assert {t.name for t in s.metadata.sorted_tables} <= tables


def test_fulltext_objects_exist_for_the_backend(store: Store) -> None:
    with store.connect() as conn:
        if store.dialect == "sqlite":
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert {"articles_fts", "articles_fts_ai", "articles_fts_ad", "articles_fts_au"} <= names
        else:
            columns = {c["name"] for c in inspect(conn).get_columns("articles")}
            assert "search" in columns


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store(str(path))
    config = Config()
    config.set_main_option("script_location", _script_location())
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with store.engine.connect() as conn:
        assert "events" not in inspect(conn).get_table_names()
    store.close()
    # Re-opening upgrades again.
    with Store(str(path)) as again, again.connect() as conn:
        assert "events" in inspect(conn).get_table_names()


def test_concurrent_first_opens_all_succeed(db_url: str) -> None:
    """Several processes opening one new database at once all end up with the migrated schema."""
    import subprocess
    import sys

    code = "import sys; from communique.store import Store; Store(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url], stderr=subprocess.PIPE) for _ in range(4)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    with Store(db_url) as store, store.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == _head()
