"""The cleaner's data files (``communique/data/clean``), loaded once."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

__all__ = ["Boilerplate", "agencies", "agency_pattern", "boilerplate"]


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Compiled boilerplate lists from ``boilerplate.yaml``."""

    section_label: re.Pattern[str]
    related_label: re.Pattern[str]
    share_line: re.Pattern[str]
    credit_line: re.Pattern[str]


def _read(name: str) -> str:
    return files("communique.data").joinpath("clean").joinpath(name).read_text(encoding="utf-8")


@cache
def agencies() -> dict[str, str]:
    """News agency names as printed (aliases) → the name stored in ``Article.agency``."""
    rows = csv.DictReader(io.StringIO(_read("agencies.tsv")), delimiter="\t")
    return {row["alias"].strip(): row["agency"].strip() for row in rows if row["alias"].strip()}


@cache
def agency_pattern() -> str:
    """A regex alternation of all agency aliases, longest first (so "Mehr News" beats "Mehr")."""
    names = sorted(agencies(), key=len, reverse=True)
    return "|".join(re.escape(name) for name in names)


@cache
def boilerplate() -> Boilerplate:
    """The compiled boilerplate patterns, each anchored to match a whole paragraph."""
    data = yaml.safe_load(_read("boilerplate.yaml"))

    def alternation(items: list[str], *, literal: bool) -> str:
        # Longest first: a prefix match must prefer "related news" over "related".
        ordered = sorted(items, key=len, reverse=True) if literal else items
        return "|".join(re.escape(item) if literal else f"(?:{item})" for item in ordered)

    flags = re.IGNORECASE
    return Boilerplate(
        section_label=re.compile(rf"(?:{alternation(data['section_labels'], literal=True)})\s*:?", flags),
        related_label=re.compile(rf"(?:{alternation(data['related_labels'], literal=True)})\s*[:.|]?", flags),
        share_line=re.compile(alternation(data["share_lines"], literal=False), flags),
        credit_line=re.compile(alternation(data["credit_lines"], literal=False)),
    )
