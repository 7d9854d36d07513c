"""One typed, frozen settings object, built at the edge and passed down to every stage.

Precedence (lowest to highest): defaults < config file (TOML) < ``COMMUNIQUE_*`` environment
variables < explicit overrides (CLI flags). Nothing else in the package reads ``os.environ``.
Every field is documented in ``SETTINGS_HELP`` and in ``docs/settings.md`` (a test checks both).
"""

from __future__ import annotations

import dataclasses
import functools
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, get_args, get_type_hints

from communique.errors import ConfigError

__all__ = ["SETTINGS_HELP", "Settings", "load_settings"]

ENV_PREFIX = "COMMUNIQUE_"


@dataclass(frozen=True, slots=True)
class Settings:
    """All configuration of a communique run. Construct with ``load_settings``."""

    db: str = "data/communique.db"
    spacy_model: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    api_token: str | None = None
    workers: int = 1
    batch_size: int = 32
    actor_overrides: str | None = None
    near_duplicate_threshold: float = 0.8
    story_window_days: int = 3
    max_file_mb: int = 512
    detect_language: bool = True
    # Off by default: on real news ~98% of sentences hold a trigger word and an actor candidate, so
    # cutting articles into parsed and unparsed pieces cost more than it saved (bench/pipeline.py,
    # docs/performance.md); worth turning on for corpora with much non-political text.
    prefilter: bool = False
    log_level: str = "WARNING"

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied (validated like any other source)."""
        return _build({**dataclasses.asdict(self), **changes}, origin="override")


SETTINGS_HELP: dict[str, str] = {
    "db": "Database: a SQLite path or any SQLAlchemy URL (sqlite:///…, postgresql://…).",
    "spacy_model": "Name of the spaCy pipeline to load; default: the best installed English pipeline.",
    "host": "Address the HTTP server binds to; 127.0.0.1 unless told otherwise.",
    "port": "Port of the HTTP server.",
    "api_token": (
        "Token required by API endpoints that write (POST /api/articles, uploads). None: writes are refused."
    ),
    "workers": "Processes used by `ingest` (0 means one per core).",
    "batch_size": "Articles per batch through spaCy and per database transaction group.",
    "actor_overrides": "Path of a YAML file of actors that take precedence over the built-in knowledge base.",
    "near_duplicate_threshold": (
        "Jaccard similarity (MinHash estimate) above which two articles are near-duplicates."
    ),
    "story_window_days": "Days apart within which similar articles are grouped into one story.",
    "max_file_mb": "Files larger than this are refused with a clear error instead of being read.",
    "detect_language": "Detect each article's language; non-English articles are stored but not coded.",
    "prefilter": "Skip event coding of sentences with no actor candidate or no trigger word.",
    "log_level": "Logging level (DEBUG, INFO, WARNING, ERROR).",
}


def _coerce(name: str, value: Any, kind: type) -> Any:
    if value is None or (isinstance(value, kind) and not (kind is int and isinstance(value, bool))):
        return value
    if isinstance(value, str):
        text = value.strip()
        if kind is bool:
            if text.lower() in {"1", "true", "yes", "on"}:
                return True
            if text.lower() in {"0", "false", "no", "off"}:
                return False
        elif kind is int:
            try:
                return int(text)
            except ValueError:
                pass
        elif kind is float:
            try:
                return float(text)
            except ValueError:
                pass
        elif kind is str:
            return text
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise ConfigError(f"setting {name!r}: expected {kind.__name__}, got {value!r}")


@functools.cache
def _kinds() -> dict[str, type]:
    # Each setting's value type, read from the dataclass annotations ("int | None" -> int), so a new
    # setting is declared once.
    kinds: dict[str, type] = {}
    for name, hint in get_type_hints(Settings).items():
        concrete = [arg for arg in get_args(hint) if arg is not type(None)]
        kinds[name] = concrete[0] if concrete else hint
    return kinds


def _build(values: Mapping[str, Any], *, origin: str) -> Settings:
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"unknown setting(s) in {origin}: {', '.join(unknown)}")
    coerced = {name: _coerce(name, value, _kinds()[name]) for name, value in values.items()}
    settings = Settings(**coerced)
    if not 0.0 < settings.near_duplicate_threshold <= 1.0:
        raise ConfigError("near_duplicate_threshold must be in (0, 1]")
    if settings.batch_size < 1 or settings.workers < 0 or not 0 < settings.port < 65536:
        raise ConfigError("batch_size must be ≥ 1, workers ≥ 0 and port in 1..65535")
    return settings


def load_settings(
    *,
    config_file: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build the settings from defaults, a TOML file, the environment and explicit overrides.

    Args:
        config_file: a TOML file with a ``[communique]`` table or top-level keys; when None,
            ``COMMUNIQUE_CONFIG`` names it, else none is read.
        env: the environment to read ``COMMUNIQUE_*`` variables from (default ``os.environ``).
        overrides: values from CLI flags; ``None`` values are ignored (flag not given).

    Returns:
        The frozen ``Settings``.

    Raises:
        ConfigError: an unknown key, a value of the wrong type, or an unreadable config file.
    """
    environ = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = config_file or environ.get(f"{ENV_PREFIX}CONFIG")
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        section = data.get("communique", data)
        if not isinstance(section, dict):
            raise ConfigError(f"config file {path}: [communique] must be a table")
        values.update(section)
        _build(values, origin=str(path))  # fail early, naming the file
    known = {f.name for f in fields(Settings)}
    for key, value in environ.items():
        if key.startswith(ENV_PREFIX) and key != f"{ENV_PREFIX}CONFIG":
            name = key[len(ENV_PREFIX) :].lower()
            if name not in known:
                raise ConfigError(f"unknown setting in environment: {key}")
            values[name] = value
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
    return _build(values, origin="overrides")
