"""Dev check of the event coder on PETRARCH-style validation records (gold CAMEO + actor codes).

Usage: .venv/bin/python bench/events_dev.py PATH/TO/petr2_gsr_validation.xml [--categories AFP,GOLD] [-v]

Prints, per record, the gold coding and communique's events, then CAMEO-root precision/recall/F1
(an event matches a gold coding with the same root and the same source/target countries, either
direction for the symmetric roots 03-05) and the source/target country accuracy on root matches.
The gold file is read at dev time only; nothing from it is stored in the project.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from communique.evaluate import read_gold
from communique.model import Article
from communique.ontology import is_symmetric_root
from communique.pipeline import Pipeline
from communique.settings import Settings


def _records(
    path: Path, categories: set[str]
) -> list[tuple[str, str, dt.date | None, list[tuple[str, str, str]]]]:
    gold = read_gold(path, categories=sorted(categories))
    return [
        (
            item.id,
            item.text,
            item.published,
            [(e.cameo or e.label, e.source_country or "", e.target_country or "") for e in item.events],
        )
        for item in gold.items
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("xml", type=Path)
    parser.add_argument("--categories", default="AFP,GOLD")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline(Settings())
    tp = fp = fn = 0
    src_ok = tgt_ok = pairs = 0
    for rid, text, date, gold in _records(args.xml, set(args.categories.split(","))):
        article = Article(id=rid, text=text, raw_text=text, published=date)
        events = list(pipeline.process(article).events)
        predicted = {
            (
                e.cameo_root,
                (e.source.country or "") if e.source else "",
                (e.target.country or "") if e.target else "",
            )
            for e in events
        }
        wanted = {(code[:2], s[:3], t[:3]) for code, s, t in gold}
        roots_pred = {p[0] for p in predicted}
        roots_gold = {g[0] for g in wanted}
        tp += len(roots_pred & roots_gold)
        fp += len(roots_pred - roots_gold)
        fn += len(roots_gold - roots_pred)
        for g in wanted:
            for p in predicted:
                if p[0] == g[0]:
                    pairs += 1
                    swap = is_symmetric_root(g[0]) and (p[1], p[2]) == (g[2], g[1])
                    src_ok += p[1] == g[1] or swap
                    tgt_ok += p[2] == g[2] or swap
                    break
        if args.v:
            print(f"{rid}: {text}\n   gold {sorted(wanted)}\n   pred {sorted(predicted)}")
            for e in events:
                source = e.source.text if e.source else None
                target = e.target.text if e.target else None
                print(f"      {e.cameo} {e.rule} [{e.trigger}] {source} -> {target}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"root P={precision:.3f} R={recall:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})")
    if pairs:
        print(
            f"source country acc={src_ok / pairs:.3f} target country acc={tgt_ok / pairs:.3f}"
            f" on {pairs} root matches"
        )


if __name__ == "__main__":
    main()
