"""Store: one transaction per article, idempotent saves, sources, signatures, actor upserts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from communique.errors import StoreError
from communique.model import Event
from communique.store import Store
from communique.store import schema as s
from communique.store.engine import normalise_url
from tests.store.factories import TEXT_VISIT, followup_article, other_article, visit_article


def _count(store: Store, table: s.Table) -> int:
    with store.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_save_writes_article_with_everything_and_offsets_point_at_text(store: Store) -> None:
    assert store.save(visit_article()) is True
    assert store.has_article("a-visit")
    assert _count(store, s.events) == 3
    assert _count(store, s.mentions) == 5
    assert _count(store, s.quotes) == 1
    with store.connect() as conn:
        rows = conn.execute(select(s.events).order_by(s.events.c.pk)).mappings().all()
    for row in rows:
        assert TEXT_VISIT[row["trigger_start"] : row["trigger_end"]] == row["trigger"]
        assert TEXT_VISIT[row["sentence_start"] : row["sentence_end"]] == row["sentence"]
        assert TEXT_VISIT[row["source_start"] : row["source_end"]] == row["source_text"]
    assert rows[0]["location_name"] == "Moscow" and rows[0]["location_lat"] == pytest.approx(55.75)
    # The planned deal has no event date: its day falls back to the publication date.
    assert rows[1]["date"] is None and rows[1]["day"] == dt.date(2025, 1, 14)


def test_resaving_same_id_is_a_noop_returning_false(store: Store) -> None:
    assert store.save(visit_article())
    assert store.save(visit_article()) is False
    assert _count(store, s.articles) == 1
    assert _count(store, s.events) == 3
    with store.connect() as conn:
        count = conn.execute(select(s.actors.c.article_count).where(s.actors.c.id == "RUS:GOV")).scalar_one()
    assert count == 1


def test_failed_save_leaves_nothing_behind(store: Store) -> None:
    processed = visit_article()
    # Two events with one id violate the unique key half-way through the article's writes.
    clash = dataclasses.replace(processed.events[1], event_id=processed.events[0].event_id)
    broken = dataclasses.replace(processed, events=(processed.events[0], clash))
    with pytest.raises(StoreError, match="a-visit"):
        store.save(broken)
    assert not store.has_article("a-visit")
    for table in (s.articles, s.events, s.mentions, s.actors, s.stories, s.quotes, s.canonical_events):
        assert _count(store, table) == 0, table.name
    assert store.save(processed)


def test_add_source_records_each_extra_copy_once(store: Store) -> None:
    store.save(visit_article())
    store.add_source("a-visit", source="Agency B", url="https://b.example/1")
    store.add_source("a-visit", source="Agency B", url="https://b.example/1")
    store.add_source("a-visit", source=None, url=None)
    store.add_source("unknown-id", source="X", url=None)
    with store.connect() as conn:
        rows = conn.execute(select(s.article_sources.c.source, s.article_sources.c.url)).all()
    assert sorted(rows) == [
        ("", ""),
        ("Agency B", "https://b.example/1"),
        ("Test Wire", "https://news.example/a-visit"),
    ]


def test_dedup_signatures_round_trip_in_storage_order(store: Store) -> None:
    store.save(visit_article())
    store.save(followup_article())
    assert list(store.dedup_signatures()) == [
        ("a-visit", b"sig-a-visit", dt.date(2025, 1, 14), "a-visit"),
        ("a-followup", b"sig-a-followup", dt.date(2025, 1, 15), "a-visit"),
    ]


def test_actors_are_upserted_with_variants_roles_and_seen_dates(store: Store) -> None:
    store.save(visit_article())
    store.save(followup_article())
    store.save(other_article())
    with store.connect() as conn:
        lavrov = (
            conn.execute(select(s.actors).where(s.actors.c.id == "person:sergei-lavrov")).mappings().one()
        )
        iran = conn.execute(select(s.actors).where(s.actors.c.id == "IRN:GOV")).mappings().one()
        variants = set(
            conn.execute(
                select(s.actor_variants.c.variant).where(s.actor_variants.c.actor_id == "IRN:GOV")
            ).scalars()
        )
        roles = conn.execute(
            select(s.actor_roles).where(s.actor_roles.c.actor_id == "person:sergei-lavrov")
        ).all()
    assert lavrov["article_count"] == 2
    assert (lavrov["first_seen"], lavrov["last_seen"]) == (dt.date(2025, 1, 14), dt.date(2025, 1, 15))
    assert iran["article_count"] == 2 and iran["last_seen"] == dt.date(2025, 2, 3)
    assert {"Tehran", "Iran"} <= variants
    assert len(roles) == 1 and roles[0].role == "Foreign Minister"


def test_reports_of_one_event_in_one_story_link_to_one_canonical_event(store: Store) -> None:
    store.save(visit_article())
    store.save(followup_article(story_id="a-visit"))
    store.save(followup_article("a-elsewhere", story_id="another-story"))
    with store.connect() as conn:
        rows = conn.execute(
            select(s.events.c.event_id, s.events.c.canonical_id, s.events.c.is_canonical).order_by(
                s.events.c.pk
            )
        ).all()
        mentions = conn.execute(
            select(s.canonical_events.c.mentions).where(s.canonical_events.c.id == "a-visit-e0")
        ).scalar_one()
    by_id = {r.event_id: r for r in rows}
    # Same dyad, root 04, one day apart, same story: one event reported twice.
    assert by_id["a-followup-e0"].canonical_id == "a-visit-e0" and not by_id["a-followup-e0"].is_canonical
    assert mentions == 2
    # The same words in a different story stay a separate event.
    assert by_id["a-elsewhere-e0"].canonical_id == "a-elsewhere-e0" and by_id["a-elsewhere-e0"].is_canonical


def test_event_dates_outside_the_window_are_separate_events(store: Store) -> None:
    store.save(visit_article())
    late = followup_article()
    moved = dataclasses.replace(late.events[0], date=dt.date(2025, 1, 30))
    store.save(dataclasses.replace(late, events=(moved,)))
    with store.connect() as conn:
        canon = conn.execute(
            select(s.events.c.canonical_id).where(s.events.c.event_id == "a-followup-e0")
        ).scalar_one()
    assert canon == "a-followup-e0"


def test_article_without_dedup_info_is_its_own_story(store: Store) -> None:
    processed = dataclasses.replace(other_article(), dedup=None)
    store.save(processed)
    assert list(store.dedup_signatures()) == []
    with store.connect() as conn:
        assert conn.execute(select(s.articles.c.story_id)).scalar_one() == "a-drones"


def test_event_without_participants_is_stored(store: Store) -> None:
    processed = other_article()
    bare: Event = dataclasses.replace(processed.events[0], source=None, target=None)
    store.save(dataclasses.replace(processed, events=(bare,)))
    with store.connect() as conn:
        row = conn.execute(select(s.events)).mappings().one()
    assert row["source_name"] is None and row["canonical_id"] == row["event_id"]


def test_paths_and_sqlite_urls_open_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "c.db"
    with Store(str(path)) as first:
        first.save(other_article())
    with Store(f"sqlite:///{path}") as second:
        assert second.has_article("a-drones")
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(StoreError, match="unsupported"):
        normalise_url("mysql://u@h/db")


def test_sqlite_uses_wal_journal(tmp_path: Path) -> None:
    with Store(str(tmp_path / "w.db")) as store, store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_unopenable_database_raises_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot open database"):
        Store(str(blocker / "sub" / "c.db"))


def test_undated_events_in_undated_articles_are_stored_and_linked(store: Store) -> None:
    first = other_article()
    undated = dataclasses.replace(first, article=dataclasses.replace(first.article, published=None))
    assert store.save(undated)
    again = dataclasses.replace(
        undated,
        article=dataclasses.replace(undated.article, id="a-drones-2"),
        events=tuple(
            dataclasses.replace(e, event_id=f"2:{e.event_id}", article_id="a-drones-2")
            for e in undated.events
        ),
    )
    assert store.save(again)
    with store.connect() as conn:
        rows = conn.execute(select(s.events.c.day, s.events.c.canonical_id).order_by(s.events.c.pk)).all()
    assert {r.day for r in rows} == {dt.date(1, 1, 1)}
    # Same story (the article id), same dyad and root: the second copy's reports link to the first.
    assert [r.canonical_id for r in rows][2:] == ["a-drones-e0", "a-drones-e1"] or len(
        {r.canonical_id for r in rows}
    ) == 4


def test_in_memory_sqlite_keeps_its_data_across_connections() -> None:
    with Store("sqlite://") as store:
        assert store.save(other_article())
        assert store.has_article("a-drones")
        with store.connect() as conn:
            assert conn.execute(select(func.count()).select_from(s.events)).scalar_one() == 2
