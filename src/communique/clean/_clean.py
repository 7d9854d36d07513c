"""``clean_document``: a ``RawDocument`` in, an ``Article`` out.

Steps: (1) HTML bodies become text (trafilatura, via ``communique.ingest.extract_html``);
(2) characters are normalised; (3) the paragraph rules of ``_rules`` run in order, repeated until
nothing changes, so cleaning is idempotent; (4) identity (content hash, id) and language are derived
from the cleaned text, which is what every later offset refers to.
"""

from __future__ import annotations

import hashlib
import re

from communique.clean._language import detect_language
from communique.clean._normalise import join_paragraphs, normalise_characters, split_paragraphs
from communique.clean._rules import RULES, CleanState, paragraph_key
from communique.errors import InputError
from communique.model import Article, RawDocument
from communique.settings import Settings

__all__ = ["clean_document", "clean_text", "content_hash"]

# Every rule only removes or finishes paragraphs, so the loop settles in two or three rounds;
# the cap is a guard, not a tuning knob.
_MAX_ROUNDS = 8


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the text with case and whitespace normalised: equal for the same article.

    Args:
        text: cleaned article text.

    Returns:
        64 hex characters.
    """
    normalised = re.sub(r"\s+", " ", text.casefold()).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def clean_text(text: str, *, title: str | None = None) -> tuple[str, CleanState, tuple[str, ...]]:
    """Run the character normalisation and the paragraph rules on ``text``.

    Args:
        text: the raw body.
        title: the document title, so a repeated headline can be recognised.

    Returns:
        The cleaned text, what was learnt (agency, dateline place) and the names of the rules that
        changed something, in the order they first fired.
    """
    state = CleanState(title_key=paragraph_key(title) if title else None)
    fired: list[str] = []
    current = text
    for _ in range(_MAX_ROUNDS):
        normalised = normalise_characters(current)
        if normalised != current and "normalise" not in fired:
            fired.append("normalise")
        paragraphs = split_paragraphs(normalised)
        if join_paragraphs(paragraphs) != normalised and "whitespace" not in fired:
            fired.append("whitespace")
        for name, rule in RULES:
            after = rule(paragraphs, state)
            if after != paragraphs and name not in fired:
                fired.append(name)
            paragraphs = after
        cleaned = join_paragraphs(paragraphs)
        if cleaned == current:
            break
        current = cleaned
    return current, state, tuple(fired)


def clean_document(doc: RawDocument, *, settings: Settings) -> Article:
    """Clean one document into an ``Article``.

    Args:
        doc: the document as read (``text``, or ``html`` which is reduced to its main text first).
        settings: the run's settings (``detect_language``).

    Returns:
        The article: cleaned ``text`` (what all offsets refer to), ``raw_text`` as given, ``agency``
        and ``dateline_place`` from stripped prefixes, ``language``, ``content_hash``, ``id`` (the
        given id, else the first 16 hex characters of the content hash) and ``removed`` (rules fired).

    Raises:
        InputError: the document is empty, or nothing is left after cleaning.
    """
    raw, title, published, author, source = doc.text, doc.title, doc.published, doc.author, doc.source
    if not (raw and raw.strip()) and doc.html and doc.html.strip():
        from communique.ingest import extract_html  # the HTML extractor lives with the readers

        page = extract_html(doc.html, origin=doc.origin, url=doc.url)
        raw = page.text
        title, published = title or page.title, published or page.published
        author, source = author or page.author, source or page.source
    if not (raw and raw.strip()):
        raise InputError(doc.origin, "empty document")
    clean_title = " ".join(normalise_characters(title).split()) if title else None
    text, state, fired = clean_text(raw, title=clean_title)
    if not text:
        raise InputError(doc.origin, "no text left after removing boilerplate")
    digest = content_hash(text)
    if doc.language:
        language = doc.language
    elif settings.detect_language:
        language = detect_language(text)
    else:
        language = "en"
    return Article(
        id=doc.id or digest[:16],
        text=text,
        raw_text=raw,
        title=clean_title or None,
        source=source,
        url=doc.url,
        published=published,
        author=author or state.author,
        agency=state.agency,
        dateline_place=state.dateline_place,
        language=language,
        origin=doc.origin,
        content_hash=digest,
        removed=fired,
    )
