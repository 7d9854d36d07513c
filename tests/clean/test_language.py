"""Language detection: deterministic, cautious with short texts."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov "
            "in Ankara on Monday.",
            "en",
        ),
        ("Le ministre iranien des affaires étrangères a rencontré son homologue russe à Moscou mardi.", "fr"),
        (
            "El canciller iraní se reunió el martes con su homólogo ruso en Moscú para hablar de la guerra.",
            "es",
        ),
    ],
)
def test_names_do_not_vote_in_short_name_heavy_sentences(text: str, language: str) -> None:
    # Three names in a short English wire sentence once made langdetect answer German at p≈1.
    assert detect_language(text) == language
