"""Language detection: deterministic, cautious with short texts."""

from __future__ import annotations

from communique.clean import detect_language

ENGLISH = (
    "The foreign ministers of Chile and Peru met in Lima on Wednesday to sign a water-sharing agreement."
)
FRENCH = (
    "Les ministres des affaires étrangères du Chili et du Pérou se sont réunis à Lima mercredi "
    "pour signer un accord."
)
GERMAN = (
    "Die Außenminister von Chile und Peru trafen sich am Mittwoch in Lima, um ein Abkommen über "
    "Wasser zu unterzeichnen."
)


def test_languages() -> None:
    assert detect_language(ENGLISH) == "en"
    assert detect_language(FRENCH) == "fr"
    assert detect_language(GERMAN) == "de"


def test_short_or_letterless_text_defaults_to_english() -> None:
    assert detect_language("Merci.") == "en"
    assert detect_language("2024 — 13:45 — 99%") == "en"


def test_deterministic() -> None:
    mixed = "Talks in Lima. Les ministres se sont réunis. Die Minister trafen sich."
    assert len({detect_language(mixed * 3) for _ in range(5)}) == 1
