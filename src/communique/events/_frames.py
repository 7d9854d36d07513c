"""Frames: a trigger word of the lexicon plus who did it to whom, read off the dependency parse.

A frame is the event before dates, places and modality are attached. Verb triggers take their
source from the subject (the ``by`` agent in the passive, the controlling clause for "plan to
sign" or "accused Tehran of supplying") and their target from the object, a dative or the
prepositions the lexicon row names. Nominal triggers ("Lavrov's visit to Tehran", "talks between
Iran and Russia", "imposed sanctions on Iran") take the possessor or the light verb's subject as
source. Coordinated actors of a symmetric trigger ("Iran and Russia signed") act on each other.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, partial

from spacy.tokens import Span, Token

from communique.events._args import MentionIndex, Participant, most_specific
from communique.events._lexicon import Trigger, cues, triggers_for, word_forms
from communique.events._reference import referred_noun
from communique.model import Actor

__all__ = [
    "PENDING",
    "Frame",
    "find_frames",
    "is_infinitive",
    "is_purpose_clause",
    "plan_noun_governor",
    "sources_of",
]

# Verbs that carry a nominal event without adding meaning of their own ("held talks").
_LIGHT_VERBS = frozenset(
    {"hold", "have", "conduct", "make", "pay", "launch", "stage", "carry", "begin", "start", "continue",
     "resume", "extend", "deliver", "convey", "issue", "level", "impose", "announce", "attend", "include",
     "host", "reach", "sign", "ink", "conclude", "seal", "receive", "accept", "express", "voice"}
)  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
# Verbs by which a doer owns an act: "claimed (took, admitted) responsibility for the bombing".
_OWNING_VERBS = frozenset({"claim", "take", "assume", "admit", "accept", "acknowledge"})
# Material acts coded without a source when the text leaves the doer unsaid ("were killed", "were
# released"): who suffered them is the news. Verbal acts without a speaker are not coded.
_AGENTLESS_ROOTS = frozenset({"08", "17", *_FORCE_ROOTS})
# Releases and arrests are the doing of the state where the people are held ("Americans detained
# in Iran were released").
_HOLDING_ROOTS = frozenset({"08", "17"})
_PLACE_PREPS = frozenset({"in", "at", "near"})
# Dependencies that keep a walk inside an act's own phrase (objects, their modifiers, infinitives).
_PHRASE_DEPS = frozenset(
    {"dobj", "dative", "attr", "oprd", "prep", "pobj", "pcomp", "xcomp", "acl", "compound", "nmod", "amod",
     "conj", "appos", "poss", "agent"}
)  # fmt: skip
# Nouns whose "for"/"of" complement is only wished for ("a proposal for talks").
_PROPOSAL_NOUNS = frozenset(
    {"proposal", "offer", "call", "plan", "request", "bid", "push", "demand", "prospect", "hope", "idea"}
)
# Prepositions whose object is what an act is about ("accused Rwanda of the attack", "blamed X for
# the strike"), unlike circumstances ("said in a meeting with Y").
_COMPLEMENT_PREPS = frozenset({"of", "for", "over", "about", "against", "into"})
# Roots whose acts may take place in the doer's own country (a crackdown, a deployment, a rally):
# the place's country is their target even when it is the doer's.
_HOME_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# A state body acting on an unnamed group of civil society acts at home: "Egyptian security forces
# rounded up activists" coerced Egyptians (the team's gold codes these EGY->EGY).
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "MED", "EDU", "LAB", "HLH", "REL", "AGR"})
_DOMESTIC_ROOTS = frozenset({"17", "18"})
# Acts whose unnamed civil targets are victims, not the doer's own bodies, even when the context
# gave them the doer's country: force, coercion ("police fired tear gas at opposition
# supporters") and protest ("protesters threw stones at riot police").
_VICTIM_ROOTS = frozenset({"14", "17", *_FORCE_ROOTS})
# Acts a state or its people do at home when the text names no one else (team gold convention):
# protests and strikes (14), easing dissent or a truce with unnamed rebels (080-083, 087), and
# restrictions, bans, curfews and states of emergency (172): "Port workers went on strike"
# NLD->NLD, "Thailand's army declared a state of emergency" THA->THA. Releases (084) and arrests
# (173) of unnamed people stay without a target.
_HOMEBOUND = ("14", "080", "081", "082", "083", "087", "172")
# Acts aimed at whom their purpose clause names when they name no one: shows of force (15),
# pledges of aid (03) and gifts (06, 07).
_PURPOSE_AIMED = frozenset({"03", "06", "07", "15"})
_MAX_PAIRS = 6  # a long list of coordinated actors is a summary, not that many interactions
# Shows of force (alerts, mobilisations) aimed at whom a coordinated hostile act of their doer
# names, and the hostile roots that can name it (criticism to force).
_FORCE_SHOWS = frozenset({"15"})
_HOSTILE_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
# Rule suffix of a frame that needs a target only an act told before can give ("called the
# exercise a provocation"); such a frame is aimed or dropped by ``_anaphora.ActHistory``.
PENDING = ":pending"


@dataclass(frozen=True, slots=True)
class Frame:
    """A licensed trigger with its participants.

    ``anchor`` is the verb whose tense, auxiliaries and negation say how the event is asserted:
    the trigger itself, or the light verb of a nominal trigger.
    """

    token: Token
    anchor: Token
    row: Trigger
    pairs: tuple[tuple[Participant | None, Participant | None], ...]
    reciprocal: bool
    rule: str
    confidence: float
    code: str = ""  # the CAMEO code to emit: the row's, or its intent code when planned

    def __post_init__(self) -> None:
        if not self.code:
            object.__setattr__(self, "code", self.row.code)


def find_frames(sent: Span, index: MentionIndex) -> list[Frame]:
    """Return the frames of one sentence, in trigger order.

    Args:
        sent: a sentence of the parsed article.
        index: the article's mentions by token.

    Returns:
        Frames whose trigger is licensed by a lexicon row and that have a source and, unless
        the row allows none, a target.
    """
    frames: list[Frame] = []
    build: Callable[[Token, Trigger, MentionIndex], Frame | None]
    for token in sent:
        if token.i in index.by_token and token.is_title and token.i != token.sent.start:
            continue  # part of a name ("the Sanctions Committee"), not an event word
        carriers = _Carriers(token)
        if token.pos_ == "VERB":
            rows, build = _verb_rows(token), _verb_frame
        elif token.pos_ == "NOUN":
            rows = triggers_for("N", token.lemma_.lower())
            build = partial(_noun_frame, carriers=carriers)
        elif _predicative(token):
            rows, build = triggers_for("A", token.lemma_.lower()), _adjective_frame
        else:
            continue
        failed = False
        for row in rows:
            # A licensed specific row whose participants the parse lacks gives way to the next
            # specific one ("called off the protests" has no partner to break off with, but is an
            # eased protest); never to the general row, whose sense the specific row ruled out.
            if failed and not row.constraints:
                break
            if not _licensed(token, row, index, carriers):
                continue
            frame = build(token, row, index)
            if frame is not None:
                frames.append(frame)
                break
            failed = True
    return _shared_targets(frames)


def _predicative(token: Token) -> bool:
    """An adjective said of a subject ("Tokyo was pessimistic", "remained ready") or a preposition
    that "be" predicates ("said it was behind the bombing")."""
    if token.pos_ == "ADJ":
        return token.dep_ in {"acomp", "oprd", "xcomp", "ROOT", "ccomp", "conj"} and token.head.pos_ in {
            "AUX",
            "VERB",
            "ADJ",
        }
    return (
        token.pos_ == "ADP"
        and token.dep_ == "prep"
        and token.head.lemma_ == "be"
        and any(c.dep_ in _SUBJECTS for c in token.head.children)
    )


def _shared_targets(frames: list[Frame]) -> list[Frame]:
    """ "Germany apologised to Namibia and offered aid", "Biden made a visit to Kyiv and pledged
    aid": a coordinated act that names no target of its own is aimed at the one its first act
    names, when both have the same doers. A show of force works the other way too: "Pakistan
    placed its forces on high alert and suspended trade with India" is an alert against India."""
    by_anchor = {f.anchor.i: f for f in frames}
    later: dict[int, Frame] = {}
    for f in frames:
        if f.anchor.dep_ == "conj" and f.anchor.pos_ == "VERB" and f.row.code[:2] in _HOSTILE_ROOTS:
            later.setdefault(f.anchor.head.i, f)
    out: list[Frame] = []
    for frame in frames:
        verb = frame.anchor
        first = by_anchor.get(verb.head.i) if verb.dep_ == "conj" and verb.pos_ == "VERB" else None
        if frame.row.code[:2] in _FORCE_SHOWS:
            first = first or later.get(verb.i)
        if first is not None and first is not frame and all(t is None for _, t in frame.pairs):
            frame = _aimed_as(frame, first)
        out.append(frame)
    return out


def _aimed_as(frame: Frame, other: Frame) -> Frame:
    """``frame`` aimed at the targets ``other`` names, when both have the same doers."""
    doers = {s.key for s, _ in frame.pairs if s is not None}
    aimed = [t for s, t in other.pairs if t is not None and s is not None and s.key in doers]
    if not aimed or {s.key for s, _ in other.pairs if s is not None} != doers:
        return frame
    targets = list({t.key: t for t in aimed}.values())
    pairs = tuple((s, t) for s, _ in frame.pairs for t in targets)
    return dataclasses.replace(frame, pairs=pairs[:_MAX_PAIRS], rule=f"{frame.rule}:shared")


