"""The GDELT-like flat layout: one tab-separated row per canonical event, GDELT 1.0 column names.

Only the columns communique can fill honestly are present (no tone, no actor religion/ethnicity,
no separate actor geography); docs/schema.md maps each to its source field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["GDELT_COLUMNS", "gdelt_row"]

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
)  # fmt: skip

# GDELT's ActionGeo_Type: 1 country, 3 US city, 4 world city, 5 world state; 2/3 are US-specific.
_GEO_TYPE = {"country": 1, "region": 5, "city": 4}


def _actor(ref: dict[str, Any] | None) -> tuple[str, str, str, str]:
    if not ref:
        return "", "", "", ""
    country, sector = ref.get("country") or "", ref.get("sector") or ""
    return f"{country}{sector}", (ref.get("name") or "").upper(), country, sector


def gdelt_row(event: dict[str, Any], *, url: str | None, published: dt.date | None) -> list[Any]:
    """Lay an event out as a GDELT-like row.

    Args:
        event: the (canonical) event dict.
        url: the URL of the article it came from.
        published: that article's publication date (DATEADDED).

    Returns:
        Values in ``GDELT_COLUMNS`` order (empty strings for unknowns).
    """
    day = dt.date.fromisoformat(event["date"]) if event.get("date") else published
    a1, a2 = _actor(event.get("source")), _actor(event.get("target"))
    loc = event.get("location") or {}
    code = event["cameo"]
    return [
        event["event_id"],
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *a1,
        *a2,
        1 if event["sentence_start"] == 0 else 0,  # evidence is the article's lead sentence
        code,
        code[:3],
        event["cameo_root"],
        event["quad_class"],
        event["goldstein"],
        # Every report of a canonical event comes from a different article of its story.
        *([event.get("mentions") or 1] * 3),
        _GEO_TYPE.get(loc.get("feature") or "", 4) if loc else 0,
        loc.get("name") or "",
        loc.get("country") or "",
        "" if loc.get("lat") is None else loc["lat"],
        "" if loc.get("lon") is None else loc["lon"],
        loc.get("geonameid") or "",
        published.strftime("%Y%m%d") if published else "",
        url or "",
    ]
