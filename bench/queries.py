"""Time the query layer on a generated database (see bench/gen_events.py); target < 200 ms each.

    .venv/bin/python bench/queries.py --db /tmp/communique-bench.db --repeat 5

Prints one line per query (median and worst of ``--repeat`` runs, in ms) and a JSON summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from communique.store import Store, queries
from communique.store.queries import EventFilter


def _time(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    runs, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs), max(runs), result


def main() -> None:
    """Run each query ``--repeat`` times and report the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/communique-bench.db")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    store = Store(args.db)
    # The busiest dyad is found once, untimed: it is the worst case for the timeline.
    top = queries.top_dyads(store, limit=1, flt=EventFilter(modality=()))[0]
    a, b = top["source"], top["target"]
    flt = EventFilter(
        countries=(a,), cameo_root="04", date_from=dt.date(2022, 1, 1), date_to=dt.date(2023, 12, 31)
    )
    page_cursor: dict[str, str | None] = {"cursor": None}

    def deep_page() -> queries.Page:
        cursor = None
        for _ in range(20):
            page = queries.list_events(store, flt, limit=50, cursor=cursor)
            cursor = page.next_cursor
        page_cursor["cursor"] = cursor
        return page

    cases: dict[str, Callable[[], Any]] = {
        f"dyad_timeline {a}-{b} monthly": lambda: queries.dyad_timeline(store, a, b, interval="month"),
        f"dyad_timeline {a}->{b} weekly directed": lambda: queries.dyad_timeline(
            store, a, b, interval="week", flt=EventFilter(directed=True)
        ),
        f"list_events page 1 ({a}, root 04, 2022-2023)": lambda: queries.list_events(store, flt, limit=50),
        "list_events page 20 via cursors (20 queries)": deep_page,
        "list_events unfiltered page 1": lambda: queries.list_events(store, limit=50),
        f"list_events text search + {a}": lambda: queries.list_events(
            store, EventFilter(actor=a, text="published on 2021"), limit=50
        ),
        "get_event": lambda: queries.get_event(store, "bench-0000042:e3"),
        "top_dyads (all events)": lambda: queries.top_dyads(store, limit=20),
        "search_articles": lambda: queries.search_articles(store, "synthetic affairs", limit=20),
    }
    results = {}
    for name, fn in cases.items():
        median, worst, result = _time(fn, args.repeat)
        size = len(result.items) if isinstance(result, queries.Page) else len(result or [])
        results[name] = {"median_ms": round(median, 1), "max_ms": round(worst, 1), "rows": size}
        print(f"{name:<55} median {median:8.1f} ms   max {worst:8.1f} ms   rows {size}")
    store.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
