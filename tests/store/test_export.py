"""Exports: JSONL objects, flat CSV, typed Parquet that pandas loads, the GDELT-like TSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from communique.errors import QueryError
from communique.store import Store
from communique.store._columns import EVENT_COLUMNS
from communique.store._gdelt import GDELT_COLUMNS
from communique.store.export import write_export
from communique.store.queries import EventFilter
from tests.store.factories import followup_article, other_article, visit_article

REQUIRED = (
    "event_id", "article_id", "sentence", "sentence_start", "sentence_end", "trigger", "cameo", "cameo_root",
    "plover", "quad_class", "goldstein", "modality", "date", "location", "source", "target", "reported_by",
)  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    for processed in (visit_article(), followup_article(), other_article()):
        store.save(processed)
    return store


def test_jsonl_events_carry_the_contract_fields(filled: Store) -> None:
    out = io.StringIO()
    assert write_export(filled, out, fmt="jsonl", flt=EventFilter(modality=())) == 6
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    for event in lines:
        assert set(REQUIRED) <= set(event)
    meeting = next(e for e in lines if e["event_id"] == "a-visit-e0")
    assert meeting["source"]["name"] == "Abbas Araghchi" and meeting["location"]["name"] == "Moscow"
    assert meeting["date"] == "2025-01-14" and meeting["reported_by"] is None
    planned = next(e for e in lines if e["event_id"] == "a-visit-e1")
    assert (
        planned["date"] is None
        and planned["location"] is None
        and planned["reported_by"] == ["Sergei Lavrov"]
    )


def test_csv_flattens_objects(filled: Store) -> None:
    out = io.StringIO()
    write_export(filled, out, fmt="csv", flt=EventFilter(countries=("USA", "IRN"), directed=True))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == [name for name, _ in EVENT_COLUMNS]
    assert {(r["source_name"], r["source_country"], r["target_country"]) for r in rows} == {
        ("United States government", "USA", "IRN")
    }
    assert rows[0]["location_name"] == "" and rows[0]["date"] == ""


def test_parquet_loads_in_pandas_with_documented_dtypes(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert write_export(filled, path, fmt="parquet") == 5
    frame = pd.read_parquet(path)
    assert list(frame.columns) == [name for name, _ in EVENT_COLUMNS]
    assert str(frame["goldstein"].dtype) == "float64"
    assert str(frame["quad_class"].dtype) == "int32"
    assert frame.loc[frame["event_id"] == "a-visit-e0", "location_lat"].iloc[0] == pytest.approx(55.75)
    assert list(frame.loc[frame["event_id"] == "a-visit-e2", "topics"].iloc[0]) == ["sanctions"]


def test_empty_parquet_still_has_the_schema(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "none.parquet"
    assert write_export(store, path, fmt="parquet") == 0
    assert list(pd.read_parquet(path).columns) == [name for name, _ in EVENT_COLUMNS]


def test_gdelt_has_one_row_per_canonical_event(filled: Store) -> None:
    out = io.StringIO()
    assert write_export(filled, out, fmt="gdelt") == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert list(rows[0]) == list(GDELT_COLUMNS)
    meeting = next(r for r in rows if r["GLOBALEVENTID"] == "a-visit-e0")
    assert meeting["SQLDATE"] == "20250114" and meeting["Actor1Code"] == "IRNGOV"
    assert (
        meeting["EventCode"] == "040" and meeting["EventRootCode"] == "04" and meeting["NumMentions"] == "2"
    )
    assert (
        meeting["ActionGeo_CountryCode"] == "RUS" and meeting["SOURCEURL"] == "https://news.example/a-visit"
    )
    threat = next(r for r in rows if r["GLOBALEVENTID"] == "a-drones-e1")
    assert threat["SQLDATE"] == "20250203"  # no event date: the publication date


def test_articles_and_actors_exports(filled: Store, tmp_path: Path) -> None:
    out = io.StringIO()
    assert write_export(filled, out, what="articles", fmt="jsonl") == 3
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["id"] == "a-visit" and first["text"].startswith("Iranian") and first["events"] == 3
    path = tmp_path / "actors.parquet"
    assert write_export(filled, path, what="actors", fmt="parquet") == 5
    actors = pd.read_parquet(path).set_index("actor_id")
    assert sorted(actors.loc["IRN:GOV", "variants"]) == ["Iran", "Tehran"]
    csv_out = io.StringIO()
    write_export(filled, csv_out, what="actors", fmt="csv")
    assert "Iran; Tehran" in csv_out.getvalue()


def test_unknown_format_or_kind_is_refused(filled: Store) -> None:
    with pytest.raises(QueryError, match="format"):
        write_export(filled, io.StringIO(), fmt="xml")
    with pytest.raises(QueryError, match="kind"):
        write_export(filled, io.StringIO(), what="quotes")
    with pytest.raises(QueryError, match="events only"):
        write_export(filled, io.StringIO(), what="actors", fmt="gdelt")
