"""Recall latency of the client-side engine with 10k and 50k memories in one scope.

Run ``python -m bench.client_engine`` (``--sizes 10000 50000``, ``--url redis://...`` to use a Redis you
run instead of a module-less embedded Redis 8 in a temp dir). The vectors are random unit vectors
(384 dimensions, like all-MiniLM-L6-v2), not model embeddings: this measures the Redis and numpy part
of a recall, the embedding of the query is not included. Each query asks for the top 50, the recall
policy's candidate pool.

Cases, p50/p95 over the queries:
- ``no-cache``: every recall fetches all of the scope's vectors (the engine with its cache off).
- ``cold``: the first recall of a process (a fresh engine): the same fetch, then cached.
- ``warm``: repeated recalls in an unchanged scope (one GET of the scope's version, a matrix product).
- ``after-write``: a memory is written before each recall (only the new vector is fetched).
Writes ``bench/results/client_engine.json``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import redis

from mcp_memory.backend import make_client
from mcp_memory.embedder import DIM
from mcp_memory.engines.base import Scope
from mcp_memory.engines.client import ClientEngine
from mcp_memory.keys import KeySpace
from mcp_memory.longterm import new_memory_id
from mcp_memory.models import Memory
from mcp_memory.runtime import EmbeddedRedis, find_server_binary

RESULTS = Path(__file__).resolve().parent / "results" / "client_engine.json"
SCOPE = Scope("bench-user", "default")
POOL = 50


def unit_vectors(rng: np.random.Generator, n: int) -> np.ndarray[Any, np.dtype[np.float32]]:
    matrix = rng.standard_normal((n, DIM)).astype(np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def fill(engine: ClientEngine, rng: np.random.Generator, n: int) -> None:
    now = time.time()
    for start in range(0, n, 1000):
        vectors = unit_vectors(rng, min(1000, n - start))
        engine.put_many([(memory(start + i, now), vector, None) for i, vector in enumerate(vectors)])


def memory(i: int, now: float) -> Memory:
    return Memory(
        id=new_memory_id(), user=SCOPE.user, namespace=SCOPE.namespace, kind="semantic",
        text=f"benchmark memory number {i}", created_ts=now + i * 1e-3,
    )  # fmt: skip


def timed(runs: int, before: Callable[[], None], call: Callable[[], object]) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return {
        "p50_ms": round(float(np.percentile(samples, 50)), 2),
        "p95_ms": round(float(np.percentile(samples, 95)), 2),
        "runs": runs,
    }


def measure(client: redis.Redis, size: int, runs: int) -> dict[str, Any]:
    keys = KeySpace(f"bench{size}")
    rng = np.random.default_rng(size)
    writer = ClientEngine(client, keys)
    fill(writer, rng, size)
    queries = iter(unit_vectors(rng, 10 * runs + 10))

    def recall(engine: ClientEngine) -> Callable[[], object]:
        return lambda: engine.knn(next(queries), SCOPE, None, POOL)

    uncached = ClientEngine(client, keys, cache_vectors=0)
    fresh: list[ClientEngine] = []

    def new_engine() -> None:
        fresh[:] = [ClientEngine(client, keys)]

    warm = ClientEngine(client, keys)
    warm.knn(next(queries), SCOPE, None, POOL)
    counter = iter(range(size, size + 10 * runs))

    def write_one() -> None:
        writer.put(memory(next(counter), time.time()), unit_vectors(rng, 1)[0], None)

    result = {
        "memories": size,
        "no-cache": timed(max(3, runs // 10), lambda: None, recall(uncached)),
        "cold": timed(max(3, runs // 10), new_engine, lambda: fresh[0].knn(next(queries), SCOPE, None, POOL)),
        "warm": timed(runs, lambda: None, recall(warm)),
        "after-write": timed(runs, write_one, recall(warm)),
    }
    keys_to_drop = list(client.scan_iter(match=f"{keys.prefix}:*", count=5000))
    for start in range(0, len(keys_to_drop), 5000):
        client.delete(*keys_to_drop[start : start + 5000])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--url", help="a Redis you run (default: a module-less embedded Redis 8)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if not args.url:
            server = EmbeddedRedis(Path(tmp), binary=find_server_binary(with_modules=False))
            server.start()
        url = args.url or (server.url if server else "")
        client = make_client(url, timeout=30)
        try:
            version = client.info("server")
            rows = [measure(client, size, args.runs) for size in args.sizes]
        finally:
            client.close()
            if server is not None:
                server.stop(force=True)
    print(f"client-side engine, top {POOL} of one scope, random unit vectors, {version.get('redis_version')}")
    print("| memories | case | p50 ms | p95 ms |")
    print("|---:|---|---:|---:|")
    for row in rows:
        for case in ("no-cache", "cold", "warm", "after-write"):
            print(f"| {row['memories']} | {case} | {row[case]['p50_ms']} | {row[case]['p95_ms']} |")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps({"server": version.get("redis_version"), "pool": POOL, "rows": rows}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
