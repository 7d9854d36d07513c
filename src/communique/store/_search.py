"""Full-text article search: FTS5 on SQLite, tsvector + GIN on PostgreSQL, with highlighted snippets."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from markupsafe import escape
from sqlalchemy import ColumnElement, Connection, column, func, literal_column, select, table

from communique.errors import QueryError
from communique.store import schema as s
from communique.store._common import connection

if TYPE_CHECKING:
    from communique.store.repository import Store

__all__ = ["search_articles"]

# Markers the database puts around matched terms; replaced after HTML-escaping the snippet. Control
# characters cannot occur in cleaned article text, so they cannot be forged by an article.
_OPEN, _CLOSE = "\x02", "\x03"
# PostgreSQL's ts_headline drops what its parser takes for HTML tags ("<script>" in a report about a
# forged page would vanish from the snippet); angle brackets are swapped for two other control
# characters for the headline and restored afterwards, so the snippet stays verbatim text.
_LT, _GT = "\x0e", "\x0f"


def _fts_terms(q: str) -> list[str]:
    return re.findall(r"\w+", q)


def _restore(raw: str) -> str:
    return raw.replace(_LT, "<").replace(_GT, ">")


def _snippet_html(raw: str) -> str:
    return str(escape(_restore(raw))).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


def search_articles(store: Store | Connection, q: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Full-text search over article titles and texts (FTS5 on SQLite, tsvector on PostgreSQL).

    Every word of ``q`` must occur (stemmed); punctuation and query operators in ``q`` are
    treated as plain text, so no input can make the query fail.

    Args:
        store: the store or an open connection.
        q: the words to look for.
        limit: at most this many hits, best first.

    Returns:
        Dicts with ``id``, ``title``, ``source``, ``published``, ``rank``, ``snippet`` (plain text
        with matches in ``[`` ``]``) and ``snippet_html`` (HTML-escaped, matches in ``<mark>``).
    """
    terms = _fts_terms(q)
    if not terms:
        return []
    if not 1 <= limit <= 1000:
        raise QueryError(f"limit must be between 1 and 1000, not {limit}")
    a = s.articles
    with connection(store) as conn:
        if conn.dialect.name == "sqlite":
            fts_table = table("articles_fts", column("rowid"), column("rank"))
            fts: ColumnElement[Any] = literal_column("articles_fts")
            match = " ".join('"' + t.replace('"', "") + '"' for t in terms)
            snippet = func.snippet(fts, 1, _OPEN, _CLOSE, "…", 24).label("snippet")
            rank: ColumnElement[Any] = fts_table.c.rank
            query = (
                select(a.c.id, a.c.title, a.c.source, a.c.published, snippet, rank.label("rank"))
                .select_from(a.join(fts_table, fts_table.c.rowid == a.c.pk))
                .where(fts.op("MATCH")(match))
                .order_by(rank, a.c.pk)
                .limit(limit)
            )
        else:
            tsq = func.plainto_tsquery("english", " ".join(terms))
            vector: ColumnElement[Any] = literal_column("articles.search")
            options = f"StartSel={_OPEN}, StopSel={_CLOSE}, MaxWords=40, MinWords=15, MaxFragments=2"
            rank = func.ts_rank(vector, tsq)  # a tsvector column outside metadata (see _fulltext)
            query = (
                select(
                    a.c.id,
                    a.c.title,
                    a.c.source,
                    a.c.published,
                    func.ts_headline(
                        "english", func.translate(a.c.text, "<>", _LT + _GT), tsq, options
                    ).label("snippet"),
                    (-rank).label("rank"),
                )
                .where(vector.op("@@")(tsq))
                .order_by(rank.desc(), a.c.pk)
                .limit(limit)
            )
        rows = conn.execute(query).mappings().all()
    return [
        {
            "id": r["id"],
            "title": r["title"],
            "source": r["source"],
            "published": r["published"].isoformat() if r["published"] else None,
            "rank": float(r["rank"]),
            "snippet": _restore(str(r["snippet"])).replace(_OPEN, "[").replace(_CLOSE, "]"),
            "snippet_html": _snippet_html(str(r["snippet"])),
        }
        for r in rows
    ]