def _verb_rows(verb: Token) -> tuple[Trigger, ...]:
    rows = triggers_for("V", verb.lemma_.lower())
    if rows:
        return rows
    for form in sorted(word_forms(verb)):
        rows = triggers_for("V", form)
        if rows:
            return rows
    return ()


def _licensed(token: Token, row: Trigger, index: MentionIndex, carriers: _Carriers) -> bool:
    return all(_holds(token, kind, words, index, carriers, row.code[:2]) for kind, words in row.constraints)


def _holds(
    token: Token,
    kind: str,
    words: frozenset[str],
    index: MentionIndex,
    carriers: _Carriers,
    row_root: str = "",
) -> bool:
    if kind == "obj":
        objects = [c for o in _objects(token) for c in (o, *o.conjuncts)]
        named = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ == "compound"))]
        if "@actor" in words and any(t.i in index.by_token for t in named):
            return True  # "received the Iranian minister": the object is itself a named actor
        return any(c.lemma_.lower() in words for c in objects)
    if kind == "prt":
        return any(c.dep_ == "prt" and c.lower_ in words for c in token.children)
    if kind == "prep":
        return any(c.dep_ == "prep" and c.lower_ in words for c in token.children)
    if kind == "mod":
        return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in words for c in token.children)
    if kind == "has":
        # A participle's noun is part of its clause ("aid trucks sent by Egypt").
        around = [c for c in token.head.children if c.i != token.i] if _is_participle(token) else []
        return any(
            t.lemma_.lower() in words
            for c in [*token.children, *around]
            if c.dep_ not in _SUBJECTS
            for t in c.subtree
        )
    if kind == "subj":
        return _subject_matches(token, words, index, carriers)
    if kind == "poss":
        owners = [c for c in token.children if c.dep_ == "poss"]
        by_actor = "@actor" in words and any(o.i in index.by_token for o in owners)
        return by_actor or any(o.lemma_.lower() in words for o in owners)
    if kind == "lv" and carriers.owner is not None:
        # "claimed responsibility for the attack": any carrier of an act of force fits its claim.
        return row_root in _FORCE_ROOTS
    if kind == "lv" and carriers.effect is not None:
        return True  # "a ceasefire took effect": the act is in force, whoever declared it
    governor = carriers.governor or carriers.phrase_governor
    return governor is not None and not word_forms(governor).isdisjoint(words)


def _subject_heads(token: Token, carriers: _Carriers) -> list[Token]:
    """The subject of a trigger: its own, a copula's for a predicate, its light verb's for a nominal,
    the first conjunct's for a coordinated verb."""
    carrier: Token | None = token
    if token.pos_ == "NOUN":
        carrier = carriers.governor
    elif token.pos_ in {"ADJ", "ADP"} and token.dep_ in {"acomp", "prep", "oprd"}:
        carrier = token.head
    for _ in range(3):
        if carrier is None:
            return []
        subjects = [c for c in carrier.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
        carrier = carrier.head if carrier.dep_ in {"conj", "xcomp"} else None
    return []


def _subject_matches(token: Token, words: frozenset[str], index: MentionIndex, carriers: _Carriers) -> bool:
    sectors = {w[1:] for w in words if w.startswith("@")}
    for subject in _subject_heads(token, carriers):
        heads = [subject, *subject.conjuncts]
        if any(
            t.lemma_.lower() in words
            for h in heads
            for t in (h, *(c for c in h.children if c.dep_ in {"compound", "amod"}))
        ):
            return True
        if sectors and any(p.actor.sector in sectors for h in heads for p in index.participants(h)):
            return True
    return False


def _is_participle(verb: Token) -> bool:
    """ "aid sent by Egypt", "intelligence shared by Jordan": a past participle modifying a noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}


def _object_relative(verb: Token) -> bool:
    """True for a relative clause without a pronoun whose subject acts on the noun it describes
    ("a charge India dismissed as absurd", "a move Lima denounced")."""
    return (
        verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" and c.lower_ not in {"who", "which", "that"} for c in verb.children)
        and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)
    )


def _objects(verb: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}]
    if _is_participle(verb):
        objects.append(verb.head)  # what was sent is the noun the participle modifies
    elif _object_relative(verb):
        objects.append(verb.head)  # "a charge India dismissed": India dismissed the charge
    if verb.pos_ == "ADP":
        objects += [c for c in verb.children if c.dep_ == "pobj"]
    elif verb.pos_ == "ADJ":
        # "angry at Moscow": a predicative adjective's object is that of its preposition.
        objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    # "rejected as baseless Western reports": the object sits in an "as" phrase.
    objects += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return objects


def _proposed(noun: Token) -> bool:
    """ "a proposal for talks", "calls for negotiations": the nominal names an act someone wants,
    not one that happened; the proposal (or its rejection) is the event, if any."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in {"for", "of"}
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in _PROPOSAL_NOUNS
    )


class _Carriers:
    """The verbs that may carry a trigger word, each looked for at most once: every constraint of
    every row of the word, and then its frame, ask for them."""

    def __init__(self, token: Token) -> None:
        self.token = token

    @cached_property
    def owner(self) -> Token | None:
        """The verb owning the act the word names (``_owning_verb``)."""
        return _owning_verb(self.token)

    @cached_property
    def effect(self) -> Token | None:
        """The verb by which the act the word names takes effect (``_taking_effect``)."""
        return _taking_effect(self.token)

    @cached_property
    def governor(self) -> Token | None:
        """The verb a nominal trigger is the object (or passive subject) of, through coordination."""
        noun = self.token
        while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            noun = noun.head
        if noun.dep_ in {"dobj", "nsubjpass", "attr"} and noun.head.pos_ in {"VERB", "AUX"}:
            return noun.head
        # The owning verb is found from the first conjunct whichever conjunct asks; the verb of
        # taking effect is the first conjunct's own.
        return self.owner or (self.effect if noun.i == self.token.i else _taking_effect(noun))

    @cached_property
    def phrase_governor(self) -> Token | None:
        """The verb of an "as"/"in" phrase the word heads ("acted as a mediator", "kept in touch
        with"): a carrier only for rows that name their light verbs, since "issued a note in
        protest" does not stage a protest."""
        noun = self.token
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"as", "in"}:
            return None
        return prep.head if prep.head.pos_ in {"VERB", "AUX"} else None


def _taking_effect(noun: Token) -> Token | None:
    """The verb by which a nominal act as its subject comes into force: "a ceasefire between Israel
    and Hezbollah took effect", "the truce held", "sanctions came into force" (``effect_verbs`` and
    ``effect_objects`` in cues.yaml)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for o in c.children]
    if any(o.lemma_.lower() in cues().effect_objects for o in objects):
        return verb
    intransitive = not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children)
    return verb if intransitive and not word_forms(verb).isdisjoint(cues().effect_verbs) else None


def _owning_verb(noun: Token) -> Token | None:
    """The verb of "claimed responsibility for Saturday's attack": the claimer owns the act named
    after "for", so the verb carries that nominal like a light verb (``owned_act_nouns``)."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    owned = prep.head
    if owned.dep_ != "dobj" or owned.lemma_.lower() not in cues().owned_act_nouns:
        return None
    verb = owned.head
    return verb if verb.pos_ == "VERB" and not word_forms(verb).isdisjoint(_OWNING_VERBS) else None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or _is_participle(verb)


def _pobjs(prep: Token, index: MentionIndex, *, places: bool = False) -> list[Participant]:
    objects = [obj for obj in prep.children if obj.dep_ in {"pobj", "pcomp"}]
    if objects:
        found = [p for obj in objects for p in index.participants(obj)]
        if places and not any(p.actor.country for p in found):
            # "a visit to Beirut": the city stands for its country when it names no actor.
            found = [p for obj in objects for p in index.place_participants(obj)] or found
        return found
    # The parser sometimes leaves a preposition without its object ("in a meeting with former
    # deputy Speaker … Baburin termed"); take the first mention right after it, within the phrase.
    for token in prep.doc[prep.i + 1 : min(prep.i + 12, prep.sent.end)]:
        if token.pos_ in {"VERB", "PUNCT", "ADP"} and token.i > prep.i + 1:
            break
        if token.i in index.by_token:
            return index.participants(token)
    return []


