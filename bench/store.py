"""Long-term store figures: recall latency per engine and size, Redis bytes per memory, index variants.

The Redis part runs on pre-computed random unit vectors (no model in the loop): memories are written
straight through the engine, and each query vector is a stored vector plus noise, so recall finds
neighbours, applies its policy and bumps hit counts like a real recall. Query embedding time is
measured on its own, with real questions through the real model.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
import redis
from redis.commands.search.field import VectorField
from redis.commands.search.index_definition import IndexDefinition, IndexType
from redis.commands.search.query import Query

from bench.common import Bench, near, new_prefix, percentiles, populate, questions, time_each, unit_vectors
from mcp_memory.embedder import DIM
from mcp_memory.engines.base import Scope
from mcp_memory.engines.search import SearchEngine, index_schema
from mcp_memory.keys import KeySpace

K = 5


def used_memory(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def embedding_latency(bench: Bench, n: int) -> dict[str, Any]:
    """One query embedded at a time (a recall's embedding), distinct texts: no cache hits."""
    texts = questions(n + 5, seed=3)
    for text in texts[:5]:
        bench.embedder.embed_batch([text])  # warm-up
    return percentiles(time_each(lambda t: bench.embedder.embed_batch([t]), texts[5:]))


def recall_latency(bench: Bench, engine: str, size: int, queries: int, keep: bool = False) -> dict[str, Any]:
    """Populate `size` memories in one scope and time recall's Redis part (and knn alone)."""
    client = bench.client()
    prefix = new_prefix(engine[0])
    service = bench.service(prefix, engine=engine)
    try:
        before = used_memory(client)
        vectors = unit_vectors(size, seed=size)
        load_s = populate(service.longterm.engine, vectors)
        after = used_memory(client)
        rows = np.random.default_rng(1).integers(0, size, queries + 10)
        targets = near(vectors[rows], seed=2)
        scope = Scope("default", "default")
        pool = service.longterm.recall_policy.pool_size(K)

        missed: list[int] = []

        def recall(i: int) -> None:
            found = service.longterm.recall("default", "default", "q", targets[i], k=K)
            if not any(m.id == f"r{rows[i]:07d}" for m in found):
                missed.append(i)  # approximate KNN (HNSW batches) lost the stored vector

        for i in range(10):
            recall(i)  # warm-up (the client engine builds its matrix cache here)
        recall_s = time_each(recall, range(10, queries + 10))
        knn_s = time_each(
            lambda i: service.longterm.engine.knn(targets[i], scope, None, pool), range(10, queries + 10)
        )
        text_s = time_each(lambda q: service.recall("default", q, k=K), questions(queries, seed=size))
        return {
            "engine": engine,
            "memories": size,
            "prefix": prefix,
            "load_per_s": round(size / load_s),
            "bytes_per_memory": round((after - before) / size),
            "redis_recall": percentiles(recall_s),
            "found_target": round(1 - len([i for i in missed if i >= 10]) / queries, 4),
            "knn_only": percentiles(knn_s),
            "service_recall_text": percentiles(text_s),
        }
    finally:
        service.close()
        if not keep:
            client.flushall()
        client.close()


# --- index variants: what each schema change saves, and whether KNN still finds the same neighbours ----


def _variant_schema(name: str) -> list[Any]:
    schema = index_schema()
    if name == "current":
        return schema
    vector: dict[str, Any] = {"TYPE": "FLOAT32", "DIM": DIM, "DISTANCE_METRIC": "COSINE"}
    if name == "float16":
        vector["TYPE"] = "FLOAT16"
    elif name == "m8":
        vector.update({"M": 8, "EF_CONSTRUCTION": 100})
    elif name == "no_text_index":
        schema = [f for f in schema if getattr(f, "name", "") != "$.text"]
    elif name == "float16_no_text":
        vector["TYPE"] = "FLOAT16"
        schema = [f for f in schema if getattr(f, "name", "") != "$.text"]
    else:
        raise ValueError(name)
    return [f for f in schema if not isinstance(f, VectorField)] + [
        VectorField("$.embedding", "HNSW", vector, as_name="embedding")
    ]


VARIANTS = ("current", "float16", "m8", "no_text_index", "float16_no_text")


def index_variants(bench: Bench, size: int, queries: int = 100) -> list[dict[str, Any]]:
    """Same documents under each index schema: bytes per memory, index size and recall@10 vs exact."""
    client = bench.client()
    vectors = unit_vectors(size, seed=99)
    targets = near(vectors[np.random.default_rng(5).integers(0, size, queries)], seed=6, noise=0.06)
    exact = np.argsort(-(targets @ vectors.T), axis=1)[:, :10]
    out: list[dict[str, Any]] = []
    # The JSON documents alone, written through the engine without creating its index.
    engine = SearchEngine(client, KeySpace(new_prefix("v")))
    try:
        before = used_memory(client)
        populate(engine, vectors)
        with_documents = used_memory(client)
        documents = (with_documents - before) / size
        out.append({"variant": "documents only", "bytes_per_memory": round(documents)})
        for name in VARIANTS:
            index = f"bvariant_{name}"
            before = _settled(client, with_documents)
            definition = IndexDefinition(prefix=[engine.keys.memory_prefix], index_type=IndexType.JSON)
            client.ft(index).create_index(_variant_schema(name), definition=definition)
            _wait_indexed(client, index)
            index_bytes = (used_memory(client) - before) / size
            dtype = np.float16 if "float16" in name else np.float32
            hits = 0
            samples = []
            for row, target in enumerate(targets):
                query = Query("(@user:{default})=>[KNN 10 @embedding $vec AS d]").sort_by("d").paging(0, 10)
                query = query.return_fields("d").dialect(2)
                started = time.perf_counter()
                result = client.ft(index).search(query, {"vec": target.astype(dtype).tobytes()})
                samples.append(time.perf_counter() - started)
                found = {int(doc.id.rsplit(":", 1)[1][1:]) for doc in result.docs}
                hits += len(found & set(exact[row].tolist()))
            info = client.ft(index).info()
            out.append(
                {
                    "variant": name,
                    "index_bytes_per_memory": round(index_bytes),
                    "bytes_per_memory": round(documents + index_bytes),
                    "vector_index_mb": float(info.get("vector_index_sz_mb", 0) or 0),
                    "recall_at_10": round(hits / (10 * len(targets)), 4),
                    "knn_p50_ms": percentiles(samples)["p50_ms"],
                }
            )
            client.ft(index).dropindex(delete_documents=False)
    finally:
        client.flushall()
        client.close()
    return out


def _settled(client: redis.Redis, target: int, timeout: float = 5) -> int:
    """used_memory once a dropped index has been freed (Search frees it in the background):
    back to `target`, or no longer falling."""
    deadline = time.monotonic() + timeout
    current = used_memory(client)
    while current > target * 1.002 and time.monotonic() < deadline:
        time.sleep(0.1)
        previous, current = current, used_memory(client)
        if current >= previous:
            break
    return current


def _wait_indexed(client: redis.Redis, index: str, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        info = client.ft(index).info()
        if int(info.get("indexing", 0)) == 0 and float(info.get("percent_indexed", 1)) >= 1:
            return
        time.sleep(0.05)
    raise TimeoutError(f"index {index} not built within {timeout} s")
