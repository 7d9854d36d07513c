"""Make the test package importable in worker processes.

Executors unpickle batch functions by module name in fresh processes (forkserver, Dask's spawned
workers), which see ``sys.path`` as it was when they started but not pytest's own import hooks;
the stand-in functions live in ``tests.scale._standin``, so the repository root must be on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


from collections.abc import Iterator  # noqa: E402  (after the sys.path set-up above, on purpose)

import pytest  # noqa: E402

from tests._postgres import throwaway_postgres  # noqa: E402


@pytest.fixture(scope="module")
def pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this module's tests, dropped afterwards."""
    with throwaway_postgres("communique_scale") as url:
        yield url
