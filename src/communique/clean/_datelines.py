"""Agency prefixes and datelines at the start of a paragraph: "MEHR:", "Iran PressEurope:",
"Moscow (IP):", "TEHRAN, Oct. 6 (MNA) –", "MOSCOW —", and bylines spread over bullet-separated
lines ("Kyiv • UNN", "• 9504 views"). They are removed from the text and kept as metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from communique.clean._lexicon import agencies, agency_pattern

__all__ = ["Byline", "parse_byline", "strip_prefix"]

# How far into the article a generic "Place (AGENCY):" dateline is believed: past the first few
# paragraphs the same shape is more likely a sentence than a dateline.
_GENERIC_WITHIN = 5
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_SEPARATORS = re.compile(r"\s*[•·|▪]\s*")
_COUNTER = re.compile(
    r"(?:views?|reads?|visits?|hits?|comments?|shares?)\s*:?\s*\d[\d,.\s]*[kKmM]?"
    r"|\d[\d,.\s]*[kKmM]?\s*(?:views?|reads?|visits?|hits?|comments?|shares?)",
    re.IGNORECASE,
)
_DATE_OR_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?,?(?:\s+\d{4})?"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|(?:today|yesterday)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Byline:
    """What a dateline or byline told: the agency and the place it was filed from."""

    agency: str | None = None
    place: str | None = None


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    known = agency_pattern()
    place = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}"
    # An optional ", Oct. 6" / ", Ukraine" between place and agency.
    qualifier = r"(?:,\s*[A-Z][\w.]*(?:\s\d{1,2})?)?"
    known_prefix = re.compile(rf"(?P<agency>{known})(?:\s?[A-Z][a-z]+)?\s*(?::|\s[-–—|])(?:\s+|$)")
    dash = r"(?::|--|[-–—])"  # wires write "-", "--", "–" or "—"
    # "Moscow (IP):", "BEIJING, March 5 (Xinhua) --", and TASS's "MOSCOW, November 24. /TASS/."
    generic = re.compile(
        rf"(?P<place>{place}){qualifier}\s*"
        rf"(?:\((?P<agency>[A-Z][\w .&-]{{0,30}}?)\)\s*{dash}"
        rf"|\.\s*/(?P<slashed>[A-Z][\w-]{{1,20}})/\.?)(?:\s+|$)"
    )
    capitals = re.compile(rf"(?P<place>[A-Z]{{3,}}(?:[ -][A-Z]{{2,}}){{0,2}}){qualifier}\s*{dash}\s+")
    return known_prefix, generic, capitals


def _place_name(raw: str) -> str:
    # "TEHRAN" → "Tehran"; "Moscow" stays as printed.
    return raw.title() if raw.isupper() else raw


def _agency_name(raw: str) -> str:
    raw = raw.strip()
    return agencies().get(raw, raw)


def strip_prefix(paragraph: str, *, position: int) -> tuple[str, Byline] | None:
    """Remove an agency prefix or dateline from the start of ``paragraph``.

    Args:
        paragraph: one normalised paragraph.
        position: its index in the article (generic datelines are only believed near the top).

    Returns:
        The rest of the paragraph and what the prefix told, or None when there is no prefix.
    """
    known_prefix, generic, capitals = _patterns()
    match = known_prefix.match(paragraph)
    if match is not None:
        return paragraph[match.end() :], Byline(agency=_agency_name(match["agency"]))
    if position < _GENERIC_WITHIN:
        match = generic.match(paragraph)
        if match is not None:
            agency = match["agency"] or match["slashed"]
            byline = Byline(agency=_agency_name(agency), place=_place_name(match["place"]))
            return paragraph[match.end() :], byline
    if position == 0:
        match = capitals.match(paragraph)
        if match is not None and match["place"] not in agencies():
            return paragraph[match.end() :], Byline(place=_place_name(match["place"]))
    return None


def parse_byline(paragraph: str) -> Byline | None:
    """Read a paragraph that is only a byline: "Kyiv • UNN", "UNN", "• 9504 views • 12:30".

    Args:
        paragraph: one normalised paragraph.

    Returns:
        The agency/place it names, or None when the paragraph is not a byline (then it is kept).
    """
    segments = [segment for segment in _SEPARATORS.split(paragraph.strip()) if segment]
    if not segments or len(paragraph.split()) > 10 or any(len(s.split()) > 4 for s in segments):
        return None
    agency: str | None = None
    place: str | None = None
    furniture = 0  # agency names, counters, dates: what makes a line a byline rather than text
    for segment in segments:
        if segment in agencies():
            agency = agency or _agency_name(segment)
            furniture += 1
        elif _COUNTER.fullmatch(segment) or _DATE_OR_TIME.fullmatch(segment):
            furniture += 1
        elif agency is None and _ACRONYM.fullmatch(segment):
            # An agency we do not list, printed as agencies are: a short all-capitals name.
            agency = segment
            furniture += 1
        elif place is None and re.fullmatch(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}", segment):
            place = _place_name(segment)
        else:
            return None
    if furniture == 0 or (len(segments) == 1 and agency is None):
        return None
    return Byline(agency=agency, place=place)
