"""communique.places — offline geocoding of place names (see ``docs/stages.md``)."""

from communique.places.gazetteer import Gazetteer, normalise_place_name

__all__ = ["Gazetteer", "normalise_place_name"]
