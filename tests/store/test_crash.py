"""Killing a writer mid-run and running it again gives exactly the data of an uninterrupted run."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from communique.store import Store
from communique.store import schema as s

ROOT = Path(__file__).resolve().parents[2]
COUNT = 60


def _run(url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tests.store._writer", url, str(COUNT)], cwd=ROOT)


def _articles(url: str) -> int:
    with Store(url) as store, store.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(s.articles)).scalar_one())


def _snapshot(url: str) -> dict[str, Any]:
    """Every table's content without surrogate keys, run ids and timestamps, in a stable order."""
    skip = {"pk", "ingested_at", "run_id", "event_pk"}
    out: dict[str, Any] = {}
    with Store(url) as store, store.connect() as conn:
        for table in s.metadata.sorted_tables:
            if table.name == "runs":
                continue
            cols = [c for c in table.c if c.name not in skip]
            rows = conn.execute(select(*cols)).all()
            out[table.name] = sorted(tuple(str(v) for v in row) for row in rows)
        topics = conn.execute(
            select(s.events.c.event_id, s.event_topics.c.topic).join(
                s.events, s.events.c.pk == s.event_topics.c.event_pk
            )
        ).all()
        out["event_topics"] = sorted(tuple(r) for r in topics)
        if conn.dialect.name == "sqlite":
            # The FTS index must hold exactly the stored articles.
            out["fts"] = conn.execute(text("SELECT count(*) FROM articles_fts")).scalar_one()
    return out


@pytest.mark.slow
def test_killed_writer_resumes_to_the_same_data(db_url: str, tmp_path: Path) -> None:
    # The uninterrupted reference run is on SQLite: the content must not depend on the backend either.
    ref_url = str(tmp_path / "reference.db")
    assert _run(ref_url).wait(timeout=300) == 0
    victim = _run(db_url)
    deadline = time.monotonic() + 120
    while _articles(db_url) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    interrupted = _articles(db_url)
    assert 5 <= interrupted < COUNT, "the writer was not killed mid-run"
    assert _run(db_url).wait(timeout=300) == 0
    assert _snapshot(db_url) == {
        k: v for k, v in _snapshot(ref_url).items() if k != "fts" or "://" not in db_url
    }
