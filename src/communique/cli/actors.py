"""``communique actors …`` and ``communique kb import``: resolve phrases, inspect and edit the KB."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from communique.actors import ActorRecord, ActorResolver, KnowledgeBase
from communique.actors.userkb import import_file, merge_actors, read_user_kb, split_actor, write_user_kb
from communique.cli._common import console, date_option, fail, settings_from, user_errors
from communique.model import Actor

__all__ = ["register"]

actors_app = typer.Typer(
    name="actors", help="Resolve actor phrases and inspect or edit the actor knowledge base."
)
kb_app = typer.Typer(name="kb", help="Import actors into the user knowledge-base file.")

OverridesOption = Annotated[
    str | None,
    typer.Option("--overrides", help="User actor KB (YAML); default: the actor_overrides setting."),
]


def _actor_json(phrase: str, actor: Actor | None) -> str:
    out: dict[str, Any] = {"phrase": phrase, "name": None, "country": None, "sector": None}
    out.update(role=None, former=False, id=None, kind=None)
    if actor is not None:
        out.update(
            name=actor.name,
            country=actor.country,
            sector=actor.sector,
            role=actor.role,
            former=actor.former,
            id=actor.id,
            kind=actor.kind,
        )
    return json.dumps(out, ensure_ascii=False)


def resolve_command(
    phrases: Annotated[
        list[str], typer.Argument(help="Actor phrases, or - to read one per line from stdin.")
    ],
    context: Annotated[str | None, typer.Option(help="A sentence around the phrase.")] = None,
    date: Annotated[str | None, typer.Option(help="Date the phrase was written (YYYY-MM-DD).")] = None,
    overrides: OverridesOption = None,
) -> None:
    """Resolve each phrase to an actor; print one JSON line each (name, country, sector, role, former)."""
    settings = settings_from(actor_overrides=overrides)
    day = date_option(date, flag="--date")
    items = [line.strip() for line in sys.stdin if line.strip()] if phrases == ["-"] else phrases
    with user_errors():
        resolver = ActorResolver(settings=settings)
        for phrase in items:
            actor = resolver.resolve_phrase(phrase, context=context, date=day)
            console.print(_actor_json(phrase, actor), highlight=False, markup=False, soft_wrap=True)


def _kb(overrides: str | None) -> tuple[KnowledgeBase, str | None]:
    settings = settings_from(actor_overrides=overrides)
    return KnowledgeBase.load(overrides_path=settings.actor_overrides), settings.actor_overrides


def _record_json(record: ActorRecord) -> str:
    return json.dumps(record.to_mapping(), ensure_ascii=False, default=str)


def list_command(
    country: Annotated[str | None, typer.Option(help="Only this ISO3 country (or IGO/NGO).")] = None,
    sector: Annotated[str | None, typer.Option(help="Only this sector (GOV, MIL, …).")] = None,
    kind: Annotated[
        str | None, typer.Option(help="Only this kind (person, igo, organization, group).")
    ] = None,
    overrides: OverridesOption = None,
) -> None:
    """List knowledge-base actors (starter tables plus the user file), one JSON object per line."""
    with user_errors():
        kb, _ = _kb(overrides)
        for record in sorted(kb, key=lambda r: r.id):
            if country and record.country != country.upper():
                continue
            if (
                sector
                and record.sector != sector.upper()
                and all(s.sector != sector.upper() for s in record.roles)
            ):
                continue
            if kind and record.kind != kind:
                continue
            console.print(_record_json(record), highlight=False, markup=False, soft_wrap=True)


def show_command(
    actor: Annotated[str, typer.Argument(help="Actor id or name (any known spelling).")],
    overrides: OverridesOption = None,
) -> None:
    """Show one knowledge-base actor with its variants and dated roles (JSON)."""
    with user_errors():
        kb, _ = _kb(overrides)
        record = kb.get(actor) or kb.find(actor)
        if record is None:
            fail(f"no actor {actor!r} in the knowledge base", code=1)
        console.print(_record_json(record), highlight=False, markup=False, soft_wrap=True)


def _target(overrides: str | None) -> tuple[KnowledgeBase, str]:
    kb, path = _kb(overrides)
    if not path:
        fail("no user KB file: pass --overrides PATH or set COMMUNIQUE_ACTOR_OVERRIDES")
    return kb, path


def merge_command(
    keep: Annotated[str, typer.Argument(help="Id or name of the actor that stays.")],
    absorb: Annotated[
        str, typer.Argument(help="Id or name of the actor whose names become variants of KEEP.")
    ],
    overrides: OverridesOption = None,
) -> None:
    """Merge two actors: ABSORB's names become variants of KEEP (written to the user KB file)."""
    with user_errors():
        kb, path = _target(overrides)
        merged = merge_actors(path, keep, absorb, kb=kb)
    console.print(_record_json(merged), highlight=False, markup=False, soft_wrap=True)


def split_command(
    actor: Annotated[str, typer.Argument(help="Id or name of the actor holding the variant.")],
    variant: Annotated[str, typer.Argument(help="The variant name to move into an actor of its own.")],
    new_id: Annotated[str | None, typer.Option("--new-id", help="Id of the new actor.")] = None,
    overrides: OverridesOption = None,
) -> None:
    """Split a variant name out of an actor into a new actor (written to the user KB file)."""
    with user_errors():
        kb, path = _target(overrides)
        reduced, new = split_actor(path, actor, variant, kb=kb, new_id=new_id)
    for record in (reduced, new):
        console.print(_record_json(record), highlight=False, markup=False, soft_wrap=True)


def import_command(
    file: Annotated[str, typer.Argument(help="Wikidata SPARQL results JSON, or CSV (see docs/quality.md).")],
    into: Annotated[
        str | None, typer.Option("--into", help="User KB file to write (default: --overrides).")
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="json or csv (default: from the suffix).")
    ] = None,
    overrides: OverridesOption = None,
) -> None:
    """Import actors from a Wikidata/CSV export into the user KB file (same ids are replaced)."""
    with user_errors():
        kb, path = _kb(overrides)
        target = into or path
        if not target:
            fail("no user KB file: pass --into PATH (or --overrides / COMMUNIQUE_ACTOR_OVERRIDES)")
        records = import_file(file, kb=kb, fmt=fmt)
        ids = {r.id for r in records}
        kept = [r for r in read_user_kb(target) if r.id not in ids]
        write_user_kb(target, [*kept, *records])
    console.print(f"imported {len(records)} actor(s) into {target}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add the ``actors`` and ``kb`` command groups to ``app``."""
    actors_app.command("resolve")(resolve_command)
    actors_app.command("list")(list_command)
    actors_app.command("show")(show_command)
    actors_app.command("merge")(merge_command)
    actors_app.command("split")(split_command)
    kb_app.command("import")(import_command)
    app.add_typer(actors_app, name="actors")
    app.add_typer(kb_app, name="kb")
