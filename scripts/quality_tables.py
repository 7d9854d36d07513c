"""Print the score tables of docs/quality.md from fresh `communique evaluate --json` runs.

Usage: .venv/bin/python scripts/quality_tables.py [--shared ../shared] > /tmp/tables.md

Runs the evaluation once per gold set (team files one by one and together, the sealed unseen test
split in tests/unseen/, the PETRARCH dev file when ../shared is present) and prints three Markdown
tables: overall scores, tuple errors by class, and per-root scores for the chosen sets. Numbers
are pasted into docs/quality.md by hand with the date and commit the script prints, so the
document never claims an unmeasured figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from communique.ontology import cameo

ROOT = Path(__file__).resolve().parents[1]
TEAM = ["sentences", "seeds", "heldout", "dev2", "heldout2", "heldout3", "dev3", "heldout4"]
#: The sealed test split (tests/unseen/): never tuned on; its per-root table is shown beside all files.
UNSEEN = "heldout5"


def _evaluate(target: str, *extra: str) -> dict[str, Any]:
    cmd = [
        sys.executable,
        "-c",
        "from communique.cli import main; main()",
        "evaluate",
        target,
        "--json",
        *extra,
    ]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out)["scores"])


def _prf(block: dict[str, Any]) -> str:
    return f"{100 * block['precision']:.1f} / {100 * block['recall']:.1f} / **{100 * block['f1']:.1f}**"


def _acc(block: dict[str, Any]) -> str:
    return f"{100 * block['accuracy']:.1f} ({block['correct']}/{block['total']})" if block["total"] else "–"


def main() -> None:
    """Run the evaluations and print the tables to stdout."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    sets: dict[str, dict[str, Any]] = {}
    for name in (n for n in TEAM if (ROOT / "tests/gold" / f"{n}.jsonl").is_file()):
        sets[f"team gold: {name}"] = _evaluate(f"tests/gold/{name}.jsonl", "--shared", args.shared)
    sets["team gold: all files (`make eval`)"] = _evaluate("tests/gold/", "--shared", args.shared)
    if (ROOT / "tests/unseen" / f"{UNSEEN}.jsonl").is_file():
        sets[f"unseen test split: {UNSEEN}"] = _evaluate(f"tests/unseen/{UNSEEN}.jsonl")
    petr = Path(args.shared) / "data/dev/petr2_gsr_validation.xml"
    if petr.is_file():
        sets["PETRARCH dev: AFP+GOLD"] = _evaluate(str(petr), "--categories", "AFP,GOLD")
        sets["PETRARCH dev: all categories"] = _evaluate(str(petr))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    print(f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC at commit `{commit.stdout.strip()}`\n")
    print(
        "| gold set | items | gold events | predicted | detection P / R / F1 | tuple P / R / F1 "
        "| country acc. | sector acc. | modality acc. |"
    )
    print("|---|---:|---:|---:|---|---|---:|---:|---:|")
    for name, s in sets.items():
        a = s["actors"]
        print(
            f"| {name} | {s['items']} | {s['gold_events']} | {s['predicted_events']} "
            f"| {_prf(s['detection'])} "
            f"| {_prf(s['tuple'])} | {_acc(a['country'])} | {_acc(a['sector'])} | {_acc(s['modality'])} |"
        )
    classes = sorted({c for s in sets.values() for c in s["error_classes"]})
    print("\n| error class | " + " | ".join(sets) + " |")
    print("|---|" + "---:|" * len(sets))
    for c in classes:
        print(f"| {c} | " + " | ".join(str(s["error_classes"].get(c, 0)) for s in sets.values()) + " |")
    shown = ("team gold: all files (`make eval`)", f"unseen test split: {UNSEEN}", "PETRARCH dev: AFP+GOLD")
    for name in shown:
        if name not in sets:
            continue
        print(f"\n#### {name}\n")
        print("| root | detection TP/FP/FN | detection F1 | tuple TP/FP/FN | tuple F1 |")
        print("|---|---|---:|---|---:|")
        for root, block in sorted(sets[name]["by_label"].items()):
            d, t = block["detection"], block["tuple"]
            print(
                f"| {root} {cameo(root).label.capitalize()} "
                f"| {d['tp']}/{d['fp']}/{d['fn']} | {100 * d['f1']:.1f} "
                f"| {t['tp']}/{t['fp']}/{t['fn']} | {100 * t['f1']:.1f} |"
            )


if __name__ == "__main__":
    main()
