"""read_documents: containers, directories, standard input, robustness against bad files."""

from __future__ import annotations

import gzip
import hashlib
import io
import sys
import zipfile
from pathlib import Path

import pytest

from communique.errors import ConfigError
from communique.ingest import DocumentDefaults, read_documents
from communique.settings import Settings

from .conftest import ReadAll

JSONL = "".join(f'{{"id": "g{n}", "text": "Record {n}: ministers met in Rome."}}\n' for n in range(200))


def test_gzip_container_is_read_by_inner_name(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(JSONL.encode()))
    docs, errors = read_all(path)
    assert not errors and len(docs) == 200
    assert docs[0].origin.endswith("batch.jsonl:1")


def test_truncated_gzip_keeps_earlier_records(read_all: ReadAll, tmp_path: Path) -> None:
    # Varied text (hashes) so the compressed stream is long enough to cut in the middle.
    lines = "".join(
        f'{{"id": "g{n}", "text": "Record {hashlib.sha256(str(n).encode()).hexdigest()} from Rome."}}\n'
        for n in range(5000)
    )
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    docs, errors = read_all(path)
    assert 1000 < len(docs) < 5000
    assert [d.id for d in docs] == [f"g{n}" for n in range(len(docs))]
    assert len(errors) == 1 and "truncated or corrupt" in errors[0].reason


def test_zip_members_sorted_hidden_skipped_nested_gzip(
    read_all: ReadAll, tmp_path: Path, formats_dir: Path
) -> None:
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("b/plain.txt", (formats_dir / "plain.txt").read_text(encoding="utf-8"))
        archive.writestr("a/one.json", (formats_dir / "one.json").read_text(encoding="utf-8"))
        archive.writestr("a/.hidden.txt", "Hidden text that must not be read.")
        archive.writestr("__MACOSX/a/._one.json", "junk")
        archive.writestr("c/more.jsonl.gz", gzip.compress(JSONL.encode()))
    docs, errors = read_all(path)
    assert not errors
    assert docs[0].id == "json-1" and docs[0].origin.endswith("bundle.zip!a/one.json")
    assert docs[1].title == "Cuba frees prisoners after Vatican talks"
    assert len(docs) == 202


def test_directory_recursive_sorted_hidden_skipped(read_all: ReadAll, tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second text about a meeting in Oslo.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First text about a meeting in Bern.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.", encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert not errors
    assert [Path(d.origin).name for d in docs] == ["1.txt", "2.txt"]


def test_binary_file_is_a_clear_error(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    docs, errors = read_all(path)
    assert not docs and "binary" in errors[0].reason


def test_legacy_encoding_is_detected(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Le ministre français a rencontré son homologue à Genève pour évoquer la sécurité régionale."
    path.write_bytes(text.encode("cp1252"))
    docs, errors = read_all(path)
    assert not errors
    assert docs[0].text == text


def test_empty_and_blank_files_are_errors(read_all: ReadAll, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n  \n", encoding="utf-8")
    docs, errors = read_all(tmp_path / "empty.txt", tmp_path / "blank.jsonl")
    assert not docs
    assert [e.reason for e in errors] == ["empty file", "empty file"]


def test_file_over_size_limit_is_refused(read_all: ReadAll, tmp_path: Path, settings: Settings) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Talks went on. " * 80_000, encoding="utf-8")  # ~1.2 MB
    small = tmp_path / "small.txt"
    small.write_text("A short report from Quito.", encoding="utf-8")
    docs, errors = read_all(big, small, settings_=settings.replace(max_file_mb=1))
    assert [Path(d.origin).name for d in docs] == ["small.txt"]
    assert "max_file_mb" in errors[0].reason and errors[0].origin == str(big)


def test_decompressed_size_limit_applies_to_gzip(
    read_all: ReadAll, tmp_path: Path, settings: Settings
) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"Talks went on. " * 100_000))  # small file, 1.5 MB inside
    docs, errors = read_all(path, settings_=settings.replace(max_file_mb=1))
    assert not docs and "max_file_mb" in errors[0].reason


def test_missing_path_is_an_error_and_others_go_on(
    read_all: ReadAll, formats_dir: Path, tmp_path: Path
) -> None:
    docs, errors = read_all(tmp_path / "nope.txt", formats_dir / "plain.txt")
    assert len(docs) == 1
    assert errors[0].origin == str(tmp_path / "nope.txt")


def test_forced_format_overrides_extension(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "records.data"
    path.write_text('{"text": "Forced JSONL record from Lima."}\n', encoding="utf-8")
    docs, _ = read_all(path, fmt="jsonl")
    assert docs[0].text == "Forced JSONL record from Lima."
    docs, _ = read_all(path, fmt="txt")
    assert docs[0].text is not None and docs[0].text.startswith("{")


def test_content_sniffing_without_extension(read_all: ReadAll, tmp_path: Path, formats_dir: Path) -> None:
    (tmp_path / "feed").write_bytes((formats_dir / "feed.xml").read_bytes())
    (tmp_path / "records").write_text('{"text": "Sniffed as JSONL."}\n', encoding="utf-8")
    (tmp_path / "squeezed").write_bytes(gzip.compress(b'{"text": "Gzip without a .gz name."}\n'))
    docs, errors = read_all(tmp_path)
    assert not errors
    texts = [d.text for d in docs]
    assert "Sniffed as JSONL." in texts and "Gzip without a .gz name." in texts
    assert any(d.title == "Estonia expels Russian diplomat" for d in docs)


def test_unknown_forced_format_is_a_config_error(settings: Settings, formats_dir: Path) -> None:
    with pytest.raises(ConfigError):
        list(read_documents([str(formats_dir)], settings=settings, defaults=DocumentDefaults(), fmt="docx"))


def test_standard_input(read_all: ReadAll, monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "From a pipe."}\n'), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    docs, errors = read_all("-", "-")
    assert (docs[0].id, docs[0].origin) == ("s1", "<stdin>:1")
    assert len(docs) == 1 and errors[0].reason == "empty file"  # read once, and never closed
    assert not stdin.closed


@pytest.mark.slow
def test_hundred_thousand_tiny_files(settings: Settings, tmp_path: Path) -> None:
    root = tmp_path / "many"
    for bucket in range(100):
        folder = root / f"{bucket:03d}"
        folder.mkdir(parents=True)
        for n in range(1000):
            (folder / f"{n:04d}.txt").write_text(f"Note {bucket}-{n}: envoys met.", encoding="utf-8")
    count = errors = 0
    last = ""
    for item in read_documents([str(root)], settings=settings, defaults=DocumentDefaults()):
        if isinstance(item, Exception):
            errors += 1
        else:
            count += 1
            last = item.origin
    assert (count, errors) == (100_000, 0)
    assert last.endswith("099/0999.txt")
