"""Date values as gold files write them: ISO ("2021-10-07") or compact ("20211007")."""

from __future__ import annotations

import datetime as dt

__all__ = ["parse_gold_date"]


def parse_gold_date(value: object, *, where: str) -> dt.date:
    """Parse an ISO or compact date, or a datetime string whose date part is wanted.

    Args:
        value: the value from the gold file.
        where: file and record, for the message.

    Returns:
        The date.

    Raises:
        ValueError: the value is not such a date (the readers turn it into an EvaluationError).
    """
    if not isinstance(value, str):
        raise ValueError(f"{where}: date {value!r} is not a string")
    text = value.strip()
    if len(text) == 8 and text.isdigit():
        return dt.datetime.strptime(text, "%Y%m%d").date()
    if len(text) > 10 and text[10] in "T ":
        return dt.datetime.fromisoformat(text).date()
    return dt.date.fromisoformat(text)
