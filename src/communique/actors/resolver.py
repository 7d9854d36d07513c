"""``ActorResolver``: the actor stage — find actor mentions in a parsed article and resolve them.

Steps, in text order (each numbered below): named people with the title phrase before them; noun
phrases headed by a title or body ("the Russian Foreign Minister", "Mexican authorities"); the
remaining entities (countries, capitals as metonyms, IGOs, agencies); collectives ("the two
countries", "Moscow and Tehran"); pronouns. Coreference (``coref.Discourse``) runs in the same pass.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from communique.actors import components as _components
from communique.actors._normalise import name_key, surname_of
from communique.actors._tables import country_name, titles
from communique.actors.coref import NUMBER_WORDS, Discourse
from communique.actors.knowledge import KnowledgeBase
from communique.actors.phrase import Reading, build_actor, read_phrase, split_words
from communique.model import Actor, Article, Mention
from communique.settings import Settings

__all__ = ["ActorResolver"]

_PERSON_LABELS = frozenset({"PERSON"})
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM"})
_TITLE_PREPS = frozenset({"of", "to", "for"})
_TITLE_WORDS = frozenset({"former", "deputy", "ex", "vice", "acting", "his", "her", "their", "its"})
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "within", "across"})
_PRONOUNS = frozenset({"he", "she", "him", "her"})
_PLURAL_PRONOUNS = frozenset({"they", "them"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COLLECTIVE_NOUNS = frozenset(
    {
        "countries",
        "sides",
        "nations",
        "parties",
        "states",
        "governments",
        "capitals",
        "neighbours",
        "neighbors",
    }
)


@dataclass
class _Found:
    start: int  # token indices
    end: int
    actor: Actor | None
    via: str
    members: tuple[Actor, ...] = ()
    reading: Reading | None = None
    pending: str = ""  # "title", "pronoun", "collective": resolved in the discourse pass
    count: int = 0


class ActorResolver:
    """Finds and resolves actor mentions; see the module docstring and docs/stages.md."""

    def __init__(self, *, settings: Settings, extra_records: Iterable[Any] = ()) -> None:
        """Load the knowledge base (starter tables, overrides file, extra records).

        Args:
            settings: the run's settings (``actor_overrides`` names the user overrides file).
            extra_records: actors learned elsewhere (e.g. the store), as ``ActorRecord``s or
                mappings with ``name`` and optionally ``id``, ``country``, ``sector``, ``role``,
                ``variants``, ``kind``; they never shadow curated names.
        """
        self.settings = settings
        self.kb = KnowledgeBase.load(overrides_path=settings.actor_overrides, extra_records=extra_records)

    def learn(self, records: Iterable[Any]) -> int:
        """Add actors learned from the corpus to the knowledge base (see ``KnowledgeBase.learn``).

        Args:
            records: ``ActorRecord``s or plain mappings.

        Returns:
            How many were new.
        """
        return self.kb.learn(records)

    def install(self, nlp: Language) -> None:
        """Add the actor entity ruler (before ``ner``) and the entity filter (last) to ``nlp``.

        Args:
            nlp: a loaded spaCy pipeline; installing twice is a no-op.
        """
        if _components.ACTOR_RULER not in nlp.pipe_names:
            before = "ner" if "ner" in nlp.pipe_names else None
            nlp.add_pipe(
                _components.ACTOR_RULER, config={"overrides": self.settings.actor_overrides}, before=before
            )
        if _components.ACTOR_FILTER not in nlp.pipe_names:
            nlp.add_pipe(_components.ACTOR_FILTER, last=True)

    def resolve_phrase(
        self, phrase: str, *, context: str | None = None, date: dt.date | None = None
    ) -> Actor | None:
        """Resolve a short actor phrase without parsing ("Iran's Foreign Ministry spokesman").

        Args:
            phrase: the phrase.
            context: a sentence around it; supplies the country for a bare title and the person
                a pronoun ("he") refers to.
            date: the date the phrase was written (selects offices held then).

        Returns:
            The ``Actor``, or None when the phrase names no actor.
        """
        around = read_phrase(split_words(context), kb=self.kb, day=date) if context else None
        if phrase.strip().lower() in _PRONOUNS:
            # "he" with a context sentence: the person that sentence names, if any
            person = around.record if around is not None else None
            return person.to_actor(day=date) if person is not None and person.kind == "person" else None
        reading = read_phrase(split_words(phrase), kb=self.kb, day=date)
        if reading is None and " " not in phrase.strip():
            record = self.kb.by_surname(phrase.strip(), day=date)
            if record is not None:
                return record.to_actor(day=date)
        if reading is None:
            record = self.kb.find(phrase.strip(), day=date)
            return record.to_actor(day=date) if record is not None else None
        if reading.country is None and around is not None and around.country:
            reading = Reading(**{**_fields(reading), "country": around.country})
        if (
            date is not None
            and reading.record is None
            and reading.name is None
            and reading.title_kind == "person"
        ):
            # "the Iranian Foreign Minister" on a given date: the office holder then, when known
            holder = Discourse(self.kb, date).office_holder(role=reading.role, country=reading.country)
            if holder is not None and not reading.former:
                return holder
        return build_actor(reading, surface=phrase, day=date)

    def resolve(self, doc: Doc, article: Article) -> tuple[Mention, ...]:
        """Find every actor mention of ``doc`` (parsed with ``install``ed components).

        Args:
            doc: the parsed article text.
            article: the article (its ``published`` date selects offices held then).

        Returns:
            Mentions sorted by start, coreference applied.
        """
        day = article.published
        found: list[_Found] = []
        covered = [False] * len(doc)
        # 1. Named people, each with the title phrase written before it.
        for ent in doc.ents:
            if ent.label_ in _PERSON_LABELS or ent.ent_id_.startswith("person:"):
                person = self._person(doc, ent, found, day)
                found.append(person)
                _cover(covered, person.start, person.end)
        # 2. Noun phrases headed by a title or a body ("the Russian Foreign Minister").
        chunks = {c.start: c for c in doc.noun_chunks}
        for chunk in chunks.values():
            item = self._title_chunk(doc, chunk, chunks, covered, day)
            if item is not None:
                found.append(item)
                _cover(covered, item.start, item.end)
        # 3. Other entities: countries, demonyms, capitals as metonyms, IGOs, agencies.
        for ent in doc.ents:
            if ent.label_ in _ENTITY_LABELS and not any(covered[ent.start : ent.end]):
                item = self._entity(doc, ent, day)
                if item is not None:
                    found.append(item)
                    _cover(covered, item.start, item.end)
        # 4. Surnames the NER missed ("Medinsky met …"): words equal to the surname of a person
        #    named in this article; kept only if the discourse pass finds that person before them.
        surnames = {
            surname_of(f.actor.name): f.actor
            for f in found
            if f.actor is not None and f.actor.kind == "person"
        }
        for token in doc:
            if not covered[token.i] and token.text[:1].isupper() and token.lower_ in surnames:
                found.append(
                    _Found(token.i, token.i + 1, surnames[token.lower_], "surname", pending="surname_only")
                )
                covered[token.i] = True
        # 5. Collectives and pronouns, resolved in the discourse pass below.
        found.extend(_collectives(doc, covered))
        found.extend(
            _Found(
                t.i, t.i + 1, None, "pronoun", pending="plural" if t.lower_ in _PLURAL_PRONOUNS else "pronoun"
            )
            for t in doc
            if t.lower_ in _PRONOUNS | _PLURAL_PRONOUNS and t.pos_ == "PRON" and not covered[t.i]
        )
        found = [f for f in (_trim(doc, f) for f in found) if f.end > f.start]
        found = _merge_conjoined(doc, sorted(found, key=lambda f: f.start))
        return self._discourse(doc, found, day)

    def _person(self, doc: Doc, ent: Span, found: list[_Found], day: dt.date | None) -> _Found:
        start = _title_start(doc, ent)
        words = [t.text for t in doc[start : ent.end]]
        if start == ent.start and found and ent.start >= 2 and doc[ent.start - 1].lower_ in {"and", ","}:
            previous = found[-1]
            if previous.end == ent.start - 1 and previous.reading and previous.reading.role:
                # "Deputy Prime Ministers Alexei Overchuk and Vitaly Savelyev": share the title.
                title_end = previous.end - _name_length(doc, previous)
                words = [t.text for t in doc[previous.start : title_end]] + words
        end = ent.end
        if start == ent.start:
            # "Sergei Lavrov, Russia's foreign minister, said": the title follows the name.
            app_end = _appositive_end(doc, ent)
            if app_end is not None:
                app_words = [t.text for t in doc[ent.end + 1 : app_end]]
                app = read_phrase(app_words, kb=self.kb, day=day)
                if app is not None and app.title_kind in {"person", "generic"} and app.record is None:
                    words, end = app_words + words, app_end
        via = "ruler" if ent.ent_id_ else "ner"
        reading = read_phrase(words, kb=self.kb, day=day, name=ent.text)
        if reading is not None and reading.record is None and reading.name:
            record = self.kb.find(reading.name, country=reading.country, sector=reading.sector, day=day)
            if record is not None and record.kind == "person":
                reading = _with_record(reading, record, day)
        if reading is not None and reading.record is not None:
            via = "kb"
        actor = build_actor(reading, surface=ent.text, day=day) if reading else None
        if actor is None:
            actor = Actor(id=f"person:{_slug(ent.text)}", name=ent.text, country=None, kind="person")
        pending = "surname" if reading is None or reading.record is None else ""
        return _Found(start, end, actor, via, reading=reading, pending=pending)

    def _title_chunk(
        self, doc: Doc, chunk: Span, chunks: dict[int, Span], covered: list[bool], day: dt.date | None
    ) -> _Found | None:
        if any(covered[chunk.start : chunk.end]):
            return None
        # The head noun must be an actor word ("air force", "the IRGC"); "Iran's exports", "a
        # military attack" are not actor phrases.
        if not self._head_is_actor(chunk, day):
            return None
        end = chunk.end
        # Follow "of" phrases ("the secretary of the Russian national security council", "of Iran
        # and Russia": "and" only after "of"), and a place phrase ("a court in Guyana", "dissidents
        # from Egypt") when the chunk itself names no country ("Russian troops in Syria" stay Russian).
        followed_of = False
        placeless = not any(t.ent_id_ for t in chunk)
        titled = chunk[-1].lower_ in _title_last_words()  # "NATO of …" is not "Speaker of …"
        for _ in range(3):
            word = doc[end].lower_ if end < len(doc) else ""
            place = word in {"in", "from"} and placeless
            joins = (word == "of" and titled) or (word == "and" and followed_of) or place
            if end + 1 >= len(doc) or not joins or covered[end + 1]:
                break
            nxt = chunks.get(end + 1)
            if nxt is None or (place and not any(len(t.ent_id_) == 3 for t in nxt)):
                break  # only a country (or its capital) completes "a court in …"
            end = nxt.end
            if place:
                break  # "civilians in the Ukrainian town of Bucha": the place ends the phrase
            followed_of = followed_of or word == "of"
            placeless = False
        start = chunk.start
        breaks = [t.i for t in doc[start:end] if "\n" in t.text]
        if breaks:  # a chunk across a paragraph break ("Leader\n\nMEHR"): keep the last paragraph
            start = breaks[-1] + 1
        while start < end and (
            doc[start].is_punct
            or (doc[start].pos_ in {"DET", "PRON"} and doc[start].lower_ not in {"his", "her"})
        ):
            start += 1
        if start >= end:
            return None
        reading = read_phrase([t.text for t in doc[start:end]], kb=self.kb, day=day, names=False)
        if reading is None or reading.demonym_only:
            return None
        if reading.record is not None and reading.title_kind is None:
            return _Found(start, end, build_actor(reading, surface=doc[start:end].text, day=day), "ruler")
        if reading.country is None and reading.title_kind in {"group", "body"}:
            # "Russia has massed troops": the country that is the subject of the governing verb
            country = _subject_country(doc, chunk)
            if country is None:
                return None  # "the parties", "the government" with no country: nothing to resolve to
            reading = Reading(**{**_fields(reading), "country": country, "countries": (country,)})
        if len(reading.countries) > 1 and any(t.lower_ == "and" for t in doc[start:end]):
            # "the Foreign Ministers of Iran and Russia", "Russian and Iranian business people"
            return _Found(start, end, None, "collective", reading=reading, pending="collective_title")
        return _Found(start, end, None, "title", reading=reading, pending="title")

    def _head_is_actor(self, chunk: Span, day: dt.date | None) -> bool:
        """Whether the chunk's last word ends a title ("force" of "air force") or a known name."""
        last = chunk[-1]
        if last.lower_ in _title_last_words() or (last.ent_id_ and self.kb.get(last.ent_id_) is not None):
            return True  # a title word, or the end of a knowledge-base name the ruler found
        tail = [t.text for t in chunk[-3:]]
        reading = read_phrase(tail, kb=self.kb, day=day, names=False)
        if reading is None or reading.record is None:
            return False
        key = name_key(last.text)
        return any(name_key(n).split()[-1:] == [key] for n in reading.record.names)

    def _entity(self, doc: Doc, ent: Span, day: dt.date | None) -> _Found | None:
        locative = ent.start > 0 and doc[ent.start - 1].lower_ in _LOCATIVE
        if locative and ent.label_ in {"GPE", "LOC", "FAC"} and (not ent.ent_id_ or ":" in ent.ent_id_):
            return None  # "arrived in Tehran": a place, for the places stage
        reading = read_phrase([t.text for t in ent], kb=self.kb, day=day)
        if reading is None:
            if (
                ent.label_ == "ORG"
                and ent.text[:1].isupper()
                and len(ent.text) > 2
                and not ent.text.isdigit()
            ):
                actor = Actor(id=f"org:{_slug(ent.text)}", name=ent.text, country=None, kind="organization")
                return _Found(ent.start, ent.end, actor, "ner", pending="surname")
            return None
        if reading.seat and ent.end < len(doc) and doc[ent.end].text in {"(", ":"}:
            return None  # a dateline ("Moscow (IP):"), not the government acting
        via = "ruler" if ent.ent_id_ else "ner"
        return _Found(
            ent.start, ent.end, build_actor(reading, surface=ent.text, day=day), via, reading=reading
        )

    def _discourse(self, doc: Doc, found: list[_Found], day: dt.date | None) -> tuple[Mention, ...]:
        discourse = Discourse(self.kb, day)
        sentence_starts = [s.start for s in doc.sents]
        quoted = _quoted(doc)
        sentence_countries = _sentence_countries(doc, found)
        mentions: list[Mention] = []
        for item in found:
            sentence = max(0, bisect.bisect_right(sentence_starts, item.start) - 1)
            # Subjects inside quotations ("The Leader emphasized ...") are not what "he" refers to next.
            subject = not quoted[item.start] and any(
                t.dep_ in _SUBJECT_DEPS for t in doc[item.start : item.end]
            )
            actor, via, members = item.actor, item.via, item.members
            if item.pending == "surname_only":
                actor = discourse.by_surname(doc[item.start].text)
                if actor is None:
                    continue
            elif item.pending == "surname" and item.actor is not None:
                actor, via = self._surname_referent(item, doc, discourse, day)
                if actor is not None and actor.country is None and doc[item.start].lower_ in {"his", "her"}:
                    # "his aide Vladimir Medinsky": an unknown person of the possessor's country
                    owner = discourse.pronoun(sentence=sentence, subject=False)
                    if owner is not None and owner.country:
                        actor = dataclasses.replace(actor, country=owner.country)
            elif item.pending == "title" and item.reading is not None:
                actor, via = self._title_referent(item, doc, discourse, day, sentence_countries)
            elif item.pending == "pronoun":
                actor = discourse.pronoun(sentence=sentence, subject=subject)
            elif item.pending == "plural":
                group = discourse.plural(sentence=sentence)
                if group is None:
                    continue
                actor, members = group
            elif item.pending == "collective_title" and item.reading is not None:
                members = tuple(
                    self._office_member(item.reading, code, discourse, day) for code in item.reading.countries
                )
                actor = _collective_actor(members)
            elif item.pending == "collective":
                codes = discourse.recent_countries(item.count)
                if len(codes) < 2:
                    continue
                members = tuple(
                    Actor(id=c, name=country_name(c) or c, country=c, kind="country") for c in codes
                )
                actor = _collective_actor(members)
            if actor is None:
                continue
            if actor.kind == "group" or members:
                discourse.add_plural(actor, members, sentence=sentence)
            if not members:
                discourse.add(actor, token=item.start, sentence=sentence, subject=subject)
            elif item.pending != "plural":
                for member in members:
                    discourse.add(member, token=item.start, sentence=sentence, subject=False)
                discourse.add_group(tuple(dict.fromkeys(m.country for m in members if m.country)))
            span = doc[item.start : item.end]
            mentions.append(
                Mention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    actor=actor,
                    via=via,
                    sentence_index=sentence,
                    members=members,
                )
            )
        return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))

    def _surname_referent(
        self, item: _Found, doc: Doc, discourse: Discourse, day: dt.date | None
    ) -> tuple[Actor | None, str]:
        """A name the KB does not know as written: someone named earlier, or a KB surname."""
        assert item.actor is not None
        words = [t.text for t in doc[item.start : item.end] if t.ent_type_ in {"PERSON", "ORG", "GPE"}]
        for candidate in (item.actor.name, words[-1] if words else ""):
            if not candidate:
                continue
            earlier = discourse.by_surname(candidate)
            if earlier is not None:
                return earlier, "surname"
            if " " not in candidate:
                record = self.kb.by_surname(candidate, day=day)
                if record is not None and record.kind == "person":
                    return record.to_actor(day=day), "kb"
        return item.actor, item.via

    def _office_member(
        self, reading: Reading, country: str, discourse: Discourse, day: dt.date | None
    ) -> Actor:
        """One member of a collective title: that country's office holder, else the country's sector."""
        if reading.title_kind in {"person", "group", "generic"} and reading.role:
            person = discourse.by_title(role=reading.role, sector=reading.sector, country=country)
            person = person or discourse.office_holder(role=reading.role, country=country)
            if person is not None:
                return person
        single = Reading(**{**_fields(reading), "country": country, "countries": (country,), "record": None})
        return build_actor(single, surface=country, day=day)

    def _title_referent(
        self,
        item: _Found,
        doc: Doc,
        discourse: Discourse,
        day: dt.date | None,
        sentence_countries: dict[int, str],
    ) -> tuple[Actor | None, str]:
        reading = item.reading
        assert reading is not None
        surface = doc[item.start : item.end].text
        if reading.title_kind in {"person", "generic"}:
            # A bare "counterpart" may be anyone of that country; other titles must fit the role.
            role = None if reading.role == "Counterpart" else reading.role
            earlier = discourse.by_title(role=role, sector=reading.sector, country=reading.country)
            if earlier is None and reading.title_kind == "generic" and reading.country:
                earlier = _next_person_of(doc, item, reading.country, self, day)
            if earlier is None:
                earlier = discourse.office_holder(role=reading.role, country=reading.country)
            if earlier is not None:
                return earlier, "title"
        if reading.country is None:
            # "China has never ..., a foreign ministry spokesman said": a title that is the subject
            # takes the sentence's country ("a full member of the group" does not)
            is_subject = any(t.dep_ in _SUBJECT_DEPS for t in doc[item.start : item.end])
            country = sentence_countries.get(doc[item.start].sent.start) if is_subject else None
            if country is None:
                return None, "title"
            reading = Reading(**{**_fields(reading), "country": country, "countries": (country,)})
        return build_actor(reading, surface=surface, day=day), "title"


