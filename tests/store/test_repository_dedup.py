"""The store as the dedup index's storage: same answers as in memory, nothing held in the process."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import delete, func, inspect, select

from communique.dedup import DuplicateIndex
from communique.model import Article, DedupInfo, ProcessedArticle
from communique.settings import Settings
from communique.store import Store
from communique.store import schema as s
from communique.store.engine import _script_location
from tests.dedup._stories import DAY, story_articles


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return story_articles()


def _arrivals(articles: dict[str, Article]) -> list[Article]:
    # Copies, a second report, reports outside the window, undated ones and unrelated news, in an
    # order where each decision depends on what came before.
    a, b = articles["meeting_ankara_a"], articles["meeting_ankara_b"]
    edited = a.text.replace("officials said", "diplomats said") + "\n\nThe talks lasted two hours."
    return [
        a,
        articles["unrelated_harvest"],
        dataclasses.replace(a, id="copy-1", text=edited),
        dataclasses.replace(b, published=DAY + dt.timedelta(days=2)),
        articles["related_other_meeting"],
        dataclasses.replace(b, id="late-report", published=DAY + dt.timedelta(days=9)),
        dataclasses.replace(b, id="undated-report", published=None),
        dataclasses.replace(
            a, id="late-copy", text=edited + " Later.", published=DAY + dt.timedelta(days=40)
        ),
    ]


def _save_all(store: Store, index: DuplicateIndex, arrivals: list[Article]) -> list[DedupInfo]:
    infos = []
    for article in arrivals:
        info = index.assign(article)
        store.save(ProcessedArticle(article=article, dedup=info))
        infos.append(info)
    return infos


def test_store_index_assigns_exactly_like_the_memory_index(
    store: Store, articles: dict[str, Article], settings: Settings
) -> None:
    arrivals = _arrivals(articles)
    in_memory = DuplicateIndex(settings=settings)
    expected = [in_memory.assign(article) for article in arrivals]
    got = _save_all(store, DuplicateIndex(settings=settings, storage=store.dedup_storage), arrivals)
    assert got == expected
    # The scenario exercises every outcome: a copy, a shared story, and separate stories.
    assert got[2].near_duplicate_of == arrivals[0].id
    assert got[3].story_id == got[0].story_id and got[3].near_duplicate_of is None
    assert got[5].near_duplicate_of == arrivals[3].id  # a copy, whatever its date


def test_a_new_process_finds_stored_articles_without_loading_them(
    db_url: str, articles: dict[str, Article], settings: Settings
) -> None:
    original = articles["meeting_ankara_a"]
    with Store(db_url) as first:
        info = _save_all(first, DuplicateIndex(settings=settings, storage=first.dedup_storage), [original])[0]
    with Store(db_url) as second:
        index = DuplicateIndex(settings=settings, storage=second.dedup_storage)
        assert len(index) == 0  # nothing was read into memory
        copy = index.assign(dataclasses.replace(original, id="copy", text=original.text + " Updated."))
        assert copy.near_duplicate_of == original.id and copy.story_id == info.story_id
        again = index.assign(original)  # a stored article keeps its story
        assert again.story_id == info.story_id and again.near_duplicate_of is None


def test_articles_stored_before_the_band_table_are_filed_once(
    store: Store, articles: dict[str, Article], settings: Settings
) -> None:
    original = articles["meeting_ankara_a"]
    _save_all(store, DuplicateIndex(settings=settings, storage=store.dedup_storage), [original])
    store.dedup_storage.flush()
    with store.engine.begin() as conn:  # as after upgrading a database of an older version
        conn.execute(delete(s.dedup_bands))
        conn.execute(delete(s.dedup_kinds))
    index = DuplicateIndex(settings=settings, storage=store.dedup_storage)
    with store.connect() as conn:
        kinds = set(conn.execute(select(s.dedup_kinds.c.kind)).scalars())
        filed = conn.execute(select(func.count()).select_from(s.dedup_bands)).scalar_one()
    assert len(kinds) == 3 and filed > 0
    copy = index.assign(dataclasses.replace(original, id="copy", text=original.text + " Updated."))
    assert copy.near_duplicate_of == original.id
    # A changed threshold is another copy layout: filed in addition, the story layouts untouched.
    DuplicateIndex(settings=settings.replace(near_duplicate_threshold=0.95), storage=store.dedup_storage)
    with store.connect() as conn:
        assert len(set(conn.execute(select(s.dedup_kinds.c.kind)).scalars())) == 4


def test_band_rows_are_written_with_the_article_only(
    store: Store, articles: dict[str, Article], settings: Settings
) -> None:
    index = DuplicateIndex(settings=settings, storage=store.dedup_storage)
    article = articles["unrelated_harvest"]
    _save_all(store, index, [article])
    count = select(func.count()).select_from(s.dedup_bands)
    with store.connect() as conn:  # written behind, a flush at a time; listed as unfiled meanwhile
        assert conn.execute(count).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(s.dedup_unfiled)).scalar_one() == 1
    store.dedup_storage.flush()
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(s.dedup_unfiled)).scalar_one() == 0
        first = conn.execute(count).scalar_one()
        ids = set(conn.execute(select(s.dedup_bands.c.article_id)).scalars())
    assert first > 0 and ids == {article.id}
    assert not store.save(ProcessedArticle(article=article, dedup=index.assign(article)))
    store.dedup_storage.flush()
    with store.connect() as conn:
        assert conn.execute(count).scalar_one() == first


def test_known_sources_lists_stored_ids_with_their_sources(
    store: Store, articles: dict[str, Article]
) -> None:
    article = articles["unrelated_harvest"]
    store.save(ProcessedArticle(article=article))
    store.add_source(article.id, source="Other Wire", url="https://example.org/x")
    found = store.known_sources([article.id, "not-stored"])
    assert {row[0] for row in found} == {article.id}
    assert (article.id, "Other Wire", "https://example.org/x") in found
    assert store.known_sources([]) == set()


def test_articles_saved_by_an_in_memory_index_are_filed_by_the_next_store_index(
    store: Store, articles: dict[str, Article], settings: Settings
) -> None:
    original = articles["meeting_ankara_a"]
    _save_all(store, DuplicateIndex(settings=settings), [original])  # e.g. another writer's index
    with store.connect() as conn:
        assert set(conn.execute(select(s.dedup_unfiled.c.article_id)).scalars()) == {original.id}
    index = DuplicateIndex(settings=settings, storage=store.dedup_storage)
    copy = index.assign(dataclasses.replace(original, id="copy", text=original.text + " Updated."))
    assert copy.near_duplicate_of == original.id
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(s.dedup_unfiled)).scalar_one() == 0


def test_articles_saved_before_a_crash_are_filed_by_the_next_process(
    db_url: str, articles: dict[str, Article], settings: Settings
) -> None:
    original = articles["meeting_ankara_a"]
    crashed = Store(db_url)
    _save_all(crashed, DuplicateIndex(settings=settings, storage=crashed.dedup_storage), [original])
    crashed.engine.dispose()  # no close: the band rows were never flushed
    with Store(db_url) as store:
        index = DuplicateIndex(settings=settings, storage=store.dedup_storage)
        copy = index.assign(dataclasses.replace(original, id="copy", text=original.text + " Updated."))
        assert copy.near_duplicate_of == original.id
        with store.connect() as conn:
            assert conn.execute(select(func.count()).select_from(s.dedup_unfiled)).scalar_one() == 0


def test_upgrading_a_database_of_revision_0001_adds_the_index_tables(
    tmp_path: Path, articles: dict[str, Article], settings: Settings
) -> None:
    path = str(tmp_path / "old.db")
    original = articles["meeting_ankara_a"]
    with Store(path) as old:
        old.save(ProcessedArticle(article=original, dedup=DuplicateIndex(settings=settings).assign(original)))
        config = Config()
        config.set_main_option("script_location", _script_location())
        with old.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        with old.connect() as conn:
            assert "dedup_bands" not in inspect(conn).get_table_names()
    with Store(path) as upgraded:
        with upgraded.connect() as conn:
            assert {"dedup_bands", "dedup_kinds", "dedup_unfiled"} <= set(inspect(conn).get_table_names())
        index = DuplicateIndex(settings=settings, storage=upgraded.dedup_storage)
        copy = index.assign(dataclasses.replace(original, id="copy", text=original.text + " Updated."))
        assert copy.near_duplicate_of == original.id
