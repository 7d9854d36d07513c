"""``read_documents``: expand paths, open containers, pick a reader per input, turn failures into errors.

Read top to bottom: (1) each path becomes sources; (2) each source is opened under the size limit
and its head sniffed; (3) gzip/zip containers are opened and their members read the same way;
(4) the format's reader yields documents, and user defaults fill what the document lacks.
Any failure of one input is yielded as an ``InputError`` naming it; the next input goes on.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import gzip
import io
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import PurePosixPath
from typing import BinaryIO, cast

from communique.errors import InputError
from communique.ingest._context import DocumentDefaults, ReadContext, Reader
from communique.ingest._detect import detect_format, inner_name, normalise_format
from communique.ingest._markup import read_feed, read_html, read_warc
from communique.ingest._records import read_csv, read_json, read_jsonl, read_tsv
from communique.ingest._sources import Fetcher, Source, iter_sources
from communique.ingest._streams import limited, peek
from communique.ingest._text import read_text
from communique.model import RawDocument
from communique.settings import Settings

__all__ = ["read_documents"]

# A .zip inside a .gz inside a .zip is legitimate; deeper nesting is a decompression bomb.
_MAX_NESTING = 3
_SNIFF_BYTES = 4096
# Exceptions that mean "this input is broken", as raised by the stdlib decoders and parsers used.
_BROKEN_INPUT = (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error, zipfile.BadZipFile)


@cache
def _readers() -> Mapping[str, Reader]:
    return {
        "txt": read_text,
        "html": read_html,
        "jsonl": read_jsonl,
        "json": read_json,
        "csv": read_csv,
        "tsv": read_tsv,
        "feed": read_feed,
        "warc": read_warc,
    }


def _describe(exc: BaseException) -> str:
    if isinstance(exc, EOFError | zlib.error | gzip.BadGzipFile):
        return f"truncated or corrupt compressed data ({exc})"
    if isinstance(exc, UnicodeDecodeError):
        return f"undecodable text at byte {exc.start} ({exc.encoding})"
    if isinstance(exc, csv.Error):
        return f"malformed CSV ({exc})"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot read: {exc.strerror}"
    return f"cannot read: {exc}"


def _with_defaults(doc: RawDocument, source: Source, defaults: DocumentDefaults) -> RawDocument:
    return dataclasses.replace(
        doc,
        source=doc.source or defaults.source,
        published=doc.published or defaults.published,
        url=doc.url or source.url,
    )


def _open_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> BinaryIO:
    return cast(BinaryIO, archive.open(info))


def _zip_members(stream: BinaryIO, source: Source, *, settings: Settings) -> Iterator[Source | InputError]:
    # zipfile needs a seekable file: a local zip is opened by path, anything else (a pipe, a URL,
    # a zip inside a gzip) is copied into memory, bounded by the size limit of ``stream``.
    with zipfile.ZipFile(source.path if source.path else io.BytesIO(stream.read())) as archive:
        limit = settings.max_file_mb * 1024 * 1024
        for info in sorted(archive.infolist(), key=lambda item: item.filename):
            parts = PurePosixPath(info.filename).parts
            if info.is_dir() or any(part.startswith((".", "__MACOSX")) for part in parts):
                continue
            origin = f"{source.origin}!{info.filename}"
            if info.file_size > limit:
                yield InputError(origin, f"larger than max_file_mb ({settings.max_file_mb} MB); refused")
                continue
            opener = functools.partial(_open_member, archive, info)
            yield Source(origin=origin, open=opener, size=info.file_size, url=source.url)


def _read_source(
    source: Source,
    *,
    settings: Settings,
    defaults: DocumentDefaults,
    forced: str | None,
    depth: int = 0,
) -> Iterator[RawDocument | InputError]:
    # 2. Refuse what is known to be too large before reading a byte of it.
    if source.size is not None and source.size > settings.max_file_mb * 1024 * 1024:
        yield InputError(source.origin, f"larger than max_file_mb ({settings.max_file_mb} MB); refused")
        return
    if depth > _MAX_NESTING:
        yield InputError(source.origin, f"containers nested more than {_MAX_NESTING} deep; refused")
        return
    try:
        raw = source.open()
    except (OSError, zipfile.BadZipFile) as exc:
        yield InputError(source.origin, _describe(exc))
        return
    with limited(raw, limit_mb=settings.max_file_mb, origin=source.origin) as guarded:
        try:
            head, stream = peek(guarded, _SNIFF_BYTES)
            if not head:
                yield InputError(source.origin, "empty file")
                return
            name = source.url or source.origin
            kind = detect_format(name, head, media_type=source.media_type, forced=forced)
            # 3. Containers: read what they hold with the same machinery.
            if kind == "gzip":
                inner = cast(BinaryIO, gzip.GzipFile(fileobj=stream, mode="rb"))
                member = Source(origin=inner_name(source.origin), open=lambda: inner, url=source.url)
                yield from _read_source(
                    member, settings=settings, defaults=defaults, forced=forced, depth=depth + 1
                )
                return
            if kind == "zip":
                for member_or_error in _zip_members(stream, source, settings=settings):
                    if isinstance(member_or_error, InputError):
                        yield member_or_error
                        continue
                    yield from _read_source(
                        member_or_error, settings=settings, defaults=defaults, forced=forced, depth=depth + 1
                    )
                return
            # 4. One reader per format; documents get the user's defaults where they carry none.
            ctx = ReadContext(origin=source.origin, settings=settings, defaults=defaults, url=source.url)
            for item in _readers()[kind](stream, ctx):
                yield item if isinstance(item, InputError) else _with_defaults(item, source, defaults)
        except InputError as exc:
            yield exc
        except _BROKEN_INPUT as exc:
            yield InputError(source.origin, _describe(exc))


def read_documents(
    paths: Sequence[str],
    *,
    settings: Settings,
    defaults: DocumentDefaults,
    fmt: str | None = None,
) -> Iterator[RawDocument | InputError]:
    """Read every document under ``paths``, yielding bad inputs as errors instead of raising.

    Args:
        paths: files, directories (read recursively in name order, hidden files skipped), "-" for
            standard input, or http(s) URLs.
        settings: the run's settings (``max_file_mb``).
        defaults: source/published for documents that carry none, and CSV column names.
        fmt: force a format ("txt", "md", "html", "jsonl", "json", "csv", "tsv", "rss", "atom",
            "warc"); detected from the name and content when None. Containers still open.

    Returns:
        An iterator of ``RawDocument`` and ``InputError`` (each naming its file and line/record).

    Raises:
        ConfigError: ``fmt`` names no known format.
    """
    forced = normalise_format(fmt) if fmt is not None else None
    fetcher = Fetcher(limit_mb=settings.max_file_mb)
    try:
        for path in paths:
            # 1. Paths become sources: a directory many, a URL one fetched body.
            for source in iter_sources(path, fetcher=fetcher):
                if isinstance(source, InputError):
                    yield source
                    continue
                yield from _read_source(source, settings=settings, defaults=defaults, forced=forced)
    finally:
        fetcher.close()
