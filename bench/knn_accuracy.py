"""`python -m bench.knn_accuracy [--size N]`: server-side KNN variants on REAL embeddings vs exact top-k.

One large scope of `--size` real memory sentences (bench/corpus.py, embedded once and cached under
/tmp) plus a few small scopes beside it, in the benchmark's own Redis. For each query (paraphrased
questions about stored memories, and unrelated ones) and each variant of the filtered KNN:
top-1 equal to the exact (numpy) nearest neighbour, overlap of the top 5 and of the 50-candidate
pool, whether `select_recall` (the recall policy) then returns the same memories, and latency.
Also times the ways to learn a scope's size (a `LIMIT 0 0` count; FT.INFO num_docs).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import numpy as np
import redis
from redis.commands.search.query import Query

from bench import corpus
from bench.common import embedded_redis, new_prefix, percentiles
from mcp_memory.embedder import SentenceTransformerEmbedder
from mcp_memory.engines.base import Scope
from mcp_memory.engines.search import SearchEngine
from mcp_memory.keys import KeySpace
from mcp_memory.models import Memory
from mcp_memory.policy import Candidate, RecallPolicy, select_recall

POOL = RecallPolicy().candidate_pool
K = 5
SMALL_SCOPES = (20, 200, 2000)
# name -> KNN attributes after the vector parameter ("" = Search's default hybrid policy).
VARIANTS: dict[str, str] = {
    "default": "",
    "batches ef10 (default)": "HYBRID_POLICY BATCHES",
    "batches ef50": "HYBRID_POLICY BATCHES EF_RUNTIME 50",
    "batches ef100": "HYBRID_POLICY BATCHES EF_RUNTIME 100",
    "batches ef200": "HYBRID_POLICY BATCHES EF_RUNTIME 200",
    "batches ef400": "HYBRID_POLICY BATCHES EF_RUNTIME 400",
    "batches ef800": "HYBRID_POLICY BATCHES EF_RUNTIME 800",
    "batches ef100 batch200": "HYBRID_POLICY BATCHES BATCH_SIZE 200 EF_RUNTIME 100",
    "adhoc_bf": "HYBRID_POLICY ADHOC_BF",
    "engine rule": "",  # replaced by SearchEngine.knn_plan(scope): what recall runs
}


def _populate(
    engine: SearchEngine, texts: list[str], vectors: corpus.Vectors, scope: Scope, tag: str
) -> None:
    now = time.time()
    for start in range(0, len(texts), 500):
        batch: list[tuple[Memory, corpus.Vectors, int | None]] = [
            (
                Memory(
                    id=f"{tag}{row:07d}",
                    user=scope.user,
                    namespace=scope.namespace,
                    kind="semantic",
                    text=texts[row],
                    created_ts=now + row * 1e-3,
                ),
                vectors[row],
                None,
            )
            for row in range(start, min(start + 500, len(texts)))
        ]
        engine.put_many(batch)


def _wait_indexed(engine: SearchEngine, timeout: float = 1200) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        info = engine.ft.info()
        if int(info.get("indexing", 0)) == 0 and float(info.get("percent_indexed", 1)) >= 1:
            return
        time.sleep(0.1)
    raise TimeoutError("index not built")


def knn(
    engine: SearchEngine, vector: np.ndarray, scope: Scope, attributes: str
) -> list[tuple[str, str, float]]:
    """The pool's (id, text, distance) with the given KNN attributes; the engine's filter and fields."""
    knn_clause = f"KNN $k @embedding $vec {attributes} AS distance".replace("  ", " ")
    query = (
        Query(f"(@user:{{$user}} @namespace:{{$namespace}})=>[{knn_clause}]")
        .sort_by("distance")
        .paging(0, POOL)
        .return_fields("text", "distance")
        .dialect(2)
    )
    params: dict[str, Any] = {
        "user": scope.user,
        "namespace": scope.namespace,
        "k": POOL,
        "vec": vector.astype(np.float32).tobytes(),
    }
    result = engine.ft.search(query, query_params=params)
    return [(str(d.id).rsplit(":", 1)[1], d.text, float(d.distance)) for d in result.docs]


def _selected(question: str, pool: list[tuple[str, str, float]]) -> list[str]:
    candidates = [Candidate(id=i, text=t, distance=d) for i, t, d in pool]
    return [c.id for c in select_recall(question, candidates, K)]


def run(size: int, queries: int) -> dict[str, Any]:
    texts, vectors = corpus.embedded_memories(size)
    _, built = corpus.memories(size)
    questions = corpus.questions(built, queries)
    embedder = SentenceTransformerEmbedder()
    qvecs = embedder.embed_many(questions).astype(np.float32)
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    out: dict[str, Any] = {"size": size, "queries": queries, "scopes": {}, "count": {}}
    with embedded_redis() as (url, _):
        client = redis.Redis.from_url(url, decode_responses=True)
        engine = SearchEngine(client, KeySpace(new_prefix("k")))
        engine.ensure_ready()
        large = Scope("big", "default")
        started = time.perf_counter()
        _populate(engine, texts, vectors, large, "L")
        scopes: dict[str, tuple[Scope, np.ndarray]] = {"large": (large, np.arange(size))}
        for n in SMALL_SCOPES:
            if n < size:
                rows = np.random.default_rng(n).choice(size, n, replace=False)
                scope = Scope(f"small{n}", "default")
                _populate(engine, [texts[r] for r in rows], vectors[rows], scope, f"S{n}_")
                scopes[f"small {n}"] = (scope, rows)
        _wait_indexed(engine)
        out["load_s"] = round(time.perf_counter() - started, 1)
        print(f"loaded {size} (+small scopes) in {out['load_s']} s", file=sys.stderr, flush=True)
        for label, (scope, rows) in scopes.items():
            tag = "L" if label == "large" else f"S{len(rows)}_"
            exact_ids = np.argsort(-(qvecs @ unit[rows].T), axis=1)[:, :POOL]
            truth: list[list[tuple[str, str, float]]] = []
            for q, order in enumerate(exact_ids):
                sims = unit[rows[order]] @ (qvecs[q] / np.linalg.norm(qvecs[q]))
                truth.append(
                    [
                        (f"{tag}{o:07d}", texts[rows[o]], float(1 - s))
                        for o, s in zip(order, sims, strict=True)
                    ]
                )
            per_variant: dict[str, Any] = {}
            for name, attributes in VARIANTS.items():
                if name == "engine rule":
                    attributes = engine.knn_plan(scope)
                top1 = top5 = pool = same = 0
                samples = []
                for q, vector in enumerate(qvecs):
                    knn(engine, vector, scope, attributes)  # warm
                    t0 = time.perf_counter()
                    found = knn(engine, vector, scope, attributes)
                    samples.append(time.perf_counter() - t0)
                    want = truth[q]
                    top1 += bool(found) and found[0][0] == want[0][0]
                    top5 += len({f[0] for f in found[:K]} & {w[0] for w in want[:K]})
                    pool += len({f[0] for f in found} & {w[0] for w in want})
                    same += _selected(questions[q], found) == _selected(questions[q], want)
                n_pool = min(POOL, len(rows))
                per_variant[name] = {
                    "top1": round(top1 / queries, 4),
                    "top5_overlap": round(top5 / (min(K, len(rows)) * queries), 4),
                    "pool_overlap": round(pool / (n_pool * queries), 4),
                    "same_recall_output": round(same / queries, 4),
                    "p50_ms": percentiles(samples)["p50_ms"],
                    "p95_ms": percentiles(samples)["p95_ms"],
                }
                print(f"{label:>10} {name:<24} {per_variant[name]}", file=sys.stderr, flush=True)
            out["scopes"][label] = {"memories": len(rows), "variants": per_variant}
            # Ways to learn the scope's size.
            count_query = Query("@user:{$user} @namespace:{$namespace}").paging(0, 0).dialect(2)
            params: dict[str, Any] = {"user": scope.user, "namespace": scope.namespace}
            totals = []
            t_count = []
            for _ in range(50):
                t0 = time.perf_counter()
                totals.append(engine.ft.search(count_query, query_params=params).total)
                t_count.append(time.perf_counter() - t0)
            out["count"][label] = {"total": totals[0], "limit_0_0": percentiles(t_count)}
        # What a recall's hit-count write costs Redis: JSON.NUMINCRBY (how it was done) makes Search
        # re-index the whole document, HNSW vector included, and the next query waits for it (one
        # Redis thread); the engine's counter keys beside the documents (how it is done) do not.
        rng = np.random.default_rng(3)
        out["hit_count_write"] = {}

        def numincrby(ids: list[str]) -> None:
            pipe = client.pipeline(transaction=False)
            for memory_id in ids:
                pipe.json().numincrby(engine.keys.memory(memory_id), "$.hit_count", 1)
            pipe.execute()

        for label, bump in (("json_numincrby", numincrby), ("counter_keys", engine.bump_hits)):
            t_bump, t_after = [], []
            for q in range(min(queries, 50)):
                ids = [f"L{int(r):07d}" for r in rng.choice(size, K, replace=False)]
                t0 = time.perf_counter()
                bump(ids)
                t_bump.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                knn(engine, qvecs[q], large, VARIANTS["default"])
                t_after.append(time.perf_counter() - t0)
            out["hit_count_write"][label] = {
                "bump_5": percentiles(t_bump),
                "knn_right_after": percentiles(t_after),
            }
        t_all = []
        for _ in range(50):
            t0 = time.perf_counter()
            engine.ft.search(Query("*").paging(0, 0).dialect(2))
            t_all.append(time.perf_counter() - t0)
        out["count"]["index_limit_0_0"] = percentiles(t_all)
        t_info = []
        for _ in range(50):
            t0 = time.perf_counter()
            engine.ft.info()
            t_info.append(time.perf_counter() - t0)
        out["count"]["ft_info"] = percentiles(t_info)
        client.flushall()
        client.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--json", default="")
    args = parser.parse_args()
    out = run(args.size, args.queries)
    print(
        "| scope | memories | variant | top-1 | top-5 overlap | pool overlap | same recall output | p50 ms | p95 ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for label, scope in out["scopes"].items():
        for name, v in scope["variants"].items():
            print(
                f"| {label} | {scope['memories']} | {name} | {v['top1']} | {v['top5_overlap']} | "
                f"{v['pool_overlap']} | {v['same_recall_output']} | {v['p50_ms']} | {v['p95_ms']} |"
            )
    print()
    for label, figures in out["hit_count_write"].items():
        print(f"hit counts of 5 memories written ({label}), then KNN: {json.dumps(figures)}")
    for label, c in out["count"].items():
        print(f"scope size, {label}: {json.dumps(c)}")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(out, fh, indent=2)


if __name__ == "__main__":
    main()
