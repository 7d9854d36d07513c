"""Markup formats: HTML pages (trafilatura), RSS/Atom feeds (feedparser) and web archives (warcio).

All three end in the same place: main text plus whatever metadata the markup carries (title,
publication date, author, site name). trafilatura does the page-level boilerplate removal here, so
the cleaning stage only sees the article body.
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import lxml.html  # type: ignore[import-untyped]
from lxml.etree import ParserError  # type: ignore[import-untyped]

from communique.errors import InputError
from communique.ingest._context import ReadContext, parse_published
from communique.ingest._streams import HEAD_BYTES, detect_encoding
from communique.model import RawDocument

__all__ = ["Extracted", "extract_html", "fragment_text", "read_feed", "read_html", "read_warc"]

# Block elements whose end is a paragraph break when a feed's HTML fragment becomes text.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


@dataclass(frozen=True, slots=True)
class Extracted:
    """Main text and metadata extracted from an HTML page."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    source: str | None = None


def extract_html(html: str | bytes, *, origin: str, url: str | None = None) -> Extracted:
    """Extract the main text and metadata of an HTML page with trafilatura.

    Args:
        html: the page markup (bytes are decoded by trafilatura from the page's own charset).
        origin: the page's name, for errors.
        url: the page URL, which helps trafilatura's metadata extraction.

    Returns:
        The text (one paragraph per blank-line-separated block) and metadata.

    Raises:
        InputError: the page has no recognisable main text.
    """
    import trafilatura  # imported on first HTML: it is slow to import and most inputs are not HTML

    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, ParserError) as exc:
        raise InputError(origin, f"malformed HTML ({exc})") from exc
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise InputError(origin, "no main text found in the HTML")
    published: dt.date | None = None
    raw_date = getattr(result, "date", None)
    if raw_date:
        try:
            published = parse_published(str(raw_date), origin=origin)
        except InputError:
            published = None  # a page date we cannot read is metadata lost, not a bad document
    return Extracted(
        # trafilatura puts one paragraph per line; a blank line between them is the convention
        # the cleaner (and the plain-text reader) use for paragraphs.
        text="\n\n".join(line for line in text.splitlines() if line.strip()),
        title=getattr(result, "title", None) or None,
        published=published,
        author=getattr(result, "author", None) or None,
        source=getattr(result, "sitename", None) or None,
    )


def fragment_text(fragment: str) -> str:
    """Turn a small HTML fragment (a feed summary) into text with paragraph breaks.

    trafilatura is built for whole pages and drops short fragments, so lxml reads these directly.

    Args:
        fragment: HTML markup, or plain text.

    Returns:
        The text, blocks separated by blank lines.
    """
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content()).strip()


def read_html(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read one HTML page; see ``extract_html``."""
    data = stream.read()
    encoding = detect_encoding(data[:HEAD_BYTES], origin=ctx.origin, complete=len(data) <= HEAD_BYTES)
    # A page names its own charset (<meta charset>, which trafilatura reads from the bytes); only
    # UTF-16/32 pages, whose bytes trafilatura cannot scan for that, are decoded here first.
    page_input: str | bytes = data.decode(encoding) if encoding.startswith(("utf-16", "utf-32")) else data
    page = extract_html(page_input, origin=ctx.origin, url=ctx.url)
    yield RawDocument(
        origin=ctx.origin,
        text=page.text,
        title=page.title,
        url=ctx.url,
        source=page.source,
        published=page.published,
        author=page.author,
    )


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed: time.struct_time | None = entry.get(key)
        if parsed:
            # feedparser normalises to UTC struct_time; timegm keeps it in UTC.
            return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC).date()
    return None


def read_feed(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read every entry of an RSS or Atom feed (full content when present, else the summary)."""
    import feedparser

    data = stream.read()
    if not data.strip():
        yield InputError(ctx.origin, "empty file")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        yield InputError(ctx.origin, f"no feed entries found{f' ({reason})' if reason else ''}")
        return
    site = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        origin = f"{ctx.origin}#{number}"
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        text = fragment_text(body or "")
        if not text:
            yield InputError(origin, "feed entry has no content or summary")
            continue
        yield RawDocument(
            origin=origin,
            text=text,
            title=entry.get("title") or None,
            url=entry.get("link") or None,
            source=site,
            published=_entry_date(entry),
            author=entry.get("author") or None,
        )


def read_warc(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read the HTML responses of a WARC file (other records are skipped)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    records = iter(ArchiveIterator(stream))
    while True:
        origin = f"{ctx.origin}#{number + 1}"
        try:
            record = next(records)
            number += 1
            if record.rec_type is None:
                # warcio accepts a header block without WARC-Type; nothing after it can be trusted.
                yield InputError(origin, "malformed WARC record (no WARC-Type header)")
                return
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read()
        except StopIteration:
            return
        except (ArchiveLoadFailed, AttributeError, ValueError) as exc:
            # warcio reports a broken record as ArchiveLoadFailed, or, for some truncated headers,
            # as an AttributeError/ValueError from inside its parser; either way the rest is lost.
            yield InputError(origin, f"malformed WARC record ({exc})")
            return
        try:
            page = extract_html(payload, origin=origin, url=uri)
        except InputError as exc:
            yield exc
            continue
        yield RawDocument(
            origin=origin,
            text=page.text,
            title=page.title,
            url=uri,
            source=page.source,
            published=page.published,
            author=page.author,
        )
