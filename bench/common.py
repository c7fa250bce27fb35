"""Shared pieces of `python -m bench`: the benchmark's own Redis, timing, synthetic data."""

from __future__ import annotations

import contextlib
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
import redis

from mcp_memory.config import Settings
from mcp_memory.embedder import DIM, Embedder
from mcp_memory.engines.base import VectorEngine
from mcp_memory.models import Memory
from mcp_memory.runtime import EmbeddedRedis, find_server_binary
from mcp_memory.service import MemoryService

Vectors = npt.NDArray[np.float32]
POPULATE_BATCH = 500
T = TypeVar("T")


@dataclass
class Bench:
    """One benchmark run: its embedded Redis (in a temp dir it owns), the model, and the results."""

    redis_url: str
    data_dir: Path
    embedder: Embedder
    quick: bool
    results: dict[str, Any]

    def settings(self, prefix: str, **overrides: Any) -> Settings:
        return Settings.from_env(
            redis_url=self.redis_url,
            data_dir=self.data_dir,
            key_prefix=prefix,
            server_watchdog_seconds=0,
            **overrides,
        )

    def service(self, prefix: str, **overrides: Any) -> MemoryService:
        return MemoryService.open(self.settings(prefix, **overrides), embedder=self.embedder)

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.redis_url, decode_responses=True)


@contextlib.contextmanager
def embedded_redis() -> Iterator[tuple[str, Path]]:
    """A redis-server with Search + JSON of our own, in a temp dir, stopped (and removed) on exit."""
    with tempfile.TemporaryDirectory(prefix="mcp-memory-bench-") as tmp:
        data_dir = Path(tmp) / "redis"
        server = EmbeddedRedis(data_dir, binary=find_server_binary(with_modules=True))
        server.start()
        try:
            yield server.url, Path(tmp)
        finally:
            server.stop(force=True)


def new_prefix(label: str) -> str:
    return f"b{label}{uuid.uuid4().hex[:6]}"


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50/p95/p99 in milliseconds (nearest-rank)."""
    ordered = sorted(samples)
    n = len(ordered)

    def rank(q: float) -> float:
        return ordered[min(n - 1, max(0, round(q * n) - 1))] * 1000

    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(rank(0.95), 3),
        "p99_ms": round(rank(0.99), 3),
        "n": n,
    }


def time_each(call: Callable[[T], Any], items: Iterable[T]) -> list[float]:
    """Seconds taken by call(item) for each item."""
    samples = []
    for item in items:
        started = time.perf_counter()
        call(item)
        samples.append(time.perf_counter() - started)
    return samples


def unit_vectors(n: int, seed: int) -> Vectors:
    rows = np.random.default_rng(seed).standard_normal((n, DIM)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    return rows


def near(vectors: Vectors, seed: int, noise: float = 0.04) -> Vectors:
    """Query vectors close to the given rows (cosine distance ~0.3), so recall finds and returns hits."""
    rng = np.random.default_rng(seed)
    out = vectors + noise * rng.standard_normal(vectors.shape).astype(np.float32)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out.astype(np.float32)


def populate(
    engine: VectorEngine, vectors: Vectors, user: str = "default", namespace: str = "default"
) -> float:
    """Store one memory per row straight through the engine (no embedding); returns seconds taken."""
    started = time.perf_counter()
    now = time.time()
    for start in range(0, len(vectors), POPULATE_BATCH):
        batch: list[tuple[Memory, Vectors, int | None]] = []
        for row in range(start, min(start + POPULATE_BATCH, len(vectors))):
            memory = Memory(
                id=f"r{row:07d}",
                user=user,
                namespace=namespace,
                kind="semantic",
                text=f"synthetic memory number {row} about topic {row % 97}",
                created_ts=now + row * 1e-3,
            )
            batch.append((memory, vectors[row], None))
        engine.put_many(batch)
    return time.perf_counter() - started


_SUBJECTS = ["Alice", "Bob", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hiro", "Ines", "Jonas"]
_FACTS = [
    "prefers {x} tea in the morning",
    "moved to {x} last spring",
    "is allergic to {x}",
    "plays the {x} on weekends",
    "works as a {x} engineer",
    "has a dog called {x}",
    "is learning {x} at night school",
    "drives a {x} car",
    "reads books about {x}",
    "booked a trip to {x} in June",
]
_WORDS = [
    "green", "Lisbon", "peanuts", "cello", "robotics", "Biscuit", "Japanese", "red", "volcanoes",
    "Patagonia", "oolong", "Oslo", "shellfish", "violin", "bridge", "Pepper", "Welsh", "blue",
    "glaciers", "Kyoto", "jasmine", "Nairobi", "pollen", "drums", "railway", "Mochi", "Greek",
    "silver", "beetles", "Hanoi",
]  # fmt: skip


def facts(n: int, seed: int = 7) -> list[str]:
    """n distinct, varied one-line facts (real sentences, so embeddings and dedup do real work)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        subject = _SUBJECTS[i % len(_SUBJECTS)]
        fact = _FACTS[(i // len(_SUBJECTS)) % len(_FACTS)].format(x=rng.choice(_WORDS))
        out.append(f"{subject} {fact} (note {i}, ref {rng.randrange(10**6)})")
    return out


def questions(n: int, seed: int = 11) -> list[str]:
    """n distinct questions, so no query hits the embedder's LRU cache."""
    rng = random.Random(seed)
    return [
        f"what do you remember about {rng.choice(_SUBJECTS)} and {rng.choice(_WORDS)}? (q{i})"
        for i in range(n)
    ]
