"""``communique explain EVENT_ID``: why an event was coded, with its evidence marked in the sentence."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from communique.cli._common import DbOption, console, fail, settings_from, user_errors

__all__ = ["explain_event", "register"]


def explain_event(event: dict[str, Any]) -> dict[str, Any]:
    """Summarise why an event was coded.

    Args:
        event: an event dict as returned by ``communique.store.queries.get_event``.

    Returns:
        A dict with the rule, the trigger and its position in the sentence, the CAMEO facts,
        participants, modality, date and place — everything an analyst needs to audit it.
    """
    sentence_start = int(event["sentence_start"])
    trigger_start = event.get("trigger_start")
    trigger_end = event.get("trigger_end")
    in_sentence = None
    if trigger_start is not None and trigger_end is not None:
        in_sentence = [int(trigger_start) - sentence_start, int(trigger_end) - sentence_start]
    return {
        "event_id": event["event_id"],
        "rule": event.get("rule") or "",
        "trigger": event.get("trigger"),
        "trigger_in_sentence": in_sentence,
        "cameo": event.get("cameo"),
        "cameo_label": event.get("cameo_label"),
        "plover": event.get("plover"),
        "quad_class": event.get("quad_class"),
        "goldstein": event.get("goldstein"),
        "modality": event.get("modality"),
        "source": event.get("source"),
        "target": event.get("target"),
        "date": event.get("date"),
        "date_precision": event.get("date_precision"),
        "location": event.get("location"),
        "reported_by": event.get("reported_by"),
        "sentence": event.get("sentence"),
        "article_id": event.get("article_id"),
    }


def _actor_line(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "—"
    parts = [str(actor.get("name") or actor.get("text")), str(actor.get("country") or "?")]
    if actor.get("sector"):
        parts.append(str(actor["sector"]))
    return f"{parts[0]} ({' '.join(parts[1:])}) ← “{actor.get('text')}”"


def explain_command(
    event_id: Annotated[str, typer.Argument(help="The event id (see `communique export`).")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show why an event was coded: the rule, the trigger in its sentence, and every field."""
    from communique.store import Store
    from communique.store.queries import get_event

    settings = settings_from(db=db)
    with user_errors():
        store = Store(settings.db)
        try:
            event = get_event(store, event_id)
        finally:
            store.close()
    if event is None:
        fail(f"no event with id {event_id!r}", code=1)
    info = explain_event(event)
    if as_json:
        console.print_json(json.dumps(info, default=str))
        return
    sentence = Text(str(info["sentence"] or ""))
    if info["trigger_in_sentence"]:
        start, end = info["trigger_in_sentence"]
        sentence.stylize("bold reverse", start, end)
    table = Table(show_header=False, box=None)
    table.add_row("event", str(info["event_id"]))
    table.add_row("rule", str(info["rule"]))
    table.add_row("trigger", str(info["trigger"]))
    table.add_row(
        "code", f"CAMEO {info['cameo']} {info['cameo_label'] or ''} · PLOVER {info['plover'] or '—'}"
    )
    table.add_row("scale", f"quad class {info['quad_class']} · Goldstein {info['goldstein']}")
    table.add_row("modality", str(info["modality"]))
    table.add_row("source", _actor_line(info["source"]))
    table.add_row("target", _actor_line(info["target"]))
    table.add_row("date", f"{info['date'] or '—'} ({info['date_precision'] or 'none'})")
    location = info["location"] or {}
    table.add_row("place", str(location.get("name") or "—"))
    table.add_row("reported by", ", ".join(info["reported_by"] or []) or "—")
    table.add_row("evidence", sentence)
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the ``explain`` command to ``app``."""
    app.command("explain")(explain_command)
