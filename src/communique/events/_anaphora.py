"""Acts referred back to: "Argentina condemned the crackdown" is aimed at whoever cracked down.

A reaction (a condemnation, a rejection, a demand, a denial) whose object is a noun standing for an
act told before ("the crackdown", "the expulsions", "a move Bolivia denounced", "remarks that
Manila condemned") names no actor in its own phrase: its target is the doer of that act. The act is
the clause the noun is in apposition to ("Peru arrested an activist, a move Bolivia denounced"),
else the latest earlier frame of the article whose root the noun can stand for (``act_anaphors``
in cues.yaml). A denial that names nothing it denies answers the latest accusation against the
denier.
"""

from __future__ import annotations

import dataclasses
from collections import deque

from spacy.tokens import Token

from communique.events._args import MentionIndex, Participant
from communique.events._frames import PENDING, Frame, sources_of
from communique.events._lexicon import cues
from communique.events._reference import apposed, referred_noun

__all__ = ["ActHistory"]

# Verbal reactions that can be aimed at an act: statements, approval, demands, disapproval,
# rejection, threats (CAMEO roots).
_REACTION_ROOTS = frozenset({"01", "05", "10", "11", "12", "13"})
# How far back an act can be referred to, in sentences: a reaction follows its act closely.
_LOOKBACK = 4


class ActHistory:
    """The frames coded so far in one article, for reactions that refer back to them."""

    def __init__(self) -> None:
        """Start an article with no acts told."""
        self._sentences: deque[list[Frame]] = deque(maxlen=_LOOKBACK)

    def resolve(self, frames: list[Frame], index: MentionIndex) -> list[Frame]:
        """Give the target-less reactions of one sentence the doers of the acts they refer to,
        then remember the sentence's frames.

        Args:
            frames: the sentence's frames, in trigger order.
            index: the article's mentions.

        Returns:
            The frames, reactions to an earlier act aimed at its doers (rule suffix ``:anaphor``).
        """
        aimed = [self._aimed(frame, frames, index) for frame in frames]
        # A frame whose row needs a target that no earlier act supplied is no event.
        out = [f for f in aimed if not f.rule.endswith(PENDING)]
        self._sentences.append(out)
        return out

    def _aimed(self, frame: Frame, sentence: list[Frame], index: MentionIndex) -> Frame:
        if frame.token.pos_ != "VERB" or any(t is not None for _, t in frame.pairs):
            return frame
        deny = "deny" in frame.row.flags
        brokered = frame.row.code.startswith("045") and frame.rule.endswith(PENDING)
        if frame.row.code[:2] not in _REACTION_ROOTS and not deny and not brokered:
            return frame
        own = {s.actor.country for s, _ in frame.pairs if s is not None}
        noun = referred_noun(frame.token)
        if brokered:
            # "The meeting, brokered by Brazil": the go-between acts on the parties of the act
            # the noun stands for, every one of them.
            act = frame.token.head
            doers = self._doers(cues().act_anaphors.get(act.lemma_.lower(), frozenset()), act, sentence, own)
        elif noun is not None:
            doers = _apposed_doers(noun, sentence, index) or self._doers(
                cues().act_anaphors[noun.lemma_.lower()], noun, sentence, own
            )
        elif deny:
            doers = self._doers(frozenset({"11"}), frame.token, sentence, own, against=own)
        elif (bare := _bare_act(frame.token)) is not None:
            # "Azerbaijan shelled Armenian positions as Yerevan denounced a full-scale aggression":
            # an act named with "a"/"an" and no actor or phrase of its own is the one just told,
            # in the same sentence: "a" says it is not one the story told before.
            doers = self._doers(cues().act_anaphors[bare.lemma_.lower()], bare, sentence, own, history=False)
        else:
            return frame
        doers = [d for d in doers if d.actor.country and d.actor.country not in own]
        if not doers:
            return frame
        pairs = tuple((s, d) for s, _ in frame.pairs for d in doers)
        return dataclasses.replace(frame, pairs=pairs, rule=f"{frame.rule.removesuffix(PENDING)}:anaphor")

    def _doers(
        self,
        roots: frozenset[str],
        before: Token,
        sentence: list[Frame],
        own: set[str | None],
        *,
        against: set[str | None] | None = None,
        history: bool = True,
    ) -> list[Participant]:
        """The doers of the latest act of one of ``roots`` told before ``before`` by others than
        ``own`` (and, with ``against``, aimed at one of those countries); without ``history``, in
        this sentence only."""
        earlier = [f for f in sentence if f.token.i < before.i]
        for frames in (earlier, *(reversed(self._sentences) if history else ())):
            for frame in reversed(frames):
                if "*" not in roots and frame.row.code[:2] not in roots:
                    continue
                found = [
                    s
                    for s, t in frame.pairs
                    if s is not None
                    and s.actor.country not in own
                    and (against is None or (t is not None and t.actor.country in against))
                ]
                if found:
                    return list({p.key: p for p in found}.values())
        return []


def _bare_act(verb: Token) -> Token | None:
    """An indefinite object of a reaction that names an act and nothing else: "denounced a
    full-scale aggression", not "condemned an attack on a hospital" (a phrase of its own) nor
    "condemned a Russian attack" (whose actor the frame already has)."""
    anaphors = cues().act_anaphors
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        if noun.lemma_.lower() not in anaphors:
            continue
        if any(c.dep_ not in {"det", "amod", "advmod", "compound"} for c in noun.children):
            continue
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
            return noun
    return None


def _apposed_doers(noun: Token, sentence: list[Frame], index: MentionIndex) -> list[Participant]:
    """The doers of the clause a summing-up noun is in apposition to: "Peru arrested an activist,
    a move Bolivia denounced" (the arrest's), "officials said Beijing should annex the islands,
    remarks that Manila condemned" (the speakers')."""
    if not apposed(noun):
        return []
    node = noun.head
    for _ in range(4):
        if node.pos_ == "VERB":
            framed = [s for f in sentence if node.i in {f.token.i, f.anchor.i} for s, _ in f.pairs if s]
            return framed or sources_of(node, index)[0]
        # The parser may hang the noun on the clause's subject ("Russia's president offered him
        # asylum, a move Kyiv denounced"): the clause is still the act summed up.
        if node.dep_ not in {"dobj", "pobj", "prep", "appos", "attr", "nsubj"}:
            return []
        node = node.head
    return []
