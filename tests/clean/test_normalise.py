"""Character normalisation and paragraph splitting."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from communique.clean._normalise import join_paragraphs, normalise_characters, split_paragraphs


def test_quotes_spaces_and_invisible_characters() -> None:
    raw = "\u201cWe agree,\u201d said Lavrov\u00a0\u00a0in Moscow\u2019s\u200b office.\r\nNext\u2028line"
    assert normalise_characters(raw) == '"We agree," said Lavrov in Moscow\'s office.\nNext\nline'


def test_nfc_composes_after_removing_invisibles() -> None:
    assert normalise_characters("Gene\u200b\u0300ve") == "Genève"


def test_split_paragraphs_joins_hard_wraps_only() -> None:
    text = (
        "Ministers met in Geneva on\nthe first day of talks.\nRead More:\nHeadline one\n\n  Second block.  "
    )
    assert split_paragraphs(text) == [
        "Ministers met in Geneva on the first day of talks.",
        "Read More:",
        "Headline one",
        "Second block.",
    ]


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_characters(text)
    assert normalise_characters(once) == once


@given(st.text())
def test_paragraphs_round_trip(text: str) -> None:
    paragraphs = split_paragraphs(normalise_characters(text))
    assert split_paragraphs(join_paragraphs(paragraphs)) == paragraphs
