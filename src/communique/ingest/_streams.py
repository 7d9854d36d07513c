"""Byte streams under the readers: peeking, size limits, and turning bytes into text safely.

Every reader gets a binary stream it may read once. Sniffing the format needs the first bytes, so
``peek`` reads a head and hands back a stream that replays it; ``limited`` enforces
``settings.max_file_mb`` on streams whose size is not known in advance (standard input, gzip
members, HTTP bodies); ``detect_encoding`` tries UTF-8 first and charset-normalizer second, and
``decoded_lines``/``read_all`` decode with it.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import BinaryIO

from charset_normalizer import from_bytes

from communique.errors import InputError

__all__ = [
    "HEAD_BYTES",
    "TooLargeError",
    "decoded_lines",
    "detect_encoding",
    "limited",
    "peek",
    "read_all",
]

HEAD_BYTES = 64 * 1024
# UTF-16/32 files legitimately contain NUL bytes; their byte-order marks tell them apart.
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class TooLargeError(InputError):
    """A stream grew past ``max_file_mb`` while being read."""


class _Replay(io.RawIOBase):
    """A raw stream that returns ``head`` first, then whatever ``rest`` still holds."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._rest.close()
        super().close()


class _Limited(io.RawIOBase):
    """A raw stream that raises ``TooLargeError`` once more than ``limit`` bytes were read."""

    def __init__(self, inner: BinaryIO, *, limit: int, origin: str) -> None:
        self._inner = inner
        self._left = limit
        self._limit = limit
        self._origin = origin

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer))
        self._left -= len(data)
        if self._left < 0:
            mb = self._limit // (1024 * 1024)
            raise TooLargeError(self._origin, f"larger than max_file_mb ({mb} MB); refused")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


def peek(stream: BinaryIO, size: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """Read the first ``size`` bytes of ``stream`` without consuming them.

    Args:
        stream: a binary stream, read from its current position.
        size: how many bytes to look at.

    Returns:
        The head bytes and a stream that yields the head followed by the rest.
    """
    head = b""
    # read() on pipes may return short chunks; keep reading until the head is full or EOF.
    while len(head) < size:
        chunk = stream.read(size - len(head))
        if not chunk:
            break
        head += chunk
    return head, io.BufferedReader(_Replay(head, stream))


def limited(stream: BinaryIO, *, limit_mb: int, origin: str) -> BinaryIO:
    """Wrap ``stream`` so that reading more than ``limit_mb`` megabytes raises ``TooLargeError``.

    Args:
        stream: the stream to guard.
        limit_mb: the limit in megabytes (``settings.max_file_mb``).
        origin: the name used in the error.

    Returns:
        A buffered binary stream.
    """
    return io.BufferedReader(_Limited(stream, limit=limit_mb * 1024 * 1024, origin=origin))


def _utf8_prefix_ok(head: bytes, *, complete: bool) -> bool:
    # The head may end inside a multi-byte character; an incremental decoder tolerates that.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(head: bytes, *, origin: str, complete: bool) -> str:
    """Name the text encoding of ``head``, or raise ``InputError`` for binary or empty data.

    Args:
        head: the first bytes of the input (or all of it).
        origin: the name used in errors.
        complete: whether ``head`` is the whole input.

    Returns:
        A codec name usable with ``TextIOWrapper``.
    """
    if not head.strip():
        raise InputError(origin, "empty file")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(_WIDE_BOMS):
        return "utf-32" if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else "utf-16"
    if b"\x00" in head:
        raise InputError(origin, "binary file (contains NUL bytes), not text")
    if _utf8_prefix_ok(head, complete=complete):
        return "utf-8"
    best = from_bytes(head).best()
    if best is None:
        raise InputError(origin, "cannot decode: not text in any encoding charset-normalizer knows")
    return str(best.encoding)


def read_all(stream: BinaryIO, *, origin: str) -> str:
    """Read and decode a whole (size-limited) stream; see ``detect_encoding``.

    Args:
        stream: the binary stream.
        origin: the name used in errors.

    Returns:
        The decoded text.

    Raises:
        InputError: empty, binary or undecodable input.
    """
    data = stream.read()
    encoding = detect_encoding(data[:HEAD_BYTES], origin=origin, complete=len(data) <= HEAD_BYTES)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        # The head decoded but a later part did not: ask charset-normalizer about all of it.
        best = from_bytes(data).best()
        if best is None:
            raise InputError(origin, "cannot decode: mixed or unknown text encoding") from exc
        return str(best)


def decoded_lines(stream: BinaryIO, *, origin: str) -> Iterator[str | InputError]:
    """Decode ``stream`` line by line (line ends kept), so one bad line costs only itself.

    A ``TextIOWrapper`` decodes in 8 KiB chunks, and a bad byte would lose the good lines that share
    its chunk; decoding each line on its own keeps every line before (and after) it.

    Args:
        stream: a binary stream positioned at the start of the input.
        origin: the file name; errors name ``origin:line``.

    Returns:
        An iterator of lines, with an ``InputError`` in place of each undecodable line.
    """
    head, replay = peek(stream)
    encoding = detect_encoding(head, origin=origin, complete=len(head) < HEAD_BYTES)
    if encoding.startswith(("utf-16", "utf-32")):
        # Wide encodings: a b"\n" byte is not a line end, so the text layer must split lines.
        yield from io.TextIOWrapper(replay, encoding=encoding, errors="strict", newline="")
        return
    for number, raw in enumerate(replay, start=1):
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError as exc:
            yield InputError(f"{origin}:{number}", f"undecodable text at byte {exc.start} ({encoding})")
