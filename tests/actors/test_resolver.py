"""The actor stage on the seed articles and on small texts: who is found, with which identity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from communique.actors import ActorResolver
from communique.clean import clean_document
from communique.model import Article, Mention, RawDocument
from communique.settings import Settings

# surname as written in the seeds → (country, sector, former)
SEED_PEOPLE = {
    "Qalibaf": ("IRN", "LEG", False),
    "Khamenei": ("IRN", "GOV", False),
    "Putin": ("RUS", "GOV", False),
    "Velayati": ("IRN", "GOV", False),
    "Baburin": ("RUS", "LEG", True),
    "Soleimani": ("IRN", "MIL", False),
    "Trump": ("USA", "GOV", False),
    "Peseshkian": ("IRN", "GOV", False),
    "Pezeshkian": ("IRN", "GOV", False),
    "Baghai": ("IRN", "GOV", False),
    "Lavrov": ("RUS", "GOV", False),
    "Overchuk": ("RUS", "GOV", False),
    "Savelyev": ("RUS", "GOV", False),
    "Zarif": ("IRN", "GOV", False),
    "Amir-Abdollahian": ("IRN", "GOV", False),
}


def _seed_mentions(
    seeds_dir: Path, settings: Settings, resolver: ActorResolver, nlp: Language, *, clean: bool
) -> list[tuple[str, Mention]]:
    out = []
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        if clean:
            article = clean_document(RawDocument(origin=str(path), text=raw), settings=settings)
        else:
            article = Article(id=path.stem, text=raw, raw_text=raw)
        mentions = resolver.resolve(nlp(article.text), article)
        for mention in mentions:
            assert article.text[mention.start : mention.end] == mention.text
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
        out.extend((article.text, m) for m in mentions)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("clean", [True, False], ids=["cleaned", "raw"])
def test_every_seed_person_has_the_right_country_and_sector(
    seeds_dir: Path, settings: Settings, resolver: ActorResolver, actor_nlp: Language, clean: bool
) -> None:
    mentions = _seed_mentions(seeds_dir, settings, resolver, actor_nlp, clean=clean)
    for surname, expected in SEED_PEOPLE.items():
        found = [m for _, m in mentions if surname in m.text.split() or m.text.endswith(surname)]
        assert found, f"{surname} not found"
        for mention in found:
            actor = mention.actor
            assert (actor.country, actor.sector, actor.former) == expected, (mention.text, actor)


@pytest.mark.slow
def test_seed_spellings_and_acronyms_resolve_to_one_actor(
    seeds_dir: Path, settings: Settings, resolver: ActorResolver, actor_nlp: Language
) -> None:
    mentions = [m for _, m in _seed_mentions(seeds_dir, settings, resolver, actor_nlp, clean=True)]
    ids = {m.text: m.actor.id for m in mentions}
    assert ids["Pezeshkian"] == ids["Iranian President Massoud Peseshkian"] == "person:masoud-pezeshkian"
    union = {
        m.actor.id
        for m in mentions
        if m.text in {"EAEU", "Eurasian Economic Union", "Eurasia Economic Union"}
    }
    assert union == {"IGO:EAEU"}
    assert {m.actor.country for m in mentions if m.actor.id == "IGO:EAEU"} == {"IGO"}


@pytest.mark.slow
def test_page_furniture_never_becomes_an_actor(
    seeds_dir: Path, settings: Settings, resolver: ActorResolver, actor_nlp: Language
) -> None:
    mentions = [m for _, m in _seed_mentions(seeds_dir, settings, resolver, actor_nlp, clean=False)]
    for mention in mentions:
        assert "views" not in mention.text
        assert mention.text not in {"Addendum", "Details", "9504"}
    doc = actor_nlp((seeds_dir / "002_bdc711907429bce9.txt").read_text(encoding="utf-8"))
    assert not [e for e in doc.ents if "views" in e.text or e.text in {"Addendum", "Details"}]


def test_kb_person_tagged_by_the_ruler_not_as_org(actor_nlp: Language) -> None:
    doc = actor_nlp("Amir-Abdollahian said the EAEU talks would go on.")
    labels = {e.text: (e.label_, e.ent_id_) for e in doc.ents}
    assert labels["Amir-Abdollahian"] == ("PERSON", "person:hossein-amir-abdollahian")
    assert labels["EAEU"] == ("ORG", "IGO:EAEU")


def test_capital_after_in_is_a_place_not_an_actor(mentions_of: Callable[..., tuple[Mention, ...]]) -> None:
    mentions = mentions_of("A Russian delegation arrived in Tehran. Tehran denied the report.")
    texts = [(m.text, m.actor.id) for m in mentions]
    assert ("Russian delegation", "RUS:GOV") in texts
    assert texts.count(("Tehran", "IRN:GOV")) == 1


def test_a_us_state_after_in_is_a_place_but_acting_it_names_the_us(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    placed = mentions_of("Biden said in California that China must stop.")
    assert [(m.text, m.actor.id) for m in placed] == [("Biden", "person:joe-biden"), ("China", "CHN")]
    acting = mentions_of("California sued the federal government over the rule.")
    assert ("California", "USA") in [(m.text, m.actor.id) for m in acting]


def test_install_is_idempotent_and_components_are_registered_by_name(
    resolver: ActorResolver, actor_nlp: Language
) -> None:
    before = list(actor_nlp.pipe_names)
    resolver.install(actor_nlp)
    assert actor_nlp.pipe_names == before
    assert before.index("communique_actor_ruler") < before.index("ner")
    assert before[-1] == "communique_actor_filter"
    assert actor_nlp.get_pipe_meta("communique_actor_ruler").factory == "communique_actor_ruler"


@pytest.mark.slow
def test_components_work_under_multiprocess_pipe(resolver: ActorResolver, actor_nlp: Language) -> None:
    texts = [
        "Iranian Foreign Minister Hossein Amirabdollahian met NATO officials.",
        "Details\n\nThe EAEU met.",
    ]
    docs = list(actor_nlp.pipe(texts, n_process=2, batch_size=1))
    ents = [{(e.text, e.ent_id_) for e in doc.ents} for doc in docs]
    assert ("Hossein Amirabdollahian", "person:hossein-amir-abdollahian") in ents[0]
    assert ("EAEU", "IGO:EAEU") in ents[1] and all(t != "Details" for t, _ in ents[1])
    article = Article(id="m", text=texts[0], raw_text=texts[0])
    people = [m.actor for m in resolver.resolve(docs[0], article) if m.actor.kind == "person"]
    assert people and people[0].country == "IRN"


def test_heads_that_are_not_actor_words_make_no_title_mention(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = (
        "Moscow accused NATO of provocative military activity. A military attack followed. "
        "Russian shelling killed civilians in the Ukrainian town of Bucha."
    )
    mentions = mentions_of(text, dt.date(2022, 4, 1))
    assert all(m.actor.sector != "MIL" or m.actor.country != "IGO" for m in mentions)
    assert not any(m.text.startswith("military attack") for m in mentions)
    assert not any(m.actor.kind == "person" for m in mentions)
    nato = [m for m in mentions if m.text == "NATO"]
    assert nato and nato[0].actor.id == "IGO:NATO"


def test_igo_office_holder_is_an_igo_actor_and_family_names_come_first(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = "NATO Secretary General Jens Stoltenberg met Xi Jinping. Xi said little."
    mentions = mentions_of(text, dt.date(2019, 6, 1))
    stoltenberg = next(m for m in mentions if m.text.endswith("Stoltenberg"))
    assert (stoltenberg.actor.country, stoltenberg.actor.sector) == ("IGO", "IGO")
    xi = [m for m in mentions if m.text == "Xi"]
    assert xi and xi[0].actor.id == "person:xi-jinping"


def test_bulleted_page_furniture_is_not_an_entity(actor_nlp: Language) -> None:
    doc = actor_nlp("Chabahar • GW • 2114\n\nIran and India signed the deal.")
    assert not [e for e in doc.ents if "•" in e.text]


def test_pipeline_without_parser_still_resolves_entities(resolver: ActorResolver) -> None:
    nlp = spacy.blank("en")
    resolver.install(nlp)
    text = "Iranian officials met the EAEU. Iran and Russia agreed."
    mentions = resolver.resolve(nlp(text), Article(id="b", text=text, raw_text=text))
    assert {m.actor.id for m in mentions} >= {"IRN", "IGO:EAEU", "group:IRN+RUS"}
    assert resolver.resolve(nlp(""), Article(id="e", text="", raw_text="")) == ()


def test_full_name_is_not_resolved_by_another_persons_surname(
    mentions_of: Callable[..., tuple[Mention, ...]],
) -> None:
    text = (
        "Gazprom chief Alexei Miller met Chinese President Xi Jinping. Russian forces of the Kremlin waited."
    )
    mentions = mentions_of(text, dt.date(2024, 5, 1))
    miller = next(m for m in mentions if m.text.endswith("Alexei Miller"))
    assert (miller.actor.id, miller.actor.country, miller.actor.sector) == (
        "person:alexei-miller",
        "RUS",
        "BUS",
    )
    xi = next(m for m in mentions if m.text.endswith("Xi Jinping"))
    assert xi.text == "Chinese President Xi Jinping" and xi.actor.id == "person:xi-jinping"
