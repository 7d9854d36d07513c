"""Issue #5: actors learned in earlier articles (the store) resolve surnames in later ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.pipeline import ingest
from communique.settings import Settings
from communique.store import Store
from communique.store.export import iter_records

FIRST = {
    "id": "learn-1",
    "title": "Russian envoy in Tehran",
    "text": "Russian Deputy Foreign Minister Arkady Velmont met Iranian Foreign Minister Abbas Araghchi "
    "in Tehran on Monday to discuss trade.",
    "published": "2024-06-10",
}
SECOND = {
    "id": "learn-2",
    "title": "Moscow criticises sanctions",
    "text": "Velmont criticised the European Union on Wednesday over its new sanctions.",
    "published": "2024-06-12",
}


def _write(path: Path, doc: dict[str, str]) -> str:
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return str(path)


def _velmont_mentions(db: str, article_id: str) -> list[dict[str, object]]:
    store = Store(db)
    try:
        events = [e for e in iter_records(store, what="events") if e["article_id"] == article_id]
    finally:
        store.close()
    refs = [e[side] for e in events for side in ("source", "target")]
    return [r for r in refs if isinstance(r, dict) and "Velmont" in str(r.get("name") or r.get("text"))]


@pytest.mark.slow
def test_surname_alone_resolves_to_person_learned_in_earlier_article(
    settings: Settings, tmp_path: Path
) -> None:
    db = str(tmp_path / "c.db")
    local = settings.replace(db=db, workers=1)
    first = ingest([_write(tmp_path / "a.jsonl", FIRST)], settings=local)
    assert first.stored == 1, first.errors
    store = Store(db)
    try:
        learned = [a for a in iter_records(store, what="actors") if "Velmont" in str(a["name"])]
    finally:
        store.close()
    assert learned and learned[0]["country"] == "RUS", learned
    second = ingest([_write(tmp_path / "b.jsonl", SECOND)], settings=local)
    assert second.stored == 1, second.errors
    refs = _velmont_mentions(db, "learn-2")
    assert refs, "no event with Velmont as a participant in the second article"
    assert all(r.get("country") == "RUS" and r.get("sector") == "GOV" for r in refs), refs
    assert any(r.get("actor_id") == learned[0]["actor_id"] for r in refs), (refs, learned[0])


def test_pipeline_without_learned_records_leaves_unknown_surname_unresolved(pipeline: object) -> None:
    from communique.model import Article
    from communique.pipeline import Pipeline

    assert isinstance(pipeline, Pipeline)
    processed = pipeline.process(Article(id="x", text=SECOND["text"], raw_text=SECOND["text"]))
    assert not any("Arkady" in m.actor.name for m in processed.mentions)


@pytest.mark.slow
def test_worker_processes_also_resolve_learned_surnames(settings: Settings, tmp_path: Path) -> None:
    from communique.scale import make_executor

    db = str(tmp_path / "c.db")
    local = settings.replace(db=db, workers=1)
    assert ingest([_write(tmp_path / "a.jsonl", FIRST)], settings=local).stored == 1
    with make_executor(workers=2) as executor:
        second = ingest([_write(tmp_path / "b.jsonl", SECOND)], settings=local, executor=executor)
    assert second.stored == 1, second.errors
    refs = _velmont_mentions(db, "learn-2")
    assert refs and all(r.get("country") == "RUS" for r in refs), refs


def test_stored_actor_records_never_creates_a_database(tmp_path: Path) -> None:
    from communique.pipeline import stored_actor_records

    missing = tmp_path / "nowhere" / "c.db"
    assert stored_actor_records(str(missing)) == []
    assert stored_actor_records(f"sqlite:///{missing}") == []
    assert not missing.exists()
