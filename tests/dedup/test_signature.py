"""MinHash signatures: deterministic, comparable, and serialisable for the store."""

from __future__ import annotations

import numpy as np
import pytest

from communique.dedup import Signature, signature_of
from communique.dedup._signature import similarity
from communique.errors import CommuniqueError

TEXT = "Greek and Turkish ministers met in Ankara on Tuesday and agreed to resume talks on the Aegean."


def test_round_trip() -> None:
    signature = signature_of(TEXT, title="Ministers meet")
    restored = Signature.from_bytes(signature.to_bytes())
    assert np.array_equal(restored.copy, signature.copy)
    assert np.array_equal(restored.topic, signature.topic)
    assert np.array_equal(restored.names, signature.names)


def test_deterministic_and_order_sensitive_only_for_copies() -> None:
    assert signature_of(TEXT).to_bytes() == signature_of(TEXT).to_bytes()
    shuffled = " ".join(reversed(TEXT.rstrip(".").split())) + "."
    a, b = signature_of(TEXT), signature_of(shuffled)
    assert similarity(a.topic, b.topic) == 1.0  # same content words
    assert similarity(a.copy, b.copy) < 0.2  # but not the same text


def test_function_words_do_not_make_a_topic() -> None:
    a = signature_of("He said that they would have been there with them.")
    b = signature_of("She said that it would have been there for them.")
    assert similarity(a.topic, b.topic) < 0.5


def test_bad_bytes_are_rejected() -> None:
    with pytest.raises(CommuniqueError):
        Signature.from_bytes(b"short")
    with pytest.raises(CommuniqueError):
        Signature.from_bytes(b"XXXX" + signature_of(TEXT).to_bytes()[4:])


def test_tiny_texts_have_signatures() -> None:
    assert len(signature_of("Talks.").to_bytes()) == len(signature_of(TEXT).to_bytes())


def test_names_are_capitalised_words_inside_sentences() -> None:
    a = signature_of("Officials said Fidan met Gerapetritis in Ankara. Talks went well.")
    b = signature_of("Reporters saw Fidan greet Gerapetritis in Ankara. Nothing else happened.")
    c = signature_of("Officials said Lavrov met Zarif in Moscow. Talks went well.")
    assert similarity(a.names, b.names) == 1.0  # "Officials", "Talks", "Reporters" start sentences
    assert similarity(a.names, c.names) == 0.0
