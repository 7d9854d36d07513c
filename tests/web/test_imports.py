"""The dashboard reads the store only through its public query layer."""

from __future__ import annotations

import ast
from importlib import resources

# The package, its public modules and the names ``communique.store`` exports.
PUBLIC_STORE = {
    "communique.store",
    "communique.store.queries",
    "communique.store.aggregates",
    "communique.store.export",
    "communique.store.Store",
    "communique.store.DEFAULT_DB",
}


def _store_imports(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("communique.store"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names if alias.name.startswith("_"))
            if node.module == "communique.store":
                found.update(f"communique.store.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("communique.store"))
    return found


def test_web_imports_nothing_private_from_the_store() -> None:
    modules = [p for p in resources.files("communique.web").iterdir() if p.name.endswith(".py")]
    assert modules
    for module in modules:
        used = _store_imports(module.read_text(encoding="utf-8"))
        private = used - PUBLIC_STORE
        assert not private, f"{module.name} imports {sorted(private)}"


def test_the_guard_sees_private_and_schema_imports() -> None:
    bad = "from communique.store._filters import event_conditions\nfrom communique.store import schema as s\n"
    assert _store_imports(bad) >= {"communique.store._filters", "communique.store.schema"}
