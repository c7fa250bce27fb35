"""The search engine counts recall hits beside the JSON document, not in it: writing the document makes
Search re-index it (HNSW vector included), which cost the next query ~10 ms at 100k memories."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
import redis

from mcp_memory.embedder import DIM
from mcp_memory.engines.base import Scope
from mcp_memory.engines.search import SearchEngine
from mcp_memory.keys import KeySpace
from mcp_memory.models import Memory
from tests.conftest import drop_prefix

SCOPE = Scope("alice", "default")


@pytest.fixture
def engine(redis_client: redis.Redis, key_prefix: str) -> Iterator[SearchEngine]:
    search = SearchEngine(redis_client, KeySpace(key_prefix))
    search.ensure_ready()
    yield search
    drop_prefix(redis_client, key_prefix)


def _put(engine: SearchEngine, memory_id: str, ttl: int | None = None, hit_count: int = 0) -> None:
    vector = np.random.default_rng(len(memory_id)).standard_normal(DIM).astype(np.float32)
    memory = Memory(
        id=memory_id, user="alice", namespace="default", kind="semantic", text=memory_id, created_ts=1.0
    )
    memory.hit_count = hit_count
    engine.put(memory, vector, ttl)


def test_hits_are_counted_without_writing_the_document(
    engine: SearchEngine, redis_client: redis.Redis
) -> None:
    _put(engine, "m1", hit_count=3)  # a document from before: its stored count is kept
    engine.bump_hits(["m1", "m1", "gone"])  # a vanished id is skipped, leaves no counter
    assert redis_client.json().get(engine.keys.memory("m1"), "$.hit_count") == [3]
    assert not redis_client.exists(engine.keys.memory_hits("gone"))
    memory = engine.get("m1")
    assert memory is not None and memory.hit_count == 5
    listed, _ = engine.list(SCOPE, None, 0, 10)
    assert [m.hit_count for m in listed] == [5]
    vector = np.random.default_rng(2).standard_normal(DIM).astype(np.float32)
    assert [m.hit_count for m, _ in engine.knn(vector, SCOPE, None, 5)] == [5]


def test_the_counter_expires_with_its_memory_and_goes_with_it(
    engine: SearchEngine, redis_client: redis.Redis
) -> None:
    _put(engine, "short", ttl=1000)
    _put(engine, "kept")
    engine.bump_hits(["short", "kept"])
    assert 0 < redis_client.pttl(engine.keys.memory_hits("short")) <= 1000 * 1000
    assert redis_client.pttl(engine.keys.memory_hits("kept")) == -1
    memory = engine.get("kept")
    assert memory is not None
    engine.delete(memory)
    assert not redis_client.exists(engine.keys.memory_hits("kept"))
    assert engine.delete_scope(SCOPE) == 1
    assert not redis_client.exists(engine.keys.memory_hits("short"))
