from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.errors import InputError
from communique.model import Article, ProcessedArticle
from communique.scale.codec import decode_processed, encode_processed, from_jsonable, to_jsonable
from tests.scale._records import processed_article


def test_processed_article_round_trips_exactly() -> None:
    original = processed_article()
    assert decode_processed(encode_processed(original), origin="x") == original


def test_encoding_is_plain_json() -> None:
    data = json.loads(encode_processed(processed_article()))
    assert data["article"]["published"] == "2024-03-03"
    assert data["events"][0]["source"]["name"] == "Sergei Lavrov"
    assert data["dedup"]["signature"] == "AAH/"


@given(
    text=st.text(min_size=1),
    title=st.none() | st.text(),
    published=st.none() | st.dates(),
    removed=st.lists(st.text(), max_size=3),
)
def test_any_article_round_trips(
    text: str, title: str | None, published: dt.date | None, removed: list[str]
) -> None:
    article = Article(
        id="x", text=text, raw_text=text, title=title, published=published, removed=tuple(removed)
    )
    processed = ProcessedArticle(article=article, skipped_reason=None)
    assert decode_processed(encode_processed(processed), origin="x") == processed


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        "[]",
        '{"article": {"id": "a"}}',  # missing required fields
        '{"article": {"id": "a", "text": "t", "raw_text": "t", "published": 5}}',
        '{"article": {"id": "a", "text": "t", "raw_text": "t"}, "bogus": 1}',
        '{"article": {"id": "a", "text": "t", "raw_text": "t"}, "events": [{"modality": "maybe"}]}',
    ],
)
def test_malformed_payload_is_an_input_error_naming_its_origin(payload: str) -> None:
    with pytest.raises(InputError, match=r"part-1\.parquet:7"):
        decode_processed(payload, origin="part-1.parquet:7")


def test_optional_and_literal_values_are_checked() -> None:
    assert from_jsonable(int | None, None) is None
    assert from_jsonable(tuple[str, ...], ["a", "b"]) == ("a", "b")
    assert from_jsonable(float, 3) == 3.0
    with pytest.raises(ValueError):
        from_jsonable(int, True)
    assert to_jsonable((dt.date(2020, 1, 2), b"\x00")) == ["2020-01-02", "AA=="]
