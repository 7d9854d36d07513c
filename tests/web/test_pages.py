"""Overview, actor, event and search pages over the stored test corpus."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fastapi.testclient import TestClient

from communique.settings import load_settings
from communique.store import Store
from tests.web._corpus import XSS_BODY, XSS_TITLE, processed
from tests.web.conftest import make_app


def test_overview_shows_counts_dyads_and_latest_events(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    body = page.text
    assert re.search(r'class="value">6</span> articles', body)
    assert "2024-01-15 – 2024-06-12" in body
    assert 'href="/dyad?a=RUS&amp;b=IRN"' in body  # the most active directed dyad links to its view
    assert "/events/a-jun-e0" in body  # latest events first
    assert "Last run" in body


def test_overview_on_an_empty_database(empty_client: TestClient) -> None:
    page = empty_client.get("/")
    assert page.status_code == 200
    assert "No dyads yet" in page.text


def test_event_page_highlights_evidence_in_the_article(client: TestClient) -> None:
    body = client.get("/events/a-jan-e0").text
    assert re.search(r'hl-source"[^>]*>Sergei Lavrov</mark>', body)
    assert re.search(r'hl-trigger"[^>]*>met</mark>', body)
    assert re.search(r'hl-target"[^>]*>Abbas Araghchi</mark>', body)
    assert re.search(r'hl-place"[^>]*>Moscow</mark>', body)
    assert re.search(r'hl-date"[^>]*>on Monday</mark>', body)
    assert "test.042" in body  # the explain: rule and trigger
    assert 'href="https://news.example/a-jan"' in body


def test_stored_markup_is_escaped_everywhere(client: TestClient) -> None:
    for url in (
        "/events/a-xss-e0",
        "/articles/a-xss",
        "/search?q=praised",
        "/actors/IRN",
        "/",
        "/dyad?a=IRN&b=RUS",
    ):
        body = client.get(url).text
        assert "<script>alert" not in body, url
        assert "<img src=x" not in body, url
        assert "<svg onload" not in body, url
    event = client.get("/events/a-xss-e0").text
    assert "&lt;img src=x onerror=alert(&#39;body&#39;)&gt;" in event
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in event
    assert XSS_BODY not in event and XSS_TITLE not in event


def test_event_page_links_other_reports_and_404s_unknown_ids(client: TestClient) -> None:
    assert client.get("/events/no-such-event").status_code == 404
    assert "No other article reports this event" in client.get("/events/a-feb-e0").text


def test_actor_page_lists_variants_roles_events_and_quotes(client: TestClient) -> None:
    body = client.get("/actors/person:sergei-lavrov").text
    assert "Sergei Lavrov" in body and "Lavrov" in body
    assert "Foreign Minister" in body
    assert "/events/a-jan-e0" in body
    assert "Our cooperation on energy will deepen." in body
    assert client.get("/actors/person:nobody").status_code == 404


def test_actor_page_separates_source_and_target_roles(client: TestClient) -> None:
    body = client.get("/actors/UKR").text
    source_part, target_part = body.split("<h2>As target</h2>")
    assert "/events/a-jun-e1" in source_part and "/events/a-jun-e0" not in source_part
    assert "/events/a-jun-e0" in target_part


def test_search_highlights_snippets_and_filters_events(client: TestClient) -> None:
    body = client.get("/search", params={"q": "railway"}).text
    assert "<mark>railway</mark>" in body
    assert "Iran and Russia expand railway cooperation" in body
    filtered = client.get("/search", params={"cameo_root": "19"}).text
    assert "/events/a-jun-e0" in filtered and "/events/a-jan-e0" not in filtered
    assert 'href="/export.csv?cameo_root=19"' in filtered


def test_search_reports_bad_parameters_as_400(client: TestClient) -> None:
    page = client.get("/search", params={"date_from": "yesterday"})
    assert page.status_code == 400
    assert "date_from" in page.text


def test_pages_have_skip_link_landmarks_and_no_external_assets(client: TestClient) -> None:
    for url in ("/", "/dyad?a=IRN&b=RUS", "/network", "/search", "/ingest", "/events/a-jan-e0"):
        body = client.get(url).text
        assert 'class="skip-link" href="#main"' in body
        assert '<main id="main"' in body
        assert not re.search(r'(src|href)="(https?:)?//', body.replace('href="https://news.example', "")), url


def test_article_page_highlights_mentions_triggers_and_quotes(client: TestClient) -> None:
    body = client.get("/articles/a-jan").text
    assert re.search(r'hl-mention"[^>]*>Sergei Lavrov</mark>', body)
    assert re.search(r'hl-trigger"[^>]*>signed</mark>', body)
    assert re.search(r'hl-quote"[^>]*>Our cooperation on energy will deepen.</mark>', body)
    assert "/events/a-jan-e1" in body
    assert 'href="/export.csv?modality=' in body
    assert client.get("/articles/none").status_code == 404


def test_search_hits_link_to_their_article(client: TestClient) -> None:
    assert 'href="/articles/a-feb"' in client.get("/search", params={"q": "railway"}).text


def test_pages_send_a_content_security_policy(client: TestClient) -> None:
    for url in ("/", "/events/a-xss-e0", "/dyad?a=IRN&b=RUS", "/events/none"):
        headers = client.get(url).headers
        assert "script-src 'self'" in headers["content-security-policy"], url
        assert headers["x-content-type-options"] == "nosniff"


def test_search_snippets_render_markup_as_text_and_brackets_verbatim(tmp_path: Path) -> None:
    text = (
        "Officials in Tehran claimed [sic] the <script>alert('x')</script> page on sanctions [draft two] "
        "was forged & withdrawn."
    )
    settings = load_settings(env={}, overrides={"db": str(tmp_path / "search.db")})
    with Store(settings.db) as store, TestClient(make_app(settings, store)) as test_client:
        store.save(processed("a-brackets", dt.date(2024, 7, 1), "Forged [page]", text, []))
        body = test_client.get("/search", params={"q": "sanctions"}).text
    (snippet,) = re.findall(r'<p class="snippet">(.*?)</p>', body, flags=re.S)
    assert "<mark>sanctions</mark>" in snippet and snippet.count("<mark>") == 1
    assert "[sic]" in snippet and "[draft two]" in snippet  # not turned into highlights
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in snippet and "&amp; withdrawn" in snippet
    assert "<script>alert" not in body
    assert "Forged [page]" in body
