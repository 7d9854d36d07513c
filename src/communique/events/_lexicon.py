"""The trigger lexicon and the cue lists, loaded once from ``data/events``.

The triggers live in ``lexicon/*.tsv``, one file per CAMEO family (verbal/material cooperation
and conflict), and the cues in ``cues.yaml`` (reporting verbs, modality markers); this module only
parses them into frozen structures the coder can look up by lemma.

Lexicon columns (tab-separated, ``#`` starts a comment line):

- ``pos``: ``V`` (verb head), ``N`` (nominal event) or ``A`` (a predicative adjective, or a
  preposition predicated by "be": "Tokyo was pessimistic about", "said it was behind the
  bombing"; the source is the subject of the copula); ``lemma``: spaCy lemma of the trigger.
- ``constraint``: ``-`` none; ``obj=a|b`` direct object lemma (``obj=@actor``: an object that
  is itself a named actor; a participle modifier's object is the noun it modifies, "aid sent
  by Egypt"; a predicative preposition's object is its own object); ``lv=a|b`` a nominal
  governed by one of these verbs ("imposed sanctions"); ``prt=x`` verb particle; ``prep=x`` the
  trigger has this preposition; ``has=a|b`` some word of the clause outside the subject
  ("called X the cause"); ``mod=a|b`` a nominal with one of these adjectives or compound words;
  ``subj=a|b`` the lemma (or a compound word) of the subject head, or ``@SECTOR`` a subject
  actor of that sector ("Rebel fighters entered" with ``subj=rebel|@REB|@MIL``); for a nominal
  the subject is its light verb's; ``poss=a|b`` a nominal's possessor lemma, or ``@actor`` a
  possessor that is a named actor ("Israel's retaliation against Iran", not "warned of
  retaliation"). Several constraints joined by ``;`` must all hold
  (``prt=off;obj=protest|strike``); only ``has`` may repeat, each list then needing a word of
  the clause (``has=pursue|hunt;has=militant|rebel``).
- ``code``: the CAMEO code; ``preps``: prepositions whose object is the target (``-``: the
  dependency defaults only).
- ``flags``: ``sym`` coordinated actors act on each other (reciprocal); ``solo`` no target
  needed; ``stmt`` a statement, coded only when the sentence has no other event;
  ``deny``/``allege`` the embedded event is denied/alleged; ``intent`` the embedded event is
  planned; ``objmod`` a nominal whose actor modifier is the target ("US lawlessness"; the source
  is the subject of the clause); ``place`` a target that is a place ("arrived in Tehran") stands
  for its country; ``ccomp`` the target is the subject of the complement clause ("alleged that
  France was aware"; for a noun, the subject of its that-clause: "the accusation that Rwanda
  …"); ``xobj`` the target is the object of the infinitive ("threatened to shoot
  down US planes"); ``cond`` the target is the subject of an if/unless clause in the complement
  ("warned that it would respond if Russia attacked"); ``recv`` the subject receives the act
  and the object of its ``from`` is the source ("Ukraine received jets from Denmark"); ``hit``
  the subject suffers the act its object or prepositional object names, whose ``by`` agent or
  actor modifier is the source, if any ("the convoy came under Russian fire", "survived an
  assassination attempt"); ``answer`` the passive subject is an act (or actor) that will be
  answered: its doer is the target and the verb's agent, or else the speaker of the reporting
  verb over the clause, the source ("any strike would be met with a crushing response, X said").

The first licensed row of a lemma that yields a frame wins: a licensed constrained row whose
participants the parse does not supply gives way to the next licensed constrained row (never to
the general row: the constraint already ruled that sense out). Rows are read file by file in name
order, then the rows of each lemma are ordered by how many constraints they carry (most first,
file order among equals, the general row last), so a specific row in one family file is never
hidden by a general row in another; a lemma may have only one general row.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml
from spacy.tokens import Token

from communique.errors import ConfigError
from communique.ontology import cameo

__all__ = [
    "Cues",
    "Trigger",
    "cues",
    "parse_lexicon",
    "topic_keywords",
    "trigger_lemmas",
    "triggers_for",
    "word_forms",
]

_CONSTRAINT_KINDS = frozenset({"obj", "lv", "prt", "prep", "has", "mod", "subj", "poss"})
_FLAGS = frozenset(
    {
        "sym",
        "solo",
        "stmt",
        "deny",
        "allege",
        "intent",
        "objmod",
        "place",
        "ccomp",
        "xobj",
        "cond",
        "recv",
        "hit",
        "answer",
    }
)
_POS = frozenset({"V", "N", "A"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: a lemma (verb, noun or adjective), the constraints that license it, and
    its code."""

    pos: str  # "V", "N" or "A"
    lemma: str
    constraints: tuple[tuple[str, frozenset[str]], ...]  # (kind, words), all must hold
    code: str
    preps: frozenset[str]
    flags: frozenset[str]

    def values(self, kind: str) -> frozenset[str] | None:
        """The words of this row's constraint of ``kind``, None when it has none."""
        return next((words for k, words in self.constraints if k == kind), None)

    @property
    def rule(self) -> str:
        """A short name of this row for ``Event.rule`` ("V:impose", "N:sanction[lv]", "V:call[prt+obj]")."""
        suffix = f"[{'+'.join(k for k, _ in self.constraints)}]" if self.constraints else ""
        return f"{self.pos}:{self.lemma}{suffix}"


