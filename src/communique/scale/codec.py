"""Lossless JSON form of the data model, for results that leave the process (Parquet partitions).

Pickle would be simpler but unsafe: a Parquet directory is a file a user may receive from
elsewhere, and unpickling it would run arbitrary code. JSON restored through the dataclasses' own
type hints accepts only the shapes the model declares.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from typing import Any, Literal, TypeVar, Union

from communique.errors import InputError
from communique.model import ProcessedArticle

__all__ = ["decode_processed", "encode_processed", "from_jsonable", "to_jsonable"]

T = TypeVar("T")


def to_jsonable(value: Any) -> Any:
    """Convert a model value (dataclass, tuple, date, bytes, …) to JSON-compatible data.

    Args:
        value: any value found in the model dataclasses.

    Returns:
        Dicts, lists, strings, numbers, booleans and None only.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_jsonable(kind: Any, data: Any, *, where: str = "value") -> Any:
    """Rebuild a value of type ``kind`` from the output of ``to_jsonable``.

    Args:
        kind: the declared type (a model dataclass, ``tuple[X, ...]``, ``X | None``, …).
        data: the JSON data.
        where: a path naming the value in error messages.

    Returns:
        The value, typed as declared.

    Raises:
        ValueError: the data does not have the declared shape.
    """
    origin = typing.get_origin(kind)
    if kind is Any:
        return data
    if origin in (Union, types.UnionType):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return from_jsonable(option, data, where=where)
            except ValueError as exc:
                errors.append(str(exc))
        raise ValueError(f"{where}: no type of {kind} fits ({'; '.join(errors)})")
    if origin is Literal:
        if data not in typing.get_args(kind):
            raise ValueError(f"{where}: {data!r} is not one of {typing.get_args(kind)}")
        return data
    if origin is tuple:
        if not isinstance(data, list):
            raise ValueError(f"{where}: expected a list, got {type(data).__name__}")
        args = typing.get_args(kind)
        item_kind = args[0] if args else Any
        return tuple(from_jsonable(item_kind, item, where=f"{where}[{i}]") for i, item in enumerate(data))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(data, dict):
            raise ValueError(f"{where}: expected an object for {kind.__name__}")
        hints = _hints(kind)
        names = {f.name for f in dataclasses.fields(kind)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"{where}: unknown field(s) {sorted(unknown)} for {kind.__name__}")
        values = {name: from_jsonable(hints[name], data[name], where=f"{where}.{name}") for name in data}
        return kind(**values)
    return _scalar(kind, data, where=where)


def _scalar(kind: Any, data: Any, *, where: str) -> Any:
    if kind is dt.date:
        if not isinstance(data, str):
            raise ValueError(f"{where}: expected an ISO date")
        return dt.date.fromisoformat(data)
    if kind is bytes:
        if not isinstance(data, str):
            raise ValueError(f"{where}: expected base64 text")
        return base64.b64decode(data, validate=True)
    if kind is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if kind in (str, int, float, bool) and type(data) is kind:
        return data
    raise ValueError(f"{where}: expected {getattr(kind, '__name__', kind)}, got {type(data).__name__}")


def encode_processed(processed: ProcessedArticle) -> str:
    """Serialise a ``ProcessedArticle`` to compact JSON text.

    Args:
        processed: the pipeline's output for one article.

    Returns:
        JSON text that ``decode_processed`` turns back into an equal object.
    """
    return json.dumps(to_jsonable(processed), ensure_ascii=False, separators=(",", ":"))


def decode_processed(text: str, *, origin: str) -> ProcessedArticle:
    """Rebuild a ``ProcessedArticle`` from ``encode_processed`` output.

    Args:
        text: the JSON text.
        origin: where it was read ("dir/part-….parquet:12"), for the error message.

    Returns:
        The processed article.

    Raises:
        InputError: the text is not JSON or not shaped like a ``ProcessedArticle``.
    """
    try:
        data = json.loads(text)
        value: ProcessedArticle = from_jsonable(ProcessedArticle, data, where="processed")
    except (ValueError, TypeError) as exc:
        raise InputError(origin, f"not a processed article: {exc}") from exc
    return value