def sources_of(verb: Token, index: MentionIndex, *, hops: int = 0) -> tuple[list[Participant], bool]:
    """Return the doers of ``verb`` and whether they were inherited from another clause.

    Args:
        verb: a verb token.
        index: the article's mentions.
        hops: recursion depth (internal).

    Returns:
        ``(participants, inherited)``.
    """
    if _is_passive(verb):
        found = [p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c, index)]
        if _is_participle(verb):
            # "dollars backed by frozen Russian assets": only a named agent is a doer.
            named = {
                x.i
                for c in verb.children
                if c.dep_ == "agent"
                for o in c.children
                for x in (o, *o.conjuncts)
                if x.i in index.by_token
            }
            found = found if named else []
    else:
        found = [
            p for c in _with_aux_subjects(verb) if c.dep_ in {"nsubj", "csubj"} for p in index.participants(c)
        ]
        if not found:
            # "Aid trucks sent by the Egyptian Red Crescent entered Gaza": the sender of an
            # unnamed subject is the doer.
            found = [
                p
                for c in verb.children
                if c.dep_ == "nsubj"
                for a in c.children
                if _is_participle(a)
                for g in a.children
                if g.dep_ == "agent"
                for p in _pobjs(g, index)
            ]
            if found:
                return found, True
    if found or hops >= 3:
        return found, hops > 0
    head = finite_conjunct_head(verb) or verb.head
    gerund_subject = _gerund_subject(verb, index)
    if gerund_subject:
        return gerund_subject, False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i in index.by_token:
        # "opposition supporters protesting in Nairobi": the actor a present participle modifies
        # is its doer ("a UN resolution condemning …" is a document, not an actor).
        return index.participants(head), False
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ":
        return sources_of(head, index, hops=hops + 1)
    if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ in {"VB", "VBG"}):
        # Control and raising: the subject of "plan"/"is expected" is the doer of "to sign";
        # the object of "urged China to stop" is the doer of "stop", and so is that of "prompting
        # Norway to scramble jets" (parsed as an adverbial clause).
        object_control = (verb.dep_ == "xcomp" and _purpose_head(verb) is None) or (
            verb.dep_ == "advcl"
            and is_infinitive(verb)
            and not word_forms(head).isdisjoint(cues().prompting_verbs)
        )
        direct = [c for c in head.children if c.dep_ == "dobj"] if object_control else []
        controllers = direct or [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        controlled = [p for c in controllers for p in index.participants(c)]
        return (controlled, True) if controlled else sources_of(head, index, hops=hops + 1)
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        # "a truck bomb killed two soldiers" read as a conjunct: a clause with a subject of its
        # own (a means, an unnamed attacker) does not inherit the other clause's doer.
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            return [], False
        return sources_of(head, index, hops=hops + 1)
    holder = plan_noun_governor(verb)
    if holder is not None:
        # "Russia announced plans to cut gas supplies": whoever announced the plan cuts, unless
        # the plan is named as another's ("parliament approved Finland's bid to join NATO").
        owners = [p for c in verb.head.children if c.dep_ == "poss" for p in index.participants(c)]
        return owners or sources_of(holder, index, hops=hops + 1)[0], True
    if verb.dep_ in {"acomp", "xcomp"} and head.pos_ in {"VERB", "AUX"}:
        return sources_of(head, index, hops=hops + 1)  # "is ready to resume talks"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        # Object control: "accused Tehran of supplying" — Tehran supplies; after a preposition of
        # time ("forced Afghans back since launching a crackdown") the subject does.
        governor = head.head
        controlling = head.lower_ in _OBJECT_CONTROL_PREPS
        accused = [
            p for c in governor.children if c.dep_ == "dobj" and controlling for p in index.participants(c)
        ]
        return (accused, True) if accused else sources_of(governor, index, hops=hops + 1)
    return [], False


def _with_aux_subjects(verb: Token) -> list[Token]:
    """The verb's children, and a subject the parser hung on its auxiliary ("Qatari and Egyptian
    diplomats are brokering talks" read with "diplomats" under "are")."""
    children = list(verb.children)
    return children + [
        g for c in children if c.dep_ in {"aux", "auxpass"} for g in c.children if g.dep_ in _SUBJECTS
    ]


# Prepositions whose gerund is done by the governing verb's object ("accused Tehran of supplying",
# "blamed Kyiv for shelling", "barred Russia from competing").
_OBJECT_CONTROL_PREPS = frozenset({"of", "for", "from", "into", "as"})
# Prepositions after which a name and a gerund are one clause ("objection to Sweden joining",
# "fears of Iran acquiring"); "filed a case at the ICJ accusing Israel" is the filer's accusation.
_GERUND_PREPS = frozenset({"to", "of", "about", "over"})


def finite_conjunct_head(verb: Token) -> Token | None:
    """The clause a finite verb is really coordinated with when the parser joined it to a gerund
    complement: in "Mali accused Algeria of shooting down a drone and recalled its ambassador",
    "recalled" is Mali's second act, not part of the accusation; None otherwise."""
    gerund = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or gerund.tag_ != "VBG":
        return None
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _gerund_subject(verb: Token, index: MentionIndex) -> list[Participant]:
    """The actor right before a gerund that the parser left as a prepositional object: "dropped
    its objection to Sweden joining NATO" (Sweden joins, not Turkey)."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return []
    before = verb.doc[verb.i - 1]
    prep = before.head
    if before.dep_ != "pobj" or prep.lower_ not in _GERUND_PREPS or before.i not in index.by_token:
        return []
    if prep.i in index.by_token:
        return []  # the "of" inside a name ("the International Court of Justice accusing …")
    return index.participants(before)


def is_infinitive(verb: Token) -> bool:
    """True when ``verb`` carries the infinitive marker "to" ("plans to cut", "to warn away")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_purpose_clause(verb: Token) -> bool:
    """True for an infinitival clause saying what its head act is for ("scrambled jets to warn
    away bombers")."""
    return verb.dep_ in {"advcl", "xcomp"} and is_infinitive(verb)


def _purpose_head(verb: Token) -> Token | None:
    """The act a purpose infinitive is for when that act's object is its target, not its doer:
    "summoned the Russian envoy to protest" (``purpose_verbs`` in cues.yaml)."""
    head = verb.head
    if not is_purpose_clause(verb) or word_forms(head).isdisjoint(cues().purpose_verbs):
        return None
    return head


def plan_noun_governor(verb: Token) -> Token | None:
    """The verb that announces or holds the plan an infinitive belongs to.

    Args:
        verb: a verb token.

    Returns:
        For "announced plans to cut", "unveiled a plan to send", "confirmed its intention to
        leave": the governing verb ("announced") when ``verb`` is the infinitive of a plan noun
        (``plan_nouns`` in cues.yaml) that is that verb's object; otherwise None. Only verbs that
        make the plan the subject's own count ("rejected a plan to cut" is someone else's).
    """
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or not is_infinitive(verb):
        return None
    if noun.lemma_.lower() not in cues().plan_nouns or noun.dep_ != "dobj":
        return None
    governor = noun.head
    if governor.pos_ != "VERB" or word_forms(governor).isdisjoint(cues().plan_holders):
        return None
    return governor


def _targets_of_verb(verb: Token, row: Trigger, index: MentionIndex) -> list[Participant]:
    found: list[Participant] = []
    object_words = row.values("obj") or frozenset()
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ == "ADP":
            found += _pobjs(c, index)  # "sent condolences to Morocco" parsed as a dative "to"
        elif c.dep_ in {"dobj", "dative", "iobj"} or (c.dep_ == "nsubjpass" and row.pos == "V"):
            if c.lemma_.lower() in object_words:
                # "signed an agreement with Iran": the partner hangs off the object; "received
                # ministers from Georgia": the object itself is the participant.
                found += (
                    (index.participants(c) if "@actor" in object_words else [])
                    or [
                        p
                        for gc in c.children
                        if gc.dep_ == "prep" and gc.lower_ in row.preps
                        for p in _pobjs(gc, index)
                    ]
                    or (index.place_participants(c) if "place" in row.flags else [])
                    # "recognised a Palestinian state": the actor modifies the object;
                    # "hosts two US bases", "expelled a BBC journalist": the object is itself
                    # an actor and what the act is done to. A body of no known home ("deploy
                    # 1,000 police officers") is what is sent, not whom the act is for.
                    or [p for p in index.participants(c) if not p.actor.id.startswith("generic:")]
                )
            else:
                direct = index.participants(c) or (
                    index.place_participants(c) if "place" in row.flags else []
                )
                if not direct and c.dep_ == "dobj":
                    # "ratified an agreement with the EU": the partner hangs off the object.
                    preps = row.preps | {"with"}
                    direct = [
                        p
                        for gc in c.children
                        if gc.dep_ == "prep" and gc.lower_ in preps
                        for p in _pobjs(gc, index)
                    ]
                found += direct
        elif c.dep_ == "prep" and c.lower_ in row.preps:
            found += _pobjs(c, index, places="place" in row.flags)
        elif c.dep_ == "xcomp" and "xobj" in row.flags:
            # "threatened to shoot down American planes": the target is the infinitive's object.
            found += [
                p for gc in c.children if gc.dep_ in {"dobj", "dative"} for p in index.participants(gc)
            ] or _infinitive_phrase_targets(c, row, index)
        elif c.dep_ == "ccomp" and _free_relative(c):
            found += _what_called(c, index)
        elif c.dep_ == "ccomp" and "ccomp" in row.flags:
            found += [
                p for gc in c.children if gc.dep_ in {"nsubj", "nsubjpass"} for p in index.participants(gc)
            ]
        elif c.dep_ == "ccomp" and "cond" in row.flags:
            found += _condition_subjects(c, index)
    return found


# Prepositions of an infinitive's phrase that name whom the governed act is for or with
# ("refused to hold talks with the US", "refused to hand the tanker over to Britain").
_INFINITIVE_PREPS = frozenset({"to", "with"})


def _infinitive_phrase_targets(clause: Token, row: Trigger, index: MentionIndex) -> list[Participant]:
    """Whom a refused, ruled-out or threatened act is for, named in the act's own phrase: its
    "to"/"with" phrase or dative ("ruled out sending missiles to Kyiv"), or such a phrase on its
    object ("refused to hold talks with Washington")."""
    preps = row.preps | _INFINITIVE_PREPS
    heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
    return [
        p
        for h in heads
        for gc in h.children
        if gc.dep_ in {"prep", "dative"} and gc.lower_ in preps
        for p in _pobjs(gc, index)
    ]


def _gerund_complement_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    """ "ruled out sending missiles to Kyiv": the parser hangs the ruled-out act as an adverbial
    gerund; with no subject of its own it is the verb's complement and its phrase names the target."""
    if not row.preps or "solo" in row.flags:
        return []
    return [
        p
        for c in verb.children
        if c.dep_ in {"advcl", "xcomp", "pcomp"}
        and c.tag_ == "VBG"
        and not any(g.dep_ in _SUBJECTS or g.dep_ == "mark" for g in c.children)
        for p in _infinitive_phrase_targets(c, row, index)
    ]


def _free_relative(clause: Token) -> bool:
    """ "condemned what it called provocative actions": the parser makes the naming clause the
    complement, with "what" as its object."""
    return clause.lemma_.lower() in _NAMING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children
    )


