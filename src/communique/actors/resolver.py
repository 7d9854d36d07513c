"""``ActorResolver``: the actor stage — find actor mentions in a parsed article and resolve them.

Steps, in text order (each numbered below): named people with the title phrase before them; noun
phrases headed by a title or body ("the Russian Foreign Minister", "Mexican authorities"); the
remaining entities (countries, capitals as metonyms, IGOs, agencies); collectives ("the two
countries", "Moscow and Tehran"); pronouns. Generic actors ("protesters", "riot police", "gunmen")
are title noun phrases whose country, when their own phrase names none, comes from a place in the
clause or the dateline (``_generic``); some stand with no country at all. Coreference
(``coref.Discourse``) runs in the same pass.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, Token

from communique.actors import components as _components
from communique.actors._normalise import name_key, slug, surname_of
from communique.actors._spans import (
    ENTITY_LABELS,
    LOCATIVE,
    PERSON_LABELS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    SUBJECT_DEPS,
    Found,
    appositive_end,
    collective_actor,
    collectives,
    countries_by_sentence,
    cover,
    dateline_dash,
    is_subject,
    merge_conjoined,
    name_length,
    opens_line,
    quoted_tokens,
    title_last_words,
    title_start,
    trim,
)
from communique.actors._tables import (
    Title,
    body_seats,
    country_name,
    generic_titles,
    province_names,
    read_tsv,
    titles,
    us_state_names,
)
from communique.actors.coref import Discourse
from communique.actors.descriptions import ambiguous_swaps, description_spans, swap_countries
from communique.actors.knowledge import KnowledgeBase
from communique.actors.phrase import Reading, build_actor, read_phrase, split_words
from communique.actors.records import ActorRecord
from communique.model import Actor, Article, Mention, Place
from communique.places import Gazetteer
from communique.settings import Settings

_ANY_PRONOUN = PRONOUNS | PLURAL_PRONOUNS

__all__ = ["ActorResolver"]

# Sectors of the state: a bare "the army", "police" is the state's where the article is datelined, and
# "Russia has massed troops" gives the troops the subject's country. Protesters or militants in a
# datelined article, or "Israel killed militants", say nothing of the group's own country.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Prepositions whose object locates an act ("in northern Mali", "outside parliament in Tbilisi");
# "from" only inside the noun's own phrase ("refugees from Syria").
_PLACE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "within", "across", "throughout", "around"}
)
# Clauses of their own: a place there locates another act ("police said protesters gathered in …").
_OTHER_CLAUSE = frozenset({"ccomp", "parataxis", "conj"})
_NOT_COUNTRIES = frozenset({"IGO", "NGO", "MNC", "IMG"})
# Groups a country leads ("the U.S.-led coalition"); "Kremlin-led talks" are no actor.
_LED_GROUPS = frozenset(
    {"coalition", "force", "forces", "alliance", "bloc", "mission", "troops", "contingent", "task force"}
)
# Gatherings: their place is the host's ("sanctions on the junta at a summit in Abuja"), not the
# country of an unnamed actor of the clause.
_MEETINGS = frozenset(
    {"summit", "meeting", "conference", "talks", "session", "gathering", "forum", "ceremony", "visit"}
)
# Nouns counting people: "thousands of South Koreans" are citizens of that country, not its state.
_PEOPLE_COUNTS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions"})


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
        self.gazetteer = Gazetteer()
        self.gazetteer.preload()
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
        if phrase.strip().lower() in PRONOUNS:
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
        dateline = self._place_country(article.dateline_place) if article.dateline_place else None
        doc.user_data[_DATELINE_KEY] = dateline
        if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            # A pipeline without parser or senter: rule-based boundaries, so sentence-scoped rules
            # still work (the document gains sentence starts, nothing else changes).
            Sentencizer()(doc)
        found: list[Found] = []
        covered = [False] * len(doc)
        # 1. Named people, each with the title phrase written before it.
        for ent in doc.ents:
            if ent.label_ in PERSON_LABELS or ent.ent_id_.startswith("person:"):
                if _starts_generic(doc, ent):
                    continue  # "Riot police fired": the NER's "Riot" is the start of a generic actor
                person = self._person(doc, ent, found, day)
                found.append(person)
                cover(covered, person.start, person.end)
        # 2a. "the U.S.-led coalition", "a Saudi-led force": the leading country's; "the
        #     Russian-led CSTO" is the organisation's, so "Russian" is no mention of its own.
        for led in self._led_by(doc, covered, day):
            if led.actor is not None:
                found.append(led)
            cover(covered, led.start, led.end)
        # 2. Noun phrases headed by a title or a body ("the Russian Foreign Minister").
        chunks = {c.start: c for c in doc.noun_chunks} if doc.has_annotation("DEP") else {}
        for chunk in chunks.values():
            item = self._title_chunk(doc, chunk, chunks, covered, day)
            if item is not None:
                found.append(item)
                cover(covered, item.start, item.end)
        # 2b. Descriptions of an actor named before ("the kingdom", "the bloc", "the two leaders").
        for item in description_spans(doc, covered):
            found.append(item)
            cover(covered, item.start, item.end)
        # 3. Other entities: countries, demonyms, capitals as metonyms, IGOs, agencies.
        for ent in doc.ents:
            if ent.label_ in ENTITY_LABELS and not any(covered[ent.start : ent.end]):
                item = self._entity(doc, ent, day)
                if item is not None:
                    found.append(item)
                    cover(covered, item.start, item.end)
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
                    Found(token.i, token.i + 1, surnames[token.lower_], "surname", pending="surname_only")
                )
                covered[token.i] = True
            elif not covered[token.i] and (record := self._kb_surname(token, day)) is not None:
                # A surname alone that the NER missed ("Velmont told reporters"), naming the one
                # knowledge-base person of that surname (curated, or learned from earlier articles).
                found.append(Found(token.i, token.i + 1, record.to_actor(day=day), "kb"))
                covered[token.i] = True
        # 5. Collectives and pronouns, resolved in the discourse pass below.
        found.extend(collectives(doc, covered))
        found.extend(
            Found(
                t.i, t.i + 1, None, "pronoun", pending="plural" if t.lower_ in PLURAL_PRONOUNS else "pronoun"
            )
            for t in doc
            if not covered[t.i] and t.lower_ in _ANY_PRONOUN and t.pos_ == "PRON"
        )
        found = [f for f in (trim(doc, f) for f in found) if f.end > f.start]
        found = merge_conjoined(doc, sorted(found, key=lambda f: f.start))
        found = [self._commanding(doc, f, day) for f in found]
        found = self._reported_by_government(doc, found, day)
        return self._discourse(doc, found, day, dateline)

    def _reported_by_government(self, doc: Doc, found: list[Found], day: dt.date | None) -> list[Found]:
        """A country that acts in what a member of its own government says it does ("Spain will
        recognise a Palestinian state, Prime Minister Pedro Sanchez told parliament") speaks as
        that government: the country's GOV body."""
        speakers: dict[int, Actor] = {}
        for f in found:
            if (
                f.actor is not None
                and f.actor.kind == "person"
                and f.actor.sector == "GOV"
                and f.actor.country
            ):
                speakers.update(dict.fromkeys(range(f.start, f.end), f.actor))
        if not speakers:
            return found
        out = []
        for item in found:
            actor = item.actor
            if actor is not None and actor.kind == "country" and not item.pending and actor.country:
                token = doc[item.end - 1]
                verb = token.head
                said = verb.head
                speaker = next(
                    (speakers[c.i] for c in said.children if c.dep_ in SUBJECT_DEPS and c.i in speakers),
                    None,
                )
                if (
                    token.dep_ in SUBJECT_DEPS
                    and verb.dep_ == "ccomp"
                    and said.lemma_.lower() in _REPORTING
                    and speaker is not None
                    and speaker.country == actor.country
                ):
                    item = self._country_body(doc, item, "government", "GOV", day)
            out.append(item)
        return out

    def _commanding(self, doc: Doc, item: Found, day: dt.date | None) -> Found:
        """A country named as the doer of moving or readying a force of its own, in a clause of that
        one act ("Venezuela massed troops", "told France to pull its troops out"), is that force:
        the country's military or police (``commands.tsv``)."""
        actor = item.actor
        if actor is None or actor.kind != "country" or item.pending or not actor.country:
            return item
        verb = _commanded_verb(doc[item.end - 1])
        if verb is None or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
            return item  # "imposed a curfew and deployed soldiers": the state does more than command
        force = next(
            (
                title
                for o in verb.children
                if o.dep_ in {"dobj", "obj"}
                for t in (_counted(o), *_counted(o).conjuncts)
                if (title := _force_title(t)) is not None
            ),
            None,
        )
        if force is None or any(
            len(t.ent_id_) == 3 and t.ent_id_ != actor.country
            for o in verb.children
            for t in o.subtree
            if o.dep_ in {"dobj", "obj"} and t.dep_ in {"poss", "amod", "compound"}
        ):
            return item  # "deployed Ukrainian troops": not this country's own force
        return self._country_body(doc, item, force.phrase, force.sector, day)

    def _country_body(self, doc: Doc, item: Found, title: str, sector: str, day: dt.date | None) -> Found:
        """The country mention ``item`` as that country's body named by ``title`` ("government",
        "troops"), when the knowledge base reads the two as that country's body of ``sector``;
        else ``item`` unchanged."""
        actor = item.actor
        assert actor is not None
        reading = read_phrase([actor.name, title], kb=self.kb, day=day, names=False)
        if reading is None or reading.country != actor.country or reading.sector != sector:
            return item
        return dataclasses.replace(
            item, actor=build_actor(reading, surface=doc[item.start : item.end].text, day=day)
        )

    def _led_by(self, doc: Doc, covered: list[bool], day: dt.date | None) -> list[Found]:
        """Groups led by a country ("the U.S.-led coalition", "a Saudi-led force" → that country).

        Returns a mention from the first modifier to the head noun; when the head is itself a named
        entity ("the Russian-led CSTO") a Found with no actor covering only the leader's words.
        Linear in the document.
        """
        out: list[Found] = []
        for token in doc:
            if token.dep_ != "amod" or not token.lower_.endswith("led") or covered[token.i]:
                continue
            if token.lower_ == "led" and token.i >= 2 and doc[token.i - 1].text in {"-", "–"}:
                first = _ent_start(doc, token.i - 2)
                leader = [t.text for t in doc[first : token.i - 1]]
            elif token.lower_.endswith("-led") and len(token.text) > 4:
                first, leader = token.i, [token.text[:-4]]
            else:
                continue
            reading = read_phrase(leader, kb=self.kb, day=day)
            if reading is None or reading.country is None or len(reading.countries) > 1:
                continue
            igo = reading.record if reading.record is not None and reading.record.kind == "igo" else None
            if any(covered[first : token.i + 1]):
                continue
            head = token.head
            if head.i > token.i and any(t.ent_type_ for t in doc[token.i + 1 : head.i + 1]):
                # a named organisation leads itself ("the Russian-led CSTO military alliance"); only
                # the leader's words are covered
                out.append(Found(first, token.i + 1, None, "led", pending="skip"))
                continue
            if head.lower_ not in _LED_GROUPS or head.i < token.i or covered[head.i]:
                continue  # "Kremlin-led talks"; "NATO-led peacekeepers" are read as a title phrase
            start = min(first, *(c.i for c in head.lefts if c.dep_ in {"amod", "compound", "npadvmod"}))
            if any(covered[start : head.i + 1]):
                continue
            actor = igo.to_actor(day=day) if igo is not None else _country_actor(reading.country)
            unit = read_phrase([head.text], kb=self.kb, day=day, names=False)
            if igo is not None and unit is not None and unit.sector not in {None, "GOV", "IGO"}:
                actor = dataclasses.replace(actor, sector=unit.sector)  # "NATO-led troops": its military
            out.append(Found(start, head.i + 1, actor, "led"))
        return out

    def _person(self, doc: Doc, ent: Span, found: list[Found], day: dt.date | None) -> Found:
        start = title_start(doc, ent)
        words = [t.text for t in doc[start : ent.end]]
        if start == ent.start and found and ent.start >= 2 and doc[ent.start - 1].lower_ in {"and", ","}:
            previous = found[-1]
            if previous.end == ent.start - 1 and previous.reading and previous.reading.role:
                # "Deputy Prime Ministers Alexei Overchuk and Vitaly Savelyev": share the title.
                title_end = previous.end - name_length(doc, previous)
                words = [t.text for t in doc[previous.start : title_end]] + words
        end = ent.end
        if start == ent.start:
            # "Sergei Lavrov, Russia's foreign minister, said": the title follows the name.
            app_end = appositive_end(doc, ent)
            if app_end is not None:
                app_words = [t.text for t in doc[ent.end + 1 : app_end]]
                app = read_phrase(app_words, kb=self.kb, day=day)
                if app is not None and app.title_kind in {"person", "generic"} and app.record is None:
                    words, end = app_words + words, app_end
        via = "ruler" if ent.ent_id_ else "ner"
        reading = read_phrase(words, kb=self.kb, day=day, name=ent.text)
        if reading is not None and reading.record is None and reading.name:
            role = reading.role if reading.title_kind == "person" else None
            record = self.kb.find(
                reading.name, country=reading.country, sector=reading.sector, role=role, day=day
            )
            if record is not None and record.kind == "person":
                reading = _with_record(reading, record, day)
        if reading is not None and reading.record is not None:
            via = "kb"
        if start == ent.start and end == ent.end and (reading is None or reading.record is None):
            place = self._named_place(ent, found)
            if place is not None:
                return place
        actor = build_actor(reading, surface=ent.text, day=day) if reading else None
        if actor is None:
            actor = Actor(id=f"person:{slug(ent.text)}", name=ent.text, country=None, kind="person")
        pending = "surname" if reading is None or reading.record is None else ""
        return Found(start, end, actor, via, reading=reading, pending=pending)

    def _title_chunk(
        self, doc: Doc, chunk: Span, chunks: dict[int, Span], covered: list[bool], day: dt.date | None
    ) -> Found | None:
        if any(covered[chunk.start : chunk.end]):
            return None
        described = self._described_organisation(doc, chunk, day)
        if described is not None:
            return described
        # The head noun must be an actor word ("air force", "the IRGC"); "Iran's exports", "a
        # military attack" are not actor phrases.
        if not self._head_is_actor(chunk, day):
            owner = _possessor_span(doc, chunk)
            if owner is not None and self._head_is_actor(owner, day):
                # "the North Korean leader's armoured train", "the president's safety": the owner acts
                return self._title_chunk(doc, owner, chunks, covered, day)
            return None
        listed = _listed_states(doc, chunk.end)
        if listed is not None and not any(t.dep_ == "poss" or t.ent_id_ for t in chunk):
            # "expelled diplomats from seven countries including Britain and France": the people of
            # the states listed, not of the country acting on them; with no list, of nobody known
            found = self._listed_title(doc, chunk, listed, day)
            if found is not None or not listed:
                return found
        end = chunk.end
        # Follow "of" phrases ("the secretary of the Russian national security council", "of Iran
        # and Russia": "and" only after "of"), and a place phrase ("a court in Guyana", "dissidents
        # from Egypt") when the chunk itself names no country ("Russian troops in Syria" stay Russian).
        followed_of = False
        placeless = not any(t.ent_id_ for t in chunk)
        titled = chunk[-1].lower_ in title_last_words()  # "NATO of …" is not "Speaker of …"
        for _ in range(6):
            word = doc[end].lower_ if end < len(doc) else ""
            place = word in {"in", "from"} and placeless
            joins = (word == "of" and titled) or (word in {"and", ","} and followed_of) or place
            if end + 1 >= len(doc) or not joins or covered[end + 1]:
                break
            nxt = chunks.get(end + 1)
            if nxt is not None and word == "of" and not _names_an_actor(nxt):
                break  # "accused Russian forces of mass killings": not "forces of <someone>"
            if nxt is None or (place and len(nxt.root.ent_id_) != 3):
                break  # only a country completes "a court in …" ("from the Ukrainian border" does not)
            if word == "," and len(nxt.root.ent_id_) != 3:
                break  # "the leaders of the United States, Japan and …": a comma joins only countries
            end = nxt.end
            if place:
                break  # "civilians in the Ukrainian town of Bucha": the place ends the phrase
            followed_of = followed_of or word == "of"
            placeless = False
        start = chunk.start
        while (
            start >= 2
            and doc[start - 1].lower_ in {"and", ","}
            and doc[start - 2].ent_type_ == "NORP"
            and len(doc[start - 2].ent_id_) == 3
            and not covered[start - 2]
        ):
            # "Ukrainian and Russian delegations": a demonym conjoined before the chunk shares its head
            start = _ent_start(doc, start - 2)
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
        words_start = start
        flag = next((t.i for t in doc[start:end] if t.lower_ in {"flagged", "-flagged"}), None)
        if flag is not None and any(len(t.ent_id_) == 3 and t.ent_id_.isupper() for t in doc[flag + 1 : end]):
            # "a Hong Kong-flagged Chinese container ship": a flag of registry yields to the owner's
            # country written after it (the flag stays inside the mention, as no actor of its own)
            words_start = flag + 1
        reading = read_phrase([t.text for t in doc[words_start:end]], kb=self.kb, day=day, names=False)
        if reading is None or reading.demonym_only:
            return None
        if reading.countries and any(t.lower_ == "and" for t in doc[start:end]):
            named = (self.kb.get(t.ent_id_) for t in doc[start:end] if t.ent_id_)
            if any(r is not None and r.country not in reading.countries for r in named):
                # "Israeli and Hamas leaders": two actors share the plural head; each stands alone
                return None
        if reading.record is not None and reading.title_kind is None:
            return Found(start, end, build_actor(reading, surface=doc[start:end].text, day=day), "ruler")
        generic = _generic_title(chunk)
        if (
            reading.country is None
            and generic is not None
            and reading.title_kind in {"group", "body", "person"}
        ):
            return self._generic(doc, chunk, start, end, reading, generic, day)
        if reading.country is None and reading.title_kind in {"group", "body"}:
            # "Russia has massed troops"; "a court in Yekaterinburg", "the foreign ministry in Chisinau"
            # (a body only: "diplomats in Geneva" are not Swiss)
            country = _subject_country(doc, chunk)
            if country is None and reading.title_kind == "body":
                country = self._own_place(doc, chunk)
            # an institution only: "the two leaders", "officials" are people, resolved otherwise
            acts = (
                chunk.root.dep_ in SUBJECT_DEPS
                and reading.title_kind == "body"
                and reading.sector in _STATE_SECTORS
            )
            if country is None and not acts:
                return None  # "the parties", "a ministry" with no country: nothing to resolve to
            if country is not None:
                reading = Reading(**{**_fields(reading), "country": country, "countries": (country,)})
            # else "The foreign ministry summoned ...": a state body acting, placed in the discourse pass
        if len(reading.countries) > 1 and any(t.lower_ == "and" for t in doc[start:end]):
            # "the Foreign Ministers of Iran and Russia", "Russian and Iranian business people"
            return Found(start, end, None, "collective", reading=reading, pending="collective_title")
        return Found(start, end, None, "title", reading=reading, pending="title")

    def _listed_title(
        self, doc: Doc, chunk: Span, listed: tuple[str, ...], day: dt.date | None
    ) -> Found | None:
        """A title of people of several states counted then listed ("envoys of five countries,
        among them Chile and Peru"): one collective mention of those states' office holders."""
        if not listed:
            return None
        start = chunk.start
        while start < chunk.end and (doc[start].is_punct or doc[start].pos_ in {"DET", "NUM"}):
            start += 1
        if start >= chunk.end:
            return None
        reading = read_phrase([t.text for t in doc[start : chunk.end]], kb=self.kb, day=day, names=False)
        if reading is None or reading.country is not None or reading.title_kind not in {"group", "person"}:
            return None
        reading = Reading(**{**_fields(reading), "countries": listed})
        return Found(start, chunk.end, None, "collective", reading=reading, pending="collective_title")

    def _generic(
        self,
        doc: Doc,
        chunk: Span,
        start: int,
        end: int,
        reading: Reading,
        generic: Title,
        day: dt.date | None,
    ) -> Found | None:
        """A generic actor whose own phrase names no country ("protesters", "the riot police").

        Its country, in order: the subject of the governing verb for state sectors ("Russia has
        massed troops"); a place on the noun ("police in Nairobi"); a place locating the act in
        the same clause ("gunmen killed five soldiers in northern Mali"); then, in the discourse
        pass (``_generic_referent``), an earlier mention of the same role and for state sectors the
        sentence's one country or the dateline. ``country_from`` (generic.tsv) limits which apply
        and whether none is allowed.
        """
        if generic.country_from == "own":
            # "positions", "drones": a unit or weapon is an actor only with its country in its own
            # phrase ("Ukrainian positions"); "Russia shelled positions near X" are not Russia's
            return None
        if any(t.lower_ in {"its", "their", "his", "her"} and t.dep_ == "poss" for t in chunk):
            # "the army said its soldiers ...", "Prigozhin ordered his fighters": the owner's
            # country, not the place of the act
            return Found(start, end, None, "generic", reading=reading, pending="generic_owner")
        # "troops from the CSTO", "monitors from the OSCE": the organisation's own unit; "lawmakers
        # in Strasbourg": the international body sitting there, not the host country
        body = self._own_igo(chunk)
        if body is None:
            body = self._seated_body(doc, chunk, generic.sector)
        if body is not None:
            reading = Reading(
                **{**_fields(reading), "record": body, "country": body.country, "countries": ()}
            )
            return Found(
                start,
                end,
                build_actor(reading, surface=doc[start:end].text, day=day),
                "generic",
                reading=reading,
            )
        if generic.country_from == "other" and any(
            t.dep_ == "compound" and t.pos_ == "NOUN" for t in chunk.root.children
        ):
            return None  # "the sanctions regime", "a tax regime": a set of rules, not a ruling power
        country = None
        if generic.sector in _STATE_SECTORS and generic.country_from != "other":
            # (a junta or regime is not the state acting on it: "Britain criticised the regime")
            country = self._conjunct_country(doc, chunk, day) or _subject_country(doc, chunk)
        if country is None:
            country = self._own_place(doc, chunk) or self._followed_country(doc, chunk, day)
        if country is None and generic.country_from != "phrase":
            country = self._clause_place(doc, chunk)
        if country is None:
            if generic.country_from == "phrase":
                return None  # "officials", "people" alone: too vague to be an actor
            # decided in the discourse pass: an earlier mention, the sentence, the dateline, or none
            return Found(
                start, end, None, "generic", reading=reading, pending=f"generic_{generic.country_from}"
            )
        reading = Reading(**{**_fields(reading), "country": country, "countries": (country,)})
        return Found(
            start, end, build_actor(reading, surface=doc[start:end].text, day=day), "generic", reading=reading
        )

    def _described_organisation(self, doc: Doc, chunk: Span, day: dt.date | None) -> Found | None:
        """An organisation the knowledge base does not know, named after a description that gives
        its country and sector: "Danish brewer Carlsberg", "Chinese carmaker BYD"."""
        last = chunk[-1]
        if last.ent_type_ not in {"ORG", "GPE", "PERSON"} or last.ent_id_ or last.ent_iob_ == "O":
            return None  # (the small NER model takes "Carlsberg" for a place, "BYD" for a body)
        ent_start = _ent_start(doc, last.i)
        if ent_start <= chunk.start or (chunk.end < len(doc) and doc[chunk.end].ent_iob_ == "I"):
            return None
        if doc[ent_start - 1].lower_ not in title_last_words():
            return None  # the description ends right before the name ("brewer Carlsberg")
        words = [t.text for t in doc[chunk.start : ent_start] if t.pos_ not in {"DET", "PUNCT"}]
        reading = read_phrase(words, kb=self.kb, day=day, names=False) if words else None
        if (
            reading is None
            or reading.country is None
            or reading.record is not None
            or reading.title_kind not in {"body", "group"}
            or reading.sector not in {"BUS", "MED", "NGO", "EDU"}
        ):
            return None
        name = doc[ent_start : chunk.end].text
        actor = Actor(
            id=f"org:{slug(name)}",
            name=name,
            country=reading.country,
            sector=reading.sector,
            kind="organization",
            role=reading.role,
        )
        start = next(i for i in range(chunk.start, ent_start) if doc[i].pos_ not in {"DET", "PUNCT"})
        return Found(start, chunk.end, actor, "ner", reading=reading)

    def _conjunct_country(self, doc: Doc, chunk: Span, day: dt.date | None) -> str | None:
        """The country of the phrase a state body is joined to: "Iranian officials and the morality
        police" are both Iran's."""
        root = chunk.root
        if root.dep_ != "conj" or root.head.pos_ not in {"NOUN", "PROPN"}:
            return None
        head = root.head
        words = [t.text for t in doc[head.left_edge.i : head.i + 1]]
        reading = read_phrase(words, kb=self.kb, day=day, names=False)
        return reading.country if reading is not None and reading.country not in _NOT_COUNTRIES else None

    def _own_igo(self, chunk: Span) -> ActorRecord | None:
        """The international organisation a group comes from ("troops from the CSTO"), if any."""
        for prep in chunk.root.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    record = self.kb.get(obj.ent_id_) if obj.dep_ == "pobj" and obj.ent_id_ else None
                    if record is not None and record.country == "IGO":
                        return record
        return None

    def _seated_body(self, doc: Doc, chunk: Span, sector: str) -> ActorRecord | None:
        """The international body of ``sector`` sitting in a city named on the noun or on its
        verb ("lawmakers in Strasbourg", "judges sitting in Strasbourg"), per ``body_seats.tsv``."""
        seats = body_seats()
        holders = [chunk.root]
        if chunk.root.dep_ in SUBJECT_DEPS and chunk.root.head.pos_ in {"VERB", "AUX"}:
            holders.append(chunk.root.head)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj" or not obj.ent_type_:
                        continue
                    start, end = _ent_bounds(doc, obj.i)
                    org = seats.get((doc[start:end].text.casefold(), sector))
                    if org is not None and (record := self.kb.get(org)) is not None:
                        return record
        return None

    def _followed_country(self, doc: Doc, chunk: Span, day: dt.date | None) -> str | None:
        """The country of the person a group follows ("supporters of former President Bolsonaro")."""
        for prep in chunk.root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ == "PERSON":
                        words = [t.text for t in obj.subtree if t.dep_ != "relcl" and t.i <= obj.i]
                        reading = read_phrase(words, kb=self.kb, day=day)
                        if reading is not None and reading.country:
                            return reading.country
        return None

    def _own_place(self, doc: Doc, chunk: Span) -> str | None:
        """The country of a place phrase on the noun itself ("police in Nairobi", "refugees from Syria")."""
        for prep in chunk.root.children:
            if prep.dep_ == "prep" and (prep.lower_ in _PLACE_PREPS or prep.lower_ == "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (country := self._token_country(doc, obj)) is not None:
                        return country
        return None

    def _clause_place(self, doc: Doc, chunk: Span) -> str | None:
        """The country of the first place locating an act in the chunk's clause ("rallied in London").

        The clause is the subtree of the verb governing the chunk, without clauses of their own
        (``_OTHER_CLAUSE``); a place is the object of a locative preposition. Linear in the clause.
        """
        verb = chunk.root
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} or verb.dep_ == "ROOT" or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        found = self._place_under(doc, verb)
        if found is None:
            # "hurled stones at police and set parliament ablaze in Nairobi": a verb joined to this
            # one with no subject of its own is the same actors' act, in the same place
            for conj in verb.children:
                if conj.dep_ == "conj" and conj.pos_ == "VERB" and not _has_subject(conj):
                    found = self._place_under(doc, conj)
                    if found is not None:
                        break
        return found

    def _place_under(self, doc: Doc, verb: Token) -> str | None:
        """The country of the first place in a verb's own clause (``_clause_place``)."""
        best: tuple[int, str] | None = None
        stack = [verb]
        while stack:
            token = stack.pop()
            for child in token.children:
                if child.dep_ in _OTHER_CLAUSE and token is verb:
                    continue
                located = (
                    child.dep_ == "pobj"
                    and token.lower_ in _PLACE_PREPS
                    and token.head.lower_ not in _MEETINGS
                )
                if located and (best is None or child.i < best[0]):
                    country = self._token_country(doc, child)
                    if country is not None:
                        best = (child.i, country)
                stack.append(child)
        return best[1] if best is not None else None

    def _token_country(self, doc: Doc, token: Token) -> str | None:
        """The country a place word names: a country, a capital ("GEO:GOV"), a city in the gazetteer;
        for a common noun, its name or appositive ("Kaduna state", "a state, northern Nigeria")."""
        if not token.ent_type_ and token.pos_ == "PROPN":
            # a town the small NER model misses ("Students in Peshawar"): the gazetteer's, if any
            place = self._story_place(doc, token.i, token.i + 1)
            return place.country if place is not None else None
        if token.ent_type_ in {"ORG", "PERSON"} and not token.ent_id_:
            # a town the NER took for a body or a person ("a base in Arauca", "near El Fasher"):
            # after a locative preposition, a town or region of the gazetteer is that place
            start, end = _ent_bounds(doc, token.i)
            place = self._story_place(doc, start, end)
            return place.country if place is not None and place.feature in {"city", "region"} else None
        if token.ent_type_ not in {"GPE", "LOC", "FAC"}:
            # "Kaduna state", "a state, northern Nigeria", "Manila's airport": the name on the noun
            named = [c for c in token.children if c.dep_ in {"appos", "compound", "poss"} and c.ent_type_]
            # "at the port of Antwerp", "in the town of Douma": the name after "of"
            named += [
                o
                for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC", "FAC"}
            ]
            return next((code for c in named if (code := self._token_country(doc, c))), None)
        code = token.ent_id_.split(":")[0]
        if len(code) == 3 and code.isupper() and code not in _NOT_COUNTRIES:
            return code
        start, end = _ent_bounds(doc, token.i)
        place = self._story_place(doc, start, end)
        return place.country if place is not None else None

    def _story_place(self, doc: Doc, start: int, end: int) -> Place | None:
        """The gazetteer's place for the name ``doc[start:end]``, read in the story: a namesake in a
        country the article names or is datelined in beats a bigger one elsewhere, and a place the
        text calls a town is not a big city abroad ("the coastal town of Palma" in a story from
        Maputo is not Palma de Mallorca): it is then in the dateline's country, or unknown."""
        near = _story_countries(doc)
        place = self.gazetteer.lookup(doc[start:end].text, near=near)
        if place is None or place.feature != "city" or not near or place.country in near:
            return place
        if _called_town(doc, start) and (self.gazetteer.population(place) or 0) >= _TOWN_MAX:
            home = doc.user_data.get(_DATELINE_KEY) or (next(iter(near)) if len(near) == 1 else None)
            return Place(name=place.name, country=home, feature="city") if home else None
        return place

    def _place_country(self, name: str) -> str | None:
        """The ISO3 country of a place name (a dateline "NAIROBI", "Peshawar"), via the gazetteer."""
        place = self.gazetteer.lookup(name)
        return place.country if place is not None else None

    def _head_is_actor(self, chunk: Span, day: dt.date | None) -> bool:
        """Whether the chunk's last word ends a title ("force" of "air force") or a known name."""
        last = chunk[-1]
        if last.lower_ in title_last_words() or (last.ent_id_ and self.kb.get(last.ent_id_) is not None):
            return True  # a title word, or the end of a knowledge-base name the ruler found
        tail = [t.text for t in chunk[-3:]]
        reading = read_phrase(tail, kb=self.kb, day=day, names=False)
        if reading is None or reading.record is None:
            return False
        key = name_key(last.text)
        return any(name_key(n).split()[-1:] == [key] for n in reading.record.names)

    def _entity(self, doc: Doc, ent: Span, day: dt.date | None) -> Found | None:
        locative = ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVE
        if (
            locative
            and ent.label_ in {"GPE", "LOC", "FAC"}
            and (
                not ent.ent_id_
                or ":" in ent.ent_id_
                or ent.text in us_state_names()
                or ent.text in province_names()
            )
        ):
            return None  # "arrived in Tehran", "rallied in California": a place, for the places stage
        reading = read_phrase([t.text for t in ent], kb=self.kb, day=day)
        if reading is None:
            place = (
                self._story_place(doc, ent.start, ent.end) if ent.label_ in {"ORG", "GPE", "LOC"} else None
            )
            if place is not None and place.country and place.feature in {"city", "region"}:
                # a town or region the NER took for a body ("Belgorod said", "struck Kherson"):
                # its country acts or is hit; after a locative it is only a place
                return None if locative or _after_locative(ent) else self._place_actor(ent, place.country)
            if (
                ent.label_ == "ORG"
                and ent.text[:1].isupper()
                and len(ent.text) > 2
                and not ent.text.isdigit()
            ):
                # "Bangladesh's Rapid Action Battalion": a body the KB does not know is its owner's
                owner = _possessor_country(doc, ent)
                actor = Actor(id=f"org:{slug(ent.text)}", name=ent.text, country=owner, kind="organization")
                return Found(ent.start, ent.end, actor, "ner", pending="" if owner else "surname")
            return None
        if _dateline_city(doc, ent) and (city := self.gazetteer.lookup(ent.text)) and city.feature == "city":
            return None  # "BRUSSELS, May 25 (Wire) -": a dateline, though the city names a body elsewhere
        if reading.seat and (
            _dateline_city(doc, ent)
            or (
                ent.end < len(doc)
                and (
                    doc[ent.end].text in {"(", ":"}
                    or dateline_dash(doc, ent.end)
                    or dateline_dash(doc, ent.end - 1)
                )
            )
        ):
            # a dateline ("MANILA, March 12 (Wire) -", "Moscow (IP):", "BAMAKO - "): the city, not
            # its government acting
            return None
        if reading.country is None and reading.record is None and reading.name is None:
            return None  # a bare title tagged as an entity ("coast guard's"): nobody to resolve to
        if reading.demonym_only and _counted_people(ent):
            reading = Reading(
                **{**_fields(reading), "sector": "CVL", "role": "Citizens", "title_kind": "group"}
            )
        via = "ruler" if ent.ent_id_ else "ner"
        return Found(
            ent.start, ent.end, build_actor(reading, surface=ent.text, day=day), via, reading=reading
        )

    def _named_place(self, ent: Span, found: list[Found]) -> Found | None:
        """A one-word "person" the gazetteer knows as a town or region ("attacked Kherson"), unless
        it is the surname of someone named before ("Jackson" after "Michael Jackson")."""
        if len(ent) != 1 or any(
            f.actor is not None and f.actor.kind == "person" and surname_of(f.actor.name) == ent.text.lower()
            for f in found
        ):
            return None
        place = self._story_place(ent.doc, ent.start, ent.end)
        if place is None or not place.country or place.feature not in {"city", "region"}:
            return None
        locative = _after_locative(ent)
        return (
            Found(ent.start, ent.end, None, "place", pending="skip")
            if locative
            else self._place_actor(ent, place.country)
        )

    def _place_actor(self, ent: Span, country: str) -> Found:
        return Found(ent.start, ent.end, _country_actor(country), "place")

    def _discourse(
        self, doc: Doc, found: list[Found], day: dt.date | None, dateline: str | None
    ) -> tuple[Mention, ...]:
        discourse = Discourse(self.kb, day)
        swaps = ambiguous_swaps(doc.text)
        # countries of the subjects of each verb so far: "China's envoy called on both sides" does
        # not count China among the sides (keyed by the verb: a parse that runs two paragraphs into
        # one sentence must not make another clause's subject a speaker)
        speakers_by_verb: dict[int, set[str]] = {}
        sentence_starts = [s.start for s in doc.sents]
        quoted = quoted_tokens(doc)
        sentence_countries, only_countries, acting_countries = countries_by_sentence(doc, found)
        state_places = _StatePlaces(only_countries, acting_countries, dateline)
        mentions: list[Mention] = []
        actor_at: dict[int, Actor] = {}  # token index → the actor of the subject mention covering it
        for item in found:
            sentence = max(0, bisect.bisect_right(sentence_starts, item.start) - 1)
            # Subjects inside quotations ("The Leader emphasized ...") are not what "he" refers to next.
            subject = not quoted[item.start] and is_subject(doc, item)
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
                actor, via = self._title_referent(
                    item, doc, discourse, day, sentence_countries, state_places, sentence
                )
            elif item.pending.startswith("generic_") and item.reading is not None:
                acted_on_by = None if subject else _clause_subject_actor(doc, item, actor_at)
                actor = _generic_referent(item, doc, discourse, state_places, sentence, acted_on_by)
            elif item.pending == "pronoun":
                own_subject = None if subject else _clause_subject(doc, item.start, actor_at)
                actor = discourse.pronoun(sentence=sentence, subject=subject, exclude=own_subject)
            elif item.pending == "plural":
                group = discourse.plural(sentence=sentence)
                if group is None:
                    continue
                actor, members = group
            elif item.pending == "collective_title" and item.reading is not None:
                members = tuple(
                    self._office_member(item.reading, code, discourse, day) for code in item.reading.countries
                )
                actor = collective_actor(members)
            elif item.pending == "collective":
                parties = doc[item.end - 1].lower_ in {"parties", "sides"}
                speakers = frozenset(speakers_by_verb.get(_governing_verb(doc[item.end - 1]).i, ()))
                # an organisation can be one of "the parties" to talks, not a "side" of a fight
                igos = doc[item.end - 1].lower_ == "parties"
                codes = discourse.recent_countries(item.count, igos=igos, exclude=speakers)
                if len(codes) == 1 and parties and speakers:
                    # "both sides" of a civil war (the army and the RSF): the one country at war
                    actor = discourse.igos.get(codes[0]) or _country_actor(codes[0])
                elif len(codes) < 2:
                    continue
                else:
                    members = tuple(discourse.igos.get(c) or _country_actor(c) for c in codes)
                    actor = collective_actor(members)
            elif item.pending == "description":
                actor = next(
                    (
                        discourse.igos.get(c) or _country_actor(c)
                        for c in reversed(discourse.countries)
                        if c in item.codes
                    ),
                    None,
                )
            elif item.pending == "leaders":
                members = discourse.last_leaders(2)
                if len(members) < 2:
                    continue
                actor = collective_actor(members)
            if actor is None:
                continue
            actor = swap_countries(actor, swaps)
            members = tuple(swap_countries(m, swaps) for m in members)
            if subject:
                # a collective subject ("Egypt and Qatar urged both sides") speaks for each member
                codes_here = [actor.country] + [m.country for m in members]
                verbs = {_governing_verb(t).i for t in doc[item.start : item.end] if t.dep_ in SUBJECT_DEPS}
                for verb in verbs:
                    speakers_by_verb.setdefault(verb, set()).update(c for c in codes_here if c)
            # "lawmakers in Strasbourg", "troops from the AU" name an organisation's people: plural
            # for "they" though the actor is the organisation
            people = item.via == "generic" and item.reading is not None and item.reading.title_kind == "group"
            if actor.kind == "group" or members or people:
                discourse.add_plural(actor, members, sentence=sentence)
            if not members:
                discourse.add(actor, token=item.start, sentence=sentence, subject=subject)
            elif item.pending != "plural":
                for member in members:
                    discourse.add(member, token=item.start, sentence=sentence, subject=False)
                discourse.add_group(
                    tuple(dict.fromkeys(m.id if m.kind == "igo" else m.country for m in members if m.country))
                )
            if subject:
                actor_at.update(dict.fromkeys(range(item.start, item.end), actor))
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

    def _kb_surname(self, token: Token, day: dt.date | None) -> ActorRecord | None:
        """The one KB person whose surname is this proper-noun token, if it is unambiguous."""
        # the small NER model often takes an unfamiliar surname for a product or a place ("put Bongo
        # under arrest", "Touadera said"); a place must then be unknown to the gazetteer
        if (
            token.pos_ != "PROPN"
            or token.ent_type_ not in {"", "PERSON", "PRODUCT", "GPE"}
            or len(token.text) < 4
        ):
            return None
        if token.ent_type_ == "GPE" and self.gazetteer.lookup(token.text) is not None:
            return None
        if not token.text[:1].isupper() or token.text.isupper():
            return None  # acronyms ("NATO") are organisations, not surnames
        record = self.kb.by_surname(token.text, day=day)
        return record if record is not None and record.kind == "person" else None

    def _surname_referent(
        self, item: Found, doc: Doc, discourse: Discourse, day: dt.date | None
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
        if len(words) == 1:
            # a bare surname nobody in the article had: the one KB person of that surname, if the
            # text does not give another country ("Alexei Miller" is not Matthew Miller)
            record = self.kb.by_surname(words[0], day=day)
            known = item.actor.country
            if record is not None and record.kind == "person" and (known is None or known == record.country):
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
        item: Found,
        doc: Doc,
        discourse: Discourse,
        day: dt.date | None,
        sentence_countries: dict[int, str],
        state_places: _StatePlaces,
        sentence: int,
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
            acts = is_subject(doc, item)
            if reading.title_kind == "body" and reading.sector in _STATE_SECTORS:
                # "The Department of Foreign Affairs summoned China's ambassador" after "Manila said"
                country = state_places.country(item, doc, discourse, sentence=sentence, subject=acts)
            else:
                country = sentence_countries.get(doc[item.start].sent.start) if acts else None
            if country is None:
                return None, "title"
            reading = Reading(**{**_fields(reading), "country": country, "countries": (country,)})
        return build_actor(reading, surface=surface, day=day), "title"


def _country_actor(code: str) -> Actor:
    return Actor(id=code, name=country_name(code) or code, country=code, kind="country")


def _starts_generic(doc: Doc, ent: Span) -> bool:
    """Whether a one-word "person" begins a generic actor phrase with the words after it ("Riot
    police", "Riot Police"), which the title pass reads instead."""
    if len(ent) != 1:
        return False
    table = generic_titles()
    return any(
        " ".join(t.lower_ for t in doc[ent.start : ent.end + n]) in table
        for n in (1, 2)
        if ent.end + n <= len(doc)
    )


def _after_locative(ent: Span) -> bool:
    """Whether a name is the object of "in/at/near", directly or as a later conjunct ("in Darfur
    and Anbar")."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in LOCATIVE:
        return True
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head  # "at the port of Antwerp": the place noun's own preposition decides
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


@dataclasses.dataclass(frozen=True)
class _StatePlaces:
    """Where an unnamed state body ("the government", "the foreign ministry") takes its country.

    ``only``: sentence start → the one country the sentence names; ``acting``: sentence start → the
    first country that is a subject there; ``dateline``: the dateline's country.
    """

    only: dict[int, str]
    acting: dict[int, str]
    dateline: str | None

    def country(
        self, item: Found, doc: Doc, discourse: Discourse, *, sentence: int, subject: bool
    ) -> str | None:
        """The country of an unnamed state body ``item`` (its clause gave none), at ``sentence``.

        For a body that is a subject, a country that is a subject of its sentence too; else the
        sentence's one country, unless the body acts (is a subject) on that country while another
        country was the subject of the last sentences ("Manila said ... The Department of Foreign
        Affairs summoned China's ambassador": the Philippines); else the dateline's; else, for a
        body that acts, the country that acted in the last two sentences ("Moldova accused Russia
        ... The government expelled two diplomats").
        """
        start = doc[item.start].sent.start
        if subject and (acting := self.acting.get(start)) is not None:
            return acting
        only = self.only.get(start)
        earlier = discourse.acting_country(sentence) if subject else None
        if only is not None:
            return earlier if earlier is not None and earlier != only else only
        return self.dateline or earlier


def _generic_referent(
    item: Found,
    doc: Doc,
    discourse: Discourse,
    places: _StatePlaces,
    sentence: int,
    acted_on_by: Actor | None,
) -> Actor | None:
    """A generic actor whose clause gave no country: "the police" after "Kenyan police"; for state
    sectors the country ``_StatePlaces`` gives; else a country-less generic actor ("generic:REB"),
    or nothing for "the government" of nowhere (``country_from`` "place").

    A ruling power named by what it is (``country_from`` "other": "the junta", "the regime") is
    never the state that acts on it in its own clause ("New Zealand suspended contact with the
    junta"): it is then the country named last before that is not that state (the story's other
    party), or nobody.
    """
    reading = item.reading
    assert reading is not None
    if item.pending == "generic_owner":
        # "its soldiers": the country named last before them, if any
        owner = discourse.countries[-1] if discourse.countries else None
        countries = (owner,) if owner else ()
        reading = Reading(**{**_fields(reading), "country": owner, "countries": countries})
        return build_actor(reading, surface=doc[item.start : item.end].text)
    earlier = discourse.by_role(reading.role)
    if earlier is not None and earlier.sector == reading.sector:
        return earlier
    definite = doc[item.start].lower_ == "the" or (item.start > 0 and doc[item.start - 1].lower_ == "the")
    if definite and reading.sector == "REB" and (named := discourse.named_groups.get("REB")) is not None:
        return named  # "M23 rebels captured Goma ... The rebels then advanced": M23
    country = None
    if reading.sector in _STATE_SECTORS:
        subject = is_subject(doc, item)
        country = places.country(item, doc, discourse, sentence=sentence, subject=subject)
    actor_state = _state_of(acted_on_by)
    if item.pending == "generic_other" and actor_state is not None and country in {actor_state, None}:
        country = next((c for c in reversed(discourse.countries) if c != actor_state and len(c) == 3), None)
    if country is None and item.pending != "generic_any":
        return None
    countries = (country,) if country else ()
    reading = Reading(**{**_fields(reading), "country": country, "countries": countries})
    return build_actor(reading, surface=doc[item.start : item.end].text)


def _state_of(actor: Actor | None) -> str | None:
    """The country an actor speaks for as a state (the country itself or its government), if any."""
    if actor is None or actor.country is None or len(actor.country) != 3:
        return None
    return actor.country if actor.kind == "country" or actor.sector == "GOV" else None


def _clause_subject_actor(doc: Doc, item: Found, actor_at: dict[int, Actor]) -> Actor | None:
    """The actor that is the subject of the verb governing the mention ``item`` (not a subject
    itself); a clause whose subject is an unresolved "it"/"they", or none, reports its speaker's
    ("New Zealand said it had cut contact with ...", "Japan wants to keep talking to ...")."""
    verb = _governing_verb(doc[item.end - 1])
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        known = next((actor_at[c.i] for c in subjects if c.i in actor_at), None)
        if known is not None:
            return known
        if any(c.pos_ != "PRON" for c in subjects) or verb.dep_ not in {"ccomp", "xcomp", "conj", "advcl"}:
            return None
        verb = verb.head
    return None


def _clause_subject(doc: Doc, i: int, actor_at: dict[int, Actor]) -> Actor | None:
    """The actor that is the subject of the clause of the object pronoun at ``i``: "him" in
    "Lukashenko negotiated a deal with him" is not Lukashenko (a reflexive would say so)."""
    if doc[i].lower_ not in {"him", "her"}:
        return None
    verb = _governing_verb(doc[i])
    return next((actor_at[c.i] for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in actor_at), None)


def _subject_country(doc: Doc, chunk: Span) -> str | None:
    """The ISO3 code of a country that is the subject of the verb governing ``chunk``, if any."""
    verb = chunk.root.head
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and len(child.ent_id_) == 3 and child.ent_id_.isupper():
            return str(child.ent_id_)
    return None


def _possessor_span(doc: Doc, chunk: Span) -> Span | None:
    """The words before a possessive "'s" inside a noun chunk ("the North Korean leader" of "the
    North Korean leader's armoured train"), when they end in a common noun."""
    for token in chunk[1:]:
        if token.lower_ in {"'s", "’s"} and token.dep_ == "case" and doc[token.i - 1].pos_ == "NOUN":
            return doc[chunk.start : token.i]
    return None


def _possessor_country(doc: Doc, ent: Span) -> str | None:
    """The country written as the possessor of an entity ("Bangladesh's" of "Bangladesh's Rapid
    Action Battalion"), if any."""
    if ent.start < 2 or doc[ent.start - 1].lower_ not in {"'s", "’s"}:
        return None
    code = doc[ent.start - 2].ent_id_
    return str(code) if len(code) == 3 and code.isupper() and code not in _NOT_COUNTRIES else None


def _dateline_city(doc: Doc, ent: Span) -> bool:
    """A city in capitals opening a line and followed by a comma or dash: a dateline ("DHAKA, Dec 23")."""
    follows = doc[ent.end].text if ent.end < len(doc) else ""
    return (
        opens_line(doc, ent.start)
        and ent.text.isupper()
        and len(ent.text) > 2
        and follows in {",", "-", "–", "("}
    )


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in SUBJECT_DEPS for child in verb.children)


def _governing_verb(token: Token) -> Token:
    """The verb a word depends on ("sides" in "called on both sides" → "called"), else its root."""
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} or token.head is token:
            break
        token = token.head
    return token


def _counted_people(ent: Span) -> bool:
    """A plural demonym counted as people: "five Americans", "thousands of South Koreans"."""
    root = ent.root
    if not root.text.endswith("s") or root.dep_ in {"amod", "compound", "nmod", "poss"}:
        return False
    if any(child.dep_ == "nummod" for child in root.children):
        return True
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _PEOPLE_COUNTS


def _generic_title(chunk: Span) -> Title | None:
    """The generic actor the chunk ends with ("the riot police" → riot police), if any."""
    words = [t.lower_ for t in chunk[-3:]]
    for n in (3, 2, 1):
        title = generic_titles().get(" ".join(words[-n:])) if len(words) >= n else None
        if title is not None:
            return title
    return None


def _ent_start(doc: Doc, i: int) -> int:
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _ent_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The start and end of the entity that token ``i`` is in, or of ``i`` itself outside one."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return _ent_start(doc, i), end


# Nouns that count states ("diplomats from seven countries"), and the words that then list some.
_STATE_COUNTS = frozenset({"countries", "nations", "states", "governments", "capitals"})
_LISTING = (("including",), ("such", "as"), ("among", "them"), ("notably",), ("like",))


def _listed_states(doc: Doc, i: int) -> tuple[str, ...] | None:
    """The countries listed after "from/of <n> countries" starting at token ``i`` ("from seven
    countries including Argentina, Chile and Peru" → ARG, CHL, PER); an empty tuple when the states
    are counted but not named; None when no such phrase follows."""
    if i >= len(doc) or doc[i].lower_ not in {"from", "of"}:
        return None
    sent_end = doc[i].sent.end
    count = next((t for t in doc[i + 1 : min(i + 6, sent_end)] if t.pos_ == "NOUN"), None)
    if count is None or count.lower_ not in _STATE_COUNTS:
        return None
    j = count.i + 1
    if j < sent_end and doc[j].text == ",":
        j += 1
    words = next(
        (w for w in _LISTING if tuple(t.lower_ for t in doc[j : j + len(w)]) == w),
        None,
    )
    if words is None:
        # "from three countries" are foreign to the country acting; "from three states" may be
        # the provinces of a federation ("soldiers from three states")
        return () if count.lower_ in {"countries", "nations"} else None
    codes: list[str] = []
    for t in doc[j + len(words) : sent_end]:
        code = t.ent_id_
        if len(code) == 3 and code.isupper() and code not in _NOT_COUNTRIES:
            if code not in codes:
                codes.append(code)
        elif not (t.ent_type_ == "GPE" or t.lower_ in {"and", ","} or t.ent_iob_ == "I"):
            break
    return tuple(codes)


# Verbs by which a speaker reports a state's act or stance ("..., the prime minister said").
_REPORTING = frozenset({"say", "tell", "announce", "add", "state", "confirm", "declare", "write"})
# Where the resolver keeps an article's dateline country on its Doc (read by ``_story_place`` and
# ``_story_countries``), and the countries the story names, computed once per Doc.
_DATELINE_KEY = "communique.actors.dateline"
_STORY_KEY = "communique.actors.story_countries"
# A place the text calls a town or village is smaller than this (GeoNames population).
_TOWN_MAX = 200_000
_TOWN_WORDS = frozenset({"town", "village", "hamlet", "townships", "township"})


def _story_countries(doc: Doc) -> frozenset[str]:
    """The countries an article names (countries, demonyms, capitals) and its dateline's."""
    known = doc.user_data.get(_STORY_KEY)
    if isinstance(known, frozenset):
        return known
    codes = {t.ent_id_.split(":")[0] for t in doc if t.ent_id_}
    home = doc.user_data.get(_DATELINE_KEY)
    codes |= {home} if home else set()
    story = frozenset(c for c in codes if len(c) == 3 and c.isupper() and c not in _NOT_COUNTRIES)
    doc.user_data[_STORY_KEY] = story
    return story


def _called_town(doc: Doc, start: int) -> bool:
    """ "the (coastal) town of X", "the village of X"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _TOWN_WORDS


@functools.cache
def _commands() -> frozenset[str]:
    return frozenset(row["lemma"] for row in read_tsv("actors/commands.tsv"))


def _commanded_verb(token: Token) -> Token | None:
    """The verb of which the country word ``token`` is the doer, when it is a verb of moving or
    readying a force: its subject's verb, or the verb asked of it ("told France to pull ...",
    "called on Paris to withdraw ...")."""
    verb: Token | None = None
    if token.dep_ in SUBJECT_DEPS and token.dep_ != "nsubjpass":
        verb = token.head
    elif token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ == "on"):
        matrix = token.head if token.dep_ == "dobj" else token.head.head
        verb = next((c for c in matrix.children if c.dep_ == "xcomp"), None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _commands():
        return None
    return verb


def _counted(token: Token) -> Token:
    """What a count noun counts ("hundreds of extra police" → police), else the token itself."""
    if token.lower_ in {"hundreds", "thousands", "dozens", "tens", "scores", "battalions", "units"}:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is not None:
            return noun
    return token


def _force_title(token: Token) -> Title | None:
    """The military or police title an object noun ends ("troops", "navy ships", "armed forces")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = [
        t.lower_ for t in token.subtree if (t.i <= token.i and t.dep_ in {"compound", "amod"}) or t is token
    ]
    table = {t.phrase: t for t in titles()}
    for n in (3, 2, 1):
        title = table.get(" ".join(words[-n:])) if len(words) >= n else None
        if title is not None and title.sector in {"MIL", "COP"} and title.kind in {"group", "body"}:
            return title
    return None


def _names_an_actor(chunk: Span) -> bool:
    """Whether a chunk after "of" names an actor: an entity the ruler knows or a title word."""
    return any(t.ent_id_ for t in chunk) or chunk.root.lower_ in title_last_words()


def _next_person_of(
    doc: Doc, item: Found, country: str, resolver: ActorResolver, day: dt.date | None
) -> Actor | None:
    """ "his Russian counterpart ... Lavrov": a person of that country named later in the sentence."""
    sentence_end = doc[item.start].sent.end
    for ent in doc.ents:
        if item.end <= ent.start < sentence_end and ent.label_ in PERSON_LABELS:
            record = resolver.kb.find(ent.text, country=country, day=day)
            if record is not None and record.country == country:
                return record.to_actor(day=day)
    return None


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
