"""Modality: whether the text asserts an event, plans it, supposes it, negates, denies or alleges it.

Read off the anchor verb (the trigger or the light verb of a nominal): its auxiliaries, negation,
the clause it is the complement of ("plan to sign", "are expected to discuss", "if they meet"),
and the deny/accuse triggers whose complement it sits in ("Tehran denies supplying missiles",
"accused Tehran of supplying missiles").
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events._frames import Frame, finite_conjunct_head, is_infinitive, plan_noun_governor
from communique.events._lexicon import Cues, word_forms
from communique.model import Modality

__all__ = ["announces_aid", "complement_scope", "expresses_intent", "modality_of"]

_PLANNED_MODIFIERS = frozenset(
    {"planned", "upcoming", "future", "proposed", "scheduled", "forthcoming", "expected"}
)
_HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "hypothetical"})
_ANNOUNCING = frozenset({"announce", "promise", "pledge", "vow", "declare"})
# Roots whose reported future ("said they would meet") is itself an expressed intent.
_SAID_INTENT_ROOTS = frozenset({"04"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acomp"})


def complement_scope(trigger: Token, *, cues: Cues) -> frozenset[int]:
    """Token indices of what a deny/accuse trigger denies or alleges.

    Args:
        trigger: a deny/accuse trigger, or a verb such as "claim" whose complement is alleged.
        cues: the cue lists (``owned_act_nouns``).

    Returns:
        The token indices of its clausal complement ("supplying missiles to Moscow") or of the
        gerund after "of"/"for" ("of supplying ...").
    """
    scope: set[int] = set()
    for child in trigger.children:
        heads: list[Token] = []
        if child.dep_ in {"xcomp", "ccomp", "pcomp"} or (
            # "claimed responsibility for the attack" owns the act; it alleges nothing
            child.dep_ == "dobj"
            and child.pos_ in {"VERB", "NOUN"}
            and child.lemma_.lower() not in cues.owned_act_nouns
        ):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"of", "for", "over", "as"}:
            heads.extend(g for g in child.children if g.dep_ in {"pcomp", "pobj"})
        for head in heads:
            scope.update(t.i for t in head.subtree)
    # "accused Algeria of shooting down a drone and recalled its ambassador": the finite conjunct
    # the parser hung on the gerund is the accuser's own act, outside what is alleged.
    doc = trigger.doc
    for i in sorted(scope):
        clause = finite_conjunct_head(doc[i])
        if clause is not None and clause.i == trigger.i:
            scope.difference_update(c.i for c in doc[i].subtree)
    return frozenset(scope)


def modality_of(frame: Frame, *, cues: Cues, denied: frozenset[int], alleged: frozenset[int]) -> Modality:
    """Return the modality of a frame.

    Args:
        frame: the frame.
        cues: the cue lists.
        denied: token indices inside the complement of a denial in the same sentence.
        alleged: token indices inside the complement of an accusation in the same sentence.

    Returns:
        One of ``model.MODALITIES``; precedence denied > alleged > negated > hypothetical >
        planned > asserted (a denied plan is still denied).
    """
    if frame.token.i in denied:
        return "denied"
    if frame.token.i in alleged:
        return "alleged"
    anchor = frame.anchor
    chain = _chain(anchor, cues)
    governors = chain[1:]
    if _negated(anchor, cues) or _negated(frame.token, cues):
        return "negated"
    if any(not word_forms(t).isdisjoint(cues.halting_verbs) for t in governors):
        return "negated"
    if any(not word_forms(t).isdisjoint(cues.requested_verbs) for t in governors):
        return "hypothetical"
    if any(c.lower_ in cues.alleged_adverbs for t in (anchor, frame.token) for c in t.children):
        return "alleged"
    if any(_negated(t, cues) for t in governors):
        return "negated"  # "did not plan to sign"
    if any(_hypothetical(t, cues) for t in chain) and not _future_in_past(anchor, cues):
        return "hypothetical"
    if any(c.dep_ == "amod" and c.lower_ in _HYPOTHETICAL_MODIFIERS for c in frame.token.children):
        return "hypothetical"
    if frame.anchor.i == frame.token.i and _feared(frame.token, cues):
        return "hypothetical"
    if (
        _future_in_past(anchor, cues)
        or _planned(chain, cues)
        or any(
            c.dep_ in {"amod", "compound"} and c.lower_ in _PLANNED_MODIFIERS for c in frame.token.children
        )
    ):
        return "planned"
    return "asserted"


def expresses_intent(frame: Frame, *, cues: Cues) -> bool:
    """True when a planned frame is planned by an intent verb of its doer ("seek to deepen ties",
    "plan to sign"), which CAMEO codes as "express intent"; "will sign" is only scheduled.

    Args:
        frame: a frame whose modality is planned.
        cues: the cue lists.

    Returns:
        Whether one of the verbs governing the anchor is an intent verb.
    """
    if any(
        not word_forms(t).isdisjoint(cues.intent_verbs) or _intent_word(t, cues)
        for t in _chain(frame.anchor, cues)[1:]
    ):
        return True
    # "Israel announced it would free prisoners": an announced future act is an expressed intent;
    # "Russia said it would reduce" only reports a plan.
    anchor = frame.anchor
    if not _future_in_past(anchor, cues):
        return False
    # "India and Saudi Arabia said they would meet": saying one will meet is the CAMEO example of
    # expressing the intent to meet (036); a reported material act stays only a plan.
    return frame.row.code[:2] in _SAID_INTENT_ROOTS or not word_forms(anchor.head).isdisjoint(_ANNOUNCING)


def _chain(anchor: Token, cues: Cues) -> list[Token]:
    """The anchor and the verbs it is the infinitival complement of ("preparing to sign")."""
    chain = [anchor]
    current = anchor
    holder = _nominal_holder(anchor, cues) if anchor.pos_ == "NOUN" else None
    if holder is not None:
        chain.append(holder)
        current = holder
    for _ in range(3):
        holder = plan_noun_governor(current)
        if holder is not None:
            # "announced plans to cut": the plan noun plans the act, like the verb "plan".
            chain += [current.head, holder]
            current = holder
            continue
        if current.dep_ not in _COMPLEMENTS or current.head.i == current.i:
            break
        infinitive = is_infinitive(current)
        subjunctive = current.dep_ == "ccomp" and current.tag_ == "VB"  # "demanded that Russia withdraw"
        if current.dep_ == "conj" or (current.dep_ == "ccomp" and not infinitive and not subjunctive):
            break  # a reported clause or a coordinated act has its own tense; "wants X to act" not
        current = current.head
        chain.append(current)
    return chain


def _nominal_holder(noun: Token, cues: Cues) -> Token | None:
    """What a nominal without a light verb is wished by: "ready for talks" (an intent adjective),
    "vowed to pursue peace talks" (the infinitive it is the object of). The nominal is then the
    intended act, not one that took place."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "ADJ":
        return head.head if head.head.lower_ in cues.intent_adjectives else None
    infinitive = head.dep_ == "xcomp" and is_infinitive(head)
    return head if noun.dep_ == "dobj" and head.pos_ == "VERB" and infinitive else None