def _what_called(clause: Token, index: MentionIndex) -> list[Participant]:
    """The doers of the act a free relative names ("condemned what it called provocative actions
    by Pyongyang", "denounced what it described as Beijing's manoeuvres"): the actor modifying
    the named noun or its "by"/"from" agent, which the parser may hang on the naming verb; never
    the victim of its "of"/"against" phrase ("what it called the bombing of Serbian villages")."""
    named = [c for c in clause.children if c.dep_ in {"oprd", "attr"}]
    named += [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
    doers = [d for n in (clause, *named) for d in _named_doers(n, index, modifiers=False)]
    for noun in named:
        doers += (
            index.participants(noun) if noun.i in index.by_token else _named_doers(noun, index, agents=False)
        )
    return doers


def _named_doers(
    act: Token, index: MentionIndex, *, agents: bool = True, modifiers: bool = True
) -> list[Participant]:
    """The doers an act word names on itself, in the order of the parse: the objects of its
    "by"/"from" phrase ("fire from rebels") when ``agents``, and the actors modifying it
    ("Russian fire", "Beijing's manoeuvres") when ``modifiers``."""
    return [
        p
        for c in act.children
        for p in (
            _pobjs(c, index)
            if agents and c.dep_ == "prep" and c.lower_ in {"by", "from"}
            else index.participants(c)
            if modifiers and c.dep_ in _ACTOR_MODIFIERS
            else []
        )
    ]


def _condition_subjects(clause: Token, index: MentionIndex) -> list[Participant]:
    """Who a warning is aimed at: the subject of its condition ("warned that Washington would
    respond if Russia carried out more cyberattacks" warns Russia)."""
    return [
        p
        for t in clause.subtree
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in t.children)
        for s in t.children
        if s.dep_ in {"nsubj", "nsubjpass"}
        for p in index.participants(s)
    ]


def _inherited_targets(verb: Token, index: MentionIndex) -> list[Participant]:
    """Targets of the first of two coordinated acts ("accused Tehran … and imposed sanctions")."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    return [p for c in verb.head.children if c.dep_ in {"dobj", "dative"} for p in index.participants(c)]


# Modifiers naming the doer of an act noun ("Beijing's manoeuvres", "Russian propaganda").
_ACTOR_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})
# Verbs of naming in a free relative ("what it called …").
_NAMING_VERBS = frozenset(
    {"call", "describe", "term", "dub", "brand", "label", "characterize", "characterise"}
)
# Prepositions whose object is what a verb aims at or settles ("sit down for talks", "agreed to a
# ceasefire", "agreed on a truce"): a target preposition may hang off that object.
_AIM_PREPS = frozenset({"for", "to", "on"})


# Dependents that complete a verb, so that it takes no object from a coordinated verb.
_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "attr", "acomp", "oprd", "agent"})


def _shared_object(verb: Token, index: MentionIndex) -> list[Participant]:
    """ "began rounding up and deporting undocumented Afghans", "arrested and charged two
    Britons": a verb with no complement of its own shares the object of the verb coordinated
    after it ("stood with its ally and rebuked China" does not: "stood" has its phrase)."""
    if any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children):
        return []
    return [
        p
        for conj in verb.children
        if conj.dep_ == "conj" and conj.pos_ == "VERB"
        for c in conj.children
        if c.dep_ == "dobj"
        for p in index.participants(c)
    ]


def _deep_targets(verb: Token, row: Trigger, index: MentionIndex) -> list[Participant]:
    """A target preposition inside the object's phrase ("send euros in assistance to Pakistan"),
    inside a purpose phrase ("sit down for talks with the United States") or inside the phrase
    of what was agreed ("agreed to a ceasefire with Ukraine", "agreed on a truce with Hamas")."""
    purposes = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _AIM_PREPS for o in c.children]
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + [o for o in purposes if o.dep_ == "pobj"]:
        for t in obj.subtree:
            if t.dep_ == "prep" and t.lower_ in row.preps and t.i != obj.i and t.head.pos_ == "NOUN":
                found = _pobjs(t, index, places="place" in row.flags)
                if found:
                    return found
    return []


def _not_doers(targets: list[Participant], sources: list[Participant]) -> list[Participant]:
    """``targets`` less those that are among ``sources`` (an act is not aimed at its own doer)."""
    doers = {p.key for p in sources}
    return [t for t in targets if t.key not in doers]


# A target finder: given the trigger verb, its row, the mentions and the act's sources, the
# participants it aims at, or [] to let the next finder try.
_TargetFinder = Callable[[Token, Trigger, MentionIndex, list[Participant]], list[Participant]]


def _object_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    return _targets_of_verb(verb, row, index)


def _deep_object_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    return _deep_targets(verb, row, index) if row.preps and row.constraints else []


def _coordinated_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    return [] if "solo" in row.flags else _inherited_targets(verb, index)


def _shared_object_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    return _shared_object(verb, index)


def _complement_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    # A denial's or an allegation's complement is its own event, not whom it is aimed at.
    if "solo" not in row.flags or not row.flags.isdisjoint({"deny", "allege"}):
        return []
    return _phrase_targets(verb, sources, index, home=row.code[:2] in _HOME_ROOTS)


def _relative_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    return _relative_counterpart(verb, sources, index)


def _purpose_object_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    # "summoned the Russian envoy to protest": the protest is aimed at the summoned.
    purpose = _purpose_head(verb)
    if purpose is None:
        return []
    targets = [p for c in purpose.children if c.dep_ == "dobj" for p in index.participants(c)]
    return _not_doers(targets, sources)


def _purpose_clause_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    if row.code[:2] not in _PURPOSE_AIMED:
        return []
    return _not_doers(_purpose_targets(verb, index), sources)


def _participle_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    # Coordinated agents of a symmetric act ("signed by the ministers of Congo and Rwanda")
    # act on each other, not on the user of what they made.
    if not _is_participle(verb) or ("sym" in row.flags and len(sources) >= 2):
        return []
    mediation = row.code.startswith("045")
    return _not_doers(_participle_counterpart(verb, index, mediation=mediation), sources)


def _accuser_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    return _accusers(verb, sources, index) if "deny" in row.flags else []


def _accompanied_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    if row.code[:2] != "04":
        return []
    return _not_doers(_accompanied_parties(verb, index), sources)


def _prompter_targets(
    verb: Token, row: Trigger, index: MentionIndex, sources: list[Participant]
) -> list[Participant]:
    if row.code[:2] not in _HOSTILE_ROOTS:
        return []
    return [t for t in _prompters(verb, index) if t.actor.country not in {s.actor.country for s in sources}]


# Where a verb's targets are looked for, in order, before the doers and their own bodies are
# removed from them: its own complements first, then those it shares with a coordinated verb.
_OWN_TARGET_FINDERS: tuple[_TargetFinder, ...] = (
    _object_targets,
    _deep_object_targets,
    _coordinated_targets,
    _shared_object_targets,
    _gerund_complement_targets,
)
# Where a verb with sources but no target left looks next, in order: its wider phrase and clause.
_FALLBACK_TARGET_FINDERS: tuple[_TargetFinder, ...] = (
    _complement_targets,
    _relative_targets,
    _purpose_object_targets,
    _purpose_clause_targets,
    _participle_targets,
    _accuser_targets,
    _accompanied_targets,
    _prompter_targets,
)


def _first_targets(
    finders: tuple[_TargetFinder, ...],
    verb: Token,
    row: Trigger,
    index: MentionIndex,
    sources: list[Participant],
) -> tuple[list[Participant], _TargetFinder | None]:
    """The first non-empty answer of ``finders`` and the finder that gave it."""
    for finder in finders:
        targets = finder(verb, row, index, sources)
        if targets:
            return targets, finder
    return [], None


def _verb_frame(verb: Token, row: Trigger, index: MentionIndex) -> Frame | None:
    if "recv" in row.flags:
        return _received(verb, row, index)
    if "hit" in row.flags:
        return _suffered(verb, row, index)
    if "answer" in row.flags:
        return _answered(verb, row, index)
    sources, inherited = sources_of(verb, index)
    if not sources:
        sources = _sent_forces(verb, row, index)
    targets, finder = _first_targets(_OWN_TARGET_FINDERS, verb, row, index, sources)
    inherited = inherited or finder is _coordinated_targets
    doers = {p.key for p in sources}
    hurts = row.code[:2] in _VICTIM_ROOTS
    targets = [t for t in targets if t.key not in doers and not _own_ref(t, sources, index, victims=hurts)]
    if not targets and sources:
        targets, _ = _first_targets(_FALLBACK_TARGET_FINDERS, verb, row, index, sources)
    if targets and sources:
        targets = _held_elsewhere(targets, sources, index)
    if sources and targets and row.code[:2] in _HOME_ROOTS and not all(t.actor.country for t in targets):
        targets = _placed(targets, verb, index)
    if sources and targets and row.code[:2] in _DOMESTIC_ROOTS:
        targets = _domestic(targets, sources, parties=row.code.startswith("172"))
    scene = targets[0].actor if targets and targets[0].actor.kind == "country" else None
    if "place" in row.flags and row.code[:2] in _HOME_ROOTS and scene is not None and scene.country:
        # "Rebel fighters entered Damascus": armed men of no stated country are of the place's
        # (a place, not an enemy: "troops shelled Russian positions" are not Russian troops).
        sources = _placed(sources, verb, index, scene=scene.country)
    agentless = not sources and row.code[:2] in _AGENTLESS_ROOTS and _unnamed_agent(verb)
    if agentless and row.code[:2] in _FORCE_ROOTS and not targets:
        targets = _struck_place(verb, index)
    if agentless and row.code[:2] in _HOLDING_ROOTS and targets:
        hit = {t.actor.country for t in targets}
        sources = [p for p in _holding_place(verb, index) if p.actor.country not in hit]
        agentless = not sources
    confidence = 0.6 if agentless else 0.75 if inherited else 0.9
    # "Caracas called the exercise a provocation": the target is the doer of the act the object
    # refers back to; the article's history (``_anaphora``) aims the frame or drops it.
    pending = bool(sources) and not targets and (referred_noun(verb) is not None or _brokered_anaphor(verb))
    return _assemble(
        verb,
        verb,
        row,
        sources,
        targets,
        confidence=confidence,
        agentless=agentless,
        pending=pending,
        mutual=not targets and _mutual(verb),
    )


def _mutual(verb: Token) -> bool:
    """The verb's object, or the object of one of its prepositions, is a reciprocal pronoun."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(" ".join(t.lower_ for t in o.subtree) in cues().reciprocals for o in objects)


