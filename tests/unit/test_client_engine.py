"""The client-side engine on fakeredis: storage layout, KNN, pruning, caching, scoping."""

from __future__ import annotations

import time

import fakeredis
import numpy as np
import pytest

from mcp_memory.embedder import DIM
from mcp_memory.engines import client as client_module
from mcp_memory.engines import client_cache
from mcp_memory.engines.base import Scope, Vector
from mcp_memory.engines.client import ClientEngine
from mcp_memory.keys import KeySpace
from mcp_memory.models import Memory

KEYS = KeySpace("u")
ALICE = Scope("alice", "default")


@pytest.fixture
def server() -> fakeredis.FakeServer:
    return fakeredis.FakeServer()


@pytest.fixture
def client(server: fakeredis.FakeServer) -> fakeredis.FakeRedis:
    # The shared client of the service decodes replies, as backend.make_client does.
    return fakeredis.FakeRedis(server=server, decode_responses=True)


@pytest.fixture
def engine(client: fakeredis.FakeRedis) -> ClientEngine:
    return ClientEngine(client, KEYS)


def vec(seed: int) -> Vector:
    return np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)


def near(base: Vector, noise: float, seed: int) -> Vector:
    return (base + noise * vec(seed)).astype(np.float32)


def memory(memory_id: str, scope: Scope = ALICE, kind: str = "semantic", ts: float | None = None) -> Memory:
    return Memory(
        id=memory_id,
        user=scope.user,
        namespace=scope.namespace,
        kind=kind,  # type: ignore[arg-type]
        text=f"text of {memory_id}",
        created_ts=ts if ts is not None else time.time(),
    )


