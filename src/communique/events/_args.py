"""Participants: from a token of the parse to the resolved actors its phrase refers to.

The actor stage has already found every mention; this module indexes them by token once per
document so that turning a subject or object token into actors costs a dictionary lookup, and
walks the noun phrase ("the Foreign Ministers of Iran and Russia", "his Russian counterpart")
when the head word itself is not a mention.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from communique.events._lexicon import word_forms
from communique.model import Actor, ActorRef, Mention
from communique.places import Gazetteer

__all__ = ["MentionIndex", "Participant", "most_specific"]

# Dependents of a noun that can carry the actor of the phrase ("Russian delegation", "Iran's
# minister", "the US sanctions", "Iran-Russia talks").
_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod", "appos"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_THIRD_PERSON = frozenset({"it", "they"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})
# Bodies named by where they sit ("a court in Guyana", "officials in Jerusalem"); other nouns’
# "in" phrases are circumstances ("efforts in the Security Council"), not their actor.
_LOCATED_BODIES = frozenset(
    {"court", "official", "authority", "police", "government", "embassy", "ministry", "parliament",
     "prosecutor", "judge", "force", "troop", "army", "soldier", "military", "administration", "leader"}
)  # fmt: skip
# Titles whose "to" phrase names whom they serve ("an adviser to Iran's supreme leader").
_ATTACHED_TITLES = frozenset(
    {"adviser", "advisor", "aide", "assistant", "spokesman", "spokeswoman", "spokesperson"}
)


# Gazetteer features of a place the tagger may have read as an organisation ("near Djibo").
_SETTLEMENTS = frozenset({"city", "town", "village"})


@dataclass(frozen=True, slots=True)
class Participant:
    """One actor taking part in an event, with the mention (or the token) that names it."""

    actor: Actor
    ref: ActorRef

    @property
    def key(self) -> str:
        """Identity used to tell participants apart (the actor id)."""
        return self.actor.id


class MentionIndex:
    """The resolved mentions of one document, indexed by token position."""

    def __init__(
        self,
        doc: Doc,
        mentions: tuple[Mention, ...],
        *,
        reporting: frozenset[str] = frozenset(),
        first_person: frozenset[str] = frozenset(),
    ) -> None:
        """Index ``mentions`` by the tokens they cover (the shortest mention wins a token).

        Args:
            doc: the parsed article text.
            mentions: the actor stage's mentions (character offsets into the same text).
            reporting: lemmas of reporting verbs ("say", "add").
            first_person: first-person pronouns, which refer to the speaker of the reporting
                verb their clause depends on ("he said, adding: we appreciate …").
        """
        self.doc = doc
        self.reporting, self.first_person = reporting, first_person
        self.gazetteer = Gazetteer()
        # Entities and text once per document: ``doc.ents`` and ``doc.text`` rebuild on each access.
        self.text = doc.text
        self.entities = tuple(doc.ents)
        self.entity_of_token = {i: ent for ent in self.entities for i in range(ent.start, ent.end)}
        self.by_token: dict[int, Mention] = {}
        for mention in sorted(mentions, key=lambda m: m.end - m.start, reverse=True):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token[token.i] = mention  # shorter mentions overwrite longer ones
        # Quotes' speakers, by token, for first-person pronouns inside quotes ("we appreciate").
        self.speaker_of_token: dict[int, Mention] = {}
        # Named people in text order, for an object pronoun the actor stage gave its own clause's
        # subject ("Mexico's president offered him asylum").
        people = [m for m in mentions if m.via != "pronoun" and m.actor.kind == "person" and not m.members]
        self._people = sorted(people, key=lambda m: m.start)
        self._people_starts = [m.start for m in self._people]

    def mention_at(self, token: Token) -> Mention | None:
        """Return the mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def participants(self, token: Token, *, depth: int = 0) -> list[Participant]:
        """Return the actors a phrase headed by ``token`` refers to (coordination expanded).

        Args:
            token: the head of a subject, object or prepositional object.
            depth: recursion depth (internal; keeps the walk inside the noun phrase).

        Returns:
            Distinct participants in text order; empty when the phrase names no actor.
        """
        found: list[Participant] = []
        mention = self.by_token.get(token.i)
        if mention is not None and mention.via == "pronoun" and token.lower_ in _OBJECT_PRONOUNS:
            mention = self._object_antecedent(token, mention)
        if mention is not None:
            found.extend(_expand(mention))
            found.extend(self._listed_homes(token, mention))
        elif token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and depth == 0:
            found.extend(self.participants(token.head.head, depth=depth + 1))
        elif token.i in self.speaker_of_token or token.lower_ in self.first_person:
            speaker = self.speaker_of_token.get(token.i) or self._reporting_speaker(token)
            for p in _expand(speaker) if speaker is not None else ():
                found.append(
                    dataclasses.replace(
                        p,
                        ref=dataclasses.replace(
                            p.ref, text=token.text, start=token.idx, end=token.idx + len(token)
                        ),
                    )
                )
        elif token.pos_ == "PRON" and token.lower_ in _THIRD_PERSON and depth == 0:
            found.extend(self._reported_subject(token))
        elif depth < 2 and token.pos_ in {"NOUN", "PROPN", "PRON"}:
            possessors = [
                p for c in token.children if c.dep_ == "poss" for p in self.participants(c, depth=depth + 1)
            ]
            # "Russia's invasion of Ukraine" is Russia's: the possessor outranks an "of" phrase.
            found.extend(possessors)
            for child in [] if possessors else token.children:
                if child.dep_ in _MODIFIERS:
                    found.extend(self.participants(child, depth=depth + 1))
                elif child.dep_ == "prep" and (
                    child.lower_ in {"of", "from"}
                    or (child.lower_ == "in" and token.lemma_.lower() in _LOCATED_BODIES)
                    or (child.lower_ == "to" and token.lemma_.lower() in _ATTACHED_TITLES)
                ):
                    # "leaders of Egypt", "dissidents from Myanmar", "a court in Guyana"
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            found.extend(self.participants(obj, depth=depth + 1))
        for child in token.children:
            # "The US, Russia, and Switzerland": the parser hangs a list on an apposition.
            listed = (
                child.dep_ == "appos"
                and mention is not None
                and any(g.dep_ == "conj" for g in child.children)
            )
            if child.dep_ == "conj" or listed:
                found.extend(self.participants(child, depth=depth))
        return _distinct(found) if depth else most_specific(_distinct(found))

    def _listed_homes(self, token: Token, mention: Mention) -> list[Participant]:
        """A body named by where it is from, with several homes ("diplomats from Argentina and
        Chile", "envoys of France, Italy and Spain"): the actor stage's mention stops at the first
        country, yet each conjoined country has a body of the same kind."""
        actor = mention.actor
        if mention.members or actor.kind == "country" or not actor.sector or not actor.country:
            return []
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or token.i not in range(span.start, span.end):
            return []
        # The parser may hang the "from" phrase on the verb; the mention still spans it.
        homes = [
            conj
            for obj in span
            if obj.dep_ == "pobj" and obj.head.lower_ in {"of", "from"} and obj.i != token.i
            for conj in obj.conjuncts
            if conj.i >= span.end
        ]
        found: list[Participant] = []
        for conj in homes:
            other = self.by_token.get(conj.i)
            if other is None or other is mention:
                continue
            for home in _expand(other):
                country = home.actor.country
                if home.actor.kind != "country" or not country or country == actor.country:
                    continue
                body = dataclasses.replace(actor, id=f"{country}:{actor.sector}", country=country)
                ref = dataclasses.replace(
                    ActorRef.from_mention(mention, body),
                    text=home.ref.text,
                    start=home.ref.start,
                    end=home.ref.end,
                )
                found.append(Participant(body, ref))
        return found

    def place_participants(self, token: Token) -> list[Participant]:
        """The country of a place named at ``token`` ("arrived in Tehran"), as a participant.

        Args:
            token: the object of a visit or an arrival that names no actor.

        Returns:
            One country participant whose text is the place name, or nothing.
        """
        mention = self.by_token.get(token.i)
        if mention is not None and mention.actor.country:
            return _expand(mention)  # the actor stage already read the place as its country
        if token.ent_type_ not in {"GPE", "LOC", "ORG"}:
            # "attend the Beijing Olympics": the place is a modifier of the object.
            return [p for c in token.children if c.dep_ == "compound" for p in self.place_participants(c)][:1]
        ent = self.entity_of_token.get(token.i)
        if ent is None:
            return []
        place = self.gazetteer.lookup(ent.text)
        if ent.label_ == "ORG" and (place is None or place.feature not in _SETTLEMENTS):
            return []  # "near El Fasher" tagged ORG is the town; an organisation is no place
        country = self.gazetteer.country(place.country) if place is not None and place.country else None
        if place is None or country is None or country.country is None:
            return []
        actor = Actor(id=country.country, name=country.name, country=country.country, kind="country")
        ref = ActorRef(
            ent.text, country.name, country.country, None, actor.id, None, ent.start_char, ent.end_char
        )
        return [Participant(actor, ref)]

    def _object_antecedent(self, pronoun: Token, mention: Mention) -> Mention | None:
        """An object pronoun never refers to its own clause's subject (that would be "himself"):
        when the actor stage resolved it so, it refers to the latest other person named before
        it ("Castillo fled. Mexico's president offered him asylum": him is Castillo), or to no
        one."""
        if pronoun.dep_ not in {"dobj", "dative", "pobj"}:
            return mention
        verb = pronoun.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "met Putin and thanked him": the first conjunct's subject
        subjects = {
            m.actor.id
            for c in verb.children
            if c.dep_ == "nsubj"
            for m in (self.by_token.get(c.i),)
            if m is not None
        }
        if mention.actor.id not in subjects:
            return mention
        before = bisect.bisect_left(self._people_starts, pronoun.idx)
        return next(
            (m for m in reversed(self._people[:before]) if m.actor.id not in subjects),
            None,
        )

    def _reported_subject(self, pronoun: Token) -> list[Participant]:
        """ "Russia said it would reduce …": an unresolved "it"/"they" subject of a reported
        clause is the reporter."""
        clause = pronoun.head
        if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
            return []
        reporter = clause.head
        if word_forms(reporter).isdisjoint(self.reporting):
            return []
        return [
            p
            for c in reporter.children
            if c.dep_ == "nsubj" and c.i != pronoun.i
            for p in self.participants(c)
        ]

    def _reporting_speaker(self, token: Token) -> Mention | None:
        """The subject of the reporting verb a first-person clause is the complement of."""
        current = token.head
        for _ in range(5):
            if current.lemma_.lower() in self.reporting:
                for c in current.children:
                    if c.dep_ == "nsubj" and c.lower_ not in self.first_person:
                        return self.by_token.get(c.i)
            if current.head.i == current.i:
                return None
            current = current.head
        return None


def _expand(mention: Mention) -> list[Participant]:
    if mention.members:
        return [Participant(member, ActorRef.from_mention(mention, member)) for member in mention.members]
    return [Participant(mention.actor, ActorRef.from_mention(mention))]


def most_specific(participants: list[Participant]) -> list[Participant]:
    """Return the participants without a country whose person or body is also named.

    Drop a country when a person or body of that country is named in the same phrase
    ("Iran's foreign minister Zarif" is Zarif, not Iran and Zarif)."""
    specific = {p.actor.country for p in participants if p.actor.kind != "country"}
    return [p for p in participants if p.actor.kind != "country" or p.actor.country not in specific]


def _distinct(participants: list[Participant]) -> list[Participant]:
    seen: set[str] = set()
    out: list[Participant] = []
    for p in participants:
        if p.key not in seen:
            seen.add(p.key)
            out.append(p)
    return out