def _accompanied_parties(verb: Token, index: MentionIndex) -> list[Participant]:
    """The parties of the meeting a "with" clause accompanies: "Iranian and US envoys held talks,
    with Oman's minister shuttling between the delegations" (Oman mediates between Iran and the
    US); "Talks between Serbia and Kosovo began, with the EU's envoy hosting the session"."""
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or prep.dep_ != "prep"
        or prep.lower_ != "with"
        or prep.head.pos_ not in {"VERB", "AUX"}
    ):
        return []
    main = prep.head
    parties = list(sources_of(main, index)[0])
    parties += [
        p
        for subject in main.children
        if subject.dep_ in _SUBJECTS
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for p in _pobjs(c, index)
    ]
    return parties


def _prompters(verb: Token, index: MentionIndex) -> list[Participant]:
    """Whom a hostile act prompted by another answers: "North Korea fired a missile, prompting
    Japan to put its troops on alert" is aimed at North Korea, the doer of the prompting clause."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "prompting Seoul to warn … and put its troops on alert"
    prompting = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or not is_infinitive(verb):
        return []
    if prompting.tag_ != "VBG" or word_forms(prompting).isdisjoint(cues().prompting_verbs):
        return []
    if prompting.dep_ not in {"advcl", "xcomp", "conj"} or prompting.head.pos_ != "VERB":
        return []
    return sources_of(prompting.head, index)[0]


def _sent_forces(verb: Token, row: Trigger, index: MentionIndex) -> list[Participant]:
    """ "North Korean troops have been sent to Russia", "UN peacekeepers were deployed to Lebanon":
    forces (envoys, delegations) of a country the phrase states, sent without a named sender, are
    sent by their own country: a verb of sending (``sending_verbs`` in cues.yaml; "was shot" is
    no sending), the passive subject what the row's object constraint names, no "by" agent. A
    country given only by context ("the force had been dispatched") is the receiver's as often
    as the sender's."""
    if not _is_passive(verb) or _is_participle(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    if word_forms(verb).isdisjoint(cues().sending_verbs):
        return []
    sent = row.values("obj") or frozenset()
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [
        p
        for c in subjects
        if c.lemma_.lower() in sent and any(t.ent_type_ in {"NORP", "GPE", "ORG"} for t in c.subtree)
        for p in index.participants(c)
        if p.actor.country
    ]


def _received(verb: Token, row: Trigger, index: MentionIndex) -> Frame | None:
    """ "Ukraine received F-16 jets from Denmark": the subject is the target and the object of
    "from" (on the verb or on its object) the source; without a giver the row does not apply."""
    receivers, inherited = sources_of(verb, index)
    givers = [
        p
        for c in (verb, *(o for o in verb.children if o.dep_ == "dobj"))
        for gc in c.children
        if gc.dep_ == "prep" and gc.lower_ == "from"
        for p in _pobjs(gc, index)
    ]
    if not givers or not receivers:
        return None
    return _assemble(verb, verb, row, givers, receivers, confidence=0.75 if inherited else 0.9)


def _suffered(verb: Token, row: Trigger, index: MentionIndex) -> Frame | None:
    """ "A Ukrainian convoy came under Russian fire", "Fico survived an assassination attempt by a
    gunman": the subject is the target; the doer, if named at all, is the "by"/"from" agent or an
    actor modifying the attack noun (the verb's object or prepositional object)."""
    victims, inherited = sources_of(verb, index)
    if _is_passive(verb):
        # "was wounded in an assassination attempt": the passive subject suffers; an agent the
        # parse gives the verb is the doer, found below with the attack's own.
        victims = [p for c in verb.children if c.dep_ == "nsubjpass" for p in index.participants(c)]
        inherited = False
    if not victims:
        return None
    # the agent may hang off the verb ("came under fire from rebels") or off the attack noun
    attacks = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    attacks += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    doers = [p for noun in attacks for p in _named_doers(noun, index)]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c, index)]
    keys = {p.key for p in victims}
    doers = [p for p in doers if p.key not in keys]
    confidence = 0.75 if inherited else 0.9
    # an unnamed attacker still hit someone; unnamed critics say nothing worth coding
    agentless = not doers and row.code[:2] in _FORCE_ROOTS
    return _assemble(verb, verb, row, doers, victims, confidence=confidence, agentless=agentless)


def _answered(verb: Token, row: Trigger, index: MentionIndex) -> Frame | None:
    """ "Any Israeli strike would be met with a crushing response, Iran's minister said": the
    doer of the answered act (its actor modifier or agent, or the subject itself when an actor)
    is threatened by the verb's agent or, failing one, by whoever reports the clause."""
    if not _is_passive(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    targets = [
        p
        for s in subjects
        for p in (index.participants(s) if s.i in index.by_token else _named_doers(s, index))
    ]
    sources = [p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c, index)]
    clause = verb
    while not sources and clause.dep_ in {"ccomp", "conj"} and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
        if not word_forms(clause).isdisjoint(cues().reporting):
            sources = [p for c in clause.children if c.dep_ in _SUBJECTS for p in index.participants(c)]
    keys = {p.key for p in sources}
    targets = [t for t in targets if t.key not in keys]
    if not sources or not targets:
        return None
    # The threat is made by the saying: "would" marks what is threatened, not a planned threat.
    return _assemble(verb, clause, row, sources, targets, confidence=0.75)


def _participle_counterpart(
    verb: Token, index: MentionIndex, *, mediation: bool = False
) -> list[Participant]:
    """Who gets what a participle's agent gave: the user of "intelligence shared by Jordan" (the
    subject of the verb it is the object of), the place or actor "aid trucks sent by Egypt"
    entered (the object of the verb it is the subject of)."""
    noun = verb.head
    if mediation:
        # "a ceasefire between Israel and Hezbollah brokered by Washington": the go-between
        # acts on the parties the brokered act names.
        parties = [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for p in _pobjs(c, index)
        ]
        if parties:
            return parties
    main = noun.head
    if noun.dep_ == "pobj" and main.dep_ == "prep" and main.head.pos_ == "VERB":
        main = main.head  # "exchanged prisoners in a swap mediated by the UAE"
    if main.pos_ != "VERB":
        return []
    if noun.dep_ in {"dobj", "pobj"}:
        if mediation:
            # A go-between acts on both sides of the act it made possible: "freed hostages under
            # a truce brokered by Qatar" is Qatar's mediation with the captors and the freed.
            objects = [
                p for c in main.children if c.dep_ in {"dobj", "dative"} for p in index.participants(c)
            ]
            return sources_of(main, index)[0] + objects
        return sources_of(main, index)[0]
    if noun.dep_ == "nsubj":
        return [
            p
            for c in main.children
            if c.dep_ == "dobj"
            for p in (index.participants(c) or index.place_participants(c))
        ]
    return []


def _adjective_frame(token: Token, row: Trigger, index: MentionIndex) -> Frame | None:
    """ "Tokyo was pessimistic about the talks with Beijing", "said it was behind the bombing":
    the subject of the copula is the source; the target is the object of one of the row's
    prepositions (on the predicate or the copula), else the nearest actor of its phrase."""
    carrier = token.head if token.dep_ in {"acomp", "prep", "oprd"} else token
    sources, inherited = sources_of(carrier, index)
    if not sources and carrier is not token:
        sources, inherited = sources_of(token, index)
    targets = [
        p
        for holder in {carrier.i: carrier, token.i: token}.values()
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in row.preps and c.i != token.i
        for p in _pobjs(c, index, places="place" in row.flags)
    ]
    if token.pos_ == "ADP" and row.preps & {token.lower_}:
        targets += _pobjs(token, index, places="place" in row.flags)
    doers = {p.key for p in sources}
    targets = [t for t in targets if t.key not in doers]
    if not targets and sources:
        targets = _phrase_targets(token, sources, index, home=row.code[:2] in _HOME_ROOTS)
    return _assemble(token, carrier, row, sources, targets, confidence=0.75 if inherited else 0.85)


