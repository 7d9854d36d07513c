"""communique.time — date expressions of events resolved against the publication date.

See ``docs/stages.md``: ``resolve_date(expression, *, anchor) -> tuple[date, precision] | None``.
"""

from communique.time.dates import Precision, Prefer, resolve_date

__all__ = ["Precision", "Prefer", "resolve_date"]