def announces_aid(frame: Frame, *, cues: Cues) -> bool:
    """True when a planned giving act gives aid itself: "Japan will provide aid to Turkey" is also
    the intent to give it (033); "will send tanks" is only a planned delivery.

    Args:
        frame: a frame whose modality is planned.
        cues: the cue lists (``aid_nouns``).

    Returns:
        Whether the frame is a 07 act whose anchor's object names aid.
    """
    return frame.row.code[:2] == "07" and _gives_aid(frame.anchor, cues)


def _gives_aid(verb: Token, cues: Cues) -> bool:
    """Whether a giving verb's object is aid itself ("aid", "5 billion yen in emergency aid")."""
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    named = objects + [
        g
        for o in (verb, *objects)
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in {"in", "of"}
        for g in p.children
    ]
    return any(t.lemma_.lower() in cues.aid_nouns for t in named)


def _future_in_past(anchor: Token, cues: Cues) -> bool:
    """ "X said it would reduce …": reported "would" is the future seen from the past, a plan."""
    if anchor.dep_ != "ccomp" or not any(c.lower_ in {"would", "'d"} for c in anchor.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_marks for c in anchor.subtree):
        return False
    if _negated(anchor, cues):
        return False
    return not word_forms(anchor.head).isdisjoint(cues.reporting | {"announce", "promise", "vow"})


def _intent_word(token: Token, cues: Cues) -> bool:
    """ "is willing to", "was prepared to", "announced plans to": an adjective of intent or a plan
    noun over the act."""
    if token.pos_ == "ADJ":
        return token.lower_ in cues.intent_adjectives
    return token.pos_ == "NOUN" and token.lemma_.lower() in cues.plan_nouns


def _feared(noun: Token, cues: Cues) -> bool:
    """A nominal act with no light verb that is the object of a fear or a warning ("feared Israel's
    retaliation", "amid fears of an invasion", "warned of Russia's offensive")."""
    if noun.pos_ != "NOUN":
        return False
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj":
        return head.pos_ == "VERB" and not word_forms(head).isdisjoint(cues.fearing_verbs)
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in {"of", "about"}:
        return False
    fearer = head.head
    if fearer.pos_ == "VERB":
        return not word_forms(fearer).isdisjoint(cues.fearing_verbs)
    return fearer.pos_ == "NOUN" and fearer.lemma_.lower() in cues.fear_nouns


def _negated(token: Token, cues: Cues) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and c.lower_ in cues.negation) for c in token.children
    )


def _hypothetical(token: Token, cues: Cues) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_aux for c in token.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_marks for c in token.children):
        return True
    return token.dep_ == "advcl" and any(c.lower_ in cues.hypothetical_marks for c in token.children)


def _planned(chain: list[Token], cues: Cues) -> bool:
    anchor = chain[0]
    for token in chain:
        if any(c.dep_ == "aux" and c.lower_ in cues.planned_aux for c in token.children):
            return True
        if token.i != anchor.i and (
            not word_forms(token).isdisjoint(cues.planned_verbs) or _intent_word(token, cues)
        ):
            return True
        if token.lower_ == "going" and any(c.lower_ == "to" for c in anchor.children):
            return True
    # "were planned to be launched", "is due to visit"
    return anchor.dep_ == "xcomp" and not word_forms(anchor.head).isdisjoint(cues.planned_verbs)
