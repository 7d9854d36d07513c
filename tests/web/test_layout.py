"""The network layout: deterministic, bounded, linked nodes closer than unlinked ones."""

from __future__ import annotations

import math

from communique.web._layout import spring_layout

NODES = ["IRN", "RUS", "USA", "UKR", "CHN", "TUR"]
EDGES = [("IRN", "RUS", 9.0), ("RUS", "CHN", 4.0), ("USA", "UKR", 5.0), ("TUR", "RUS", 1.0)]


def _distance(pos: dict[str, tuple[float, float]], a: str, b: str) -> float:
    return math.dist(pos[a], pos[b])


def test_layout_is_deterministic_and_bounded() -> None:
    first = spring_layout(NODES, EDGES)
    assert first == spring_layout(NODES, EDGES)
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in first.values())


def test_linked_nodes_sit_closer_than_unlinked_ones() -> None:
    pos = spring_layout(NODES, EDGES)
    assert _distance(pos, "IRN", "RUS") < _distance(pos, "IRN", "UKR")
    assert _distance(pos, "USA", "UKR") < _distance(pos, "USA", "CHN")


def test_trivial_graphs() -> None:
    assert spring_layout([], []) == {}
    assert spring_layout(["IRN"], []) == {"IRN": (0.0, 0.0)}
    assert set(spring_layout(["A", "B"], [("A", "Z", 1.0)])) == {"A", "B"}
