"""Which reader handles an input: from a forced format, the file name, the HTTP media type, or the bytes.

The name decides when its extension is unambiguous (``.jsonl`` is JSONL whatever it starts with);
otherwise the first bytes decide. Containers (gzip, zip) are recognised by their magic numbers too,
so a ``.gz`` without the extension, or a file piped to standard input, still opens.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from communique.errors import ConfigError

__all__ = ["CONTAINERS", "FORMATS", "detect_format", "inner_name", "normalise_format"]

FORMATS = ("txt", "html", "jsonl", "json", "csv", "tsv", "feed", "warc")
CONTAINERS = ("gzip", "zip")

# Names a user may pass as ``--format``; several spellings map to one reader.
_ALIASES = {
    "txt": "txt",
    "text": "txt",
    "md": "txt",
    "markdown": "txt",
    "html": "html",
    "htm": "html",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "json": "json",
    "csv": "csv",
    "tsv": "tsv",
    "rss": "feed",
    "atom": "feed",
    "feed": "feed",
    "warc": "warc",
}

_EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".markdown": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".arc": "warc",
    ".gz": "gzip",
    ".gzip": "gzip",
    ".zip": "zip",
}

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)[\s>]", re.IGNORECASE)


def normalise_format(fmt: str) -> str:
    """Map a user-given format name to a reader name.

    Args:
        fmt: e.g. "txt", "md", "rss", "jsonl".

    Returns:
        One of ``FORMATS``.

    Raises:
        ConfigError: the name is not a known format.
    """
    name = _ALIASES.get(fmt.strip().lower().lstrip("."))
    if name is None:
        raise ConfigError(f"unknown input format {fmt!r}; known: {', '.join(sorted(_ALIASES))}")
    return name


def inner_name(name: str) -> str:
    """The name of what a ``.gz`` file holds ("a.jsonl.gz" → "a.jsonl")."""
    path = PurePosixPath(name)
    return str(path.with_suffix("")) if path.suffix.lower() in {".gz", ".gzip"} else name


def _sniff(head: bytes) -> str:
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"<"):
        return "feed" if _FEED_ROOT.search(head[:4096]) else "html"
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"["):
        return "json"
    return "txt"


def detect_format(name: str, head: bytes, *, media_type: str | None = None, forced: str | None = None) -> str:
    """Decide the reader (or container) for one input.

    Args:
        name: the file name or URL path (only its extension is used).
        head: the first bytes of the input.
        media_type: an HTTP Content-Type, when fetched.
        forced: a format from ``normalise_format`` that overrides detection (containers still open).

    Returns:
        One of ``FORMATS`` or ``CONTAINERS``.
    """
    sniffed = _sniff(head)
    if sniffed in CONTAINERS:
        return sniffed
    if forced is not None:
        return forced
    suffix = PurePosixPath(name.split("?", 1)[0]).suffix.lower()
    by_name = _EXTENSIONS.get(suffix)
    if by_name in CONTAINERS:
        return sniffed  # named .gz/.zip but not one: read what it really is
    if by_name is not None:
        return by_name
    media = (media_type or "").split(";", 1)[0].strip().lower()
    if media.endswith(("rss+xml", "atom+xml", "rdf+xml")):
        return "feed"
    if media in {"application/json"}:
        return "json"
    if media in {"application/x-ndjson", "application/jsonl"}:
        return "jsonl"
    if media == "text/csv":
        return "csv"
    # .xml, no extension, or an unknown one: the content decides.
    return sniffed
