"""The trigger lexicon and the cue lists, loaded once from ``data/events``.

The rows live in ``lexicon.tsv`` (triggers → CAMEO codes, with the constraint that licenses
each) and ``cues.yaml`` (reporting verbs, modality markers); this module only parses them into
frozen structures the coder can look up by lemma.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

import yaml
from spacy.tokens import Token

from communique.errors import ConfigError
from communique.ontology import cameo

__all__ = ["Cues", "Trigger", "cues", "topic_keywords", "trigger_lemmas", "triggers_for", "word_forms"]

_CONSTRAINT_KINDS = frozenset({"obj", "lv", "prt", "prep", "has", "mod"})
_FLAGS = frozenset(
    {"sym", "solo", "stmt", "deny", "allege", "intent", "objmod", "place", "ccomp", "xobj", "cond"}
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: a lemma (verb or noun), the constraint that licenses it, and its code."""

    pos: str  # "V" or "N"
    lemma: str
    constraint: str | None  # "obj", "lv", "prt", "prep", "has", "mod" or None
    words: frozenset[str]
    code: str
    preps: frozenset[str]
    flags: frozenset[str]

    @property
    def rule(self) -> str:
        """A short name of this row for ``Event.rule`` ("V:impose", "N:sanction[lv]")."""
        suffix = f"[{self.constraint}]" if self.constraint else ""
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
    alleging_verbs: frozenset[str]
    requested_verbs: frozenset[str]
    halting_verbs: frozenset[str]
    alleged_adverbs: frozenset[str]
    negation: frozenset[str]
    first_person: frozenset[str]
    intent_codes: dict[str, str]

    def intent_code(self, code: str) -> str | None:
        """The "express intent" code of a planned act with this code (None: not cooperative)."""
        return self.intent_codes.get(code) or self.intent_codes.get(code[:2])


def _data(name: str) -> str:
    return resources.files("communique").joinpath(f"data/events/{name}").read_text(encoding="utf-8")


@functools.cache
def _rows() -> tuple[Trigger, ...]:
    lines = (ln for ln in _data("lexicon.tsv").splitlines() if ln.strip() and not ln.startswith("#"))
    rows: list[Trigger] = []
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        constraint, words = None, frozenset[str]()
        if row["constraint"] != "-":
            kind, _, values = row["constraint"].partition("=")
            if kind not in _CONSTRAINT_KINDS or not values:
                raise ConfigError(f"lexicon.tsv row {n}: bad constraint {row['constraint']!r}")
            constraint, words = kind, frozenset(values.split("|"))
        flags = frozenset() if row["flags"] == "-" else frozenset(row["flags"].split("|"))
        if flags - _FLAGS or row["pos"] not in {"V", "N"}:
            raise ConfigError(f"lexicon.tsv row {n}: bad pos or flags in {row!r}")
        try:
            cameo(row["code"])
        except KeyError as exc:
            raise ConfigError(f"lexicon.tsv row {n}: unknown CAMEO code {row['code']!r}") from exc
        preps = frozenset() if row["preps"] == "-" else frozenset(row["preps"].split("|"))
        rows.append(Trigger(row["pos"], row["lemma"], constraint, words, row["code"], preps, flags))
    return tuple(rows)


@functools.cache
def _by_lemma() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    table: dict[tuple[str, str], list[Trigger]] = {}
    for row in _rows():
        table.setdefault((row.pos, row.lemma), []).append(row)
    return {key: tuple(rows) for key, rows in table.items()}


def triggers_for(pos: str, lemma: str) -> tuple[Trigger, ...]:
    """Return the lexicon rows of a lemma in lexicon order (specific rows first).

    Args:
        pos: "V" or "N".
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
            if name != "intent_codes"
        }
        intents = {str(k): str(v) for k, v in data["intent_codes"].items()}
        for code in intents.values():
            cameo(code)
        return Cues(**lists, intent_codes=intents)
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
    if lower.endswith("ed") or lower.endswith("es"):
        forms.update({lower[:-1], lower[:-2]})
    elif lower.endswith("s"):
        forms.add(lower[:-1])
    elif lower.endswith("ing"):
        forms.update({lower[:-3], lower[:-3] + "e"})
    return frozenset(forms)
