"""What every dashboard route shares: settings, the store factory, the templates, the ingest jobs.

One ``WebContext`` is built per router (never a module global), so two apps in one process (tests
do that) keep separate state.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from communique.ontology import cameo_codes
from communique.settings import Settings
from communique.store import queries
from communique.web._jobs import IngestJobs

__all__ = ["QUAD_LABELS", "SECURITY_HEADERS", "WebContext", "cameo_label", "country_name", "make_templates"]

# Defence in depth behind the escaping: scripts only from this server (no inline code, no eval),
# no plugins, no framing. Styles may be inline because plotly sets them on the elements it draws.
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

QUAD_LABELS: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def cameo_label(code: object) -> str:
    """Return the CAMEO label of a code in sentence case ("" for an unknown code).

    Args:
        code: a CAMEO code ("042") or root ("04").

    Returns:
        The label, e.g. "Make a visit".
    """
    entry = cameo_codes().get(str(code or ""))
    return entry.label.capitalize() if entry else ""


def country_name(code: object) -> str:
    """Return the display name of an ISO3 country code, or the code itself when it is not one.

    Args:
        code: an ISO 3166 alpha-3 code ("IRN") or a non-state code ("IGO").

    Returns:
        "Iran", "Russia"… — the name the query layer gives country dyads and the actor stage
        gives country actors, so one country reads the same on every page.
    """
    return queries.country_name(str(code or ""))


def _quad_label(value: object) -> str:
    try:
        return QUAD_LABELS.get(int(str(value)), "unknown class")
    except ValueError:
        return "unknown class"


def _actor_url(actor_id: object) -> str:
    # Actor ids contain ':' ("person:sergei-lavrov"); keep it readable, escape everything else.
    return "/actors/" + quote(str(actor_id), safe=":")


def _safe_url(url: object) -> str:
    # Only web links become hrefs: a stored "javascript:" URL must not turn into a live link.
    text = str(url or "").strip()
    return text if urlsplit(text).scheme.lower() in {"http", "https"} else ""


@functools.cache
def _template_dir() -> str:
    return str(resources.files("communique.web").joinpath("templates"))


def make_templates() -> Jinja2Templates:
    """Build the Jinja2 templates with autoescaping on for every template and the dashboard filters.

    Returns:
        The ``Jinja2Templates`` used by all pages.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_template_dir()),
        autoescape=True,  # every template is HTML; article text is untrusted
        undefined=jinja2.ChainableUndefined,  # missing optional fields render empty, not crash
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["quad_label"] = _quad_label
    env.filters["cameo_label"] = cameo_label
    env.filters["actor_url"] = _actor_url
    env.filters["safe_url"] = _safe_url
    env.filters["country_name"] = country_name
    env.globals["QUAD_LABELS"] = QUAD_LABELS
    return Jinja2Templates(env=env)


@dataclass
class WebContext:
    """Per-router state shared by the route modules."""

    settings: Settings
    store_factory: Callable[[], Any]
    templates: Jinja2Templates = field(default_factory=make_templates)
    jobs: IngestJobs = field(default_factory=IngestJobs)

    _store: Any = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def shared_store(self) -> Any:
        """Return the router's store, opening it on first use.

        One store (one engine and connection pool) serves every request: opening one per request
        would re-check the migrations each time. The engine is thread-safe and the dashboard only
        reads through it.

        Returns:
            The ``communique.store.Store`` from ``store_factory``.
        """
        with self._lock:
            if self._store is None:
                self._store = self.store_factory()
            return self._store

    @contextmanager
    def store(self) -> Iterator[Any]:
        """Give a request the shared store (a context manager, so a per-request store could follow).

        Returns:
            A context manager yielding a ``communique.store.Store``.
        """
        yield self.shared_store()

    def render(self, request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        """Render a template to an HTML response.

        Args:
            request: the current request (templates read its URL).
            name: the template file name.
            status_code: the HTTP status.
            context: template variables.

        Returns:
            The ``HTMLResponse``.
        """
        response = self.templates.TemplateResponse(request, name, context, status_code=status_code)
        response.headers.update(SECURITY_HEADERS)
        return response
