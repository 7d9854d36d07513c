"""Reading an actor phrase: which country, sector, role and named actor a short phrase denotes.

"Iran's Foreign Ministry spokesman Esmail Baghai", "former deputy Speaker of Russia's State Duma",
"Mexican authorities", "the Northern Fleet" are read the same way in and out of a parsed document:
the words are matched longest-first against the knowledge base (people, organisations), country
forms (names, demonyms, seats of government) and the title lexicon; the *head* title (the last
one before the first preposition) decides the sector, a generic head ("spokesman", "adviser")
takes it from the office it is attached to, and a prepositional phrase ("of the State Duma")
completes the role. Hand-written because no library models news titles; the vocabulary is data.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from communique.actors._normalise import name_key, slug
from communique.actors._tables import (
    CountryForm,
    Title,
    country_forms,
    country_name,
    not_actor_words,
    sector_labels,
    titles,
)
from communique.actors.knowledge import KnowledgeBase
from communique.actors.records import ActorRecord
from communique.model import Actor

__all__ = ["Reading", "build_actor", "read_phrase", "split_words"]

_MAX_WORDS = 9
_PREPOSITIONS = frozenset({"of", "to", "for", "at", "in", "with", "from", "on", "under"})
_FORMER = frozenset({"former", "ex", "erstwhile", "onetime", "one-time"})
_ROLE_PREFIX = {
    "deputy": "Deputy",
    "vice": "Vice",
    "acting": "Acting",
    "first": "First",
    "interim": "Interim",
}
_SKIP = frozenset(
    {"the", "a", "an", "'s", "’s", "his", "her", "its", "their", "and", "then", "top", "senior"}
)
# Offices of a member state's government: "EU foreign ministers", "G7 leaders" meeting as an
# organisation's body are still governments (GOV), not the organisation's own staff (IGO).
_MEMBER_STATE_OFFICES = frozenset(
    {
        "Leader",
        "Minister",
        "Foreign Minister",
        "Defence Minister",
        "Finance Minister",
        "Economy Minister",
        "Trade Minister",
        "Energy Minister",
        "Interior Minister",
        "Justice Minister",
        "Health Minister",
        "Head of State",
        "Head of Government",
        "Prime Minister",
    }
)
# Titles too vague to replace the office the knowledge base knows the person held that day.
_VAGUE_ROLES = frozenset({"Head of State", "Leader", "Official", "Minister", "Diplomat", "Counterpart"})
_MEMO_LIMIT = 20_000  # cached readings per knowledge base before the cache is emptied
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_][\w&+-]*|['’]s\b")


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    kind: str  # "record", "country", "title", "modifier", "prep", "word"
    text: str
    record: ActorRecord | None = None
    form: CountryForm | None = None
    title: Title | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """What a phrase says about an actor. Any field may be unknown (None)."""

    country: str | None
    sector: str | None
    role: str | None
    former: bool
    record: ActorRecord | None  # the named person/organisation, when the KB knows it
    name: str | None  # an unknown personal name found in the phrase
    title_kind: str | None  # kind of the head title: person, group, body, generic
    seat: bool = False  # the phrase is a capital/seat of government used as a metonym
    demonym_only: bool = False  # a bare demonym or country name, nothing else
    countries: tuple[str, ...] = ()  # every country the phrase names ("Russian and Iranian …")


def split_words(text: str) -> list[str]:
    """Split a phrase into words the way the reader expects ("Iran's" → "Iran", "'s").

    Args:
        text: the phrase.

    Returns:
        The words.
    """
    return _WORD.findall(text)


def _key(words: Sequence[str]) -> str:
    return re.sub(r"\s*-\s*", "-", name_key(" ".join(words)))


@functools.cache
def _country_index() -> dict[str, tuple[CountryForm, ...]]:
    index: dict[str, list[CountryForm]] = {}
    for form in country_forms():
        index.setdefault(_key(form.text.split()), []).append(form)
    return {k: tuple(v) for k, v in index.items()}


@functools.cache
def _title_index() -> dict[str, Title]:
    return {_key(t.phrase.split()): t for t in titles()}


def _first_word(key: str) -> str:
    return re.split(r"[\s-]", key, maxsplit=1)[0]


@functools.cache
def _static_first_words() -> frozenset[str]:
    return frozenset(_first_word(k) for k in (*_country_index(), *_title_index()))


def _case_ok(written: str, canonical: str) -> bool:
    """Proper names must be capitalised as names; acronyms must match exactly ("US" is not "us")."""
    letters = canonical.replace(".", "").replace("-", "")
    written = re.sub(r"\s*-\s*", "-", written.replace("’", "'"))
    if letters.isupper() and len(letters) <= 6:
        return written == canonical
    # A name that begins with a lower-case particle ("al-Shabaab", "al-Qaeda") is written so
    # in running text; written exactly as the knowledge base spells it, it is that name.
    return written[:1].isupper() or written[:1].isdigit() or written == canonical


def _scan(words: Sequence[str], kb: KnowledgeBase, day: dt.date | None) -> list[_Piece]:
    pieces: list[_Piece] = []
    i = 0
    countries, title_index, starts = _country_index(), _title_index(), _static_first_words()
    while i < len(words):
        piece = None
        # Only words that begin some known phrase can start a multi-word match (saves most lookups).
        first = _first_word(_key(words[i : i + 1]))
        longest = min(_MAX_WORDS, len(words) - i) if first in starts or kb.starts_name(first) else 1
        for length in range(longest, 0, -1):
            chunk = words[i : i + length]
            written, key = " ".join(chunk), _key(chunk)
            records = [
                r for r in kb.exact(key) if any(_case_ok(written, n) for n in r.names if _key([n]) == key)
            ]
            if records:
                record = kb.find(written, day=day, fuzzy=False) or records[0]
                piece = _Piece(i, i + length, "record", written, record=record)
            elif (
                key in countries
                and _case_ok(written, countries[key][0].text)
                # "American" of "Latin American" (not_actors.tsv) names no country
                and not (i > 0 and f"{words[i - 1]} {written}".lower() in not_actor_words())
            ):
                piece = _Piece(i, i + length, "country", written, form=countries[key][0])
            elif key in title_index and not (length == 1 and key in _ROLE_PREFIX):
                piece = _Piece(i, i + length, "title", written, title=title_index[key])
            if piece:
                break
        if piece is None:
            word = words[i].lower()
            if word in _FORMER or word in _ROLE_PREFIX:
                kind = "modifier"
            elif word in _PREPOSITIONS:
                kind = "prep"
            else:
                kind = "word"
            piece = _Piece(i, i + 1, kind, words[i])
        pieces.append(piece)
        i = piece.end
    return pieces


def _trailing_name(pieces: list[_Piece]) -> str | None:
    """Capitalised unmatched words at the end of the phrase: a personal name the KB does not know."""
    name: list[str] = []
    for piece in reversed(pieces):
        if (piece.kind == "word" and piece.text[:1].isupper() and piece.text.lower() not in _SKIP) or (
            piece.kind == "word" and piece.text in {"-", "‐"} and name
        ):
            name.insert(0, piece.text)
        else:
            break
    if name and pieces and any(p.kind in {"title", "country", "record"} for p in pieces):
        return re.sub(r"\s*-\s*", "-", " ".join(name))
    return None


def read_phrase(
    words: Sequence[str],
    *,
    kb: KnowledgeBase,
    day: dt.date | None = None,
    name: str | None = None,
    names: bool = True,
) -> Reading | None:
    """Read what a phrase says about an actor.

    Args:
        words: the phrase split into words (``split_words`` or spaCy token texts).
        kb: the knowledge base, for names of people and organisations.
        day: the article date, to pick the office held then.
        name: a personal name known to be in the phrase (from NER), if any.
        names: take capitalised words the lexicons do not know at the end of the phrase for a
            personal name ("… Minister Karim Nassar"); off for noun chunks, where NER decides.

    Returns:
        The ``Reading``, or None when the phrase names no actor at all.
    """
    # The same phrases recur through an article (titles, names, noun-chunk tails) and the answer
    # depends only on the words, the day and the knowledge base, so it is read once per day.
    key = ("read_phrase", tuple(words), day, name, names)
    memo = kb.memo
    if key in memo:
        return memo[key]  # type: ignore[return-value]
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    reading = _read_phrase(words, kb=kb, day=day, name=name, names=names)
    memo[key] = reading
    return reading


def _read_phrase(
    words: Sequence[str], *, kb: KnowledgeBase, day: dt.date | None, name: str | None, names: bool
) -> Reading | None:
    words = [w[3:] if w.lower().startswith("ex-") and len(w) > 3 else w for w in words]
    pieces = _scan(words, kb, day)
    forms = [p.form for p in pieces if p.form is not None]
    pieces = [_generic_body(p, forms) for p in pieces]
    head_end = next((n for n, p in enumerate(pieces) if p.kind == "prep"), len(pieces))
    head = pieces[:head_end]
    titled = [p for p in pieces if p.kind == "title" and p.title and p.title.kind != "honorific"]
    head_title = next((p for p in reversed(head) if p in titled), titled[0] if titled else None)
    honorific = next(
        (p for p in pieces if p.kind == "title" and p.title and p.title.kind == "honorific"), None
    )
    records = [p for p in pieces if p.record is not None]
    person = next((p.record for p in records if p.record and p.record.kind == "person"), None)
    org = next((p.record for p in records if p.record and p.record.kind != "person"), None)
    former = any(p.kind == "modifier" and p.text.lower() in _FORMER for p in pieces)
    unknown_name = None
    if person is None:
        unknown_name = name or (_trailing_name(pieces) if names else None)
    if not (titled or honorific or records or forms):
        return None
    country = forms[0].iso3 if forms else None
    if country is None and org is not None:
        country = org.country
    branch = _foreign_branch(forms, org, day) if head_title is None else None
    if branch is not None:
        return branch
    if country is None and head_title and head_title.title and head_title.title.country:
        country = head_title.title.country
    sector: str | None = None
    role: str | None = None
    title_kind: str | None = None
    if head_title and head_title.title:
        sector, role, title_kind = _head_sector_role(head_title, pieces, org)
    elif org is not None:
        sector = org.sector
    elif any(f.form == "seat" for f in forms):
        sector = next(f.sector for f in forms if f.form == "seat")
    if person is not None and (head_title is None or (title_kind == "generic" and not _has_office(pieces))):
        kb_country, kb_sector, kb_role, kb_former = person.state_on(day)
        country, sector, role = kb_country or country, kb_sector, kb_role
        former = former or kb_former
    elif person is not None:
        kb_country, kb_sector, kb_role, kb_former = person.state_on(day)
        country = kb_country or country
        vague = role in _VAGUE_ROLES or (
            role and kb_role and set(role.lower().split()) <= set(kb_role.lower().split())
        )
        if kb_role and not kb_former and not former and kb_sector == sector and vague:
            role = kb_role  # "Russian dictator Vladimir Putin" is still the President
    if sector is None and honorific is not None and honorific.title and person is None:
        sector, role = honorific.title.sector, honorific.title.role
    demonym_only = not titled and not records and not honorific and len(forms) == 1 and unknown_name is None
    return Reading(
        country=country,
        sector=sector,
        role=role,
        former=former,
        # the named person, else the organisation itself ("the IRGC"), unless an unknown person
        # belongs to it ("European Union's Enrique Mora": a person with the EU's country and sector)
        record=person
        or (
            org
            if org is not None and unknown_name is None and (head_title is None or org.country == "IGO")
            else None
        ),
        name=unknown_name,
        title_kind=title_kind,
        seat=any(f.form == "seat" for f in forms) and not titled and not records,
        demonym_only=demonym_only and forms[0].form != "seat",
        countries=tuple(dict.fromkeys(f.iso3 for f in forms)),
    )


def _foreign_branch(forms: list[CountryForm], org: ActorRecord | None, day: dt.date | None) -> Reading | None:
    """ "Pakistani Taliban", "Iraqi Hezbollah": another country's branch of a group, with its sector;
    "the Egyptian Red Crescent": a country's own society of an international NGO (that country, NGO).
    """
    if org is None or not forms or forms[0].form != "demonym" or org.country in {None, "IGO", "IMG"}:
        return None
    code = forms[0].iso3
    sector: str | None
    if org.country == "NGO":
        sector, kind = "NGO", "body"
    elif code == org.country:
        return None
    else:
        sector, kind = org.state_on(day)[1], "group"
        if sector == "GOV":  # a governing group's branch abroad is not that state's government
            sector = "REB" if any(r.sector == "REB" for r in org.roles) else sector
    return Reading(
        country=code,
        sector=sector,
        role=None,
        former=False,
        record=None,
        name=None,
        title_kind=kind,
        countries=(code,),
    )


def _generic_body(piece: _Piece, forms: list[CountryForm]) -> _Piece:
    """ "Rwanda's Senate": a body named by a common word belongs to the country named beside it."""
    record, title = piece.record, _title_index().get(_key(piece.text.split()))
    if record is None or title is None or record.country in {None, "IGO"}:
        return piece
    if any(f.iso3 != record.country for f in forms):
        return _Piece(piece.start, piece.end, "title", piece.text, title=title)
    return piece


def _has_office(pieces: list[_Piece]) -> bool:
    return any(
        p.kind == "title" and p.title and p.title.kind not in {"generic", "honorific"} for p in pieces
    ) or any(p.record is not None and p.record.kind != "person" for p in pieces)


def _head_sector_role(head: _Piece, pieces: list[_Piece], org: ActorRecord | None) -> tuple[str, str, str]:
    assert head.title is not None
    title = head.title
    index = pieces.index(head)
    prefix = ""
    if index > 0 and pieces[index - 1].kind == "modifier" and pieces[index - 1].text.lower() in _ROLE_PREFIX:
        prefix = _ROLE_PREFIX[pieces[index - 1].text.lower()] + " "
    role = title.role if title.role.startswith(prefix.strip() or "\0") else prefix + title.role
    if title.role in {"Minister", "Ministry"}:
        # "Infrastructure Minister", "Energy Ministry": the portfolio the lexicon does not list
        portfolio: list[str] = []
        for piece in reversed(pieces[:index]):
            if piece.kind != "word" or not piece.text[:1].isupper() or piece.text.lower() in _SKIP:
                break
            portfolio.insert(0, piece.text)
        if portfolio:
            role = " ".join([*portfolio, title.role])
    sector = title.sector
    # The office the head title belongs to: a body or organisation before it ("Foreign Ministry
    # spokesman") or in a following prepositional phrase ("Speaker of the State Duma").
    before = [p for p in pieces[:index] if _is_office(p)]
    after = [p for p in pieces[index + 1 :] if _is_office(p)]
    partner = before[-1] if before else (after[0] if after else None)
    if partner is not None:
        office_name = partner.record.name if partner.record else partner.title.role if partner.title else ""
        office_sector = (
            partner.record.sector if partner.record else partner.title.sector if partner.title else None
        )
        member_office = (
            partner.record is not None
            and partner.record.country == "IGO"
            and title.kind == "group"
            and title.sector == "GOV"
            and title.role in _MEMBER_STATE_OFFICES
        )
        # "UN troops", "NATO peacekeepers": an organisation's unit keeps the unit's own sector (its
        # "IGO" sector says only what it is, not what its people do); its officials stay IGO
        own_unit = (
            partner.record is not None
            and partner.record.sector == "IGO"
            and title.kind in {"group", "body"}
            and title.sector not in {"GOV", "IGO"}
        )
        if (
            office_sector
            and (title.kind == "generic" or partner.record is not None)
            and not member_office
            and not own_unit
        ):
            # "NATO Secretary General" is IGO, "Foreign Ministry spokesman" GOV, "Hamas political
            # leader" REB, "IDF spokesman" MIL: the office's sector, not the title's default
            sector = office_sector
        if partner in before:
            role = f"{office_name} {role}"
        else:
            preps = [p for p in pieces[index + 1 : pieces.index(partner)] if p.kind == "prep"]
            prep = preps[0].text.lower() if preps else "of"
            role = f"{role} {prep} the {office_name}"
    elif org is not None and title.kind == "generic" and org.sector:
        sector = org.sector
    return sector, role, title.kind


def _is_office(piece: _Piece) -> bool:
    if piece.record is not None:
        return piece.record.kind != "person"
    return piece.title is not None and piece.title.kind in {"body", "person"}


def build_actor(reading: Reading, *, surface: str, day: dt.date | None = None) -> Actor:
    """Turn a reading into the canonical ``Actor``.

    Args:
        reading: what the phrase says.
        surface: the phrase as written (used to name unknown people).
        day: the article date.

    Returns:
        A person (KB or unknown), an organisation, a country-with-sector, or a country actor.
    """
    record = reading.record
    if record is not None and record.kind == "person":
        return Actor(
            id=record.id,
            name=record.name,
            country=reading.country or record.country,
            sector=reading.sector,
            kind="person",
            role=reading.role,
            former=reading.former,
            variants=record.variants,
        )
    if record is not None:
        base = record.to_actor(day=day)
        return Actor(
            id=base.id,
            name=base.name,
            country=base.country,
            # "UN troops" are the UN's military; "UN officials", "its presidency" stay the IGO's;
            # "EU foreign ministers" keep GOV (_head_sector_role gives GOV to a group only then)
            sector=reading.sector
            if reading.title_kind
            and reading.sector is not None
            and (reading.sector != "GOV" or reading.title_kind == "group")
            else base.sector,
            kind=base.kind,
            role=reading.role or base.role,
            former=reading.former,
            variants=base.variants,
        )
    if reading.name:
        return Actor(
            id=f"person:{slug(reading.name)}",
            name=reading.name,
            country=reading.country,
            sector=reading.sector,
            kind="person",
            role=reading.role,
            former=reading.former,
        )
    place = country_name(reading.country) or "Unknown"
    if reading.sector is None:
        return Actor(id=reading.country or "UNK", name=place, country=reading.country, kind="country")
    kind = "person" if reading.title_kind in {"person", "generic"} else "group"
    if reading.title_kind == "body":
        kind = "organization"
    label = reading.role or sector_labels().get(reading.sector, reading.sector)
    if reading.country is None:
        # "protesters", "gunmen" of no known country: a generic actor of that sector
        return Actor(
            id=f"generic:{reading.sector}",
            name=str(label),
            country=None,
            sector=reading.sector,
            kind=kind,  # type: ignore[arg-type]
            role=reading.role,
            former=reading.former,
        )
    return Actor(
        id=f"{reading.country}:{reading.sector}",
        name=f"{place} {label}",
        country=reading.country,
        sector=reading.sector,
        kind="country" if reading.seat else kind,  # type: ignore[arg-type]
        role=reading.role,
        former=reading.former,
    )
