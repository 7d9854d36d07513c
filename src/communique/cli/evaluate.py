"""``communique evaluate``: score the pipeline (or exported/stored events) against gold data."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from communique.cli._common import console, err_console, settings_from, user_errors
from communique.evaluate import Accuracy, Counts, EvaluationResult, evaluate
from communique.ontology import cameo_codes

__all__ = ["register"]


def evaluate_command(
    gold: Annotated[
        str,
        typer.Argument(
            help="Gold file (PETRARCH .xml, PLOVER .json, communique .jsonl) or a directory of .jsonl."
        ),
    ],
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Score the events stored in this database instead of running the pipeline."
        ),
    ] = None,
    events: Annotated[
        str | None,
        typer.Option(
            "--events", help="Score the events of this JSONL export instead of running the pipeline."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List each item's misses and false alarms.")
    ] = False,
    categories: Annotated[
        str | None,
        typer.Option("--categories", help="Comma-separated gold categories to keep, e.g. AFP,GOLD."),
    ] = None,
    shared: Annotated[
        str | None,
        typer.Option(
            "--shared", help="Folder that text_path gold entries resolve against (default ../shared)."
        ),
    ] = None,
) -> None:
    """Measure event detection, full-tuple, actor, date and modality accuracy against gold data."""
    if db is not None and events is not None:
        raise typer.BadParameter("give --db or --events, not both")
    settings = settings_from()
    wanted = [c.strip() for c in categories.split(",") if c.strip()] if categories else None
    with user_errors():
        result = evaluate(
            gold, settings=settings, events_path=events, db=db, categories=wanted, shared_dir=shared
        )
    for notice in result.notices:
        err_console.print(f"[yellow]note[/] {escape(notice)}", highlight=False)
    if as_json:
        console.print_json(json.dumps(result.as_dict(errors=errors)))
        return
    _print_tables(result)
    if errors:
        _print_errors(result)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _prf(counts: Counts) -> list[str]:
    # A rate with an empty denominator (no prediction, or no gold event, of a root) is shown as
    # "–" rather than as the 0 or 1 convention the JSON output keeps.
    precision = counts.precision if counts.tp + counts.fp else None
    recall = counts.recall if counts.tp + counts.fn else None
    return [_pct(precision), _pct(recall), _pct(counts.f1)]


def _label_name(label: str) -> str:
    code = cameo_codes().get(label)
    return f"{label} {code.label.title()}" if code else label


def _print_tables(result: EvaluationResult) -> None:
    s = result.scores
    cats = f" [{', '.join(result.categories)}]" if result.categories else ""
    console.print(
        f"[bold]{escape(result.gold)}[/]{escape(cats)} ({', '.join(result.formats)}): {s.items} items, "
        f"{s.gold_events} gold events, {s.predicted_events} predicted ({escape(result.predictions_from)}, "
        f"{result.seconds:.1f} s)",
        highlight=False,
    )
    overall = Table(title="Overall", title_justify="left")
    for column in ("metric", "P %", "R %", "F1 %", "TP", "FP", "FN"):
        overall.add_column(column, justify="left" if column == "metric" else "right")
    for name, counts in (
        ("event detection (item, root)", s.detection),
        ("full tuple (src, tgt, root)", s.tuple),
    ):
        overall.add_row(name, *_prf(counts), str(counts.tp), str(counts.fp), str(counts.fn))
    console.print(overall)

    per_label = Table(title="Per root / type", title_justify="left")
    per_label.add_column("root", no_wrap=True, overflow="ellipsis", max_width=22)
    for column in ("gold", "det P", "det R", "det F1", "tuple P", "tuple R", "tuple F1"):
        per_label.add_column(column, justify="right")
    for label in sorted(set(s.detection_by_label) | set(s.tuple_by_label)):
        det, tup = s.detection_by_label[label], s.tuple_by_label[label]
        per_label.add_row(_label_name(label), str(tup.tp + tup.fn), *_prf(det), *_prf(tup))
    console.print(per_label)

    accuracy = Table(title="Attributes of detected events", title_justify="left")
    for column in ("attribute", "accuracy %", "correct", "scored"):
        accuracy.add_column(column, justify="left" if column == "attribute" else "right")
    rows: tuple[tuple[str, Accuracy], ...] = (
        ("actor country", s.country),
        ("actor sector", s.sector),
        ("date: exact day", s.date_day),
        ("date: same month", s.date_month),
        ("modality", s.modality),
        ("location", s.location),
    )
    for name, acc in rows:
        accuracy.add_row(name, _pct(acc.value), str(acc.correct), str(acc.total))
    console.print(accuracy)
    if s.error_classes:
        classes = Table(title="Tuple errors by class", title_justify="left")
        classes.add_column("class")
        classes.add_column("count", justify="right")
        for name, count in s.error_classes.most_common():
            classes.add_row(name, str(count))
        console.print(classes)
    console.print(
        f"{s.duplicates} duplicate prediction(s) counted once; {s.redundant} redundant prediction(s) "
        "(fitting an already matched gold event) not counted as false alarms.",
        highlight=False,
    )


def _print_errors(result: EvaluationResult) -> None:
    for item in result.scores.errors:
        if not item.misses and not item.false_alarms:
            continue
        console.rule(f"[bold]{escape(item.item_id)}[/]")
        console.print(escape(_shorten(item.text)), highlight=False)
        for miss in item.misses:
            console.print(f"  [red]missed[/]      {escape(miss)}", highlight=False)
        for alarm in item.false_alarms:
            console.print(f"  [yellow]false alarm[/] {escape(alarm)}", highlight=False)


def _shorten(text: str, limit: int = 400) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def register(app: typer.Typer) -> None:
    """Add the ``evaluate`` command to ``app``."""
    app.command("evaluate")(evaluate_command)
