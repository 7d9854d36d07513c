"""URLs, fetched from a local HTTP server that the test starts on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from communique.settings import Settings

from .conftest import FORMATS_DIR, ReadAll

# path → (status, content type, body)
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/article": (200, "text/html; charset=utf-8", (FORMATS_DIR / "page.html").read_bytes()),
    "/news": (200, "application/rss+xml", (FORMATS_DIR / "feed.xml").read_bytes()),
    "/feed-as-text": (200, "text/xml", (FORMATS_DIR / "feed.xml").read_bytes()),
    "/records.jsonl": (200, "application/octet-stream", (FORMATS_DIR / "articles.jsonl").read_bytes()),
    "/missing": (404, "text/plain", b"not here"),
    "/huge.txt": (200, "text/plain", b"Talks went on. " * 80_000),  # ~1.2 MB
}


class _Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []  # noqa: RUF012 - the test reads what the server saw

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        status, media, body = ROUTES.get(self.path, (404, "text/plain", b"no route"))
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_html_page(read_all: ReadAll, server: str) -> None:
    docs, errors = read_all(f"{server}/article")
    assert not errors
    assert docs[0].url == f"{server}/article"
    assert docs[0].published == dt.date(2023, 5, 17)
    assert docs[0].text is not None and "Uchusuma" in docs[0].text


def test_url_returning_a_feed_is_read_as_a_feed(read_all: ReadAll, server: str) -> None:
    for path in ("/news", "/feed-as-text"):
        docs, errors = read_all(f"{server}{path}")
        assert not errors
        assert [d.url for d in docs] == [
            "https://baltic.example/estonia-expels",
            "https://baltic.example/rail-baltica",
        ]


def test_url_by_extension_and_line_errors(read_all: ReadAll, server: str) -> None:
    docs, errors = read_all(f"{server}/records.jsonl")
    assert len(docs) == 3
    assert errors[0].origin == f"{server}/records.jsonl:3"


def test_http_error_status_is_an_input_error(read_all: ReadAll, server: str, tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text("A text that is still read.", encoding="utf-8")
    docs, errors = read_all(f"{server}/missing", ok)
    assert len(docs) == 1
    assert errors[0].origin == f"{server}/missing" and "404" in errors[0].reason


def test_unreachable_host_is_an_input_error(read_all: ReadAll) -> None:
    docs, errors = read_all("http://127.0.0.1:9/nothing")
    assert not docs and "cannot fetch" in errors[0].reason


def test_polite_user_agent(read_all: ReadAll, server: str) -> None:
    read_all(f"{server}/article")
    assert _Handler.seen_agents and _Handler.seen_agents[-1].startswith("communique/")


def test_url_body_over_size_limit_is_refused(read_all: ReadAll, server: str, settings: Settings) -> None:
    docs, errors = read_all(f"{server}/huge.txt", settings_=settings.replace(max_file_mb=1))
    assert not docs and "max_file_mb" in errors[0].reason
