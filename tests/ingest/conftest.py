"""Helpers shared by the ingest tests: run ``read_documents`` and split documents from errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.ingest import DocumentDefaults, read_documents
from communique.model import RawDocument
from communique.settings import Settings

FORMATS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "inputs" / "formats"

ReadAll = Callable[..., tuple[list[RawDocument], list[InputError]]]


@pytest.fixture
def formats_dir() -> Path:
    """The small hand-written input files, one or more per format."""
    return FORMATS_DIR


@pytest.fixture
def read_all(settings: Settings) -> ReadAll:
    """Read paths fully; returns (documents, errors)."""

    def run(
        *paths: str | Path,
        defaults: DocumentDefaults | None = None,
        fmt: str | None = None,
        settings_: Settings | None = None,
    ) -> tuple[list[RawDocument], list[InputError]]:
        docs: list[RawDocument] = []
        errors: list[InputError] = []
        items = read_documents(
            [str(p) for p in paths],
            settings=settings_ or settings,
            defaults=defaults or DocumentDefaults(),
            fmt=fmt,
        )
        for item in items:
            (errors if isinstance(item, InputError) else docs).append(item)  # type: ignore[arg-type]
        return docs, errors

    return run
