"""Static assets are served locally (plotly included) and nothing else is reachable."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_plotly_is_served_from_the_installed_package(client: TestClient) -> None:
    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert b"plotly" in response.content[:2000].lower()


def test_own_assets_are_served(client: TestClient) -> None:
    for name in ("style.css", "common.js", "dyad.js", "network.js", "ingest.js"):
        assert client.get(f"/static/{name}").status_code == 200, name


def test_paths_outside_the_static_set_are_404(client: TestClient) -> None:
    for name in ("..%2F__init__.py", "missing.js", "%2E%2E%2F%2E%2E%2Fsettings.py"):
        assert client.get(f"/static/{name}").status_code == 404, name
