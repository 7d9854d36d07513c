"""End-to-end in headless Chromium: overview → dyad → brush → event evidence → search → CSV.

Also: stored script/HTML payloads never run, the pages fit a phone, the skip link is the first
stop of the keyboard. Screenshots of each view go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from communique.settings import Settings
from tests.web._server import CHROMIUM, CHROMIUM_ARGS, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def base_url(web_settings: Settings) -> Iterator[str]:
    with serve(web_settings) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (scripts/install-system-deps.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    # Anything that tries to leave the machine fails the test: the dashboard is offline-first.
    outside: list[str] = []
    context.route(
        re.compile(r"^https?://(?!127\.0\.0\.1)"),
        lambda route: (outside.append(route.request.url), route.abort()),
    )
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.dialogs, tab.js_errors, tab.outside = dialogs, errors, outside
    yield tab
    context.close()


def shot(page: Any, name: str, *, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_analyst_flow_end_to_end(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.locator(".stats").inner_text().count("articles") == 1
    shot(page, "overview")

    page.get_by_role("link", name="Dyads").click()
    page.wait_for_url(re.compile(r"/dyad\?a=RUS&b=IRN"))
    page.wait_for_selector("#timeline .main-svg")
    events_before = page.locator("#event-list tbody tr").count()
    shot(page, "dyad")

    # Brush: drag across the middle of the timeline's plotting area.
    box = page.locator("#timeline .nsewdrag").first.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.30, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.55, y, steps=8)
    page.mouse.move(box["x"] + box["width"] * 0.70, y, steps=8)
    page.mouse.up()
    page.wait_for_url(re.compile(r"date_from=\d{4}-\d{2}-\d{2}.*date_to="))
    page.wait_for_function("() => !document.getElementById('selection').textContent.startsWith('Loading')")
    assert re.search(r"from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}", page.locator("#selection").inner_text())
    events_after = page.locator("#event-list tbody tr").count()
    assert 0 < events_after < events_before
    assert "date_from=" in page.locator("#dl-csv").get_attribute("href")
    shot(page, "dyad-brushed")
    shared = page.url
    page.goto(shared)  # the address reproduces the selection
    assert page.locator("#event-list tbody tr").count() == events_after

    page.locator("#event-list tbody a[href^='/events/']").first.click()
    page.wait_for_url(re.compile(r"/events/"))
    trigger = page.locator("#article-text mark.hl-trigger").first
    assert trigger.is_visible()
    assert page.locator("#article-text mark.hl-source").count() >= 1
    shot(page, "event")

    page.get_by_role("link", name="Search").click()
    page.get_by_label("Words in the articles").fill("railway")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"q=railway"))
    assert page.locator(".snippet mark").first.inner_text().lower() == "railway"
    shot(page, "search")

    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == 11  # every asserted event report (the search view has no filter)
    assert {"event_id", "source_country", "cameo"} <= set(rows[0])

    assert page.dialogs == [] and page.js_errors == [] and page.outside == []


def test_event_evidence_is_highlighted(page: Any, base_url: str) -> None:
    page.goto(base_url + "/events/a-jan-e0")
    text = page.locator("#article-text")
    assert text.locator("mark.hl-date").inner_text() == "on Monday"
    assert text.locator("mark.hl-place").inner_text() == "Moscow"
    assert text.locator("mark.hl-source").inner_text() == "Sergei Lavrov"
    assert text.locator("mark.hl-target").inner_text() == "Abbas Araghchi"
    legend = page.get_by_label("Highlight legend").inner_text()
    assert "source actor" in legend and "trigger" in legend  # the legend names each highlight in words
    shot(page, "event-evidence")


def test_stored_scripts_never_run(page: Any, base_url: str) -> None:
    for path in (
        "/events/a-xss-e0",
        "/search?q=praised",
        "/dyad?a=IRN&b=RUS&date_from=2024-03-01&date_to=2024-03-31",
    ):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    assert page.dialogs == []
    page.goto(base_url + "/events/a-xss-e0")
    assert "onerror=alert" in page.locator("#article-text").inner_text()  # shown as text
    assert page.locator("#article-text img, #article-text svg, #article-text script").count() == 0


def test_network_renders_and_lists_actors(page: Any, base_url: str) -> None:
    page.goto(base_url + "/network")
    page.wait_for_selector("#network .main-svg")
    assert page.locator("#network .scatterlayer .trace").count() >= 4
    shot(page, "network")
    # Click the Ukraine node itself: its pixel position from plotly's own axis mapping.
    x, y = page.evaluate(
        """() => {
            const div = document.getElementById('network');
            const trace = div._fullData.find((t) => (t.customdata || []).includes('UKR'));
            const i = trace.customdata.indexOf('UKR');
            const box = div.querySelector('.nsewdrag').getBoundingClientRect();
            const L = div._fullLayout;
            return [box.left + L.xaxis.l2p(trace.x[i]), box.top + L.yaxis.l2p(trace.y[i])];
        }"""
    )
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/actors/UKR"))
    shot(page, "actor")
    page.go_back()
    page.locator("#node-list a", has_text="Russia").click()
    page.wait_for_url(re.compile(r"/actors/RUS"))
    assert page.js_errors == []


def test_phone_width_and_keyboard(browser: Any, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    for path, name in (
        ("/", "overview-phone"),
        ("/dyad?a=IRN&b=RUS", "dyad-phone"),
        ("/events/a-jan-e0", "event-phone"),
    ):
        tab.goto(base_url + path)
        tab.wait_for_load_state("networkidle")
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} overflows the phone width by {overflow}px"
        shot(tab, name)
    tab.goto(base_url + "/")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "skip-link"
    tab.keyboard.press("Enter")
    assert tab.evaluate("location.hash") == "#main"
    context.close()


def test_upload_from_the_page_needs_the_token(browser: Any, tmp_path: Path) -> None:
    from communique.settings import load_settings

    settings = load_settings(env={}, overrides={"db": str(tmp_path / "upload.db"), "api_token": "page-token"})
    upload = tmp_path / "wire.txt"
    upload.write_text(
        "Russia and Iran signed an agreement on the North-South railway corridor in Tehran on Tuesday.\n",
        encoding="utf-8",
    )
    with serve(settings) as url:
        context = browser.new_context()
        tab = context.new_page()
        tab.goto(url + "/ingest")
        tab.get_by_label("Files").set_input_files(str(upload))
        tab.get_by_label("Write token").fill("wrong")
        tab.get_by_role("button", name="Upload and ingest").click()
        tab.wait_for_function(
            "() => document.getElementById('upload-status').textContent.startsWith('Refused')"
        )
        assert "401" in tab.locator("#upload-status").inner_text()
        tab.get_by_label("Write token").fill("page-token")
        tab.get_by_role("button", name="Upload and ingest").click()
        tab.wait_for_function(
            "() => /Ingest (done|failed)/.test(document.getElementById('upload-status').textContent)",
            timeout=240_000,
        )
        status = tab.locator("#upload-status").inner_text()
        assert "Ingest done" in status and "1 stored" in status, status
        shot(tab, "ingest")
        tab.goto(url + "/")
        assert "Last run" in tab.locator("main").inner_text()
        context.close()


def test_example_corpus_views(browser: Any, corpus_settings: Settings) -> None:
    with serve(corpus_settings) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 1100})
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.goto(url + "/")
        shot(tab, "corpus-overview", full_page=False)
        tab.goto(url + "/dyad?a=IRN&b=RUS")
        tab.wait_for_selector("#timeline .main-svg")
        assert tab.locator("#event-list tbody a[href^='/events/']").count() > 0
        shot(tab, "corpus-dyad", full_page=False)
        tab.locator("#event-list tbody a[href^='/events/']").first.click()
        tab.wait_for_url(re.compile(r"/events/"))
        assert tab.locator("#article-text mark.hl-trigger").count() == 1
        tab.get_by_role("link", name="Jump to the evidence in the article").click()
        assert tab.locator("#evidence").is_visible()
        shot(tab, "corpus-event", full_page=False)
        tab.goto(url + "/network")
        tab.wait_for_selector("#network .main-svg")
        shot(tab, "corpus-network", full_page=False)
        assert errors == []
        context.close()
