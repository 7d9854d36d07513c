"""The event coder: frames from the parse, then modality, attribution, date, place and topics.

One ``EventCoder`` per process; ``code`` is called once per article with the spaCy ``Doc`` of
``article.text`` and the actor stage's mentions. Work per sentence is skipped early when the
sentence has no trigger lemma or no actor, which is most sentences of most articles.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from communique.events._anaphora import ActHistory
from communique.events._args import MentionIndex, Participant
from communique.events._attribution import QuoteFinder, reporters_of, third_party_claims
from communique.events._context import date_of, place_of, topics_of
from communique.events._frames import Frame, find_frames, is_purpose_clause
from communique.events._lexicon import cues, trigger_lemmas, word_forms
from communique.events._modality import announces_aid, complement_scope, expresses_intent, modality_of
from communique.model import Article, Event, Mention, Modality, Place, Quote
from communique.ontology import cameo
from communique.places import Gazetteer
from communique.settings import Settings

__all__ = ["EventCoder"]

# Acts whose complement is only wished for or threatened ("urged Russia to withdraw", "threatened
# to shoot down planes"): the appeal or the threat is the event, the act it names is not.
_REQUEST_ROOTS = frozenset({"02", "10", "13"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
# Roots of purpose clauses that are part of their head act, by the head act's root.
_PURPOSE_PARTS = {
    "15": frozenset({"13"}),
    "11": frozenset({"11", "14"}),
    "14": frozenset({"14"}),
    # "sit down with Guyana to discuss the dispute", "meet to finalise a deal": one meeting.
    "04": frozenset({"04", "05"}),
}
# Cleaning removes these blocks; the guard keeps uncleaned text from coding other articles' titles.
_LINK_HEADING = re.compile(
    r"(?im)^[ \t]*(?:read more|related news|related|see also|more on this)[ \t]*:?[ \t]*$"
)
_VIEW_COUNTER = re.compile(r"\b\d[\d,.]*\s*(?:views|reads)\b", re.I)
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")


class EventCoder:
    """Codes the events and quotes of parsed articles (see ``docs/stages.md``)."""

    def __init__(self, *, settings: Settings) -> None:
        """Load the lexicon, the cue lists and the gazetteer (each once per process).

        Args:
            settings: the run's settings (``prefilter`` skips sentences that cannot code).
        """
        self.settings = settings
        self._cues = cues()
        self._lemmas = trigger_lemmas()
        self._gazetteer = Gazetteer()

    def code(
        self, doc: Doc, article: Article, mentions: tuple[Mention, ...]
    ) -> tuple[tuple[Event, ...], tuple[Quote, ...]]:
        """Return the events and the quotes of one article.

        Args:
            doc: the spaCy Doc of ``article.text`` (its offsets are the article's offsets).
            article: the cleaned article (``id``, ``published``, ``dateline_place``).
            mentions: resolved actor mentions, sorted by ``start``.

        Returns:
            ``(events, quotes)``, each in text order.
        """
        index = MentionIndex(
            doc, mentions, reporting=self._cues.reporting, first_person=self._cues.first_person
        )
        quotes = QuoteFinder(doc, article.id, index, self._cues).find()
        events: list[Event] = []
        history = ActHistory()
        furniture = _link_lists(index.text)
        for sent in doc.sents:
            for segment in _paragraph_segments(sent):
                if segment.start_char in furniture or _LINK_HEADING.search(segment.text):
                    continue  # headlines of other articles under "Read More:", not this one's news
                if self.settings.prefilter and not self._may_code(segment, index):
                    continue
                events.extend(self._code_sentence(segment, article, index, history))
        return tuple(events), quotes

    def _may_code(self, sent: Span, index: MentionIndex) -> bool:
        if _VIEW_COUNTER.search(sent.text):
            return False
        # A named place counts: violence "in Kerman" is coded against the place's country.
        has_actor = any(
            i in index.by_token or i in index.speaker_of_token or _is_place(index.entity_of_token.get(i))
            for i in range(sent.start, sent.end)
        )
        return has_actor and any(
            t.lemma_.lower() in self._lemmas
            or (t.pos_ == "VERB" and not word_forms(t).isdisjoint(self._lemmas))
            for t in sent
        )

    def _code_sentence(
        self, sent: Span, article: Article, index: MentionIndex, history: ActHistory
    ) -> list[Event]:
        frames = _merge_tolls(find_frames(sent, index))
        if any("stmt" not in f.row.flags for f in frames):
            # A "said to X" is the interaction only when nothing else in the sentence is.
            frames = [f for f in frames if "stmt" not in f.row.flags]
        requested = frozenset(
            i
            for f in frames
            if f.row.code[:2] in _REQUEST_ROOTS
            for i in complement_scope(f.token, cues=self._cues)
        )
        # An act a request asks to stop is going on ("urged China to stop supplying weapons"): it
        # is coded as well as the request.
        halting = [
            sent.doc[i]
            for i in requested
            if sent.doc[i].pos_ == "VERB" and not word_forms(sent.doc[i]).isdisjoint(self._cues.halting_verbs)
        ]
        requested -= {i for verb in halting for i in _subtree(verb) - {verb.i}}
        # "NATO demanded that Russia withdraw": the demand is the event; the withdrawal is not.
        frames = [f for f in frames if f.token.i not in requested and not self._questioned(f)]
        frames = history.resolve(_one_act_per_anchor(_drop_purpose_parts(frames)), index)
        # An accusation (112) alleges its content and was itself made, even inside a denial
        # ("Rwanda rejected Kinshasa's accusation that its troops were fighting").
        alleging = [f.token for f in frames if "allege" in f.row.flags or f.row.code.startswith("112")]
        alleging += [
            t for t in sent if t.pos_ == "VERB" and not word_forms(t).isdisjoint(self._cues.alleging_verbs)
        ]
        alleged = frozenset(i for t in alleging for i in complement_scope(t, cues=self._cues))
        denied = frozenset(
            i for f in frames if "deny" in f.row.flags for i in complement_scope(f.token, cues=self._cues)
        )
        # "Congo accused Rwanda of deploying troops, a charge Kigali denies": what is denied is the
        # charge's content; the accusation itself (its verb, accuser, accused) was made.
        denied -= {i for t in alleging if t.i in denied for i in _subtree(t) if i not in alleged}
        claimed = third_party_claims(sent, index, self._cues)
        events: list[Event] = []
        seen: set[tuple[str, str, str, str]] = set()
        topics = topics_of(sent)
        for coded in sorted(frames, key=lambda f: (-f.confidence, f.token.i)):
            modality = modality_of(coded, cues=self._cues, denied=denied, alleged=alleged)
            # Variants share the act's words: its reporters and claimants are found once.
            act = _Act(
                modality=modality,
                reported_by=reporters_of(coded.anchor, sent, index, self._cues),
                claimants=claimed.get(coded.token.i, frozenset()),
                topics=topics,
            )
            for frame in self._variants(coded, modality):
                events += self._frame_events(frame, act, sent, article, index, seen)
        return sorted(events, key=lambda e: (e.trigger_start, e.event_id))

    def _frame_events(
        self,
        frame: Frame,
        act: _Act,
        sent: Span,
        article: Article,
        index: MentionIndex,
        seen: set[tuple[str, str, str, str]],
    ) -> list[Event]:
        """One event per source-target pair of ``frame`` whose key is not in ``seen`` yet (the
        keys of the sentence's events so far, to which the new ones are added)."""
        date, precision, date_text = date_of(frame, sent, article=article, modality=act.modality, index=index)
        events: list[Event] = []
        for source, target in frame.pairs:
            modality = _pair_modality(act, source, target)
            key = (frame.code[:2], source.key if source else "", target.key if target else "", modality)
            if key in seen:
                continue  # "arrived in Tehran for a visit": one visit, two words
            seen.add(key)
            events.append(
                _event(
                    frame,
                    sent,
                    article,
                    source,
                    target,
                    modality=modality,
                    date=date,
                    precision=precision,
                    date_text=date_text,
                    place=self._place(frame, article, index, source, target),
                    reported_by=act.reported_by,
                    topics=act.topics,
                )
            )
        return events

    def _place(
        self,
        frame: Frame,
        article: Article,
        index: MentionIndex,
        source: Participant | None,
        target: Participant | None,
    ) -> Place | None:
        # The pair's own countries are actors of this event, not places of it.
        countries = {p.actor.country for p in (source, target) if p is not None and p.actor.country}
        return place_of(
            frame, article=article, gazetteer=self._gazetteer, actor_countries=countries, index=index
        )

    def _questioned(self, frame: Frame) -> bool:
        """True for an act asked about ("Asked whether Tokyo would summon the ambassador"): the
        whether/if clause of a verb of asking asserts, plans or alleges nothing."""
        clause = frame.anchor
        marked = any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)
        asking = not word_forms(clause.head).isdisjoint(self._cues.question_verbs)
        return marked and clause.dep_ == "ccomp" and asking

    def _variants(self, frame: Frame, modality: str) -> list[Frame]:
        """The frames an act is coded as: itself, or for a planned cooperative act the intent to do
        it (CAMEO's 036, 030 …), or both for announced aid ("will provide aid": the intent and the
        planned delivery)."""
        intent = self._cues.intent_code(frame.row.code)
        if modality != "planned" or not intent:
            return [frame]
        intended = dataclasses.replace(frame, code=intent, rule=f"{frame.rule}:intent({frame.row.code})")
        if expresses_intent(frame, cues=self._cues):
            return [intended]
        if announces_aid(frame, cues=self._cues):
            return [intended, frame]
        return [frame]


@dataclass(frozen=True, slots=True)
class _Act:
    """What the coded variants of one act share: how it is asserted, who reports it, which third
    parties claim it and the topics of its sentence."""

    modality: Modality
    reported_by: tuple[str, ...]
    claimants: frozenset[str]
    topics: tuple[str, ...]


def _pair_modality(act: _Act, source: Participant | None, target: Participant | None) -> Modality:
    """An asserted act is only alleged for a pair none of whose countries is among the third
    parties claiming it ("partners say Iran supplied": their claim, not fact)."""
    parties = {p.actor.country for p in (source, target) if p is not None}
    if act.modality == "asserted" and act.claimants and act.claimants.isdisjoint(parties):
        return "alleged"
    return act.modality


def _merge_tolls(frames: list[Frame]) -> list[Frame]:
    """ "a car bomb that killed nine people in Mogadishu", "a Hamas commander was killed in an
    Israeli airstrike": the doerless killing is the toll of the attack it describes or happened
    in, not a second event; the attack takes its victims when it has none of its own."""
    attacks = {
        f.token.i: f
        for f in frames
        if f.row.code[:2] in _FORCE_ROOTS and f.token.pos_ == "NOUN" and all(s for s, _ in f.pairs)
    }
    tolls: dict[int, Frame] = {}
    for f in frames:
        attack = _toll_of(f.token)
        if attack in attacks and all(s is None for s, _ in f.pairs):
            tolls[attack] = f
    spent = {id(f) for f in tolls.values()}
    merged: list[Frame] = []
    for frame in frames:
        if id(frame) in spent:
            continue
        toll = tolls.get(frame.token.i)
        if toll is not None and all(t is None for _, t in frame.pairs):
            victims = [t for _, t in toll.pairs if t is not None]
            pairs = tuple((s, t) for s, _ in frame.pairs for t in victims)
            frame = dataclasses.replace(frame, pairs=pairs, rule=f"{frame.rule}+toll")
        merged.append(frame)
    return merged


def _toll_of(verb: Token) -> int | None:
    """The token of the attack a killing may be the toll of: the noun its relative clause
    describes ("a car bomb that killed nine"), or the attack it happened in ("was killed in an
    airstrike", "were wounded during a raid")."""
    if verb.dep_ == "relcl":
        return int(verb.head.i)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}:
            return next((int(g.i) for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _drop_purpose_parts(frames: list[Frame]) -> list[Frame]:
    """A purpose clause that only says how its head act is aimed is part of it: "Taiwan scrambled
    jets to warn away Chinese bombers" (a threat as the purpose of a show of force), "Lithuania
    summoned the Russian envoy to protest against …" (a protest as the purpose of a summons),
    "would meet next month to finalise a deal" (a deal, verbal or nominal, as a meeting's aim)."""
    roots = {f.anchor.i: f.row.code[:2] for f in frames}
    return [
        f
        for f in frames
        if not (
            is_purpose_clause(f.anchor)
            and f.row.code[:2] in _PURPOSE_PARTS.get(roots.get(f.anchor.head.i, ""), ())
        )
    ]


def _one_act_per_anchor(frames: list[Frame]) -> list[Frame]:
    """ "opened an investigation into crimes by Myanmar's military": when a verb and the nominal
    it carries both code the same kind of act, they are one act; a reading aimed at no actor of a
    known country gives way to one that is."""
    aimed = {(f.anchor.i, f.row.code[:2]) for f in frames if _aimed(f)}
    return [f for f in frames if _aimed(f) or (f.anchor.i, f.row.code[:2]) not in aimed]


def _aimed(frame: Frame) -> bool:
    return any(t is not None and t.actor.country for _, t in frame.pairs)


def _subtree(token: Token) -> frozenset[int]:
    return frozenset(t.i for t in token.subtree)


def _is_place(entity: Span | None) -> bool:
    return entity is not None and entity.label_ in {"GPE", "LOC"}


def _link_lists(text: str) -> frozenset[int]:
    """Start offsets of the lines of "Read More:"/"Related news:" blocks: each heading and the
    unpunctuated headline lines that follow it. Cleaning removes most of these; this is the guard
    for text that arrives uncleaned."""
    starts: set[int] = set()
    for heading in _LINK_HEADING.finditer(text):
        for line in _PARAGRAPH.finditer(text, heading.end()):
            if line.group().strip() and _SENTENCE_END.search(line.group()):
                break
            starts.add(line.start() + len(line.group()) - len(line.group().lstrip()))
    return frozenset(starts)


def _paragraph_segments(sent: Span) -> list[Span]:
    """The sentence cut at paragraph breaks: the parser sometimes runs a sentence across a blank
    line (a quote, a heading), and evidence must not span two paragraphs."""
    cuts = [t.i for t in sent if t.is_space and "\n" in t.text]
    if not cuts:
        return [sent]
    doc = sent.doc
    bounds = [sent.start, *cuts, sent.end]
    pieces = [doc[a:b] for a, b in itertools.pairwise(bounds)]
    # Trim the whitespace tokens at the edges so the evidence is the text itself.
    trimmed = []
    for piece in pieces:
        words = [t.i for t in piece if not t.is_space]
        if words:
            trimmed.append(doc[words[0] : words[-1] + 1])
    return trimmed


def _event(
    frame: Frame,
    sent: Span,
    article: Article,
    source: Participant | None,
    target: Participant | None,
    **context: object,
) -> Event:
    code = cameo(frame.code)
    token = frame.token
    roles = f"{source.key if source else ''}>{target.key if target else ''}"
    digest = hashlib.sha1(
        f"{article.id}|{token.idx}|{token.idx + len(token)}|{code.code}|{roles}".encode(),
        usedforsecurity=False,
    ).hexdigest()[:20]
    return Event(
        event_id=digest,
        article_id=article.id,
        sentence=sent.text,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        trigger=token.text,
        trigger_start=token.idx,
        trigger_end=token.idx + len(token),
        cameo=code.code,
        cameo_root=code.root,
        plover=code.plover,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        modality=context["modality"],  # type: ignore[arg-type]
        source=source.ref if source is not None else None,
        target=target.ref if target is not None else None,
        date=context["date"],  # type: ignore[arg-type]
        date_precision=context["precision"],  # type: ignore[arg-type]
        date_text=context["date_text"],  # type: ignore[arg-type]
        location=context["place"],  # type: ignore[arg-type]
        reported_by=context["reported_by"],  # type: ignore[arg-type]
        topics=context["topics"],  # type: ignore[arg-type]
        rule=frame.rule,
        confidence=frame.confidence,
        reciprocal=frame.reciprocal,
    )
