"""communique.api — the HTTP API (FastAPI) and the application that also mounts the dashboard.

See docs/stages.md for the contract; ``create_app(settings)`` is the entry point.
"""

from communique.api.app import create_app, fallback_router

__all__ = ["create_app", "fallback_router"]