def _subject_country(doc: Doc, chunk: Span) -> str | None:
    """The ISO3 code of a country that is the subject of the verb governing ``chunk``, if any."""
    verb = chunk.root.head
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and len(child.ent_id_) == 3 and child.ent_id_.isupper():
            return str(child.ent_id_)
    return None


def _next_person_of(
    doc: Doc, item: _Found, country: str, resolver: ActorResolver, day: dt.date | None
) -> Actor | None:
    """ "his Russian counterpart ... Lavrov": a person of that country named later in the sentence."""
    sentence_end = doc[item.start].sent.end
    for ent in doc.ents:
        if item.end <= ent.start < sentence_end and ent.label_ in _PERSON_LABELS:
            record = resolver.kb.find(ent.text, country=country, day=day)
            if record is not None and record.country == country:
                return record.to_actor(day=day)
    return None


def _trim(doc: Doc, item: _Found) -> _Found:
    """Cut a span at paragraph breaks and drop punctuation at its edges ("(SCO", "Leader\n\nMEHR")."""
    start, end = item.start, item.end
    breaks = [t.i for t in doc[start:end] if "\n" in t.text]
    if breaks:
        # keep the side of the break that holds the actor's anchor (the last token for names)
        last = breaks[-1]
        if item.pending in {"title", "collective"} or item.via in {"ruler", "ner", "kb"}:
            start = max(start, last + 1) if last + 1 < end else start
            end = min(end, breaks[0]) if start < breaks[0] else end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    item.start, item.end = start, end
    return item


