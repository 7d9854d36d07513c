"""Developer script: build ``src/communique/data/cameo.tsv`` from public CAMEO/PLOVER reference facts.

This runs once, by a developer, when the ontology facts change; the package never reads the
reference folder at run time. It joins three public fact tables (CAMEO code list, Goldstein
values, CAMEO→PLOVER mapping) into one table of our own layout:

    code  root  label  goldstein  quad_class  plover  plover_mode  plover_context

Usage: python scripts/build_cameo_table.py REFERENCE_DIR OUT_TSV
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

# Quad classes by CAMEO root, as GDELT defines them.
_QUAD_BY_ROOT = {f"{r:02d}": (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4) for r in range(1, 21)}
# PLOVER type by root where the mapping table has no line for a code.
_PLOVER_BY_ROOT = {
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}
_PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,?([^,#]*),?([^#]*)#?")


def _read_tsv(path: Path) -> dict[str, str]:
    rows: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            code, value = line.rstrip("\n").split("\t", 1)
            if code in ("code",):
                continue
            rows[code.strip()] = value.strip()
    return rows


def _root_plover(code: str) -> str:
    root = code[:2]
    if root == "08":
        return "CONCEDE" if code[:3] in {"080", "081", "082", "083"} or code == "08" else "RETREAT"
    return _PLOVER_BY_ROOT.get(root, "")


def main(reference: Path, out: Path) -> None:
    labels = _read_tsv(reference / "cameo_eventcodes.tsv")
    goldstein = _read_tsv(reference / "cameo_goldstein.tsv")
    plover: dict[str, tuple[str, str, str]] = {}
    for line in (reference / "cameo_to_plover_2021.txt").read_text(encoding="utf-8").splitlines():
        m = _PLOVER_LINE.match(line.strip())
        if m:
            plover.setdefault(m.group(1), (m.group(2), m.group(3).strip(), m.group(4).strip()))
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes with Goldstein value, GDELT quad class, PLOVER type/mode/context.\n")
        fh.write("# Facts from the CAMEO 1.1b3 codebook, GDELT's Goldstein table and PLOVER's\n")
        fh.write("# CAMEO2PLOVER-2021 mapping (CC BY-SA 4.0); joined by scripts/build_cameo_table.py.\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(
            ["code", "root", "label", "goldstein", "quad_class", "plover", "plover_mode", "plover_context"]
        )
        for code in sorted(labels):
            root = code[:2]
            ptype, mode, context = plover.get(code, (_root_plover(code), "", ""))
            if root in ("01", "02"):
                ptype = ""  # PLOVER drops public statements and appeals as event types
            writer.writerow(
                [
                    code,
                    root,
                    labels[code],
                    goldstein.get(code, goldstein.get(root, "0.0")),
                    _QUAD_BY_ROOT[root],
                    ptype,
                    mode,
                    context.replace(";", ",").strip(),
                ]
            )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