def cosine_distance(a: Vector, b: Vector) -> float:
    return float(1 - np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_put_stores_a_hash_with_float32_embedding_and_get_reads_it_back(
    engine: ClientEngine, client: fakeredis.FakeRedis, server: fakeredis.FakeServer
) -> None:
    stored = memory("m1")
    engine.put(stored, vec(1), None)
    raw = fakeredis.FakeRedis(server=server).hget(KEYS.memory("m1"), "embedding")
    assert np.array_equal(np.frombuffer(raw, dtype=np.float32), vec(1))  # type: ignore[arg-type]
    assert engine.get("m1") == stored
    assert engine.get("nope") is None
    assert client.ttl(KEYS.memory("m1")) == -1


def test_put_sets_the_ttl_it_is_given(engine: ClientEngine, client: fakeredis.FakeRedis) -> None:
    engine.put(memory("m1", kind="episodic"), vec(1), 600)
    assert 0 < client.ttl(KEYS.memory("m1")) <= 600


def test_knn_ranks_by_cosine_distance_nearest_first(engine: ClientEngine) -> None:
    query = vec(0)
    vectors = {f"m{i}": near(query, 0.2 * i, seed=100 + i) for i in range(1, 30)}
    engine.put_many([(memory(i), v, None) for i, v in vectors.items()])
    result = engine.knn(query, ALICE, None, 5)
    expected = sorted(vectors, key=lambda i: cosine_distance(query, vectors[i]))[:5]
    assert [m.id for m, _ in result] == expected
    for found, distance in result:
        assert distance == pytest.approx(cosine_distance(query, vectors[found.id]), abs=1e-5)


def test_knn_filters_by_kind_and_never_crosses_scopes(engine: ClientEngine) -> None:
    hostile = [
        Scope("alice*", "default"),
        Scope("alice", "default*"),
        Scope("al:ice", "{x}"),
        Scope("ä l", "n s"),
    ]
    engine.put(memory("sem", ALICE), vec(1), None)
    engine.put(memory("epi", ALICE, kind="episodic"), vec(1), None)
    for n, scope in enumerate(hostile):
        engine.put(memory(f"other{n}", scope), vec(1), None)
    assert [m.id for m, _ in engine.knn(vec(1), ALICE, "semantic", 10)] == ["sem"]
    assert [m.id for m, _ in engine.knn(vec(1), ALICE, "episodic", 10)] == ["epi"]
    assert {m.id for m, _ in engine.knn(vec(1), ALICE, None, 10)} == {"sem", "epi"}
    for n, scope in enumerate(hostile):
        assert [m.id for m, _ in engine.knn(vec(1), scope, None, 10)] == [f"other{n}"]


def test_knn_skips_and_prunes_memories_whose_hash_expired(
    engine: ClientEngine, client: fakeredis.FakeRedis
) -> None:
    query = vec(0)
    engine.put_many([(memory(f"m{i}"), near(query, 0.1 * i, seed=i), None) for i in range(1, 6)])
    engine.knn(query, ALICE, None, 3)  # fills the cache with all five
    client.delete(KEYS.memory("m1"), KEYS.memory("m2"))  # what a TTL expiry does
    result = engine.knn(query, ALICE, None, 3)
    assert [m.id for m, _ in result] == ["m3", "m4", "m5"]
    assert set(client.zrange(KEYS.scope_members("alice", "default"), 0, -1)) == {"m3", "m4", "m5"}


def test_knn_sees_writes_made_by_another_process(server: fakeredis.FakeServer) -> None:
    reader = ClientEngine(fakeredis.FakeRedis(server=server, decode_responses=True), KEYS)
    writer = ClientEngine(fakeredis.FakeRedis(server=server, decode_responses=True), KEYS)
    writer.put(memory("m1"), vec(1), None)
    assert [m.id for m, _ in reader.knn(vec(2), ALICE, None, 5)] == ["m1"]
    writer.put(memory("m2"), vec(2), None)
    assert reader.knn(vec(2), ALICE, None, 5)[0][0].id == "m2"
    writer.delete(memory("m2"))
    assert [m.id for m, _ in reader.knn(vec(2), ALICE, None, 5)] == ["m1"]


def test_repeated_knn_reads_vectors_once_while_the_scope_is_unchanged(
    engine: ClientEngine, client: fakeredis.FakeRedis
) -> None:
    engine.put_many([(memory(f"m{i}"), vec(i), None) for i in range(20)])
    engine.knn(vec(3), ALICE, None, 1)
    # Overwrite a stored vector behind the engine's back (no version bump): the cache is still used.
    client.hset(KEYS.memory("m3"), "embedding", vec(99).tobytes())
    found, distance = engine.knn(vec(3), ALICE, None, 1)[0]
    assert found.id == "m3" and distance == pytest.approx(0, abs=1e-5)
    assert engine.stats()["cached_vectors"] == 20
    engine.put(memory("m20"), vec(50), None)  # a write bumps the version: only m20 is fetched
    assert engine.knn(vec(50), ALICE, None, 1)[0][0].id == "m20"
    found, distance = engine.knn(vec(3), ALICE, None, 1)[0]
    assert found.id == "m3" and distance == pytest.approx(0, abs=1e-5)


def test_cache_keeps_within_its_vector_budget(client: fakeredis.FakeRedis) -> None:
    engine = ClientEngine(client, KEYS, cache_vectors=10)
    scopes = [Scope(f"user{n}", "default") for n in range(3)]
    for n, scope in enumerate(scopes):
        engine.put_many([(memory(f"s{n}m{i}", scope), vec(10 * n + i), None) for i in range(4)])
        assert engine.knn(vec(10 * n), scope, None, 1)[0][0].id == f"s{n}m0"
    assert engine.stats()["cached_vectors"] <= 10


def test_bump_hits_counts_and_never_resurrects_a_deleted_memory(
    engine: ClientEngine, client: fakeredis.FakeRedis
) -> None:
    engine.put(memory("m1"), vec(1), None)
    engine.bump_hits(["m1", "m1", "gone"])
    found = engine.get("m1")
    assert found is not None and found.hit_count == 2
    assert client.exists(KEYS.memory("gone")) == 0


def test_set_link_updates_existing_memories_only(engine: ClientEngine, client: fakeredis.FakeRedis) -> None:
    engine.put(memory("old"), vec(1), 600)
    engine.set_link("old", "superseded_by", "new")
    engine.set_link("missing", "superseded_by", "new")
    found = engine.get("old")
    assert found is not None and found.superseded_by == "new"
    assert client.ttl(KEYS.memory("old")) > 0
    assert client.exists(KEYS.memory("missing")) == 0


def test_list_pages_newest_first_with_total_and_kind_filter(engine: ClientEngine) -> None:
    now = time.time()
    engine.put_many(
        [
            (memory(f"m{i}", kind="semantic" if i % 2 else "episodic", ts=now + i), vec(i), None)
            for i in range(7)
        ]
    )
    page, total = engine.list(ALICE, None, 0, 3)
    assert [m.id for m in page] == ["m6", "m5", "m4"] and total == 7
    page, total = engine.list(ALICE, None, 6, 3)
    assert [m.id for m in page] == ["m0"]
    page, total = engine.list(ALICE, "semantic", 0, 10)
    assert [m.id for m in page] == ["m5", "m3", "m1"] and total == 3


def test_list_prunes_expired_members_and_counts_only_live_ones(
    engine: ClientEngine, client: fakeredis.FakeRedis
) -> None:
    now = time.time()
    engine.put_many([(memory(f"m{i}", ts=now + i), vec(i), None) for i in range(4)])
    client.delete(KEYS.memory("m3"))
    page, total = engine.list(ALICE, None, 0, 2)
    assert [m.id for m in page] == ["m2", "m1"] and total == 3


def test_delete_scope_removes_only_that_scope(engine: ClientEngine) -> None:
    bob = Scope("bob", "default")
    engine.put_many([(memory(f"a{i}"), vec(i), None) for i in range(1500)])
    engine.put(memory("b1", bob), vec(1), None)
    assert engine.delete_scope(ALICE) == 1500
    assert engine.list(ALICE, None, 0, 10) == ([], 0)
    assert engine.knn(vec(1), ALICE, None, 3) == []
    assert [m.id for m, _ in engine.knn(vec(1), bob, None, 3)] == ["b1"]
    assert engine.count() == 1


def test_vectors_returns_newest_memories_with_their_embeddings(engine: ClientEngine) -> None:
    now = time.time()
    engine.put_many([(memory(f"m{i}", ts=now + i), vec(i), None) for i in range(5)])
    memories, matrix = engine.vectors(ALICE, 2)
    assert [m.id for m in memories] == ["m4", "m3"]
    assert matrix.shape == (2, DIM)
    assert np.array_equal(matrix[0], vec(4))


def test_stats_name_the_engine_and_count_memories(engine: ClientEngine) -> None:
    engine.put_many([(memory(f"m{i}"), vec(i), None) for i in range(3)])
    stats = engine.stats()
    assert stats["engine"] == "client" and stats["num_docs"] == 3


def test_kind_filter_reaches_past_nearer_memories_of_the_other_kind(engine: ClientEngine) -> None:
    query = vec(0)
    engine.put_many([(memory(f"e{i}", kind="episodic"), near(query, 0.05, i), None) for i in range(40)])
    engine.put(memory("s1"), near(query, 2.0, 99), None)
    assert [m.id for m, _ in engine.knn(query, ALICE, "semantic", 3)] == ["s1"]
    assert len(engine.knn(query, ALICE, "episodic", 50)) == 40


def test_a_reader_far_behind_the_journal_reloads_the_scope(
    server: fakeredis.FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client_module, "JOURNAL_LENGTH", 4)
    reader = ClientEngine(fakeredis.FakeRedis(server=server, decode_responses=True), KEYS)
    writer = ClientEngine(fakeredis.FakeRedis(server=server, decode_responses=True), KEYS)
    writer.put(memory("first"), vec(1), None)
    assert len(reader.knn(vec(1), ALICE, None, 50)) == 1
    for i in range(12):  # far more entries than the journal keeps
        writer.put(memory(f"m{i}"), vec(10 + i), None)
    writer.delete(memory("first"))
    found = {m.id for m, _ in reader.knn(vec(1), ALICE, None, 50)}
    assert found == {f"m{i}" for i in range(12)}


def test_advance_skips_ids_it_has_and_never_changes_an_older_snapshot() -> None:
    base = client_cache.build("1-0", ["a", "b"], ["semantic", "episodic"], np.stack([vec(1), vec(2)]))
    before = base.matrix.copy()
    grown = client_cache.advance(
        base, "2-0", set(), ["b", "c"], ["episodic", "semantic"], np.stack([vec(2), vec(3)])
    )
    assert grown.ids == ["a", "b", "c"] and list(grown.kinds) == [0, 1, 0]
    assert np.array_equal(base.matrix, before) and len(base.ids) == 2
    shrunk = client_cache.advance(grown, "3-0", {"a"}, [], [], np.zeros((0, DIM), dtype=np.float32))
    assert shrunk.ids == ["b", "c"]
    assert np.allclose(shrunk.matrix[1], vec(3) / np.linalg.norm(vec(3)), atol=1e-6)
    assert np.array_equal(grown.matrix[:2], before)
