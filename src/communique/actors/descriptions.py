"""Descriptions that stand for an actor named before ("the kingdom", "the bloc", "the two leaders"),
and country names two states share ("Congo"), settled by the article's own cues."""

from __future__ import annotations

import dataclasses
import functools
import re

from spacy.tokens import Doc

from communique.actors._spans import Found
from communique.actors._tables import country_forms, country_name, read_tsv
from communique.model import Actor

__all__ = ["ambiguous_swaps", "description_spans", "swap_countries"]

# After the description: "the alliance with Russia", "the bloc of 27" are not back-references.
_NOT_AFTER = frozenset({"of", "between", "with", "among", "against", "that", "which"})
_LEADERS_BEFORE = frozenset({"two", "both"})


@functools.cache
def _descriptions() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {
        tuple(row["phrase"].lower().split()): tuple(row["candidates"].split("|"))
        for row in read_tsv("actors/descriptions.tsv")
    }


@functools.cache
def _longest() -> int:
    return max(len(k) for k in _descriptions())


def description_spans(doc: Doc, covered: list[bool]) -> list[Found]:
    """Find "the <description>" phrases ("the kingdom", "the Gulf state") and "the two leaders".

    Args:
        doc: the parsed article.
        covered: tokens already part of a mention (left alone).

    Returns:
        Pending mentions: ``pending`` "description" with the candidate codes in ``codes``, or
        "leaders".
    """
    table = _descriptions()
    out: list[Found] = []
    for token in doc:
        if token.lower_ not in {"the", "both"} or token.i + 1 >= len(doc):
            continue
        start = token.i
        if token.lower_ == "both" or doc[start + 1].lower_ in _LEADERS_BEFORE:
            # "the two leaders", "both leaders": the last two people of different countries
            head = start + (1 if token.lower_ == "both" else 2)
            if head < len(doc) and doc[head].lower_ == "leaders" and not any(covered[start : head + 1]):
                out.append(Found(start, head + 1, None, "leaders", pending="leaders"))
            continue
        for n in range(min(_longest(), len(doc) - start - 1), 0, -1):
            words = tuple(t.lower_ for t in doc[start + 1 : start + 1 + n])
            codes = table.get(words)
            end = start + 1 + n
            if codes is None or any(covered[start:end]):
                continue
            if end < len(doc) and (doc[end].lower_ in _NOT_AFTER or doc[end].pos_ in {"NOUN", "PROPN"}):
                break  # "the alliance with Moscow", "the kingdom's" passes; "the bloc leaders" does not
            out.append(Found(start, end, None, "description", pending="description", codes=codes))
            break
    return out


@functools.cache
def _ambiguous() -> tuple[tuple[str, str, re.Pattern[str], re.Pattern[str] | None], ...]:
    rows = []
    for row in read_tsv("actors/ambiguous_names.tsv"):
        cues = re.compile("|".join(re.escape(c) for c in row["cues"].split("|")))
        means_names = sorted(
            (f.text for f in country_forms() if f.iso3 == row["means"] and f.form == "name"),
            key=len,
            reverse=True,
        )
        drop = re.compile("|".join(re.escape(n) for n in means_names)) if means_names else None
        rows.append((row["written"], row["means"], cues, drop))
    return tuple(rows)


def ambiguous_swaps(text: str) -> dict[str, str]:
    """Return the country codes to read otherwise in this article ({"COG": "COD"} for bare "Congo"
    in an article without a cue for the Republic of the Congo).

    Args:
        text: the article text.

    Returns:
        written code → the code it means here.
    """
    swaps: dict[str, str] = {}
    for written, means, cues, drop in _ambiguous():
        rest = drop.sub(" ", text) if drop is not None else text
        if not cues.search(rest):
            swaps[written] = means
    return swaps


def swap_countries(actor: Actor, swaps: dict[str, str]) -> Actor:
    """Return ``actor`` with its country read through ``swaps`` (id and name follow).

    Args:
        actor: a resolved actor.
        swaps: from ``ambiguous_swaps``.

    Returns:
        The same actor when nothing changes.
    """
    if not swaps:
        return actor
    if actor.kind == "group" and actor.id.startswith("group:"):
        codes = actor.id[len("group:") :].split("+")
        if not any(c in swaps for c in codes):
            return actor
        new = "+".join(sorted({swaps.get(c, c) for c in codes}))
        return dataclasses.replace(actor, id=f"group:{new}")
    old = actor.country
    if old is None or old not in swaps:
        return actor
    code = swaps[old]
    head, _, rest = actor.id.partition(":")
    new_id = f"{code}:{rest}" if head == old and rest else (code if actor.id == old else actor.id)
    name = (country_name(code) or code) if actor.kind == "country" else actor.name
    return dataclasses.replace(actor, id=new_id, country=code, name=name)
