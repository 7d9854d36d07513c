"""Reader for PETRARCH validation XML (``<Sentence>``, ``<EventCoding>``, ``<Text>`` records).

The validation files of the PETRARCH coders are not well-formed XML (self-closed ``<Sentence/>``
tags later closed again, free text in the header), so an XML parser rejects them. The records
have a rigid, line-oriented shape, which a few regular expressions read reliably.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Collection

from communique.errors import EvaluationError
from communique.evaluate._codes import parse_cameo_actor
from communique.evaluate.gold import GoldEvent, GoldItem, GoldSet
from communique.ontology import cameo_codes

__all__ = ["parse_petrarch"]

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>", re.IGNORECASE)
_CODING = re.compile(r"<EventCoding\b([^>]*)>", re.IGNORECASE)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.IGNORECASE | re.DOTALL)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def parse_petrarch(text: str, *, origin: str, categories: Collection[str] | None = None) -> GoldSet:
    """Parse the records of a PETRARCH validation file.

    A record without ``EventCoding`` or with ``noevents="True"`` expects no event; records marked
    ``evaluate="false"`` are left out. Actor codes become country + sector (``parse_cameo_actor``).

    Args:
        text: the whole file.
        origin: the file name, for messages.
        categories: upper-case categories to keep (None: all); records of other categories are
            left out before they are checked, so their problems raise no notices.

    Returns:
        The ``GoldSet`` (scheme "cameo"; one item per sentence).

    Raises:
        EvaluationError: the text holds no ``<Sentence>`` record.
    """
    body_start = text.find("<Sentences>")
    body = text[body_start:] if body_start >= 0 else text
    starts = [m.start() for m in _SENTENCE.finditer(body)]
    if not starts:
        raise EvaluationError(f"{origin}: no <Sentence> records (is this a PETRARCH validation file?)")
    items: list[GoldItem] = []
    notices: list[str] = []
    for start, end in zip(starts, [*starts[1:], len(body)], strict=True):
        item, item_notices = _record(body[start:end], origin=origin, categories=categories)
        notices.extend(item_notices)
        if item is not None:
            items.append(item)
    return GoldSet(items=tuple(items), notices=tuple(notices), formats=("petrarch",))


def _attrs(tag_body: str) -> dict[str, str]:
    return {
        m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
        for m in _ATTR.finditer(tag_body)
    }


def _record(
    chunk: str, *, origin: str, categories: Collection[str] | None
) -> tuple[GoldItem | None, list[str]]:
    head = _SENTENCE.match(chunk)
    if head is None:  # pragma: no cover - chunks start at a match by construction
        return None, []
    attrs = _attrs(head.group(1))
    item_id = attrs.get("id") or f"record@{origin}"
    where = f"{origin} [{item_id}]"
    if attrs.get("evaluate", "true").lower() == "false":
        return None, []
    if categories is not None and attrs.get("category", "").upper() not in categories:
        return None, []
    text_match = _TEXT.search(chunk)
    if text_match is None:
        return None, [f"{where}: no <Text>; record skipped"]
    sentence = _untokenise_quotes(" ".join(html.unescape(text_match.group(1)).split()))
    if not sentence:
        return None, [f"{where}: empty <Text>; record skipped"]
    notices: list[str] = []
    events: list[GoldEvent] = []
    for coding in _CODING.finditer(chunk[: text_match.start()]):
        event, note = _event(_attrs(coding.group(1)), where=where)
        if event is not None:
            events.append(event)
        if note:
            notices.append(note)
    published = _date(attrs.get("date"))
    if attrs.get("date") and published is None:
        notices.append(f"{where}: date {attrs['date']!r} is not YYYYMMDD; no publication date used")
    item = GoldItem(
        id=item_id,
        text=sentence,
        events=tuple(events),
        published=published,
        category=attrs.get("category"),
        scheme="cameo",
        origin=where,
    )
    return item, notices


def _event(attrs: dict[str, str], *, where: str) -> tuple[GoldEvent | None, str | None]:
    if attrs.get("noevents", "").lower() == "true":
        return None, None
    code = attrs.get("eventcode", "").strip()
    if not code:
        return None, f"{where}: <EventCoding> without eventcode or noevents; ignored"
    if not code.isdigit() or code[:2] not in cameo_codes():
        return None, f"{where}: eventcode {code!r} is not a CAMEO code; ignored"
    source = parse_cameo_actor(attrs.get("sourcecode"))
    target = parse_cameo_actor(attrs.get("targetcode"))
    event = GoldEvent(
        label=code[:2],
        cameo=code,
        source_country=source.country if source else None,
        target_country=target.country if target else None,
        source_sector=source.sector if source else None,
        target_sector=target.sector if target else None,
    )
    return event, None


def _untokenise_quotes(text: str) -> str:
    # The GigaWord-derived records keep Penn Treebank quote tokens (``like this''); a parser
    # trained on news text reads plain double quotes better.
    text = re.sub(r"\s*``\s*", ' "', text)
    return re.sub(r"\s*''", '"', text).strip()


def _date(value: str | None) -> dt.date | None:
    if not value or not re.fullmatch(r"\d{8}", value):
        return None
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return None
