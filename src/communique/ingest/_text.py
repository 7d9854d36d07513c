"""Plain text and Markdown: one document per file, the first line taken as title when it looks like one.

A YAML front-matter block (as static-site and scraper tools write) supplies title, date, url,
source, author, id and language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import BinaryIO

import yaml

from communique.errors import InputError
from communique.ingest._context import ReadContext, parse_published
from communique.ingest._streams import read_all
from communique.model import RawDocument

__all__ = ["read_text", "split_title"]

_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 25
_TERMINAL = (".", "!", "?", "…", ";", ",")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")


def split_title(text: str) -> tuple[str | None, str]:
    """Split a leading title line off ``text`` when it looks like a headline.

    A title is a first line that is short, does not end like a sentence (no final period) and is
    followed by a blank line; news sites print the headline exactly so.

    Args:
        text: the document text.

    Returns:
        The title (None when there is none) and the remaining text.
    """
    stripped = text.lstrip("\ufeff\r\n\t ")
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    if not sep or not line or rest.split("\n", 1)[0].strip():
        return None, text  # no second line, or the next line is not blank
    if len(line) > _MAX_TITLE_CHARS or len(line.split()) > _MAX_TITLE_WORDS or line.endswith(_TERMINAL):
        return None, text
    return line, rest


def _markdown_to_text(text: str) -> str:
    # Only the markup that would otherwise end up inside sentences: headings, links, emphasis.
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _front_matter(text: str, *, origin: str) -> tuple[dict[str, object], str]:
    """Split a YAML front-matter block ("---" … "---") off a Markdown/text file."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    try:
        data = yaml.safe_load(match["yaml"])
    except yaml.YAMLError as exc:
        raise InputError(origin, f"malformed front matter ({exc})") from exc
    return (data if isinstance(data, dict) else {}), text[match.end() :]


def _meta(data: dict[str, object], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def read_text(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read a ``.txt``/``.md`` file as one document (YAML front matter gives its metadata)."""
    text = read_all(stream, origin=ctx.origin)
    meta, text = _front_matter(text, origin=ctx.origin)
    if ctx.origin.lower().endswith((".md", ".markdown")):
        text = _markdown_to_text(text)
    if not text.strip():
        yield InputError(ctx.origin, "empty file")
        return
    title, body = split_title(text)
    if not body.strip():
        title, body = None, text  # a one-line file is a (short) body, not a title with nothing under it
    raw_date = meta.get("published", meta.get("date"))
    # YAML reads an unquoted 2024-03-05 as a date already; anything else goes through the ISO parser.
    published = raw_date if isinstance(raw_date, dt.date) and not isinstance(raw_date, dt.datetime) else None
    if published is None and raw_date is not None:
        published = parse_published(str(raw_date), origin=ctx.origin)
    yield RawDocument(
        origin=ctx.origin,
        text=body,
        id=_meta(meta, "id"),
        title=_meta(meta, "title") or title,
        url=_meta(meta, "url", "link") or ctx.url,
        source=_meta(meta, "source", "publisher"),
        published=published,
        author=_meta(meta, "author"),
        language=_meta(meta, "language", "lang"),
    )
