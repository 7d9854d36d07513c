"""A place name read in its story: namesakes in the countries the text is about come first."""

from __future__ import annotations

from communique.places import Gazetteer


def test_a_namesake_in_a_country_of_the_story_beats_a_bigger_one() -> None:
    assert (Gazetteer().lookup("Hyderabad") or _none()).country == "IND"
    assert (Gazetteer().lookup("Hyderabad", near={"PAK"}) or _none()).country == "PAK"


def test_a_capital_keeps_its_country_wherever_the_story_is() -> None:
    # a story on the United States naming Moscow means Russia's capital, not Moscow, Idaho
    assert (Gazetteer().lookup("Moscow", near={"USA"}) or _none()).country == "RUS"


def test_no_namesake_in_the_story_keeps_the_usual_place() -> None:
    assert (Gazetteer().lookup("Palma", near={"MOZ"}) or _none()).country == "ESP"


def test_population_of_a_city_and_of_a_country() -> None:
    gazetteer = Gazetteer()
    palma = gazetteer.lookup("Palma")
    assert palma is not None and (gazetteer.population(palma) or 0) > 200_000
    iran = gazetteer.lookup("Iran")
    assert iran is not None and gazetteer.population(iran) is None


def _none() -> object:
    raise AssertionError("place not found")
