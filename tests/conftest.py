"""Shared fixtures: one loaded spaCy pipeline per test session, the seed articles when present."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from communique.nlp import load_pipeline
from communique.settings import Settings, load_settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "data" / "seeds"
# Test folders where a SQLAlchemy warning (cartesian product, implicit coercion…) fails the test:
# a query the linter finds suspect must not creep back unseen.
STRICT_SQL_DIRS = tuple(Path(__file__).parent / name for name in ("store", "web"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Turn ``SAWarning`` into an error for every test under ``STRICT_SQL_DIRS``."""
    for item in items:
        if any(item.path.is_relative_to(folder) for folder in STRICT_SQL_DIRS):
            item.add_marker(pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning"))


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Default settings, independent of the developer's environment."""
    return load_settings(env={})


@pytest.fixture(scope="session")
def base_nlp() -> Language:
    """A plain spaCy pipeline (no communique components), loaded once."""
    return load_pipeline(None, fresh=True)


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Iterator[object]:
    """The full communique ``Pipeline`` (nlp + actors + events), loaded once."""
    from communique.pipeline import Pipeline

    yield Pipeline(settings)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles in ../shared; tests using it skip when ../shared is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/data/seeds not present")
    return SEEDS