@dataclass(frozen=True, slots=True)
class Cues:
    """Word lists from ``cues.yaml`` that steer attribution and modality."""

    reporting: frozenset[str]
    according: frozenset[str]
    planned_verbs: frozenset[str]
    planned_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    plan_nouns: frozenset[str]
    plan_holders: frozenset[str]
    alleging_verbs: frozenset[str]
    requested_verbs: frozenset[str]
    halting_verbs: frozenset[str]
    alleged_adverbs: frozenset[str]
    negation: frozenset[str]
    first_person: frozenset[str]
    unnamed_agents: frozenset[str]
    damage_verbs: frozenset[str]
    aid_nouns: frozenset[str]
    owned_act_nouns: frozenset[str]
    purpose_verbs: frozenset[str]
    sending_verbs: frozenset[str]
    question_verbs: frozenset[str]
    killing_nouns: frozenset[str]
    effect_verbs: frozenset[str]
    effect_objects: frozenset[str]
    reciprocals: frozenset[str]
    fearing_verbs: frozenset[str]
    prompting_verbs: frozenset[str]
    fear_nouns: frozenset[str]
    protested_verbs: frozenset[str]
    span_nouns: frozenset[str]
    reaction_verbs: frozenset[str]
    reaction_nouns: frozenset[str]
    intent_codes: dict[str, str]
    act_anaphors: dict[str, frozenset[str]]

    def intent_code(self, code: str) -> str | None:
        """The "express intent" code of a planned act with this code (None: not cooperative)."""
        return self.intent_codes.get(code) or self.intent_codes.get(code[:2])


def _data(name: str) -> str:
    return resources.files("communique").joinpath(f"data/events/{name}").read_text(encoding="utf-8")


@functools.cache
def _rows() -> tuple[Trigger, ...]:
    folder = resources.files("communique").joinpath("data/events/lexicon")
    files = [(f.name, f.read_text(encoding="utf-8")) for f in folder.iterdir() if f.name.endswith(".tsv")]
    return parse_lexicon(files)


def parse_lexicon(files: list[tuple[str, str]]) -> tuple[Trigger, ...]:
    """Parse lexicon files into trigger rows in lookup order.

    Args:
        files: ``(file name, text)`` pairs; they are read in name order.

    Returns:
        All rows: for each lemma, rows with more constraints first, then file order, the general
        row last.

    Raises:
        ConfigError: no files, a malformed row (named ``file:line``), or a second general row for
            the same lemma.
    """
    if not files:
        raise ConfigError("data/events/lexicon: no .tsv files")
    rows: list[Trigger] = []
    general: dict[tuple[str, str], str] = {}
    for name, text in sorted(files):
        for where, row in _read_rows(name, text):
            key = (row.pos, row.lemma)
            if not row.constraints:
                if key in general:
                    raise ConfigError(f"{where}: second general row for {key}; first at {general[key]}")
                general[key] = where
            rows.append(row)
    # Stable sort: within a lemma, rows with more constraints come first (the most specific reading),
    # rows with as many keep their file order, and the general row comes last.
    return tuple(sorted(rows, key=lambda r: (not r.constraints, -len(r.constraints))))


