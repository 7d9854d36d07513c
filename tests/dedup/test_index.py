"""DuplicateIndex: near-duplicates, stories, the date window, and reloading from stored rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from communique.dedup import DuplicateIndex
from communique.model import Article
from communique.settings import Settings
from tests.dedup._stories import DAY, story_articles


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return story_articles()


def _edited(article: Article) -> Article:
    # A light edit, as when an outlet re-publishes wire copy: a few words changed, a line added.
    text = (
        article.text.replace("Tuesday", "Tuesday afternoon")
        .replace("three years", "3 years")
        .replace("officials said", "diplomats said")
    )
    return dataclasses.replace(article, id="edited-copy", text=f"{text}\n\nThe talks lasted two hours.")


def test_lightly_edited_copy_is_linked_to_the_original(
    articles: dict[str, Article], settings: Settings
) -> None:
    index = DuplicateIndex(settings=settings)
    original = articles["meeting_ankara_a"]
    first = index.assign(original)
    copy = index.assign(_edited(original))
    assert first.near_duplicate_of is None and first.story_id == f"story:{original.id}"
    assert copy.near_duplicate_of == original.id
    assert copy.similarity is not None and settings.near_duplicate_threshold <= copy.similarity < 1.0
    assert copy.story_id == first.story_id


def test_two_reports_of_one_meeting_share_a_story(articles: dict[str, Article], settings: Settings) -> None:
    index = DuplicateIndex(settings=settings)
    a = index.assign(articles["meeting_ankara_a"])
    b = index.assign(articles["meeting_ankara_b"])
    assert b.near_duplicate_of is None  # different wording: same story, not a copy
    assert b.story_id == a.story_id == f"story:{articles['meeting_ankara_a'].id}"


def test_unrelated_and_merely_related_articles_get_their_own_story(
    articles: dict[str, Article], settings: Settings
) -> None:
    index = DuplicateIndex(settings=settings)
    stories = {name: index.assign(article).story_id for name, article in sorted(articles.items())}
    assert stories["meeting_ankara_a"] == stories["meeting_ankara_b"]
    others = {stories["meeting_ankara_a"], stories["related_other_meeting"], stories["unrelated_harvest"]}
    assert len(others) == 3


def test_story_window_uses_publication_dates(articles: dict[str, Article], settings: Settings) -> None:
    a = articles["meeting_ankara_a"]
    late = dataclasses.replace(articles["meeting_ankara_b"], published=DAY + dt.timedelta(days=30))
    near = dataclasses.replace(articles["meeting_ankara_b"], published=DAY + dt.timedelta(days=3))
    undated = dataclasses.replace(articles["meeting_ankara_b"], published=None)
    for other, joins in ((late, False), (near, True), (undated, True)):  # undated: by similarity alone
        index = DuplicateIndex(settings=settings)
        first = index.assign(a)
        assert (index.assign(other).story_id == first.story_id) is joins, other.published


def test_load_rebuilds_the_index_from_stored_rows(articles: dict[str, Article], settings: Settings) -> None:
    first_run = DuplicateIndex(settings=settings)
    original = articles["meeting_ankara_a"]
    info = first_run.assign(original)
    second_run = DuplicateIndex(settings=settings)
    second_run.load([(original.id, info.signature, original.published, info.story_id)])
    assert len(second_run) == 1
    copy = second_run.assign(_edited(original))
    assert copy.near_duplicate_of == original.id and copy.story_id == info.story_id
    report = second_run.assign(articles["meeting_ankara_b"])
    assert report.story_id == info.story_id


def test_reassigning_a_known_article_keeps_its_story(
    articles: dict[str, Article], settings: Settings
) -> None:
    index = DuplicateIndex(settings=settings)
    article = articles["unrelated_harvest"]
    first = index.assign(article)
    again = index.assign(article)
    assert again.story_id == first.story_id and again.near_duplicate_of is None
    assert len(index) == 1


def test_threshold_setting_is_honoured(articles: dict[str, Article], settings: Settings) -> None:
    strict = DuplicateIndex(settings=settings.replace(near_duplicate_threshold=0.99))
    original = articles["meeting_ankara_a"]
    strict.assign(original)
    assert strict.assign(_edited(original)).near_duplicate_of is None


def test_texts_without_content_words_are_not_one_story(settings: Settings) -> None:
    index = DuplicateIndex(settings=settings)
    a = index.assign(Article(id="a", text="He said that it was so.", raw_text=""))
    b = index.assign(Article(id="b", text="She said they were there.", raw_text=""))
    assert a.story_id != b.story_id


def test_dated_article_finds_an_undated_report(articles: dict[str, Article], settings: Settings) -> None:
    index = DuplicateIndex(settings=settings)
    undated = dataclasses.replace(articles["meeting_ankara_a"], published=None)
    first = index.assign(undated)
    assert index.assign(articles["meeting_ankara_b"]).story_id == first.story_id


def test_story_window_across_a_week_boundary(articles: dict[str, Article], settings: Settings) -> None:
    # 2024-03-09 and 2024-03-11 fall in different index weeks (ordinal // 7) but one story window.
    assert dt.date(2024, 3, 9).toordinal() // 7 != dt.date(2024, 3, 11).toordinal() // 7
    index = DuplicateIndex(settings=settings)
    first = index.assign(dataclasses.replace(articles["meeting_ankara_a"], published=dt.date(2024, 3, 9)))
    later = dataclasses.replace(articles["meeting_ankara_b"], published=dt.date(2024, 3, 11))
    assert index.assign(later).story_id == first.story_id


def test_load_leaves_out_unreadable_signatures(
    articles: dict[str, Article], settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    original = articles["meeting_ankara_a"]
    info = DuplicateIndex(settings=settings).assign(original)
    index = DuplicateIndex(settings=settings)
    rows = [("old", b"v1-signature", DAY, "story:old"), (original.id, info.signature, DAY, info.story_id)]
    with caplog.at_level("WARNING"):
        assert index.load(rows) == 1
    assert len(index) == 1 and "another format" in caplog.text
