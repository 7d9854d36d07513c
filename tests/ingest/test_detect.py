"""Format detection from names, media types and content."""

from __future__ import annotations

import gzip

import pytest

from communique.errors import ConfigError
from communique.ingest._detect import detect_format, inner_name, normalise_format


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.jsonl", b"[not what it says]", "jsonl"),  # an unambiguous extension wins
        ("a.md", b"# Title", "txt"),
        ("a.htm", b"<p>x</p>", "html"),
        ("a.xml", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("a.xml", b'<?xml version="1.0"?><html><body>', "html"),
        ("noext", b"WARC/1.0\r\n", "warc"),
        ("noext", b'  {"text": 1}', "jsonl"),
        ("noext", b"[{}]", "json"),
        ("noext", b"Plain words.", "txt"),
        ("noext", b"<!DOCTYPE html><html>", "html"),
        ("fake.gz", b"Plain words, not gzip.", "txt"),
        ("a.txt", gzip.compress(b"x"), "gzip"),  # magic numbers beat the name
        ("a.bin", b"PK\x03\x04rest", "zip"),
    ],
)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected


def test_media_type_decides_when_the_name_does_not() -> None:
    assert (
        detect_format("https://x.example/latest", b"<?xml version='1.0'?>", media_type="application/atom+xml")
        == "feed"
    )
    assert (
        detect_format("https://x.example/api", b"{}", media_type="application/json; charset=utf-8") == "json"
    )


def test_forced_format_but_containers_still_open() -> None:
    assert detect_format("a.html", b"<html>", forced="txt") == "txt"
    assert detect_format("a.gz", gzip.compress(b"x"), forced="txt") == "gzip"


def test_normalise_format_aliases_and_unknown() -> None:
    assert [normalise_format(f) for f in ("md", "RSS", ".atom", "ndjson")] == ["txt", "feed", "feed", "jsonl"]
    with pytest.raises(ConfigError):
        normalise_format("docx")


def test_inner_name() -> None:
    assert inner_name("dir/a.jsonl.gz") == "dir/a.jsonl"
    assert inner_name("a.txt") == "a.txt"