def _read_rows(name: str, text: str) -> list[tuple[str, Trigger]]:
    numbered = [
        (n, ln) for n, ln in enumerate(text.splitlines(), start=1) if ln.strip() and not ln.startswith("#")
    ]
    if not numbered or numbered[0][1].split("\t") != ["pos", "lemma", "constraint", "code", "preps", "flags"]:
        raise ConfigError(f"{name}: the first line must be the header pos/lemma/constraint/code/preps/flags")
    out = []
    for n, line in numbered[1:]:
        where = f"{name}:{n}"
        cells = line.split("\t")
        if len(cells) != 6:
            raise ConfigError(f"{where}: expected 6 tab-separated cells, got {len(cells)}")
        pos, lemma, constraint_cell, code, preps_cell, flags_cell = cells
        constraints: list[tuple[str, frozenset[str]]] = []
        for part in [] if constraint_cell == "-" else constraint_cell.split(";"):
            kind, _, values = part.partition("=")
            # Only "has" may repeat: each list must then have a word in the clause.
            repeated = kind in {k for k, _ in constraints} and kind != "has"
            if kind not in _CONSTRAINT_KINDS or not values or repeated:
                raise ConfigError(f"{where}: bad constraint {constraint_cell!r}")
            constraints.append((kind, frozenset(values.split("|"))))
        flags = frozenset() if flags_cell == "-" else frozenset(flags_cell.split("|"))
        if flags - _FLAGS or pos not in _POS or not lemma or lemma != lemma.lower():
            raise ConfigError(f"{where}: bad pos, lemma or flags in {line!r}")
        try:
            cameo(code)
        except KeyError as exc:
            raise ConfigError(f"{where}: unknown CAMEO code {code!r}") from exc
        preps = frozenset() if preps_cell == "-" else frozenset(preps_cell.split("|"))
        out.append((where, Trigger(pos, lemma, tuple(constraints), code, preps, flags)))
    return out


@functools.cache
def _by_lemma() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    table: dict[tuple[str, str], list[Trigger]] = {}
    for row in _rows():
        table.setdefault((row.pos, row.lemma), []).append(row)
    return {key: tuple(rows) for key, rows in table.items()}


def triggers_for(pos: str, lemma: str) -> tuple[Trigger, ...]:
    """Return the lexicon rows of a lemma, constrained rows first (in file order), then the general one.

    Args:
        pos: "V", "N" or "A".
        lemma: the spaCy lemma, lower case.

    Returns:
        The matching rows, possibly empty.
    """
    return _by_lemma().get((pos, lemma), ())


@functools.cache
def trigger_lemmas() -> frozenset[str]:
    """Return every lemma that can start an event: the pre-filter of the scale stage.

    Returns:
        Lower-case lemmas of all verb and noun triggers; a sentence with none of them cannot
        yield an event.
    """
    return frozenset(row.lemma for row in _rows())


@functools.cache
def cues() -> Cues:
    """Return the cue lists of ``cues.yaml``, loaded once."""
    data = yaml.safe_load(_data("cues.yaml"))
    try:
        lists = {
            name: frozenset(str(w).lower() for w in data[name])
            for name in Cues.__slots__
            if name not in {"intent_codes", "act_anaphors"}
        }
        intents = {str(k): str(v) for k, v in data["intent_codes"].items()}
        for code in intents.values():
            cameo(code)
        anaphors = {
            str(noun).lower(): frozenset(str(roots).split())
            for roots, nouns in data["act_anaphors"].items()
            for noun in nouns
        }
        return Cues(**lists, intent_codes=intents, act_anaphors=anaphors)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"cues.yaml: missing or malformed list ({exc})") from exc


@functools.cache
def topic_keywords() -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    """Return each topic with its single-word keywords and its multi-word phrases.

    Returns:
        ``(topic, words, phrases)`` triples in file order.
    """
    data = yaml.safe_load(_data("topics.yaml"))
    if not isinstance(data, dict):
        raise ConfigError("topics.yaml: expected a mapping of topic to keywords")
    table = []
    for topic, keywords in data.items():
        words = frozenset(str(k).lower() for k in keywords if " " not in str(k))
        phrases = tuple(str(k).lower() for k in keywords if " " in str(k))
        table.append((str(topic), words, phrases))
    return tuple(table)


def word_forms(token: Token) -> frozenset[str]:
    """Return the lemma plus the stems an inflected verb strips to.

    The statistical lemmatiser misreads some verbs ("staged" → "stag", "hopes" → "hop"); matching
    cue lists against these few candidate stems as well is cheaper than a second lemmatiser.

    Args:
        token: a token of the parse.

    Returns:
        Lower-case candidate base forms.
    """
    return _forms(token.lower_, token.lemma_.lower())


@functools.lru_cache(maxsize=65536)
def _forms(lower: str, lemma: str) -> frozenset[str]:
    # Cached on the strings: the same few thousand verb forms recur in every article.
    forms = {lemma, lower}
    stem = None
    if lower.endswith("ed") or lower.endswith("es"):
        forms.update({lower[:-1], lower[:-2]})
        stem = lower[:-2] if lower.endswith("ed") else None
    elif lower.endswith("s"):
        forms.add(lower[:-1])
    elif lower.endswith("ing"):
        stem = lower[:-3]
        forms.update({stem, stem + "e"})
    # A doubled final consonant ("readmitted", "shunning") is undone: the lemmatiser gets some wrong.
    if stem and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        forms.add(stem[:-1])
    return frozenset(forms)
