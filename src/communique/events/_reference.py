"""Nouns that refer back to an act told before: "condemned the crackdown", "a halt to the
fighting", "a move Lima denounced" (``act_anaphors`` in cues.yaml).

Used by the frame builder (a reaction whose only object refers back is kept for the history to
aim) and by ``_anaphora.ActHistory`` (which finds the act and its doers).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events._lexicon import cues

__all__ = ["apposed", "referred_noun"]

_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
# Links inside an object's phrase to the act it names ("a halt to the fighting", "officials
# responsible for the violence"), and how deep the act may sit.
_PHRASE_LINKS = frozenset({"prep", "pobj", "amod"})
_PHRASE_DEPTH = 7
# Dependencies of a noun summing up the clause before it ("…, a move Lima denounced").
_APPOSED = frozenset({"appos", "ccomp", "npadvmod"})


def referred_noun(verb: Token) -> Token | None:
    """The noun standing for an earlier act that ``verb`` reacts to: its definite object ("condemned
    the crackdown"), an act inside that object's phrase ("demanded a halt to the fighting",
    "sanctions against officials responsible for the violence"), or the noun its relative clause
    describes ("a move Lima denounced")."""
    anaphors = cues().act_anaphors
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "called the decision regrettable" parsed with the object as a compound of the predicate.
    objects += [g for c in verb.children if c.dep_ == "oprd" for g in c.children if g.dep_ == "compound"]
    if not objects and verb.dep_ in {"relcl", "ccomp", "acl"} and verb.head.pos_ == "NOUN":
        noun = verb.head
        return noun if noun.lemma_.lower() in anaphors and apposed(noun) else None
    for noun in (n for obj in objects for n in _phrase_nouns(obj)):
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
        if definite and noun.lemma_.lower() in anaphors:
            return noun
    return None


def _phrase_nouns(obj: Token) -> list[Token]:
    """The object and the nouns of its own phrase, nearest first (breadth-first through
    prepositions and modifiers, never into a clause)."""
    found: list[Token] = []
    level = [obj]
    for _ in range(_PHRASE_DEPTH):
        found += [t for t in level if t.pos_ == "NOUN"]
        level = [c for t in level for c in t.children if c.dep_ in _PHRASE_LINKS]
    return found


def apposed(noun: Token) -> bool:
    """True when a noun sums up a clause: an apposition, or a phrase set off by a comma that the
    parser read as a second object ("offered him refuge, a move Lima denounced")."""
    start = noun.left_edge.i
    return noun.dep_ in _APPOSED or (start > 0 and noun.doc[start - 1].text == ",")
