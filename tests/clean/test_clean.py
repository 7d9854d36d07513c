"""clean_document end to end: the seed articles, identity, and properties over arbitrary text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from communique.clean import clean_document, clean_text
from communique.errors import InputError
from communique.ingest import DocumentDefaults, read_documents
from communique.model import Article, RawDocument
from communique.settings import Settings

BOILERPLATE = (
    r"Read More",
    r"Related news",
    r"\d\s*views",
    r"^Details$",
    r"^Addendum$",
    r"MEHR:",
    r"PressEurope",
    r"\(IP\):",
    r"•",
)


def _seed_articles(seeds_dir: Path, settings: Settings) -> dict[str, tuple[str, Article]]:
    found: dict[str, tuple[str, Article]] = {}
    for doc in read_documents([str(seeds_dir)], settings=settings, defaults=DocumentDefaults()):
        assert isinstance(doc, RawDocument), doc
        raw = Path(doc.origin).read_text(encoding="utf-8")
        found[Path(doc.origin).name[:3]] = (raw, clean_document(doc, settings=settings))
    return found


def _words(text: str) -> list[str]:
    text = (
        unicodedata.normalize("NFC", text)
        .replace("\u2019", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    return re.findall(r"\w+", text.casefold())


def test_seeds_lose_boilerplate_and_no_sentence(seeds_dir: Path, settings: Settings) -> None:
    for key, (raw, article) in _seed_articles(seeds_dir, settings).items():
        for marker in BOILERPLATE:
            assert not re.search(marker, article.text, re.MULTILINE), f"{key}: {marker!r} left in"
        cleaned_words = " ".join(_words(article.text))
        # Every paragraph that is a sentence (ends like one, 8+ words) keeps its closing words:
        # prefixes may go, the content may not.
        for paragraph in raw.split("\n"):
            words = _words(paragraph)
            if len(words) >= 8 and re.search(r"[.!?\"\u201d]\s*$", paragraph):
                assert " ".join(words[-8:]) in cleaned_words, f"{key}: lost {paragraph[:60]!r}"
        assert article.raw_text.strip() in raw.strip() or raw.strip().endswith(article.raw_text.strip())


def test_seeds_repeated_headline_and_lede_removed(seeds_dir: Path, settings: Settings) -> None:
    articles = _seed_articles(seeds_dir, settings)
    for key in ("001", "002"):
        article = articles[key][1]
        assert article.title, key
        assert article.title not in article.text
        paragraphs = article.text.split("\n\n")
        assert len(paragraphs) == len(set(paragraphs)), key
        assert "repeated_title" in article.removed


def test_seeds_agency_and_dateline(seeds_dir: Path, settings: Settings) -> None:
    articles = _seed_articles(seeds_dir, settings)
    got = {key: (article.agency, article.dateline_place) for key, (_, article) in articles.items()}
    assert got == {
        "000": (None, None),
        "001": ("MEHR", None),
        "002": ("UNN", "Kyiv"),
        "003": ("Iran Press", None),
        "004": ("IP", "Moscow"),
    }


def test_seed_addendum_text_is_kept_and_crosshead_gets_a_period(seeds_dir: Path, settings: Settings) -> None:
    articles = _seed_articles(seeds_dir, settings)
    raw, article = articles["002"]
    addendum = raw.split("Addendum", 1)[1].strip()
    assert addendum.split(".")[0] in article.text
    assert "section_label" in articles["002"][1].removed
    assert "sentence_break" in articles["004"][1].removed


def test_identity_and_metadata(settings: Settings) -> None:
    doc = RawDocument(
        origin="t", text="MEHR: Ministers met in Baku.\n\nShare on Facebook", title="Baku talks"
    )
    article = clean_document(doc, settings=settings)
    assert article.text == "Ministers met in Baku."
    assert article.id == article.content_hash[:16] and len(article.content_hash) == 64
    assert article.raw_text == doc.text and article.title == "Baku talks" and article.agency == "MEHR"
    assert article.removed == ("agency_prefix", "share_line")
    given_id = clean_document(
        RawDocument(origin="t", text="Ministers met in Baku.", id="x-1"), settings=settings
    )
    assert given_id.id == "x-1" and given_id.content_hash == article.content_hash


def test_html_body_is_extracted(settings: Settings) -> None:
    html = (
        "<html><head><title>Baku talks</title></head><body><article><p>Ministers of Armenia and Azerbaijan "
        "met in Baku on Monday and agreed to continue talks on a peace treaty next month.</p>"
        "<p>Both sides said the meeting had been constructive and businesslike.</p></article></body></html>"
    )
    article = clean_document(RawDocument(origin="h", html=html), settings=settings)
    assert article.text.startswith("Ministers of Armenia") and "<p>" not in article.text
    assert article.title == "Baku talks"


def test_empty_and_all_boilerplate_documents_raise(settings: Settings) -> None:
    with pytest.raises(InputError, match="empty"):
        clean_document(RawDocument(origin="e", text=" \n\t "), settings=settings)
    with pytest.raises(InputError, match="no text left"):
        clean_document(
            RawDocument(origin="b", text="Read More:\n\nSome headline\n\n9504 views"), settings=settings
        )


def test_language_setting_and_given_language(settings: Settings) -> None:
    text = "Les ministres des affaires étrangères se sont réunis à Genève mercredi pour parler de sécurité."
    assert clean_document(RawDocument(origin="f", text=text), settings=settings).language == "fr"
    off = settings.replace(detect_language=False)
    assert clean_document(RawDocument(origin="f", text=text), settings=off).language == "en"
    assert (
        clean_document(RawDocument(origin="f", text=text, language="xx"), settings=settings).language == "xx"
    )


# --- properties -------------------------------------------------------------------------------

_VOCABULARY = (
    "ministers met talks agreed border trade envoy summit sanctions treaty on in with and the of "
    "Geneva Baku Lima Oslo Tehran Moscow Kyiv Monday Friday government officials"
)
_WORDS = st.sampled_from(_VOCABULARY.split())
_PLAIN = st.builds(
    lambda first, rest, end: " ".join([first.capitalize(), *rest]) + end,
    _WORDS,
    st.lists(_WORDS, min_size=4, max_size=14),
    st.sampled_from([".", "!", "?"]),
)
# Quotations, numbers and colons, as news sentences have them.
_SENTENCE = st.one_of(
    _PLAIN,
    st.builds(lambda quote, tail: f'"{quote[:-1]}," {tail}', _PLAIN, _PLAIN.map(str.lower)),
    st.builds(lambda n, sentence: f"{sentence[:-1]} on {n} fronts.", st.integers(0, 10_000), _PLAIN),
    st.builds(lambda lead, sentence: f"{lead.capitalize()} said: {sentence}", _WORDS, _PLAIN),
)
_BOILERPLATE = st.sampled_from(
    [
        "Read More:",
        "Related news:",
        "Details",
        "Addendum",
        "• 9504 views",
        "Share on Facebook",
        "Kyiv • UNN",
        "* * *",
        "By Jane Doe, Reuters",
        "(Reporting by Jane Doe; Editing by John Roe)",
    ]
)
_PREFIX = st.sampled_from(["", "", "MEHR: ", "Iran PressEurope: ", "Moscow (IP): "])


@st.composite
def _articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    sentences: list[str] = []
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            parts.append(draw(_BOILERPLATE))
        paragraph = draw(st.lists(_SENTENCE, min_size=1, max_size=3))
        sentences.extend(paragraph)
        parts.append(draw(_PREFIX) + " ".join(paragraph))
    return draw(st.sampled_from(["\n\n", "\n", "\n \n"])).join(parts), sentences


@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_never_crashes_and_is_idempotent_on_any_text(text: str) -> None:
    try:
        once, _, _ = clean_text(text)
    except InputError:
        return
    assert clean_text(once)[0] == once


@hsettings(max_examples=200, deadline=None)
@given(_articles())
def test_idempotent_and_keeps_every_sentence(article: tuple[str, list[str]]) -> None:
    text, sentences = article
    cleaned, _, _ = clean_text(text)
    assert clean_text(cleaned)[0] == cleaned
    for sentence in sentences:
        assert sentence in cleaned


@hsettings(max_examples=100, deadline=None)
@given(st.text(min_size=1))
def test_clean_document_raises_only_input_error(text: str) -> None:
    settings = Settings(detect_language=False)
    try:
        article = clean_document(RawDocument(origin="h", text=text), settings=settings)
    except InputError:
        return
    again = clean_document(RawDocument(origin="h", text=article.text), settings=settings)
    assert again.text == article.text and again.id == article.id
