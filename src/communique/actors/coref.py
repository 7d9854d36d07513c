"""Within-article coreference: surnames, titles, pronouns and collectives back to named actors.

Rule-based and hand-written: the spaCy coreference component is experimental, needs a transformer
model the project does not ship, and knows nothing of titles or of which country a "counterpart"
belongs to; news prose about diplomacy is regular enough for salience rules to do well, and the
rules can say *why* a mention resolved ("via"). The resolver walks mentions in text order through
a ``Discourse``, which remembers who has been named, who was last a subject, which countries came up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from communique.actors._normalise import name_key, surname_of
from communique.actors._tables import leader_roles
from communique.actors.knowledge import KnowledgeBase
from communique.model import Actor

__all__ = ["NUMBER_WORDS", "Discourse", "role_matches"]

NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "several": 0, "all": 0}


def role_matches(title_role: str | None, actor_role: str | None) -> bool:
    """Return True when an anaphoric title ("the speaker") fits a named actor's role.

    Args:
        title_role: canonical role of the title ("Speaker", "Foreign Minister").
        actor_role: the named actor's role ("Speaker of Parliament").

    Returns:
        Whether every word of the title's role occurs in the actor's role.
    """
    if not title_role or not actor_role:
        return False
    wanted = set(title_role.lower().split())
    return wanted <= set(actor_role.lower().replace("-", " ").split())


@dataclass
class _Seen:
    actor: Actor
    token: int
    sentence: int
    subject: bool


@dataclass
class Discourse:
    """What the article has said so far, for resolving the next anaphor."""

    kb: KnowledgeBase
    day: dt.date | None
    people: list[_Seen] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    # every country (or IGO) named as the subject of a clause, in order, repeats kept: the actors
    # of the story, not "a U.S. proposal"
    acting_history: list[str] = field(default_factory=list)
    # the last country named as a subject, with its sentence index ("Manila said" before "The
    # Department of Foreign Affairs summoned ...")
    last_acting: tuple[str, int] | None = None
    last_group: tuple[str, ...] = ()
    igos: dict[str, Actor] = field(default_factory=dict)
    last_plural: tuple[Actor, tuple[Actor, ...], int] | None = None
    # role → the last group or body of that role with a country ("Kenyan police" for a later "police")
    bodies: dict[str | None, Actor] = field(default_factory=dict)
    # sector → the last named armed group or organisation ("M23" for a later "the rebels")
    named_groups: dict[str, Actor] = field(default_factory=dict)

    def add(self, actor: Actor, *, token: int, sentence: int, subject: bool) -> None:
        """Record a resolved mention.

        Args:
            actor: the actor it resolved to.
            token: index of its first token.
            sentence: index of its sentence.
            subject: whether it is the grammatical subject of its clause.
        """
        if actor.kind == "person":
            self.people.append(_Seen(actor, token, sentence, subject))
        elif actor.kind in {"group", "organization"} and actor.sector and actor.country:
            self.bodies[actor.role] = actor
            if actor.id.startswith(("org:", "IMG:")):
                self.named_groups[actor.sector] = actor
        code = actor.country or ""
        if (
            len(code) == 3
            and code.isalpha()
            and code.isupper()
            and code not in {"IGO", "NGO", "MNC", "IMG", "UNK"}
        ):
            self.countries.append(code)
            if subject:
                self.acting_history.append(code)
                self.last_acting = (code, sentence)
        elif actor.kind == "igo":
            # an IGO can be one of "the parties" ("the four parties": two states, Turkey and the UN)
            self.igos[actor.id] = actor
            self.countries.append(actor.id)
            if subject:
                self.acting_history.append(actor.id)

    def acting_country(self, sentence: int, *, window: int = 2) -> str | None:
        """Return the last country named as a subject within ``window`` sentences before, or None.

        Args:
            sentence: the index of the sentence asking.
            window: how many sentences back the subject may be.
        """
        if self.last_acting is None or sentence - self.last_acting[1] > window:
            return None
        return self.last_acting[0]

    def by_role(self, role: str | None) -> Actor | None:
        """Return the last group or body with a country named in that role ("the police" after
        "Kenyan police"), or None.

        Args:
            role: the canonical role ("Police", "Troops").
        """
        return self.bodies.get(role) if role else None

    def by_surname(self, word: str) -> Actor | None:
        """Return the person already named in the article whose surname (or name) is ``word``.

        Args:
            word: a name as written ("Zarif", "Amir-Abdollahian").

        Returns:
            The most recent such person, or None.
        """
        key = name_key(word).replace(" - ", "-")
        for seen in reversed(self.people):
            names = (seen.actor.name, *seen.actor.variants)
            if any(surname_of(n) == key or name_key(n) == key for n in names):
                return seen.actor
        return None

    def by_title(self, *, role: str | None, sector: str | None, country: str | None) -> Actor | None:
        """Return the most recent named person a definite title refers to ("the Iranian FM").

        Args:
            role: the title's canonical role (None for generic titles such as "counterpart").
            sector: the title's sector.
            country: the country the title names, if any.

        Returns:
            The person, or None when nobody named so far fits.
        """
        if role == "Leader" and country:
            role = _leader_role(country)  # "the Russian leader" is the President, "the Iranian" Khamenei
        for seen in reversed(self.people):
            actor = seen.actor
            if country and actor.country != country:
                continue
            if role is None or role_matches(role, actor.role) or (role_matches(actor.role, role)):
                return actor
            if sector and actor.sector == sector and role is None:
                return actor
        return None

    def office_holder(self, *, role: str | None, country: str | None) -> Actor | None:
        """Return the knowledge-base person holding ``role`` for ``country`` on the article date.

        Args:
            role: the canonical role ("Foreign Minister").
            country: ISO3 code.

        Returns:
            The one holder, or None when unknown or ambiguous.
        """
        if not role or not country:
            return None
        if role == "Leader":
            role = _leader_role(country)
        wanted = role.lower()
        found = []
        for record in self.kb:
            if record.kind != "person":
                continue
            for spell in record.roles:
                # held on the article date (undated: held now, i.e. open-ended)
                held = spell.covers(self.day) if self.day is not None else spell.end is None
                if held and spell.role.lower() == wanted and (spell.country or record.country) == country:
                    found.append(record)
                    break
        return found[0].to_actor(day=self.day) if len(found) == 1 else None

    def pronoun(self, *, sentence: int, subject: bool, exclude: Actor | None = None) -> Actor | None:
        """Return the referent of "he"/"she": the most recent person subject, else the most recent person.

        Args:
            sentence: the pronoun's sentence index.
            subject: whether the pronoun is itself a subject.
            exclude: a person it cannot be: the subject of its own clause ("Lukashenko negotiated a
                deal with him": not Lukashenko).

        Returns:
            The person, or None when no person has been named within the last three sentences.
        """
        recent = [s for s in self.people if sentence - s.sentence <= 3 and s.actor != exclude]
        if subject:
            subjects = [s for s in recent if s.subject]
            if subjects:
                return subjects[-1].actor
        return recent[-1].actor if recent else None

    def recent_countries(
        self, count: int, *, igos: bool = False, exclude: frozenset[str] = frozenset()
    ) -> tuple[str, ...]:
        """Return the countries a collective ("the two countries", "both sides") stands for.

        The members of the last collective mention when their number fits (a pair named as "Moscow
        and Tehran" stays the pair); otherwise the most often mentioned countries so far, among
        equals those named as subjects first, then the more recent.

        Args:
            count: how many ("the two countries" → 2; 0 when the text gives no number).
            igos: whether international organisations count ("the parties" yes, "the countries" no).
            exclude: codes that cannot be members (the country of whoever addresses "both sides").

        Returns:
            ISO3 codes; fewer when the article named fewer.
        """
        wanted = count or 2
        if self.last_group and len(self.last_group) == wanted and not exclude & set(self.last_group):
            # not when the pair is the one addressing them ("Egypt and Qatar urged both sides")
            return self.last_group
        seen = [c for c in self.countries if (igos or c not in self.igos) and c not in exclude]
        last_seen = {code: n for n, code in enumerate(seen)}
        # among equally frequent countries, one that acted (a subject) before one only mentioned
        acted = self.acting_history
        ranked = sorted(last_seen, key=lambda c: (-seen.count(c), -acted.count(c), -last_seen[c]))
        return tuple(ranked[:wanted])

    def last_leaders(self, count: int) -> tuple[Actor, ...]:
        """Return "the two leaders": the last ``count`` people named, each of another country,
        who hold a government office.

        Args:
            count: how many.

        Returns:
            The people, in the order they were named; fewer when the article named fewer.
        """
        picked: list[Actor] = []
        for seen in reversed(self.people):
            actor = seen.actor
            if actor.sector == "GOV" and actor.country and all(p.country != actor.country for p in picked):
                picked.append(actor)
                if len(picked) == count:
                    break
        return tuple(reversed(picked))

    def add_group(self, codes: tuple[str, ...]) -> None:
        """Record the members of a collective mention (what the next "both sides" refers to).

        Args:
            codes: ISO3 codes of the members.
        """
        self.last_group = codes

    def add_plural(self, actor: Actor, members: tuple[Actor, ...], *, sentence: int) -> None:
        """Record a plural mention (a collective, or a group such as "Russian officials").

        Args:
            actor: the group actor.
            members: its members, if it is a collective.
            sentence: its sentence index.
        """
        self.last_plural = (actor, members, sentence)

    def plural(self, *, sentence: int) -> tuple[Actor, tuple[Actor, ...]] | None:
        """Return the referent of "they"/"them": the last plural mention of the last two sentences.

        Args:
            sentence: the pronoun's sentence index.

        Returns:
            The group actor and its members, or None.
        """
        if self.last_plural is None or sentence - self.last_plural[2] > 2:
            return None
        return self.last_plural[0], self.last_plural[1]


def _leader_role(country: str) -> str:
    return leader_roles().get(country, "President")
