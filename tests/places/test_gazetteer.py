"""The offline gazetteer."""

from __future__ import annotations

import pytest

from communique.places import Gazetteer, normalise_place_name


@pytest.mark.parametrize(
    ("name", "country", "feature"),
    [
        ("Moscow", "RUS", "city"),
        ("Tehran", "IRN", "city"),
        ("Kyiv", "UKR", "city"),
        ("Iran", "IRN", "country"),
        ("the United States", "USA", "country"),
        ("Russian Federation", "RUS", "country"),
        ("São Paulo", "BRA", "city"),
    ],
)
def test_known_places_resolve_to_country_and_feature(name: str, country: str, feature: str) -> None:
    place = Gazetteer().lookup(name)
    assert place is not None
    assert (place.country, place.feature) == (country, feature)
    assert place.lat is not None and place.lon is not None and place.geonameid


def test_ambiguous_city_name_prefers_the_most_populous() -> None:
    place = Gazetteer().lookup("Moscow")
    assert place is not None and place.country == "RUS"  # not Moscow, Idaho


@pytest.mark.parametrize("name", ["", "said", "the", "Xqzzy"])
def test_unknown_names_are_none(name: str) -> None:
    assert Gazetteer().lookup(name) is None


def test_country_by_iso3_has_capital_coordinates() -> None:
    place = Gazetteer().country("irn")
    assert place is not None and place.name == "Iran" and place.lat is not None


def test_names_are_normalised_for_lookup() -> None:
    assert normalise_place_name("  the  Hague ") == "hague"
    assert normalise_place_name("São Paulo") == "sao paulo"


def test_english_phrases_are_not_read_as_translated_city_names() -> None:
    assert Gazetteer().lookup("White House") is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Darfur", "SDN"),
        ("North Darfur", "SDN"),
        ("Anbar", "IRQ"),
        ("Anbar province", "IRQ"),
        ("Kursk region", "RUS"),
        ("Tigray", "ETH"),
        ("Idlib", "SYR"),
        ("North Kivu", "COD"),
        ("Rakhine", "MMR"),
        ("Crimea", "UKR"),
    ],
)
def test_regions_resolve_to_their_country(name: str, country: str) -> None:
    place = Gazetteer().lookup(name)
    assert place is not None and place.country == country


def test_a_region_name_of_two_countries_is_not_guessed() -> None:
    assert Gazetteer().lookup("Punjab") is None  # a state of India and a province of Pakistan
