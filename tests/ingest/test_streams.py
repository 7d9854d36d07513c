"""Peeking, size limits and encoding detection."""

from __future__ import annotations

import codecs
import io

import pytest

from communique.errors import InputError
from communique.ingest._streams import TooLargeError, decoded_lines, detect_encoding, limited, peek, read_all


def test_peek_replays_the_head() -> None:
    head, stream = peek(io.BytesIO(b"abcdefgh"), 3)
    assert head == b"abc"
    assert stream.read() == b"abcdefgh"


def test_limited_raises_past_the_limit() -> None:
    stream = limited(io.BytesIO(b"x" * (1024 * 1024 + 1)), limit_mb=1, origin="big")
    with pytest.raises(TooLargeError, match="max_file_mb"):
        stream.read()
    assert limited(io.BytesIO(b"x" * 10), limit_mb=1, origin="ok").read() == b"x" * 10


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Genève".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Genève".encode(), "utf-8-sig"),
        ("Genève talks".encode("utf-16"), "utf-16"),
    ],
)
def test_detect_encoding(data: bytes, encoding: str) -> None:
    assert detect_encoding(data, origin="x", complete=True) == encoding


def test_utf8_head_cut_inside_a_character_is_still_utf8() -> None:
    data = "é".encode() * 10
    assert detect_encoding(data[:-1], origin="x", complete=False) == "utf-8"


def test_read_all_errors_name_the_input() -> None:
    with pytest.raises(InputError, match=r"^f\.txt: binary"):
        read_all(io.BytesIO(b"ab\x00cd"), origin="f.txt")
    with pytest.raises(InputError, match="empty file"):
        read_all(io.BytesIO(b"  \n"), origin="f.txt")


def test_decoded_lines_replace_only_the_bad_line() -> None:
    # The head (first 64 KiB) is UTF-8, so UTF-8 is chosen; the bad byte comes after it.
    head = b"x" * 70_000 + b"\n"
    data = head + b"first\n" + b"bad \xff line\n" + b"third\n"
    lines = list(decoded_lines(io.BytesIO(data), origin="f.jsonl"))
    assert lines[1] == "first\n" and lines[3] == "third\n"
    assert isinstance(lines[2], InputError) and lines[2].origin == "f.jsonl:3"


def test_decoded_lines_wide_encoding() -> None:
    lines = list(decoded_lines(io.BytesIO("one\ntwo\n".encode("utf-16")), origin="w"))
    assert lines == ["one\n", "two\n"]
