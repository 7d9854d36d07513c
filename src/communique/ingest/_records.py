"""Record formats: JSON Lines, JSON (one object or an array) and CSV/TSV.

JSONL and CSV are streamed line by line so memory stays flat on large files; a bad line becomes an
``InputError`` naming ``file:line`` and the lines after it go on. A record holds ``text`` or
``html`` (HTML is reduced to its main text by trafilatura), plus optional ``id``, ``title``,
``url``, ``source``, ``author``, ``language`` and ``published`` (ISO date).
"""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from communique.errors import InputError
from communique.ingest._context import ReadContext, parse_published
from communique.ingest._markup import extract_html
from communique.ingest._streams import decoded_lines, read_all
from communique.model import RawDocument

__all__ = ["read_csv", "read_json", "read_jsonl", "read_tsv", "record_to_document"]

_OPTIONAL = ("title", "url", "source", "author", "language")


def _field(record: Mapping[str, object], key: str, *, origin: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(origin, f"field {key!r} must be a string, got {type(value).__name__}")
    return str(value)


def record_to_document(record: Mapping[str, object], *, origin: str, url: str | None = None) -> RawDocument:
    """Build a ``RawDocument`` from one JSON object or CSV row (already column-mapped).

    Args:
        record: the fields; ``text`` or ``html`` is required.
        origin: the record's name ("file.jsonl:12"), kept on the document and used in errors.
        url: the URL the file was fetched from, when the record names none.

    Returns:
        The document, with HTML already reduced to text.

    Raises:
        InputError: no usable text/html, a field of the wrong type, or a bad ``published``.
    """
    text = _field(record, "text", origin=origin)
    html = _field(record, "html", origin=origin)
    if not (text and text.strip()) and not (html and html.strip()):
        raise InputError(origin, "record has no 'text' or 'html'")
    fields = {key: _field(record, key, origin=origin) for key in _OPTIONAL}
    published = parse_published(record.get("published", record.get("date")), origin=origin)
    if not (text and text.strip()) and html:
        extracted = extract_html(html, origin=origin, url=fields["url"] or url)
        text = extracted.text
        fields["title"] = fields["title"] or extracted.title
        fields["author"] = fields["author"] or extracted.author
        fields["source"] = fields["source"] or extracted.source
        published = published or extracted.published
    return RawDocument(
        origin=origin,
        text=text,
        id=_field(record, "id", origin=origin),
        title=fields["title"],
        url=fields["url"] or url,
        source=fields["source"],
        published=published,
        author=fields["author"],
        language=fields["language"],
    )


def read_jsonl(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read one JSON object per line; see the module docstring."""
    for number, line in enumerate(decoded_lines(stream, origin=ctx.origin), start=1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        origin = f"{ctx.origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(origin, f"not valid JSON ({exc.msg})")
            continue
        yield _document(record, origin=origin, url=ctx.url)


def _document(record: object, *, origin: str, url: str | None) -> RawDocument | InputError:
    # Errors are values here, like everywhere in ingest: one bad record never stops the others.
    if not isinstance(record, dict):
        return InputError(origin, f"expected a JSON object, got {type(record).__name__}")
    try:
        return record_to_document(record, origin=origin, url=url)
    except InputError as exc:
        return exc


def read_json(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read a JSON document holding one object or an array of objects (``file[3]`` names item 3)."""
    text = read_all(stream, origin=ctx.origin)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(f"{ctx.origin}:{exc.lineno}", f"not valid JSON ({exc.msg})")
        return
    items = data if isinstance(data, list) else [data]
    for index, record in enumerate(items):
        origin = ctx.origin if not isinstance(data, list) else f"{ctx.origin}[{index}]"
        yield _document(record, origin=origin, url=ctx.url)


def _column_map(header: list[str], ctx: ReadContext) -> dict[str, str]:
    """Map record keys (text, title, …) to the file's column names, honouring the user's choices."""
    d = ctx.defaults
    wanted: dict[str, tuple[str | None, tuple[str, ...]]] = {
        "text": (d.text_column, ("text", "body", "content", "article")),
        "html": (d.html_column, ("html",)),
        "title": (d.title_column, ("title", "headline")),
        "published": (d.date_column, ("published", "date", "publish_date", "pubdate")),
        "url": (d.url_column, ("url", "link")),
        "id": (d.id_column, ("id",)),
        "source": (d.source_column, ("source", "publisher")),
        "author": (d.author_column, ("author",)),
    }
    by_lower = {name.strip().lower(): name for name in header}
    mapping: dict[str, str] = {}
    for key, (chosen, usual) in wanted.items():
        if chosen is not None:
            if chosen not in header:
                raise InputError(ctx.origin, f"no column {chosen!r} (columns: {', '.join(header)})")
            mapping[key] = chosen
            continue
        found = next((by_lower[name] for name in usual if name in by_lower), None)
        if found is not None:
            mapping[key] = found
    if "text" not in mapping and "html" not in mapping:
        raise InputError(
            ctx.origin, f"no text column (columns: {', '.join(header)}); name one with text_column"
        )
    return mapping


def _raising(lines: Iterator[str | InputError]) -> Iterator[str]:
    # The csv module cannot skip a line inside a record, so an undecodable line ends the file
    # (the rows before it are kept).
    for line in lines:
        if isinstance(line, InputError):
            raise line
        yield line


def _read_delimited(
    stream: BinaryIO, ctx: ReadContext, *, delimiter: str
) -> Iterator[RawDocument | InputError]:
    # News bodies exceed csv's default 128 KiB field limit; allow fields up to the file limit.
    # (field_size_limit is process-wide; raising it never breaks another reader.)
    limit = min(sys.maxsize, ctx.settings.max_file_mb * 1024 * 1024)
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    lines = _raising(decoded_lines(stream, origin=ctx.origin))
    first = next(lines, "")
    if delimiter == "," and first.count(";") > first.count(","):
        delimiter = ";"  # spreadsheet exports in many locales separate with semicolons
    # strict: a stray quote is an error naming the line, not a field that swallows the rest.
    rows = csv.reader(itertools.chain([first], lines), delimiter=delimiter, strict=True)
    header = next(rows, None)
    if header is None:
        yield InputError(ctx.origin, "empty file")
        return
    mapping = _column_map(header, ctx)
    start = rows.line_num + 1
    for row in rows:
        origin = f"{ctx.origin}:{start}"
        start = rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield InputError(origin, f"expected {len(header)} fields, found {len(row)}")
            continue
        cells = dict(zip(header, row, strict=True))
        record = {key: cells[column] for key, column in mapping.items()}
        try:
            yield record_to_document(record, origin=origin, url=ctx.url)
        except InputError as exc:
            yield exc


def read_csv(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read comma-separated rows with a header; columns mapped through ``DocumentDefaults``."""
    return _read_delimited(stream, ctx, delimiter=",")


def read_tsv(stream: BinaryIO, ctx: ReadContext) -> Iterator[RawDocument | InputError]:
    """Read tab-separated rows with a header; columns mapped through ``DocumentDefaults``."""
    return _read_delimited(stream, ctx, delimiter="\t")