def _light_verb_phrase(governor: Token, row: Trigger) -> list[Token]:
    """Parts of a nominal's phrase the parse hung on its light verb: the row's prepositions
    ("launch an inquiry into abuses by Iranian forces") and a "by" phrase of an active verb, which
    cannot be its agent ("opened an investigation into bribery by a Chinese company")."""
    return [
        c
        for c in governor.children
        if (c.dep_ == "prep" and c.lower_ in row.preps) or (c.dep_ == "agent" and not _is_passive(governor))
    ]


def _phrase_targets(
    head: Token,
    sources: list[Participant],
    index: MentionIndex,
    *,
    home: bool = False,
    extra: list[Token] | None = None,
) -> list[Participant]:
    """Whom an act that needs no target is aimed at when the parse names no object actor: the
    nearest actor inside its complements ("demanded the resignation of Prime Minister Vucevic",
    "export controls on equipment bound for China", "threatened to impose tariffs on goods from
    Mexico"), else the country of a place there ("investigating war crimes in Darfur").

    The walk stays inside the act's own phrase: no subjects, no other clauses (reported or
    adverbial), and not the doer's own forces ("put its air force on alert"). With ``home`` a
    place in the doer's own country counts ("deployed riot police in central Tbilisi"). ``extra``
    adds tokens of the phrase that the parse attached elsewhere.
    """
    own = {p.actor.country for p in sources}
    keys = {p.key for p in sources}
    frontier = _phrase_children(head) + (extra or [])
    places: list[Participant] = []
    for _ in range(8):
        found: list[Participant] = []
        for token in frontier:
            if token.pos_ not in {"NOUN", "PROPN"}:
                continue
            found += [
                p
                for p in index.participants(token)
                if p.actor.country
                and p.key not in keys
                and not _own(token, p, own)
                and not _own_ref(p, sources, index)
            ]
            if not places and token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS | {"on"}:
                places = [
                    _as_country(p) if p.actor.country in own else p
                    for p in index.place_participants(token)
                    if home or p.actor.country not in own
                ]
        if found:
            return found
        # The words of a name already read ("its air force") are not read again.
        frontier = [
            c
            for t in frontier
            for c in _phrase_children(t)
            if index.mention_at(c) is None or index.mention_at(c) != index.mention_at(t)
        ]
        if not frontier:
            break
    return places


def _held_elsewhere(
    targets: list[Participant], sources: list[Participant], index: MentionIndex
) -> list[Participant]:
    """The doer's own people held by another country stand for their holder: "Washington
    demanded the release of Americans held in Venezuela" is aimed at Venezuela."""
    own = {p.actor.country for p in sources}
    out: list[Participant] = []
    for t in targets:
        span = (
            index.doc.char_span(t.ref.start, t.ref.end, alignment_mode="expand")
            if t.actor.country in own and t.ref.start is not None and t.ref.end is not None
            else None
        )
        out += (_holders(span.root, index, own) if span is not None else []) or [t]
    return out


def _holders(token: Token, index: MentionIndex, own: set[str | None]) -> list[Participant]:
    """The other country holding a group named by ``token`` through a participle modifier
    ("Americans held in Venezuela", "sailors detained by Iran"); empty when none is named."""
    return [
        p
        for c in token.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for prep in c.children
        if (prep.dep_ == "prep" and prep.lower_ == "in") or prep.dep_ == "agent"
        for o in prep.children
        if o.dep_ == "pobj"
        for p in (index.participants(o) or index.place_participants(o))
        if p.actor.country and p.actor.country not in own
    ]


def _as_country(place: Participant) -> Participant:
    """The country a place stands for, apart from any body the place's name also denotes
    ("Tbilisi" read as Georgia's government): the doer's own country as the scene of its act."""
    country = place.actor.country
    if country is None or place.actor.id == country:
        return place
    actor = Actor(id=country, name=country, country=country, kind="country")
    ref = dataclasses.replace(place.ref, name=country, actor_id=country, sector=None, role=None)
    return Participant(actor, ref)


def _phrase_children(token: Token) -> list[Token]:
    """Dependents inside an act's own phrase; a verb's conjunct is another act ("condemned the
    campaign and asked the OAS to intervene"), and a mediation participle's agent a third party
    ("a ceasefire brokered by Qatar"), not part of this one."""
    verbal = token.pos_ in {"VERB", "AUX"}
    # "an inquiry into reports that Chinese vessels operated illegally": the subject of a noun's
    # content clause is what the phrase is about.
    content = token.dep_ == "acl" and _content_clause(token)
    return [
        c
        for c in token.children
        if (
            (c.dep_ in _PHRASE_DEPS and not (verbal and c.dep_ == "conj"))
            or (content and c.dep_ in _SUBJECTS)
        )
        and not _brokered(c)
    ]


def _brokered(token: Token) -> bool:
    """True for a mediation participle ("a ceasefire brokered by Qatar"): its agent made the act
    possible and is neither side of it."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and any(r.code.startswith("045") for r in triggers_for("V", token.lemma_.lower()))
    )


def _brokered_anaphor(verb: Token) -> bool:
    """ "The meeting, brokered by Brazil, came …": a go-between's act on a definite noun standing
    for an act told before, whose parties the article's history supplies."""
    noun = verb.head
    return (
        _brokered(verb)
        and noun.lemma_.lower() in cues().act_anaphors
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)
    )


