from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.pipeline import Sentencizer

from communique.scale.prefilter import SentencePrefilter, actor_words, trigger_forms

# A stand-in for communique.events.trigger_lemmas(): a few real CAMEO trigger lemmas.
TRIGGERS = ("meet", "sign", "attack", "say", "agree", "ban", "deny")

MIXED = (
    "Iranian Foreign Minister Abbas Araghchi met his Russian counterpart in Moscow on Tuesday. "
    "The weather was mild and the streets were quiet. "
    "Both sides agreed to expand trade.\n\n"
    "it was a long day."
)


@pytest.fixture(scope="module")
def prefilter(base_nlp: Language) -> SentencePrefilter:
    return SentencePrefilter(base_nlp, trigger_lemmas=TRIGGERS)


def test_trigger_forms_cover_regular_and_irregular_inflections(base_nlp: Language) -> None:
    forms = trigger_forms(TRIGGERS, nlp=base_nlp)
    for form in ("meet", "meets", "meeting", "met", "signed", "agreed", "banned", "denied", "denies", "said"):
        assert form in forms, form
    assert "weather" not in forms


def test_actor_words_hold_pronouns_and_collectives() -> None:
    assert {"he", "they", "officials", "government"} <= actor_words()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iran met Russia.", True),
        ("They signed the deal.", True),
        ("Officials denied it.", True),
        ("The weather was mild.", False),  # no trigger
        ("the deal was signed.", False),  # trigger but no actor candidate
        ("Moscow is cold in January.", False),  # actor but no trigger
    ],
)
def test_a_candidate_needs_a_trigger_and_an_actor(
    prefilter: SentencePrefilter, sentence: str, expected: bool
) -> None:
    assert prefilter.plan(sentence) == [(0, len(sentence), expected)]


def test_plan_groups_consecutive_sentences_into_runs(prefilter: SentencePrefilter) -> None:
    plan = prefilter.plan(MIXED)
    assert [candidate for _, _, candidate in plan] == [True, False, True, False]
    assert plan[0][0] == 0 and plan[-1][1] == len(MIXED)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(plan))
    assert MIXED[plan[1][0] : plan[1][1]].startswith("The weather")


def test_mixed_article_keeps_text_and_parses_only_candidates(prefilter: SentencePrefilter) -> None:
    doc = next(prefilter.pipe([MIXED]))
    assert doc.text == MIXED
    sentences = list(doc.sents)
    assert [s.text.strip()[:4] for s in sentences] == ["Iran", "The ", "Both", "it w"]
    first, weather, agreed, _last = sentences
    assert any(t.dep_ == "nsubj" for t in first)
    assert any(t.dep_ == "nsubj" for t in agreed)
    # Skipped sentences: a flat tree, no subject, no entity.
    assert {t.dep_ for t in weather} <= {"ROOT", "dep"}
    assert not any(e.start >= weather.start and e.end <= weather.end for e in doc.ents)
    # Offsets still point into the article text.
    for ent in doc.ents:
        assert MIXED[ent.start_char : ent.end_char] == ent.text
    assert "Abbas Araghchi" in {e.text for e in doc.ents}


def test_article_of_candidates_only_is_processed_whole(
    prefilter: SentencePrefilter, base_nlp: Language
) -> None:
    text = "Iran met Russia in Moscow. Both sides signed a treaty."
    filtered = next(prefilter.pipe([text]))
    full = base_nlp(text)
    assert [(t.text, t.dep_, t.head.i, t.ent_type_) for t in filtered] == [
        (t.text, t.dep_, t.head.i, t.ent_type_) for t in full
    ]


def test_article_without_candidates_is_only_tokenised(prefilter: SentencePrefilter) -> None:
    text = "The weather was mild. It rained later."
    doc = next(prefilter.pipe([text]))
    assert doc.text == text
    assert len(list(doc.sents)) == 2
    assert not doc.ents


def test_counts_sentences_seen_and_parsed(base_nlp: Language) -> None:
    prefilter = SentencePrefilter(base_nlp, trigger_lemmas=TRIGGERS)
    list(prefilter.pipe([MIXED, "Iran met Russia."]))
    assert (prefilter.sentences_seen, prefilter.sentences_parsed) == (5, 3)


SENTENCES = st.sampled_from(
    [
        "Iran met Russia.",
        "The weather was mild.",
        " the talks ended. ",
        "\n\nOfficials said they signed it!",
        "U.S. troops attacked.",
        "“We agree,” he said.",
        "",
        "  ",
    ]
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(SENTENCES, max_size=6))
def test_any_mix_of_sentences_keeps_the_exact_text(prefilter: SentencePrefilter, parts: list[str]) -> None:
    text = " ".join(parts)
    docs = list(prefilter.pipe([text, text.upper()], batch_size=2))
    assert [d.text for d in docs] == [text, text.upper()]


def test_sentences_split_like_spacys_sentencizer(prefilter: SentencePrefilter, base_nlp: Language) -> None:
    text = 'He said: "No." Then U.S. troops left!! Really?! Yes... \n\nDone. ok'
    doc = next(prefilter.pipe([text]))
    reference = Sentencizer()(base_nlp.make_doc(text))
    assert [s.start_char for s in doc.sents] == [s.start_char for s in reference.sents]


def test_article_is_not_cut_when_little_would_be_saved(base_nlp: Language) -> None:
    # Under half of MIXED's tokens are in non-candidate sentences: with min_saving=0.5 it stays whole.
    prefilter = SentencePrefilter(base_nlp, trigger_lemmas=TRIGGERS, min_saving=0.5)
    assert prefilter.plan(MIXED) == [(0, len(MIXED), True)]
