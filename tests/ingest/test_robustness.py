"""Whatever bytes a file holds, reading it yields documents or errors and never raises."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from communique.errors import InputError
from communique.ingest import DocumentDefaults, read_documents
from communique.model import RawDocument
from communique.settings import Settings

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".json", ".csv", ".tsv", ".xml", ".warc", ".gz", ".zip", ""]

# Bytes that look like the start of each format, so the fuzzing reaches past format detection.
PREFIXES = [
    b"",
    b"<html><body><p>",
    b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>',
    b'{"text": "',
    b"[{",
    b"text,title\n",
    b"WARC/1.0\r\nWARC-Type: response\r\n",
    b"\x1f\x8b\x08\x00",
    b"PK\x03\x04",
    b"---\ntitle: ",
]


def _read(data: bytes, suffix: str) -> list[RawDocument | InputError]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_documents([str(path)], settings=Settings(), defaults=DocumentDefaults()))


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=400), suffix=st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_raise(prefix: bytes, body: bytes, suffix: str) -> None:
    items = _read(prefix + body, suffix)
    assert all(isinstance(item, RawDocument | InputError) for item in items)
    for item in items:
        if isinstance(item, RawDocument):
            assert item.text is not None and item.text.strip()


@hsettings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from([".jsonl", ".csv", ".txt", ".html"]))
def test_arbitrary_text_and_its_gzip_read_alike(text: str, suffix: str) -> None:
    plain = _read(text.encode("utf-8"), suffix)
    packed = _read(gzip.compress(text.encode("utf-8")), suffix + ".gz")
    assert [type(item) for item in plain] == [type(item) for item in packed]
