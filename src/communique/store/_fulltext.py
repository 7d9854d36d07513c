"""Backend-specific full-text objects: an FTS5 table on SQLite, a tsvector + GIN index on PostgreSQL.

They sit outside ``schema.metadata`` because neither can be expressed portably; the initial
migration creates them right after the tables. The DDL below is fixed text with no user input.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

__all__ = ["create_fulltext", "drop_fulltext"]

# External-content FTS5 table over articles(title, text) keyed by articles.pk; triggers keep it in
# sync with every insert, update and delete, whoever writes the row.
_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='pk', tokenize='porter unicode61')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.pk, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.pk, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END",
)

# A stored generated column keeps the tsvector in sync without triggers (PostgreSQL ≥ 12).
_POSTGRES_DDL = (
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english', text), 'B')) STORED",
    "CREATE INDEX IF NOT EXISTS ix_articles_search ON articles USING gin (search)",
)


def create_fulltext(conn: Connection) -> None:
    """Create the full-text search objects for the connection's backend.

    Args:
        conn: a connection inside the migration's transaction.
    """
    ddl = _SQLITE_DDL if conn.dialect.name == "sqlite" else _POSTGRES_DDL
    for statement in ddl:
        conn.execute(text(statement))


def drop_fulltext(conn: Connection) -> None:
    """Drop what ``create_fulltext`` created (downgrade of the initial migration).

    Args:
        conn: a connection inside the migration's transaction.
    """
    if conn.dialect.name == "sqlite":
        for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))  # fixed names, no input
        conn.execute(text("DROP TABLE IF EXISTS articles_fts"))
    else:
        conn.execute(text("DROP INDEX IF EXISTS ix_articles_search"))
        conn.execute(text("ALTER TABLE articles DROP COLUMN IF EXISTS search"))
