"""The spaCy loader: prefers official models, falls back to the PyPI package, fails clearly."""

from __future__ import annotations

import pytest

from communique.errors import ModelNotFoundError
from communique.nlp import available_model, load_pipeline


def test_falls_back_to_an_installed_english_pipeline() -> None:
    assert available_model(None).startswith("en_core_web_")


def test_a_named_missing_model_fails_naming_the_fix() -> None:
    with pytest.raises(ModelNotFoundError, match="not installed"):
        available_model("en_core_web_xx_missing")


def test_loaded_pipeline_parses_and_tags_entities() -> None:
    nlp = load_pipeline(None)
    doc = nlp("Russian Foreign Minister Sergei Lavrov met his Iranian counterpart in Moscow.")
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert any(ent.text == "Moscow" and ent.label_ == "GPE" for ent in doc.ents)
    assert load_pipeline(None) is nlp  # loaded once per process


def test_missing_everything_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    with pytest.raises(ModelNotFoundError, match="make demo"):
        available_model(None)
