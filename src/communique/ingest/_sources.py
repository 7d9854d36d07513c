"""Where inputs come from: files, directories (recursive, sorted, hidden files skipped), standard
input ("-") and http(s) URLs. Each becomes a ``Source`` that can be opened once as a byte stream."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import httpx

from communique import __version__
from communique.errors import InputError

__all__ = ["Fetcher", "Source", "iter_sources"]

USER_AGENT = f"communique/{__version__} (news event coder; polite single requests)"
_TIMEOUT = httpx.Timeout(20.0, connect=5.0)


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a display name, how to open it, and what is known before opening."""

    origin: str
    open: Callable[[], BinaryIO]
    size: int | None = None
    url: str | None = None
    media_type: str | None = None
    path: str | None = None  # a local file, which containers can open seekably


class Fetcher:
    """Fetches URLs with one shared httpx client, created on first use and closed by ``close``."""

    def __init__(self, *, limit_mb: int) -> None:
        """Prepare a fetcher; no connection is made until ``fetch``.

        Args:
            limit_mb: bodies larger than this are refused (``settings.max_file_mb``).
        """
        self._limit = limit_mb * 1024 * 1024
        self._client: httpx.Client | None = None

    def fetch(self, url: str) -> Source:
        """Download ``url`` into memory (bounded by the size limit).

        Args:
            url: an http(s) URL.

        Returns:
            A ``Source`` over the body, carrying the final URL and the Content-Type.

        Raises:
            InputError: network error, HTTP error status, or a body over the limit.
        """
        if self._client is None:
            self._client = httpx.Client(
                timeout=_TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT}
            )
        body = bytearray()
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self._limit:
                        raise InputError(url, f"larger than max_file_mb ({self._limit // 2**20} MB); refused")
                media_type = response.headers.get("content-type")
                final_url = str(response.url)
        except httpx.HTTPError as exc:
            raise InputError(url, f"cannot fetch: {exc}") from exc
        data = bytes(body)
        return Source(
            origin=url, open=lambda: io.BytesIO(data), size=len(data), url=final_url, media_type=media_type
        )

    def close(self) -> None:
        """Close the HTTP client if one was opened."""
        if self._client is not None:
            self._client.close()
            self._client = None


class _Borrowed(io.RawIOBase):
    """Reads a stream that belongs to someone else (standard input) without closing it."""

    def __init__(self, inner: BinaryIO) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _borrowed(stream: BinaryIO) -> BinaryIO:
    return io.BufferedReader(_Borrowed(stream))


def _walk(directory: str) -> Iterator[Source | InputError]:
    # scandir + sorted names: deterministic order without building one huge list for 100k files.
    try:
        with os.scandir(directory) as entries:
            children = sorted(entries, key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(directory, f"cannot list directory: {exc.strerror}")
        return
    for entry in children:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield _file_source(entry.path, entry.stat().st_size)


def _file_source(path: str, size: int) -> Source:
    return Source(origin=path, open=lambda: Path(path).open("rb"), size=size, path=path)


def iter_sources(path: str, *, fetcher: Fetcher) -> Iterator[Source | InputError]:
    """Expand one user-given path into sources.

    Args:
        path: a file, a directory, "-" (standard input) or an http(s) URL.
        fetcher: used for URLs.

    Returns:
        Sources in a stable order, or an ``InputError`` for a path that cannot be used.
    """
    if path == "-":
        yield Source(origin="<stdin>", open=lambda: _borrowed(sys.stdin.buffer))
        return
    if path.startswith(("http://", "https://")):
        try:
            yield fetcher.fetch(path)
        except InputError as exc:
            yield exc
        return
    try:
        info = Path(path).stat()
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path)
    else:
        yield _file_source(path, info.st_size)