def _relative_counterpart(verb: Token, sources: list[Participant], index: MentionIndex) -> list[Participant]:
    """ "Protesters threw fireworks at riot police, who responded with water cannon": the police
    respond to the subject of the clause their relative clause hangs on."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in {"who", "which", "that"} for c in verb.children
    ):
        return []
    antecedent = verb.head
    main = antecedent.head
    if antecedent.dep_ == "pobj" and main.dep_ == "prep":
        main = main.head
    elif antecedent.dep_ not in {"dobj", "dative"}:
        return []
    if main.pos_ != "VERB":
        return []
    keys = {p.key for p in sources}
    return [p for p in sources_of(main, index)[0] if p.key not in keys]


def _placed(
    targets: list[Participant], verb: Token, index: MentionIndex, *, scene: str | None = None
) -> list[Participant]:
    """Unplaced victims of violence take the country of where it happened ("killed 200 civilians
    in villages near El Fasher" killed Sudanese civilians); ``scene`` names that country when the
    caller knows it."""
    struck = [] if scene else _struck_place(verb, index)
    if not struck and not scene and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "shelled a camp near Nyala, killing nine civilians": the toll is of the head act's scene.
        struck = _struck_place(verb.head, index)
    country = scene or (struck[0].actor.country if struck else None)
    if country is None:
        return targets
    out = []
    for t in targets:
        out.append(_with_country(t, country) if t.actor.country is None and t.actor.kind != "person" else t)
    return out


def _purpose_targets(verb: Token, index: MentionIndex) -> list[Participant]:
    """ "scrambled jets to warn away Russian bombers", "pledged 100 million euros to help
    Mozambique rebuild": a show of force or a gift is aimed at the object of the infinitival clause
    saying what it is for (or at the subject of that clause's own complement, as the parser reads
    "help Mozambique rebuild")."""
    given = [c.i for c in verb.children if c.dep_ == "dobj"]
    for c in verb.children:
        # Only after what is sent or given: "vowed to deepen cooperation" is no purpose clause.
        if is_purpose_clause(c) and given and min(given) < c.i:
            # "to help train and assist Haitian police": the aim may be a complement's object
            clauses = [c, *(x for x in c.children if x.dep_ == "xcomp")]
            clauses += [y for x in clauses[1:] for y in x.conjuncts]
            helped = [s for g in c.children if g.dep_ == "ccomp" for s in g.children if s.dep_ == "nsubj"]
            for obj in [o for x in clauses for o in x.children if o.dep_ == "dobj"] + helped:
                found = [p for t in obj.subtree for p in index.participants(t)]
                if found:
                    return list({p.key: p for p in found}.values())
    return []


def _domestic(targets: list[Participant], sources: list[Participant], *, parties: bool) -> list[Participant]:
    """Unnamed civil groups coerced or assaulted by one country's state bodies are that country's
    ("Egyptian security forces rounded up activists"); with ``parties`` (a ban or dissolution) a
    named body of no known country is a domestic party too ("the court dissolved the Move Forward
    party")."""
    countries = {p.actor.country for p in sources}
    if len(countries) != 1 or not all(p.actor.sector in _STATE_SECTORS for p in sources):
        return targets
    (country,) = countries
    if country is None:
        return targets
    out = []
    for t in targets:
        a = t.actor
        civil = a.sector in _DOMESTIC_SECTORS or (parties and a.kind == "organization" and a.sector is None)
        out.append(_with_country(t, country) if a.country is None and a.kind != "person" and civil else t)
    return out


def _at_home(targets: list[Participant], sources: list[Participant]) -> list[Participant]:
    """The targets of an act done at home by one country's actors: unplaced groups are of that
    country ("declared a truce with ethnic militias"), and without any target the act is aimed at
    the country itself ("Argentine dockworkers went on strike": ARG->ARG, even when the doer is
    read as the bare country)."""
    # "dockworkers and truck drivers": a coordinated body of no stated country is of the others'.
    countries = {p.actor.country for p in sources if p.actor.country}
    (country,) = countries if len(countries) == 1 else (None,)
    if country is None:
        return targets
    if not targets:
        return [_as_country(next(p for p in sources if p.actor.country == country))]
    return [
        _with_country(t, country) if t.actor.country is None and t.actor.kind != "person" else t
        for t in targets
    ]


def _with_country(participant: Participant, country: str) -> Participant:
    """An unplaced body given the country the context settles ("civilians" of the scene, "activists"
    of the state that arrested them): ``COUNTRY:SECTOR`` like a sector of a named country."""
    actor = dataclasses.replace(
        participant.actor, id=f"{country}:{participant.actor.sector}", country=country
    )
    return Participant(actor, dataclasses.replace(participant.ref, country=country, actor_id=actor.id))


def _accusers(verb: Token, sources: list[Participant], index: MentionIndex) -> list[Participant]:
    """Whom a denial answers: the maker of the charge it denies ("Congo accused Rwanda of …, a
    charge Kigali denies"; "Russia denied claims by Ukraine that …")."""
    alleging = cues().alleging_verbs
    keys = {p.key for p in sources}
    found = [
        p
        for c in verb.children
        if c.dep_ in {"ccomp", "dobj"} and not word_forms(c).isdisjoint(alleging)
        for p in (sources_of(c, index)[0] if c.pos_ == "VERB" else [])
    ]
    return [p for p in found if p.key not in keys]


def _own(token: Token, participant: Participant, own: set[str | None]) -> bool:
    """ "its air force", "their troops": the doer's own body, named through a possessive pronoun."""
    return participant.actor.country in own and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children
    )


def _own_ref(
    target: Participant, sources: list[Participant], index: MentionIndex, *, victims: bool = False
) -> bool:
    """True when a target is the doer's own body named through a possessive pronoun ("India put
    its air force on alert") or given the doer's country by context: the act is done with it, not
    to it ("sent troops into Syria"). With ``victims`` (an act of violence) only the country or a
    body of the same sector owns such a body: unnamed civilians, or soldiers hit by gunmen, are
    victims whatever country the context gave them ("RSF fighters killed 100 civilians near
    Nyala", "gunmen killed five soldiers near Djibo")."""
    if target.ref.start is None or target.ref.end is None:
        return False
    if target.actor.country not in {p.actor.country for p in sources}:
        return False
    span = index.doc.char_span(target.ref.start, target.ref.end, alignment_mode="expand")
    if span is None:
        return False
    if _own(span.root, target, {target.actor.country}) or any(
        t.dep_ == "poss" and t.pos_ == "PRON" for t in span
    ):
        return True
    # "China sent 30 warplanes", "mobilised troops": an unnamed body whose country the phrase
    # does not say was given the doer's country by context; it is the doer's own.
    mention = index.mention_at(span.root)
    return (
        mention is not None
        and mention.via in {"generic", "title"}
        and not (victims and not _owner_of(mention.actor.sector, sources))
        and not any(
            t.ent_type_ in {"NORP", "GPE"} or t.dep_ == "poss"
            for t in (*span, *(c for c in span.root.children if c.i < span.root.i))
        )
    )


def _owner_of(sector: str | None, sources: list[Participant]) -> bool:
    """True when one of the doers can own a body of ``sector``: the country itself, or a body of
    that sector ("the Israeli army sent troops"); civilians are nobody's forces."""
    if sector in _DOMESTIC_SECTORS:
        return False
    return any(p.actor.kind == "country" or p.actor.sector == sector for p in sources)


def _unnamed_agent(verb: Token) -> bool:
    """True when the doer of a material act is left unsaid ("were killed", "were released") or
    is only a means or an unnamed attacker ("two explosions killed", "killed by a roadside bomb")."""
    means = cues().unnamed_agents
    if _is_passive(verb):
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return all(o.lemma_.lower() in means for o in agents)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if verb.dep_ == "relcl":
        # "strikes that killed five": the relative pronoun stands for the noun it follows.
        subjects = [verb.head if s.lower_ in {"that", "which"} else s for s in subjects]
    return bool(subjects) and all(s.lemma_.lower() in means for s in subjects)


def _in_clause(token: Token, verb: Token) -> bool:
    """True when no other verb stands between ``token`` and ``verb`` in the parse."""
    node = token.head
    while node.i != verb.i:
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head
    return True


def _struck_place(verb: Token, index: MentionIndex) -> list[Participant]:
    """The country of the place violence hit when it names no victim actor ("killed dozens of
    people at a memorial ceremony in Kerman" hit Iran)."""
    for t in verb.subtree:
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS and _in_clause(t, verb):
            found = index.place_participants(t)
            if found:
                return found
    return []


def _holding_place(verb: Token, index: MentionIndex) -> list[Participant]:
    """The country where released or arrested people are held: an "in" place of the verb or of
    its object's phrase ("Americans detained in Iran were released")."""
    for c in verb.children:
        if c.dep_ not in {"nsubjpass", "dobj", "prep"}:
            continue
        for t in c.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
                found = index.place_participants(t)
                if found:
                    return found
    return []


def _noun_frame(noun: Token, row: Trigger, index: MentionIndex, *, carriers: _Carriers) -> Frame | None:
    if _proposed(noun):
        return None
    governor = carriers.governor
    if governor is None and row.values("lv") is not None:
        governor = carriers.phrase_governor
    owner = carriers.owner
    light = governor is not None and (
        row.values("lv") is not None
        or not word_forms(governor).isdisjoint(_LIGHT_VERBS)
        or (owner is not None and owner.i == governor.i)
    )
    sources: list[Participant] = []
    targets: list[Participant] = []
    modifiers: list[Participant] = []
    between: list[Participant] = []
    for c in noun.children:
        if c.dep_ == "poss":
            sources += index.participants(c)
        elif c.dep_ in {"compound", "amod", "nmod"}:
            modifiers += index.participants(c)
        elif c.dep_ == "prep" and c.lower_ in {"by", "from"} and c.lower_ not in row.preps:
            sources += _pobjs(c, index)  # "an invitation from Putin"; but "withdrawal from ECOWAS"
        elif c.dep_ == "prep" and c.lower_ == "between":
            between += _pobjs(c, index)
        elif c.dep_ == "prep" and c.lower_ in row.preps:
            targets += _pobjs(c, index, places="place" in row.flags)
        elif c.dep_ in {"acl", "ccomp"} and "ccomp" in row.flags and _content_clause(c):
            # "Kinshasa's accusation that Rwandan troops were fighting": at the clause's subject
            targets += [p for s in c.children if s.dep_ in _SUBJECTS for p in index.participants(s)]
    confidence = 0.85
    if light and governor is not None:
        if not sources:
            sources = (
                [p for c in governor.children if c.dep_ == "agent" for p in _pobjs(c, index)]
                if noun.dep_ == "nsubjpass"
                else sources_of(governor, index)[0]
            )
        targets += [
            p
            for c in governor.children
            if (c.dep_ == "prep" and c.lower_ in row.preps) or c.dep_ in {"dative", "iobj"}
            for p in (
                _pobjs(c, index, places="place" in row.flags) if c.pos_ == "ADP" else index.participants(c)
            )
        ]
    if light and governor is not None and not targets and not between and "sym" not in row.flags:
        targets = _inherited_targets(governor, index)
    if "objmod" in row.flags:
        # "US lawlessness", "the destructive efforts of the United States": the actor named in
        # the phrase is criticised by whoever speaks in the clause.
        of_objects = [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c, index)
        ]
        targets = sources + modifiers + of_objects + targets
        sources = _clause_subjects(noun, index)
        # "Japan will host US troops": the light verb carries the tense and modality.
        anchor = governor if light and governor is not None else noun
        return _assemble(noun, anchor, row, sources, targets, confidence=0.6)
    if not targets and row.code[:2] in _FORCE_ROOTS:
        targets = _passive_patient(noun, index) or _damaged(noun, index) or _means_victims(noun, index)
    if between and sources and not targets and "between" in row.preps:
        # "Qatar's mediation between Israel and Hamas": a named doer acts on the parties.
        targets = between
    elif sources and not targets and not between and row.code.startswith("045"):
        # "freed the hostages following mediation by Oman": the go-between acts on the parties
        # of the act its mediation made possible.
        targets = _mediated_parties(noun, sources, index)
    if between and not sources:
        sources, targets = between, []
    elif not sources and modifiers:
        sources = modifiers
    if not sources and not targets and not between and row.code[:2] == "14":
        sources, targets = _protested(noun, index)
    if sources and not targets and not between:
        keys = {p.key for p in sources}
        targets = [t for t in _reacting(noun, index) if t.key not in keys]
    if not sources and (targets or "sym" in row.flags) and _embedding_act(noun, index) is None:
        sources = _clause_subjects(noun, index)
        confidence = 0.6
    anchor = governor if light and governor is not None else noun
    if not targets and sources and "solo" in row.flags:
        extra = _light_verb_phrase(governor, row) if light and governor is not None else []
        targets = _phrase_targets(noun, sources, index, home=row.code[:2] in _HOME_ROOTS, extra=extra)
    if "ccomp" in row.flags and sources and targets:
        targets = _charged_others(noun, sources, targets, index, governor=governor)
    # "a drone strike on Belgorod killed three": the strike hit Russia, whoever launched it.
    agentless = not sources and row.code[:2] in _FORCE_ROOTS
    return _assemble(noun, anchor, row, sources, targets, confidence=confidence, agentless=agentless)


