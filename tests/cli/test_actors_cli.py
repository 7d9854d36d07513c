"""``communique actors …`` and ``communique kb import`` through the real CLI (CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from communique.cli import app

runner = CliRunner()


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_resolve_prints_one_json_object_per_phrase() -> None:
    result = runner.invoke(
        app,
        [
            "actors",
            "resolve",
            "Mexican authorities",
            "the Northern Fleet",
            "Iran's Foreign Ministry spokesman",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = _lines(result.output)
    assert [(r["country"], r["sector"]) for r in rows] == [("MEX", "GOV"), ("RUS", "MIL"), ("IRN", "GOV")]
    assert {"name", "country", "sector", "role", "former"} <= set(rows[0])


def test_resolve_reads_stdin_and_honours_the_date() -> None:
    result = runner.invoke(
        app, ["actors", "resolve", "-", "--date", "2010-06-01"], input="Vladimir Putin\nxyzzy\n"
    )
    assert result.exit_code == 0, result.output
    putin, unknown = _lines(result.output)
    assert putin["role"] == "Prime Minister"
    assert unknown["name"] is None


def test_resolve_rejects_a_bad_date() -> None:
    result = runner.invoke(app, ["actors", "resolve", "Iran", "--date", "June"])
    assert result.exit_code != 0


def test_list_and_show_the_knowledge_base() -> None:
    listed = runner.invoke(app, ["actors", "list", "--kind", "igo"])
    assert listed.exit_code == 0, listed.output
    ids = {r["id"] for r in _lines(listed.output)}
    assert {"IGO:EAEU", "IGO:NATO", "IGO:UNSC"} <= ids
    shown = runner.invoke(app, ["actors", "show", "Peseshkian"])
    assert shown.exit_code == 0, shown.output
    assert _lines(shown.output)[0]["id"] == "person:masoud-pezeshkian"
    missing = runner.invoke(app, ["actors", "show", "Nobody At All"])
    assert missing.exit_code == 1


def test_kb_import_then_merge_and_split_edit_the_user_file(tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text("name,country,role\nIrena Kowalczyk-Ray,POL,Foreign Minister\n", encoding="utf-8")
    user = tmp_path / "user.yaml"
    imported = runner.invoke(app, ["kb", "import", str(source), "--into", str(user)])
    assert imported.exit_code == 0, imported.output
    resolved = runner.invoke(app, ["actors", "resolve", "Irena Kowalczyk-Ray", "--overrides", str(user)])
    assert _lines(resolved.output)[0]["country"] == "POL"
    merged = runner.invoke(
        app, ["actors", "merge", "person:sergei-lavrov", "Irena Kowalczyk-Ray", "--overrides", str(user)]
    )
    assert merged.exit_code == 0, merged.output
    assert "Irena Kowalczyk-Ray" in _lines(merged.output)[0]["variants"]
    split = runner.invoke(
        app, ["actors", "split", "person:sergei-lavrov", "Irena Kowalczyk-Ray", "--overrides", str(user)]
    )
    assert split.exit_code == 0, split.output
    reduced, new = _lines(split.output)
    assert "Irena Kowalczyk-Ray" not in reduced.get("variants", [])
    assert new["name"] == "Irena Kowalczyk-Ray"


def test_merge_without_a_user_file_fails_clearly() -> None:
    result = runner.invoke(app, ["actors", "merge", "person:sergei-lavrov", "person:igor-ivanov"], env={})
    assert result.exit_code == 2


def test_resolve_uses_the_context_sentence_for_a_pronoun_and_a_bare_title() -> None:
    result = runner.invoke(
        app,
        [
            "actors",
            "resolve",
            "he",
            "the spokesman",
            "--context",
            "Iranian Foreign Minister Mohammad Javad Zarif spoke.",
        ],
    )
    assert result.exit_code == 0, result.output
    he, spokesman = _lines(result.output)
    assert he["id"] == "person:mohammad-javad-zarif"
    assert (spokesman["country"], spokesman["sector"]) == ("IRN", "GOV")
