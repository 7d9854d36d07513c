"""communique.store — the database: schema, migrations, the ``Store`` repository, queries, exports.

See docs/stages.md for the contract and docs/schema.md for every table and export column.
"""

from communique.store.repository import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
