"""Plain text and Markdown: one document per file, the first line taken as title when it looks like one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from communique.errors import InputError
from communique.ingest._context import ReadContext
from communique.ingest._streams import read_all
from communique.model import RawDocument

__all__ = ["read_text", "split_title"]

_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 25
_TERMINAL = (".", "!", "?", "…", ";", ",")
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


def read_text(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read a ``.txt``/``.md`` file as one document."""
    text = read_all(stream, origin=ctx.origin)
    if ctx.origin.lower().endswith((".md", ".markdown")):
        text = _markdown_to_text(text)
    if not text.strip():
        yield InputError(ctx.origin, "empty file")
        return
    title, body = split_title(text)
    if not body.strip():
        title, body = None, text  # a one-line file is a (short) body, not a title with nothing under it
    yield RawDocument(origin=ctx.origin, text=body, title=title, url=ctx.url)
