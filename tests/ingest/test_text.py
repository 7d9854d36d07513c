"""Plain text and Markdown: the title heuristic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique.ingest._text import split_title

from .conftest import ReadAll


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Cuba frees prisoners\n\nCuba released prisoners on Thursday.", "Cuba frees prisoners"),
        ("Relations developing: Advisor to Leader\n\nBody.", "Relations developing: Advisor to Leader"),
        ("Cuba released prisoners on Thursday.\n\nMore text.", None),  # ends with a period
        ("Cuba frees prisoners\nCuba released prisoners on Thursday.", None),  # no blank line after
        (" ".join(["word"] * 40) + "\n\nBody.", None),  # too long for a headline
    ],
)
def test_split_title(text: str, title: str | None) -> None:
    found, rest = split_title(text)
    assert found == title
    assert (rest == text) is (title is None)


def test_txt_file_title_and_body(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "plain.txt")
    assert not errors
    assert docs[0].title == "Cuba frees prisoners after Vatican talks"
    assert docs[0].text is not None and docs[0].text.strip().startswith("Cuba released")


def test_markdown_markup_is_removed(read_all: ReadAll, formats_dir: Path) -> None:
    docs, _ = read_all(formats_dir / "note.md")
    assert docs[0].title == "Uruguay joins trade talks"
    assert docs[0].text is not None
    assert "Pacific trade pact, the foreign ministry said" in docs[0].text


def test_one_line_file_is_a_body(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Peru recalled its ambassador\n", encoding="utf-8")
    docs, _ = read_all(path)
    assert docs[0].title is None and docs[0].text is not None and "Peru recalled" in docs[0].text


def test_front_matter_metadata(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: Chile recalls envoy\ndate: 2024-03-05\nsource: Andes Daily\nurl: https://a.example/1\n---\n"
        "Chile recalled its ambassador from Caracas on Tuesday.\n",
        encoding="utf-8",
    )
    docs, errors = read_all(path)
    assert not errors
    doc = docs[0]
    assert (doc.title, doc.published, doc.source, doc.url) == (
        "Chile recalls envoy",
        dt.date(2024, 3, 5),
        "Andes Daily",
        "https://a.example/1",
    )
    assert (
        doc.text is not None and doc.text.strip() == "Chile recalled its ambassador from Caracas on Tuesday."
    )


def test_front_matter_with_bad_date_is_an_error(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\ndate: last Tuesday\n---\nText of the post.\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert not docs and "published" in errors[0].reason