def _appositive_end(doc: Doc, ent: Span) -> int | None:
    """End of an appositive after a name (", Russia's foreign minister,"), or None."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    sent_end = ent.sent.end
    for i in range(ent.end + 1, min(sent_end, ent.end + 12)):
        token = doc[i]
        if token.text in {",", ".", ";", ")", ":"} or token.is_space:
            return i if i > ent.end + 1 else None
        if token.pos_ in {"VERB", "AUX"} or token.ent_type_ == "PERSON":
            return None
    return None


def _title_start(doc: Doc, ent: Span) -> int:
    """Walk left from a name over its title phrase ("former deputy Speaker of Russia's State Duma")."""
    start = ent.start
    sent_start = ent.sent.start
    i = ent.start - 1
    while i >= sent_start:
        token: Token = doc[i]
        if token.ent_type_ == "PERSON" or token.text in {",", ":", ";", "(", ")", '"', "“", "”"}:
            break
        if token.lower_ in _TITLE_PREPS or token.text in {"'s", "’s", "-", "'", "’"}:
            i -= 1
            continue
        if token.pos_ in _TITLE_POS or token.lower_ in _TITLE_WORDS:
            if token.pos_ == "DET" and token.lower_ not in {"the"}:
                break
            start = i
            i -= 1
            continue
        break
    # Drop leading words that cannot begin a title ("international meeting of the ... of").
    while start < ent.start and not _may_start_title(doc[start]):
        start += 1
    return start


def _may_start_title(token: Token) -> bool:
    if token.lower_ in _TITLE_PREPS or token.pos_ == "DET" or token.is_punct:
        return False
    if token.text[:1].isupper() or token.ent_type_ or token.lower_ in _TITLE_WORDS:
        return True
    return token.lower_ in _title_first_words()


@functools.cache
def _title_last_words() -> frozenset[str]:
    return frozenset(t.phrase.split()[-1] for t in titles() if t.kind != "honorific")


@functools.cache
def _title_first_words() -> frozenset[str]:
    return frozenset(t.phrase.split()[0] for t in titles())


def _name_length(doc: Doc, item: _Found) -> int:
    tokens = doc[item.start : item.end]
    return sum(1 for t in tokens if t.ent_type_ == "PERSON")


def _collectives(doc: Doc, covered: list[bool]) -> list[_Found]:
    out = []
    for token in doc:
        if token.lower_ not in _COLLECTIVE_NOUNS or covered[token.i] or token.i == 0:
            continue
        first = token.i - 1
        count = 2 if token.lower_ in {"sides", "parties"} else 0
        if doc[first].lower_ in NUMBER_WORDS:
            count = NUMBER_WORDS[doc[first].lower_] or count
            if first > 0 and doc[first - 1].lower_ == "the":
                first -= 1
        elif doc[first].lower_ != "the":
            continue
        if count or (doc[first].lower_ in {"the", "both"} and token.lower_ in {"sides", "parties"}):
            out.append(_Found(first, token.i + 1, None, "collective", pending="collective", count=count or 2))
    return out


def _merge_conjoined(doc: Doc, found: list[_Found]) -> list[_Found]:
    """Join "Moscow and Tehran", "Iran and Russia" into one collective mention with members."""
    out: list[_Found] = []
    for item in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _is_state(prev)
            and _is_state(item)
            and item.start - prev.end == 1
            and doc[prev.end].lower_ == "and"
        ):
            members = (*(prev.members or ((prev.actor,) if prev.actor else ())), item.actor)
            members_t = tuple(m for m in members if m is not None)
            out[-1] = _Found(
                prev.start, item.end, _collective_actor(members_t), "collective", members=members_t
            )
            continue
        out.append(item)
    return out


def _is_state(item: _Found) -> bool:
    if item.actor is None or item.pending:
        return False
    if item.via == "collective" and item.members:
        return True
    return item.actor.kind == "country" or (item.reading is not None and item.reading.seat)


def _collective_actor(members: tuple[Actor, ...]) -> Actor:
    codes = "+".join(sorted({m.country or m.id for m in members}))
    return Actor(
        id=f"group:{codes}",
        name=" and ".join(m.name for m in members),
        country=None,
        kind="group",
    )


def _with_record(reading: Reading, record: Any, day: dt.date | None) -> Reading:
    country, sector, role, former = record.state_on(day)
    keep_title = reading.title_kind in {"person", "group"}
    return Reading(
        country=country or reading.country,
        sector=reading.sector if keep_title and reading.sector else sector,
        role=reading.role if keep_title and reading.role else role,
        former=reading.former or (former and not keep_title),
        record=record,
        name=None,
        title_kind=reading.title_kind,
    )


def _fields(reading: Reading) -> dict[str, Any]:
    return {name: getattr(reading, name) for name in Reading.__slots__}  # type: ignore[attr-defined]


def _sentence_countries(doc: Doc, found: list[_Found]) -> dict[int, str]:
    """Sentence start → its country: the first country that is a subject, else the only one named."""
    per_sentence: dict[int, set[str]] = {}
    subjects: dict[int, str] = {}
    for item in found:
        if item.actor is not None and not item.pending and item.actor.country:
            code = item.actor.country
            if len(code) == 3 and code not in {"IGO", "NGO", "MNC", "IMG"}:
                start = doc[item.start].sent.start
                per_sentence.setdefault(start, set()).add(code)
                if any(t.dep_ in _SUBJECT_DEPS for t in doc[item.start : item.end]):
                    subjects.setdefault(start, code)  # the first country that is a subject wins
    single = {start: next(iter(codes)) for start, codes in per_sentence.items() if len(codes) == 1}
    return {**single, **subjects}


def _quoted(doc: Doc) -> list[bool]:
    """Which tokens are inside quotation marks (reset at each line break: quotes left open do not leak)."""
    inside, out = False, []
    for token in doc:
        if "\n" in token.text_with_ws:
            out.append(inside)
            inside = False
            continue
        if token.text in {"“", "«"}:
            inside = True
        elif token.text in {"”", "»"}:
            inside = False
        elif token.text in {'"', "''", "``"}:
            inside = not inside
        out.append(inside)
    return out


def _cover(covered: list[bool], start: int, end: int) -> None:
    for i in range(start, end):
        covered[i] = True


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))
