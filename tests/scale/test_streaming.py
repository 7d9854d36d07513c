"""Memory stays flat while a corpus streams through ingest (apart from the near-duplicate index)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from communique.pipeline import ingest
from communique.scale.synthetic import write_corpus
from communique.settings import Settings
from tests.scale._standin import NoNlpPipeline

# The near-duplicate index holds one MinHash signature per stored article by design (that is how
# near-duplicates are found across runs); everything else must not grow with the corpus.
GROWS_BY_DESIGN = ("datasketch", "/dedup/")


@pytest.mark.slow
def test_ingest_memory_does_not_grow_with_the_corpus(settings: Settings, tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus", 2000, seed=3, per_file=500)
    run = settings.replace(db=str(tmp_path / "stream.db"), detect_language=False, batch_size=50)
    snapshots: dict[str, tracemalloc.Snapshot] = {}
    reads: list[int] = []

    def progress(read: int) -> None:
        reads.append(read)
        if read >= 400 and "early" not in snapshots:
            snapshots["early"] = tracemalloc.take_snapshot()

    tracemalloc.start()
    try:
        report = ingest(
            [str(tmp_path / "corpus")], settings=run, pipeline=NoNlpPipeline(), on_progress=progress
        )  # type: ignore[arg-type]
        snapshots["late"] = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    assert (report.read, report.stored) == (2000, 2000)
    assert reads == sorted(reads) and reads[-1] == 2000
    growth = [
        stat
        for stat in snapshots["late"].compare_to(snapshots["early"], "filename")
        if not any(part in str(stat.traceback) for part in GROWS_BY_DESIGN)
    ]
    grown = sum(stat.size_diff for stat in growth)
    # 1 600 more articles read: under 1 MB of growth means < 0.7 KB per article outside the index.
    assert grown < 1_000_000, [str(s) for s in growth[:5]]
