"""Load test: C concurrent clients × R requests against a local communique server on 127.0.0.1.

    .venv/bin/python bench/load.py --db /tmp/communique-bench.db --clients 50 --requests 200

Starts ``communique serve`` on a free port, waits for it, replays a mix of API requests (event
pages with filters, event details, timelines, actors, search, stats), then stops the server.
Prints p50/p95/p99 latency, throughput and the error count. It is bounded: ``--max-seconds``
stops the clients and reports what was done.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import time
from typing import Any

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(db: str, port: int) -> subprocess.Popen[bytes]:
    code = "from communique.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait(base: str, server: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=30).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit("server did not answer in time")


def _paths(base: str, rng: random.Random) -> list[str]:
    events = httpx.get(f"{base}/api/events", params={"limit": 200}, timeout=60).json()["items"]
    event_ids = [e["event_id"] for e in events] or ["none"]
    dyads = httpx.get(f"{base}/api/dyads", params={"limit": 10}, timeout=60).json() or [
        {"source": "USA", "target": "IRN"}
    ]
    countries = sorted({d["source"] for d in dyads} | {d["target"] for d in dyads})
    paths = []
    for _ in range(500):
        dyad = rng.choice(dyads)
        country = rng.choice(countries)
        paths.extend(
            [
                f"/api/events?limit=50&country={country}",
                f"/api/events?limit=50&country={dyad['source']}&country={dyad['target']}&cameo_root=04",
                "/api/events?limit=20&quad_class=4&date_from=2022-01-01&date_to=2022-12-31",
                f"/api/events/{rng.choice(event_ids)}",
                f"/api/dyads/{dyad['source']}/{dyad['target']}/timeline?interval=month",
                f"/api/actors?limit=50&country={country}",
                "/api/search?q=synthetic+affairs&limit=10",
                "/api/articles?limit=50",
                "/api/stats",
            ]
        )
    return paths


async def _client(
    base: str, paths: list[str], n: int, rng: random.Random, stop_at: float, out: dict[str, list[Any]]
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        for _ in range(n):
            if time.monotonic() > stop_at:
                return
            path = rng.choice(paths)
            t0 = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code < 400
            except httpx.HTTPError:
                ok = False
            out["latency"].append((time.perf_counter() - t0) * 1000)
            if not ok:
                out["errors"].append(path)


async def _run(base: str, clients: int, requests: int, max_seconds: float, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    paths = _paths(base, rng)
    out: dict[str, list[Any]] = {"latency": [], "errors": []}
    stop_at = time.monotonic() + max_seconds
    t0 = time.perf_counter()
    await asyncio.gather(
        *(_client(base, paths, requests, random.Random(seed + i), stop_at, out) for i in range(clients))
    )
    elapsed = time.perf_counter() - t0
    lat = sorted(out["latency"])
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else lat * 99
    return {
        "clients": clients,
        "requests_planned": clients * requests,
        "requests_done": len(lat),
        "errors": len(out["errors"]),
        "seconds": round(elapsed, 1),
        "throughput_rps": round(len(lat) / elapsed, 1) if elapsed else None,
        "p50_ms": round(q[49], 1),
        "p95_ms": round(q[94], 1),
        "p99_ms": round(q[98], 1),
        "max_ms": round(lat[-1], 1) if lat else None,
        "stopped_early": len(lat) < clients * requests,
    }


def main() -> None:
    """Start the server, run the clients, stop the server, print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/communique-bench.db")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _start(args.db, port)
    try:
        _wait(base, server)
        result = asyncio.run(_run(base, args.clients, args.requests, args.max_seconds, args.seed))
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
