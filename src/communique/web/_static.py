"""Static assets: the dashboard's own CSS/JS and the plotly bundle shipped by the plotly package.

plotly.min.js is served from the installed ``plotly`` package so the dashboard works with no
internet access (no CDN) and no JavaScript build step. Only a fixed set of file names is served,
so a crafted path can never reach outside the static directory.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

__all__ = ["register_static", "static_files"]

_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}
_CACHE = "public, max-age=3600"


@functools.cache
def static_files() -> dict[str, Path]:
    """Return every servable asset name mapped to its file (computed once).

    Returns:
        ``{"style.css": Path(...), ..., "plotly.min.js": Path(...)}``.
    """
    own = Path(str(resources.files("communique.web").joinpath("static")))
    files = {p.name: p for p in own.iterdir() if p.is_file() and p.suffix in _TYPES}
    plotly_js = Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))
    if plotly_js.is_file():
        files["plotly.min.js"] = plotly_js
    return files


def register_static(router: APIRouter) -> None:
    """Add ``GET /static/{name}`` to ``router``.

    Args:
        router: the dashboard router.
    """

    @router.get("/static/{name}", name="web_static", include_in_schema=False)
    def static(name: str) -> FileResponse:
        path = static_files().get(name)
        if path is None:
            raise HTTPException(status_code=404, detail=f"no static file {name!r}")
        return FileResponse(path, media_type=_TYPES[path.suffix], headers={"Cache-Control": _CACHE})
