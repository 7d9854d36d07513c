"""HTML pages, RSS/Atom feeds and WARC archives."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.ingest._markup import fragment_text

from .conftest import ReadAll

PAGE = (
    "<html><head><title>Kazakhstan and Uzbekistan sign border treaty</title></head><body><article>"
    "<p>The presidents of Kazakhstan and Uzbekistan signed a treaty demarcating their shared border "
    "in Tashkent on Thursday, ending three decades of negotiations.</p>"
    "<p>Officials said the treaty also settles the use of water from rivers that cross the border "
    "and opens two new road crossings for trade.</p></article></body></html>"
)


def test_html_main_text_and_metadata(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "page.html")
    assert not errors
    (doc,) = docs
    assert doc.text is not None
    assert "Uchusuma river" in doc.text and "joint commission" in doc.text
    assert "Most read" not in doc.text and "All rights reserved" not in doc.text
    assert doc.title == "Chile and Peru sign water-sharing accord"
    assert doc.published == dt.date(2023, 5, 17)
    assert doc.author == "Lucia Ramos"
    assert doc.source == "Andes Daily"


def test_html_paragraphs_are_blank_line_separated(read_all: ReadAll, formats_dir: Path) -> None:
    docs, _ = read_all(formats_dir / "page.html")
    assert docs[0].text is not None and "\n\n" in docs[0].text


def test_html_without_main_text_is_an_error(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text(
        "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", encoding="utf-8"
    )
    docs, errors = read_all(path)
    assert not docs and "no main text" in errors[0].reason


def test_rss_entries(read_all: ReadAll, formats_dir: Path) -> None:
    docs, errors = read_all(formats_dir / "feed.xml")
    assert not errors
    assert [d.title for d in docs] == [
        "Estonia expels Russian diplomat",
        "Latvia and Lithuania agree on rail link timetable",
    ]
    first = docs[0]
    assert first.url == "https://baltic.example/estonia-expels"
    assert first.published == dt.date(2023, 2, 6)
    assert first.source == "Baltic Wire"
    assert first.text == (
        "Estonia ordered a Russian diplomat to leave the country within 72 hours, the foreign ministry "
        "in Tallinn said on Monday.\n\nThe ministry accused the diplomat of activities incompatible with "
        "his status."
    )
    assert first.origin.endswith("feed.xml#1")


def test_atom_feed_with_content(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "atom.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Nordic</title>'
        "<entry><title>Finland joins exercise</title><link href='https://n.example/1'/>"
        "<updated>2023-04-04T12:00:00Z</updated><summary>short</summary>"
        "<content type='html'>&lt;p&gt;Finland joined a NATO air exercise over Lapland on Tuesday."
        "&lt;/p&gt;</content>"
        "</entry></feed>",
        encoding="utf-8",
    )
    docs, errors = read_all(path)
    assert not errors
    assert docs[0].text == "Finland joined a NATO air exercise over Lapland on Tuesday."
    assert docs[0].published == dt.date(2023, 4, 4)
    assert docs[0].url == "https://n.example/1"


def test_fragment_text_plain_and_markup() -> None:
    assert fragment_text("No markup here.") == "No markup here."
    assert fragment_text("<p>One.</p><p>Two <b>bold</b>.</p>") == "One.\n\nTwo bold."


def _warc_bytes(*, gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    html = PAGE.encode("utf-8")
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://asia.example/treaty", "response", payload=io.BytesIO(html), http_headers=headers
        )
    )
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://asia.example/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
        )
    )
    return buffer.getvalue()


def test_warc_html_responses_only(read_all: ReadAll, tmp_path: Path) -> None:
    for name, gz in (("crawl.warc", False), ("crawl.warc.gz", True)):
        path = tmp_path / name
        path.write_bytes(_warc_bytes(gzip=gz))
        docs, errors = read_all(path)
        assert not errors, errors
        assert len(docs) == 1
        assert docs[0].url == "https://asia.example/treaty"
        assert docs[0].text is not None and "Tashkent" in docs[0].text


def test_malformed_warc_keeps_earlier_records(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(_warc_bytes(gzip=False) + b"garbage where a record should start\n")
    docs, errors = read_all(path)
    assert len(docs) == 1
    assert len(errors) == 1 and "WARC" in errors[0].reason


def test_warc_record_without_type_is_an_error(read_all: ReadAll, tmp_path: Path) -> None:
    path = tmp_path / "typeless.warc"
    path.write_bytes(_warc_bytes(gzip=False) + b"WARC/1.0\r\nthis is not a header block\r\n\r\n")
    docs, errors = read_all(path)
    assert len(docs) == 1
    assert len(errors) == 1 and errors[0].origin.endswith("typeless.warc#3")


def test_html_page_in_its_declared_charset(read_all: ReadAll, tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><article>'
        "<p>Министры иностранных дел России и Ирана встретились в Москве в четверг и обсудили "
        "сотрудничество в области энергетики, транспорта и торговли между двумя странами.</p>"
        "<p>Стороны договорились продолжить консультации в следующем месяце в Тегеране.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "ru.html"
    path.write_bytes(html.encode("cp1251"))
    docs, errors = read_all(path)
    assert not errors
    assert docs[0].text is not None and "Министры иностранных дел" in docs[0].text
