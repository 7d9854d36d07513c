"""Name normalisation and phrase reading: properties that must hold for any input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.actors import KnowledgeBase
from communique.actors._normalise import name_key, skeleton, slug, surname_of
from communique.actors.phrase import read_phrase, split_words

KB = KnowledgeBase.load()


@given(st.text(max_size=60))
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


@given(st.text(max_size=60))
def test_slug_is_id_safe(text: str) -> None:
    assert all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in slug(text))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Iran's", "Foreign", "Minister", "the", "of", "former", "Duma", "said", "X", "-", "US", "and"]
        ),
        max_size=12,
    )
)
def test_reading_any_word_sequence_never_fails(words: list[str]) -> None:
    reading = read_phrase(words, kb=KB)
    if reading is not None:
        assert reading.country is None or len(reading.country) == 3


def test_transliteration_skeletons_collapse_common_variants() -> None:
    assert skeleton("Pezeshkian") == skeleton("Peseshkian") == skeleton("Pezeshkiyan")
    assert skeleton("Qalibaf") == skeleton("Ghalibaf")
    assert skeleton("Massoud") == skeleton("Masoud")
    assert skeleton("Amir-Abdollahian") == skeleton("Amirabdollahian")
    assert skeleton("Sergey") == skeleton("Sergei")
    assert surname_of("Hossein Amir-Abdollahian") == "amir-abdollahian"


def test_split_words_separates_possessives_and_keeps_acronyms() -> None:
    assert split_words("Iran's Foreign Ministry") == ["Iran", "'s", "Foreign", "Ministry"]
    assert split_words("the U.S. envoy")[:2] == ["the", "U.S."]