def _protested(noun: Token, index: MentionIndex) -> tuple[list[Participant], list[Participant]]:
    """ "The government bowed to weeks of student protests": a protest of no named doer that the
    clause's subject bows to, faces or quells is aimed at that subject by its own country's people
    (``protested_verbs``); the act may sit under a noun of its span ("weeks of", "a wave of")."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in cues().span_nouns
    ):
        noun = noun.head.head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in {"pobj", "dobj"} or verb.pos_ != "VERB":
        return [], []
    if word_forms(verb).isdisjoint(cues().protested_verbs):
        return [], []
    targets = sources_of(verb, index)[0]
    return [_as_country(t) for t in targets if t.actor.country and t.actor.kind != "country"], targets


def _reacting(noun: Token, index: MentionIndex) -> list[Participant]:
    """Who answers an act named as another's ("firing back at Trump's levies", "in response to
    Washington's tariffs", "retaliating for Ottawa's duties"): the act was aimed at the doers of
    the reacting clause (``reaction_verbs``, ``reaction_nouns``, or a verb with "back")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"at", "to", "for", "against"}:
        return []
    head = prep.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in cues().reaction_nouns:
        outer = head.head
        head = outer.head if head.dep_ == "pobj" and outer.dep_ == "prep" else outer
    elif head.pos_ != "VERB" or (
        word_forms(head).isdisjoint(cues().reaction_verbs)
        and not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in head.children)
    ):
        return []
    return sources_of(head, index)[0] if head.pos_ in {"VERB", "AUX"} else []


def _mediated_parties(noun: Token, mediators: list[Participant], index: MentionIndex) -> list[Participant]:
    """The doers and objects of the verb a mediation phrase hangs on ("released the prisoners
    after mediation by Qatar", "freed four agents following mediation by Morocco")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return []
    main = prep.head
    objects = [p for c in main.children if c.dep_ in {"dobj", "dative"} for p in index.participants(c)]
    found = sources_of(main, index)[0] + objects
    own = {p.key for p in mediators}
    return [p for p in found if p.key not in own]


def _charged_others(
    noun: Token,
    sources: list[Participant],
    targets: list[Participant],
    index: MentionIndex,
    *,
    governor: Token | None,
) -> list[Participant]:
    """A charge is not laid against the accuser's own body: in "Ghana rejected Togo's accusation that
    its soldiers crossed the border" the pronoun is the party the clause around the charge is about
    (Ghana), not the nearer accuser; with no such party the body is no target."""
    own = {p.actor.country for p in sources}
    verb = governor or noun.head
    others = [p for p in sources_of(verb, index)[0] if p.actor.country and p.actor.country not in own]
    placed: list[Participant] = []
    for target in targets:
        span = (
            index.doc.char_span(target.ref.start, target.ref.end, alignment_mode="expand")
            if target.ref.start is not None and target.ref.end is not None
            else None
        )
        if target.actor.country in own and span is not None and _own(span.root, target, own):
            placed += [
                _with_country(target, other.actor.country) for other in others[:1] if other.actor.country
            ]
        else:
            placed.append(target)
    return placed


def _content_clause(clause: Token) -> bool:
    """True for a clause saying what a noun asserts ("the accusation that X fought"), not a
    relative clause ("the accusation that Kigali denied", whose "that" is its object)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _embedding_act(noun: Token, index: MentionIndex) -> Token | None:
    """The event verb whose object (or "of"/"for"/"over" complement) a nominal sits in.

    "Israel condemned the drone strike on Damascus": the strike is what Israel condemned, not
    what Israel did, so the condemner's subject is no doer of the strike. Light verbs ("held
    talks", "launched strikes") carry the nominal and are not such acts.
    """
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb: Token | None = None
    if noun.dep_ in {"dobj", "nsubjpass", "attr"}:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _COMPLEMENT_PREPS:
        verb = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "ADJ":
        verb = noun.head.head  # "open to talks": the attitude's object, by whatever preposition
    if verb is not None and verb.pos_ == "ADJ":
        # "was pessimistic about the talks": the talks are what the attitude is about.
        # Only an attitude the lexicon reads here: "ready for talks" is no "ready to bankroll".
        rows = triggers_for("A", verb.lemma_.lower())
        carriers = _Carriers(verb)
        return verb if _predicative(verb) and any(_licensed(verb, r, index, carriers) for r in rows) else None
    if verb is None or verb.pos_ != "VERB" or not word_forms(verb).isdisjoint(_LIGHT_VERBS):
        return None
    return verb if _verb_rows(verb) else None


def _damaged(noun: Token, index: MentionIndex) -> list[Participant]:
    """What a nominal attack hit when it is the subject of a damage verb ("an Israeli air strike
    destroyed Iran's consular building"): the verb's object, or the country of a place object."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    # "a car bomb that killed nine people": the relative clause says whom it hit.
    verbs += [c for c in noun.children if c.dep_ == "relcl" and any(g.dep_ == "nsubj" for g in c.children)]
    return [
        p
        for verb in verbs
        if not word_forms(verb).isdisjoint(cues().damage_verbs)
        for c in verb.children
        if c.dep_ == "dobj"
        for p in (index.participants(c) or index.place_participants(c))
    ]


def _means_victims(noun: Token, index: MentionIndex) -> list[Participant]:
    """Whom an attack named as the means of a killing hit: the killed ("the killing of an Iranian
    general in a US drone strike"); "its"/"their" victims are the clause's doer's own people
    ("Iran fired missiles, avenging the killing of its top general in a US drone strike")."""
    prep = noun.head
    killing = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "by"} or killing.pos_ != "NOUN":
        return []
    if killing.lemma_.lower() not in cues().killing_nouns:
        return []
    killed = [o for p in killing.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    named = [p for o in killed for p in index.participants(o)]
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for o in killed for c in o.children)
    return named or (_clause_subjects(killing, index) if own else [])


def _passive_patient(noun: Token, index: MentionIndex) -> list[Participant]:
    """Who suffered a nominal attack named in a passive agent: "Kyiv was hit by a wave of
    Russian missile strikes" — climbs "of"/"by" phrases to the passive verb's subject."""
    current = noun
    for _ in range(5):
        head = current.head
        if head.i == current.i:
            return []
        if current.dep_ == "agent" or (head.pos_ == "VERB" and current.dep_ == "pobj"):
            break
        if current.dep_ not in {"pobj", "prep", "agent"}:
            return []
        current = head
    verb = current.head if current.dep_ == "agent" else None
    if verb is None or verb.pos_ != "VERB":
        return []
    return [
        p
        for c in verb.children
        if c.dep_ == "nsubjpass"
        for p in (index.participants(c) or index.place_participants(c))
    ]


def _clause_subjects(token: Token, index: MentionIndex) -> list[Participant]:
    """Subject of the clause a nominal sits in ("X, in a meeting with Y, said"), never crossing
    into the reporter of a reported clause."""
    current = token
    for _ in range(4):
        if current.dep_ in {"ccomp", "ROOT", "relcl", "nsubj", "nsubjpass"} and current.i != token.i:
            break
        head = current.head
        if head.i == current.i:
            break
        if head.pos_ in {"VERB", "AUX"}:
            return sources_of(head, index)[0]
        if head.pos_ in {"PROPN", "NOUN", "PRON"} and head.dep_ in _SUBJECTS and index.participants(head):
            return index.participants(head)
        current = head
    return []


def _assemble(
    token: Token,
    anchor: Token,
    row: Trigger,
    sources: list[Participant],
    targets: list[Participant],
    *,
    confidence: float,
    agentless: bool = False,
    pending: bool = False,
    mutual: bool = False,
) -> Frame | None:
    sources = most_specific(sources)
    keys = {p.key for p in sources}
    # The doer's own country named as the scene of a domestic act ("a Syrian helicopter dropped
    # chlorine on a building in Douma") is its target; named as the doer, it is not.
    starts = {p.ref.start for p in sources}
    home = row.code[:2] in _HOME_ROOTS
    targets = most_specific([t for t in targets if t.key not in keys or (home and t.ref.start not in starts)])
    if any(t.actor.country for t in targets):
        # A name the actor stage could not place ("Leopard 2 tanks" read as a person) says nothing
        # beside a target it could.
        targets = [t for t in targets if t.actor.country or t.actor.sector]
    if sources and row.code.startswith(_HOMEBOUND):
        targets = _at_home(targets, sources)
    pairs: list[tuple[Participant | None, Participant | None]]
    reciprocal = False
    if not sources:
        # Without a doer the event rests on its target: an actor of a known country.
        targets = [t for t in targets if t.actor.country]
        if not (agentless and targets):
            return None
        pairs = [(None, t) for t in targets]
        rule = f"{row.rule}:target-only"
    elif targets and not (
        # "Troops from Mali and Burkina Faso launched a joint operation against militants": the
        # partners of a joint act are each other, not an unplaced opponent.
        "sym" in row.flags
        and len({s.actor.country for s in sources}) >= 2
        and not any(t.actor.country for t in targets)
    ):
        pairs = [(s, t) for s, t in itertools.product(sources, targets)]
        rule = f"{row.rule}:source>target"
    elif ("sym" in row.flags or mutual) and len(sources) >= 2:
        # Two participants of the same country on one side of a meeting are one party, unless
        # they are distinct bodies ("Sudan's army and the Rapid Support Forces fought").
        pairs = [
            (a, b)
            for a, b in itertools.permutations(sources, 2)
            if a.actor.country != b.actor.country
            or ("country" not in {a.actor.kind, b.actor.kind} and a.actor.sector != b.actor.sector)
        ]
        if not pairs:
            return None
        # "accused each other" is two accusations, each with its direction; a symmetric act
        # ("signed", "clashed") is one act whose direction does not matter.
        reciprocal = "sym" in row.flags
        rule = f"{row.rule}:coordinated"
    elif "solo" in row.flags:
        pairs = [(s, None) for s in sources]
        rule = f"{row.rule}:source-only"
    elif pending:
        pairs = [(s, None) for s in sources]
        rule = f"{row.rule}{PENDING}"
    else:
        return None
    return Frame(token, anchor, row, tuple(pairs[:_MAX_PAIRS]), reciprocal, rule, confidence)
