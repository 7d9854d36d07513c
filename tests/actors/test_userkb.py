"""The user knowledge-base file: Wikidata/CSV import, merge and split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.actors import KnowledgeBase
from communique.actors.userkb import import_file, merge_actors, read_user_kb, split_actor, write_user_kb
from communique.errors import InputError

SPARQL = {
    "head": {"vars": ["item", "itemLabel", "country", "positionLabel", "start", "end", "altLabel"]},
    "results": {
        "bindings": [
            {
                "item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q900001"},
                "itemLabel": {"type": "literal", "value": "Lena Vargstad"},
                "country": {"type": "literal", "value": "NOR"},
                "positionLabel": {"type": "literal", "value": "Minister of Defence"},
                "start": {"type": "literal", "value": "2019-01-22T00:00:00Z"},
                "end": {"type": "literal", "value": "2021-10-14T00:00:00Z"},
                "altLabel": {"type": "literal", "value": "L. Vargstad"},
            },
            {
                "item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q900001"},
                "itemLabel": {"type": "literal", "value": "Lena Vargstad"},
                "country": {"type": "literal", "value": "NOR"},
                "positionLabel": {"type": "literal", "value": "Prime Minister"},
                "start": {"type": "literal", "value": "2021-10-14T00:00:00Z"},
            },
        ]
    },
}


def test_wikidata_sparql_json_import_groups_rows_and_infers_sectors(tmp_path: Path) -> None:
    source = tmp_path / "query.json"
    source.write_text(json.dumps(SPARQL), encoding="utf-8")
    records = import_file(source, kb=KnowledgeBase.load())
    assert len(records) == 1
    record = records[0]
    assert (record.id, record.name, record.country) == ("wd:Q900001", "Lena Vargstad", "NOR")
    assert record.variants == ("L. Vargstad",)
    assert [(r.role, r.sector, str(r.start)) for r in record.roles] == [
        ("Minister of Defence", "GOV", "2019-01-22"),
        ("Prime Minister", "GOV", "2021-10-14"),
    ]


def test_csv_import_and_round_trip_through_the_user_file(tmp_path: Path) -> None:
    source = tmp_path / "actors.csv"
    source.write_text(
        "name,country,sector,role,start,end,variants,kind\n"
        "Tariq Mansour,JOR,,Interior Minister,2022-01-01,,T. Mansour|Tareq Mansour,person\n"
        "Harbour Workers Union,GRC,LAB,,,,,organization\n",
        encoding="utf-8",
    )
    records = import_file(source, kb=KnowledgeBase.load())
    assert [(r.id, r.sector) for r in records] == [
        ("person:tariq-mansour", "GOV"),
        ("org:harbour-workers-union", "LAB"),
    ]
    target = tmp_path / "user.yaml"
    write_user_kb(target, records)
    assert read_user_kb(target) == records
    kb = KnowledgeBase.load(overrides_path=str(target))
    found = kb.find("Tareq Mansour")
    assert found is not None and found.country == "JOR"


def test_import_rejects_a_file_that_is_not_sparql_json(tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"rows": []}', encoding="utf-8")
    with pytest.raises(InputError):
        import_file(source, kb=KnowledgeBase.load())


def test_merge_makes_names_of_one_actor_variants_of_the_other(tmp_path: Path) -> None:
    target = tmp_path / "user.yaml"
    write_user_kb(target, import_file(_csv(tmp_path, "Sergei V. Lavrov Jr,RUS,GOV"), kb=KnowledgeBase.load()))
    kb = KnowledgeBase.load(overrides_path=str(target))
    merged = merge_actors(target, "person:sergei-lavrov", "Sergei V. Lavrov Jr", kb=kb)
    assert "Sergei V. Lavrov Jr" in merged.variants
    reloaded = KnowledgeBase.load(overrides_path=str(target))
    found = reloaded.find("Sergei V. Lavrov Jr")
    assert found is not None and found.id == "person:sergei-lavrov"
    assert [r.id for r in read_user_kb(target)] == ["person:sergei-lavrov"]


def test_split_moves_a_variant_into_a_new_actor(tmp_path: Path) -> None:
    target = tmp_path / "user.yaml"
    kb = KnowledgeBase.load()
    reduced, new = split_actor(target, "person:mohammad-javad-zarif", "Mohammad Zarif", kb=kb)
    assert "Mohammad Zarif" not in reduced.variants
    assert (new.name, new.country) == ("Mohammad Zarif", "IRN")
    reloaded = KnowledgeBase.load(overrides_path=str(target))
    found = reloaded.find("Mohammad Zarif", fuzzy=False)
    assert found is not None and found.id == new.id
    with pytest.raises(InputError):
        split_actor(target, "person:mohammad-javad-zarif", "No Such Name", kb=reloaded)


def _csv(tmp_path: Path, row: str) -> Path:
    path = tmp_path / "one.csv"
    path.write_text("name,country,sector\n" + row + "\n", encoding="utf-8")
    return path
