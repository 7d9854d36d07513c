"""Node positions for the actor network: a small force-directed layout with numpy.

Hand-written because no graph-layout library is among the locked dependencies (networkx is not),
and plotly draws but does not lay out graphs. Fruchterman–Reingold on at most a few hundred nodes
takes milliseconds; the start positions come from a hash of each node id, so the same network
always gets the same picture (stable screenshots, shareable URLs).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

__all__ = ["spring_layout"]


def _seed_position(node_id: str) -> tuple[float, float]:
    digest = hashlib.blake2b(node_id.encode(), digest_size=8).digest()
    return digest[0] / 255.0 - 0.5 + digest[2] / 65025.0, digest[1] / 255.0 - 0.5 + digest[3] / 65025.0


def spring_layout(
    nodes: Sequence[str], edges: Sequence[tuple[str, str, float]], *, iterations: int = 120
) -> dict[str, tuple[float, float]]:
    """Place nodes so that linked ones sit close and the others spread out.

    Args:
        nodes: node ids.
        edges: (source, target, weight) triples between node ids; unknown ids are ignored.
        iterations: cooling steps.

    Returns:
        Each node id mapped to an (x, y) position within [-1, 1]².
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pos = np.array([_seed_position(node) for node in nodes], dtype=float)
    weights = np.zeros((n, n))
    for source, target, weight in edges:
        if source in index and target in index and source != target:
            w = float(np.log1p(weight))
            weights[index[source], index[target]] += w
            weights[index[target], index[source]] += w
    k = 1.0 / np.sqrt(n)  # ideal distance between nodes
    temperature = 0.1
    gravity = 5.0 * k  # strong enough that small groups stay near the main one (tuned on the example corpus)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=-1), 1e-3)
        # Repulsion between every pair, attraction along edges (scaled by the edge weight).
        force = (k * k / distance**2) - weights * distance / k
        # A weak pull towards the centre keeps unconnected groups from drifting to the edges.
        displacement = np.einsum("ij,ijk->ik", force, delta) - gravity * pos
        length = np.maximum(np.linalg.norm(displacement, axis=-1), 1e-9)
        pos += displacement / length[:, None] * np.minimum(length, temperature)[:, None]
        pos -= pos.mean(axis=0)
        temperature *= 0.96
    scale = np.abs(pos).max() or 1.0
    pos /= scale
    return {node: (round(float(x), 4), round(float(y), 4)) for node, (x, y) in zip(nodes, pos, strict=True)}
