"""The exception hierarchy of communique: every error a user can cause has a class here."""

from __future__ import annotations

__all__ = [
    "CommuniqueError",
    "ConfigError",
    "EvaluationError",
    "InputError",
    "ModelNotFoundError",
    "QueryError",
    "StoreError",
]


class CommuniqueError(Exception):
    """Base class: anything communique raises on purpose."""


class ConfigError(CommuniqueError):
    """A setting is unknown, of the wrong type, or a config file cannot be read."""


class InputError(CommuniqueError):
    """An input file, line or record cannot be read; ``origin`` names it ("file.jsonl:12")."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.reason = message


class ModelNotFoundError(CommuniqueError):
    """No usable spaCy English pipeline is installed."""


class StoreError(CommuniqueError):
    """The database cannot be opened, migrated or written."""


class QueryError(CommuniqueError):
    """A query parameter (filter value, pagination cursor, interval) is invalid."""


class EvaluationError(CommuniqueError):
    """A gold file cannot be parsed or scored."""
