"""JSON Lines, JSON and CSV/TSV readers."""

from __future__ import annotations

import csv
import datetime as dt
import json
import tracemalloc
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.ingest import DocumentDefaults, read_documents
from communique.settings import Settings

from .conftest import ReadAll


def test_jsonl_bad_lines_are_errors_naming_file_and_line(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "articles.jsonl")
    assert [d.id for d in docs] == ["j-1", "j-2", "j-6"]
    origins = {e.origin.rsplit(":", 1)[1]: e.reason for e in errors}
    assert set(origins) == {"3", "4", "5"}
    assert "not valid JSON" in origins["3"]
    assert "no 'text' or 'html'" in origins["4"]
    assert "published" in origins["5"]
    assert all(e.origin.startswith(str(formats_dir / "articles.jsonl")) for e in errors)


def test_jsonl_fields_and_datetime_published(read_all: ReadAll, formats_dir: Path) -> None:
    docs, _ = read_all(formats_dir / "articles.jsonl")
    first, second, _ = docs
    assert first.title == "Japan and South Korea resume security talks"
    assert first.source == "Pacific Ledger"
    assert first.published == dt.date(2023, 4, 14)
    assert second.published == dt.date(2023, 4, 15)
    assert first.origin.endswith("articles.jsonl:1")


def test_jsonl_html_record_is_reduced_to_main_text(read_all: ReadAll, formats_dir: Path) -> None:
    docs, _ = read_all(formats_dir / "articles.jsonl")
    html_doc = docs[-1]
    assert html_doc.text is not None and "Johor Strait" in html_doc.text
    assert "<p>" not in html_doc.text


def test_defaults_fill_only_missing_fields(read_all: ReadAll, formats_dir: Path) -> None:
    defaults = DocumentDefaults(source="Desk", published=dt.date(2000, 1, 1))
    docs, _ = read_all(formats_dir / "articles.jsonl", defaults=defaults)
    assert docs[0].source == "Pacific Ledger"  # the document's own value wins
    assert docs[1].source == "Desk"
    assert docs[0].published == dt.date(2023, 4, 14)
    assert docs[2].published == dt.date(2000, 1, 1)


def test_json_single_object(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "one.json")
    assert not errors
    assert [(d.id, d.title, d.published) for d in docs] == [
        ("json-1", "Mongolia signs trade pact", dt.date(2020, 8, 20))
    ]


def test_json_array_reports_bad_items_by_index(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "many.json")
    assert [d.id for d in docs] == ["arr-1"]
    assert sorted(e.origin.rsplit("[", 1)[1] for e in errors) == ["1]", "2]"]


def test_csv_usual_column_names_and_multiline_fields(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "articles.csv")
    assert [d.id for d in docs] == ["csv-1", "csv-2"]
    assert docs[0].title == "Ghana and Togo reopen border"
    assert docs[0].url == "https://west.example/1"
    assert docs[1].text is not None and "joint statement" in docs[1].text
    assert len(errors) == 1
    assert errors[0].origin.endswith("articles.csv:5")  # the row after the two-line field
    assert "published" in errors[0].reason


def test_csv_column_mapping_from_defaults(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "custom.csv"
    path.write_text(
        "story,when,head\nIreland and the UK agreed a new deal.,2024-02-02,Deal\n", encoding="utf-8"
    )
    defaults = DocumentDefaults(text_column="story", date_column="when", title_column="head")
    docs, errors = read_all(path, defaults=defaults)
    assert not errors
    assert (docs[0].text, docs[0].title, docs[0].published) == (
        "Ireland and the UK agreed a new deal.",
        "Deal",
        dt.date(2024, 2, 2),
    )


def test_csv_without_text_column_is_one_clear_error(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "notext.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert not docs
    assert len(errors) == 1 and "no text column" in errors[0].reason


def test_csv_row_with_wrong_field_count_is_skipped(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "text,title\nFirst row text.,One\nonly-one-field\nThird row text.,Three\n", encoding="utf-8"
    )
    docs, errors = read_all(path)
    assert [d.title for d in docs] == ["One", "Three"]
    assert errors[0].origin.endswith("ragged.csv:3")


def test_tsv(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "articles.tsv")
    assert not errors
    assert docs[0].title == "Norway funds Arctic research"
    assert docs[0].text is not None and "Tromsø" in docs[0].text


@pytest.mark.slow
def test_large_jsonl_is_streamed_with_flat_memory(settings: Settings, tmp_path: Path) -> None:
    # ~8 MB of JSONL: if the reader held the file (or its documents) memory would grow past it.
    path = tmp_path / "big.jsonl"
    body = "Officials from both countries met again to discuss the border. " * 2
    with path.open("w", encoding="utf-8") as out:
        for n in range(60_000):
            out.write(json.dumps({"id": f"b{n}", "text": f"{body} Number {n}."}) + "\n")
    count = 0
    tracemalloc.start()
    try:
        for item in read_documents([str(path)], settings=settings, defaults=DocumentDefaults()):
            assert not isinstance(item, InputError)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 60_000
    assert peak < 2 * 1024 * 1024, f"peak {peak} bytes while streaming an {path.stat().st_size}-byte file"


def test_malformed_csv_keeps_earlier_rows(read_all: ReadAll, tmp_path: Path) -> None:
    # An unterminated quote would otherwise swallow the rest of the file into one field.
    rows = "".join(f"Row {n} reports talks in Quito.,T{n}\n" for n in range(3000))
    path = tmp_path / "quote.csv"
    path.write_text(
        "text,title\n" + rows + 'A "broken" row,X\n"Unterminated,Y\nLater row.,Z\n', encoding="utf-8"
    )
    docs, errors = read_all(path)
    assert len(docs) == 3001  # a quote inside a field is fine; one opening a field must close
    assert docs[-1].title == "X"
    assert len(errors) == 1 and "malformed CSV" in errors[0].reason


def test_csv_named_column_missing_is_an_error(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "articles.csv", defaults=DocumentDefaults(text_column="story"))
    assert not docs
    assert "no column 'story'" in errors[0].reason


def test_jsonl_undecodable_line_keeps_earlier_lines(read_all: ReadAll, tmp_path: Path) -> None:
    # UTF-8 for the first 64 KiB (the sniffed head), then a byte that is not UTF-8.
    good = "".join(json.dumps({"text": f"Line {n} about talks in Oslo."}) + "\n" for n in range(3000))
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good.encode() + b'{"text": "caf\xe9"}\n')
    docs, errors = read_all(path)
    assert len(docs) == 3000
    assert len(errors) == 1 and "undecodable" in errors[0].reason


def test_semicolon_separated_csv(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text('title;text\nTalks;"Ministers met in Lisbon, officials said."\n', encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors
    assert docs[0].text == "Ministers met in Lisbon, officials said."


@pytest.mark.slow
def test_large_csv_is_streamed_with_flat_memory(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    body = "Officials from both countries met again to discuss the border, and agreed to meet. " * 2
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "text"])
        for n in range(60_000):
            writer.writerow([f"c{n}", f"{body} Number {n}."])
    count = 0
    tracemalloc.start()
    try:
        for item in read_documents([str(path)], settings=settings, defaults=DocumentDefaults()):
            assert not isinstance(item, InputError)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 60_000
    assert peak < 2 * 1024 * 1024, f"peak {peak} bytes while streaming an {path.stat().st_size}-byte file"
