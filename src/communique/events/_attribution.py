"""Attribution: who says an event happened (``reported_by``), and the article's quotations.

The reporting chain is read outermost first: in "X met Y, Reuters reports, UNN writes" UNN is
the outer source quoting Reuters, so ``reported_by`` is ("UNN", "Reuters"). "According to X"
and "citing X" add links; the speaker of a "said" the event is the complement of adds the last.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from communique.events._args import MentionIndex
from communique.events._lexicon import Cues, word_forms
from communique.events._modality import complement_scope
from communique.model import ActorRef, Mention, Quote

__all__ = ["QuoteFinder", "reporters_of", "third_party_claims"]

# Straight and typographic double quotes; a quote may not cross a blank line (paragraph).
_QUOTE = re.compile(r"[\"“”]([^\"“”]{2,}?)(?:[\"“”]|(?=\n\s*\n)|\Z)", re.S)
_MIN_QUOTE_WORDS = 3
# Present-tense verb tags: "says", "say" (a standing claim, see ``third_party_claims``).
_PRESENT = frozenset({"VBZ", "VBP"})
# Dependencies by which a clause is what a reporting verb reports ("said that …", "…, he said").
_CONTENT = frozenset(
    {"ccomp", "parataxis", "xcomp", "dep", "advcl"}
)  # shorter quoted strings are names or scare quotes, not quotations


def _phrase(token: Token, index: MentionIndex) -> str | None:
    mention = index.mention_at(token)
    if mention is not None:
        # The words of the article ("UNN", "Zarif"), except for a pronoun, which names nobody.
        return mention.actor.name if mention.via == "pronoun" else mention.text
    if token.pos_ == "PRON":
        return None  # an unresolved "he" or "we" names nobody
    left = min((t.i for t in token.subtree if t.dep_ not in {"det", "punct"}), default=token.i)
    return token.doc[min(left, token.i) : token.i + 1].text


def _subject_phrase(verb: Token, index: MentionIndex) -> str | None:
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return _phrase(c, index)
    return None


def reporters_of(token: Token, sent: Span, index: MentionIndex, cues: Cues) -> tuple[str, ...]:
    """Return the reporting chain of the event triggered at ``token``, outermost first.

    Args:
        token: the trigger (or its anchor verb).
        sent: its sentence.
        index: the article's mentions.
        cues: reporting verbs and the "according to" word.

    Returns:
        Names of the reporters, e.g. ("UNN", "Reuters") or ("Mohammad Javad Zarif",).
    """
    inner: list[str | None] = []
    current = token
    for _ in range(8):
        # "X met Y, Reuters reports": a reporting verb hanging off the clause as parataxis.
        inner += [
            _subject_phrase(c, index)
            for c in current.children
            if c.dep_ == "parataxis" and not word_forms(c).isdisjoint(cues.reporting)
        ]
        head = current.head
        if head.i == current.i:
            break
        if (
            head.pos_ in {"VERB", "AUX"}
            and not word_forms(head).isdisjoint(cues.reporting)
            and current.dep_ in _CONTENT
        ):
            # "…, Reuters reports, UNN writes": the parser hangs the inner tag on the outer verb
            # beside the event's clause; a bare tag after the clause is the next link inwards.
            end = max(t.i for t in current.subtree)
            inner += [
                _subject_phrase(c, index)
                for c in head.children
                if c.dep_ in {"ccomp", "parataxis"}
                and end < c.i < head.i
                and not word_forms(c).isdisjoint(cues.reporting)
                and not any(g.dep_ in _CONTENT for g in c.children)
            ]
            inner.append(_subject_phrase(head, index))
        current = head
    according: list[str | None] = []
    citing: list[str | None] = []
    for t in sent:
        if t.lower_ in cues.according and t.dep_ == "prep":
            according += [
                _phrase(o, index)
                for p in t.children
                if p.lower_ == "to"
                for o in p.children
                if o.dep_ == "pobj"
            ]
        elif t.lower_ == "citing":
            citing += [_phrase(o, index) for o in t.children if o.dep_ == "dobj"]
    chain = according + list(reversed(inner)) + citing
    out: list[str] = []
    for name in chain:
        if name and name not in out:
            out.append(name)
    return tuple(out)


def _left_subject(verb: Token) -> list[Token]:
    """The noun phrase just before a reporting verb the parser gave no subject.

    In a relative clause without "that" ("a design Ukraine and its partners say Iran supplied")
    the small parser often attaches the speakers to the noun before them; the words right before
    the verb are still its subject. The head of a coordination stands for all its conjuncts.
    """
    if verb.i == 0:
        return []
    left = verb.doc[verb.i - 1]
    if left.pos_ not in {"NOUN", "PROPN"}:
        return []
    while left.dep_ == "conj" and left.head.i < left.i:
        left = left.head
    return [left]


def third_party_claims(sent: Span, index: MentionIndex, cues: Cues) -> dict[int, frozenset[str]]:
    """Token indices a speaker claims, mapped to the speaker's countries.

    "Ukraine and its Western partners say Iran supplied drones to Russia": the supply is what
    Ukraine says Iran did. An act that a third party, neither its doer nor its target, says
    happened is that party's allegation; the coder marks it ``alleged`` (a doer's or target's own
    account, "Kyiv says Russia struck Kyiv", stays asserted). Only the present tense with the
    claim after the verb counts: "X says Y did" reports a standing, disputed claim, while news
    sourcing ("Iranian forces seized a tanker, the US Navy said") states a fact and its source.
    News media are not a party: "Reuters says" reports, it does not allege.

    Args:
        sent: the sentence.
        index: the article's mentions.
        cues: the reporting verbs.

    Returns:
        For each token inside the clause a reporting verb reports, the countries of its speakers;
        tokens of reports by media or by speakers without a known country are left out.
    """
    claims: dict[int, frozenset[str]] = {}
    for verb in sent:
        if verb.tag_ not in _PRESENT or word_forms(verb).isdisjoint(cues.reporting):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _left_subject(verb)
        speakers = [p.actor for s in subjects for p in index.participants(s)]
        if not speakers or any(a.country is None or a.sector == "MED" for a in speakers):
            continue
        countries = frozenset(a.country for a in speakers if a.country)
        for i in (i for i in complement_scope(verb, cues=cues) if i > verb.i):
            claims[i] = claims.get(i, frozenset()) | countries
    return claims


class QuoteFinder:
    """Finds direct quotations (quote marks) and indirect ones (a reporting verb's clause)."""

    def __init__(self, doc: Doc, article_id: str, index: MentionIndex, cues: Cues) -> None:
        """Prepare to scan one document.

        Args:
            doc: the parsed article.
            article_id: id stamped on each quote.
            index: the article's mentions (speakers are resolved through it).
            cues: reporting verbs.
        """
        self.doc, self.article_id, self.index, self.cues = doc, article_id, index, cues

    def find(self) -> tuple[Quote, ...]:
        """Return the article's quotes in text order and register quote speakers in the index.

        Returns:
            Direct quotes (speaker from a reporting verb in the same or the introducing
            sentence) and indirect quotes (the complement clause of a reporting verb).
        """
        quotes = [*self._direct(), *self._indirect()]
        return tuple(sorted(quotes, key=lambda q: (q.start, q.kind)))

    def _speaker(self, sents: list[Span], inside: tuple[int, int]) -> Mention | None:
        for sent in sents:
            for t in sent:
                if inside[0] <= t.idx < inside[1] or t.lemma_.lower() not in self.cues.reporting:
                    continue
                for c in t.children:
                    if c.dep_ == "nsubj" and not inside[0] <= c.idx < inside[1]:
                        mention = self.index.mention_at(c)
                        if mention is not None:
                            return mention
        return None

    def _direct(self) -> list[Quote]:
        text = self.index.text
        quotes: list[Quote] = []
        for match in _QUOTE.finditer(text):
            body = match.group(1).strip().rstrip(",;: ")  # "…relations," he said: the comma is the tag's
            if len(body.split()) < _MIN_QUOTE_WORDS:
                continue
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            end = start + len(body)
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            sents = [span.sent]
            before = text[max(0, match.start() - 3) : match.start()].strip()
            if before.endswith(":") and span.sent.start > 0:
                sents.append(self.doc[span.start - 1].sent)  # "Zarif noted: "…""
            elif span.sent.start > 0:
                sents.append(self.doc[span.sent.start - 1].sent)
            mention = self._speaker(sents, (start, end))
            if mention is not None:
                for t in span:
                    if t.lower_ in self.cues.first_person:
                        self.index.speaker_of_token[t.i] = mention
            speaker = ActorRef.from_mention(mention) if mention is not None else None
            quotes.append(Quote(self.article_id, body, start, end, speaker, "direct"))
        return quotes

    def _indirect(self) -> list[Quote]:
        quotes: list[Quote] = []
        for t in self.doc:
            if t.pos_ != "VERB" or t.lemma_.lower() not in self.cues.reporting:
                continue
            clause = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
            subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if clause is None or subject is None or not any(c.dep_ == "mark" for c in clause.children):
                continue  # "said that …" is indirect speech; "…," he said is a direct quote's tag
            mention = self.index.mention_at(subject)
            tokens = list(clause.subtree)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            speaker = ActorRef.from_mention(mention) if mention is not None else None
            quotes.append(Quote(self.article_id, self.index.text[start:end], start, end, speaker, "indirect"))
        quotes.extend(self._according())
        return quotes

    def _according(self) -> list[Quote]:
        """ "According to Iran's foreign minister, the talks …": the rest of the sentence is what
        the named source says."""
        quotes: list[Quote] = []
        for t in self.doc:
            if t.lower_ not in self.cues.according or t.dep_ != "prep" or t.i != t.sent.start:
                continue
            source = next(
                (o for p in t.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"), None
            )
            mention = self.index.mention_at(source) if source is not None else None
            if mention is None:
                continue
            rest = [
                w for w in t.sent if w.i > max(x.i for x in t.subtree) and not w.is_punct and not w.is_space
            ]
            if len(rest) < _MIN_QUOTE_WORDS:
                continue
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            speaker = ActorRef.from_mention(mention)
            quotes.append(Quote(self.article_id, self.index.text[start:end], start, end, speaker, "indirect"))
        return quotes
