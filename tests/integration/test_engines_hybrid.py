"""The search engine's KNN plan: batches through the HNSW graph only for a scope that is large AND a
large share of the index; Search's default (ad-hoc scan of the scope) otherwise. See LARGE_SCOPE in
mcp_memory/engines/search.py and bench/knn_accuracy.py for the figures behind the rule.

The threshold is lowered to 20 memories so the rule is exercised on a few dozen documents; vectors are
random unit vectors (the plan depends on counts, not on content).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import numpy.typing as npt
import pytest
import redis

from mcp_memory.embedder import DIM
from mcp_memory.engines.base import Scope
from mcp_memory.engines.search import LARGE_SCOPE_KNN, SearchEngine
from mcp_memory.keys import KeySpace
from mcp_memory.models import Kind, Memory
from tests.conftest import drop_prefix


@pytest.fixture
def engine(redis_client: redis.Redis, key_prefix: str) -> Iterator[SearchEngine]:
    search = SearchEngine(redis_client, KeySpace(key_prefix), large_scope=20)
    search.ensure_ready()
    yield search
    drop_prefix(redis_client, key_prefix)


def _fill(
    engine: SearchEngine, scope: Scope, n: int, kind: Kind = "semantic", seed: int = 0
) -> npt.NDArray[np.float32]:
    rows = np.random.default_rng(seed).standard_normal((n, DIM)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    engine.put_many(
        [
            (
                Memory(
                    id=f"{scope.user}-{kind}-{i}",
                    user=scope.user,
                    namespace=scope.namespace,
                    kind=kind,
                    text=f"memory {i}",
                    created_ts=float(i),
                ),
                rows[i],
                None,
            )
            for i in range(n)
        ]
    )
    return rows


def test_large_scope_uses_batches_and_small_scope_the_default(engine: SearchEngine) -> None:
    big, small = Scope("big", "default"), Scope("small", "default")
    vectors = _fill(engine, big, 60)
    _fill(engine, small, 5, seed=1)
    assert engine.knn_plan(big) == LARGE_SCOPE_KNN
    assert engine.knn_plan(small) == ""
    assert engine.knn_plan(Scope("big", "other")) == ""  # same user, another namespace: empty
    # The batches plan still answers: a stored vector finds itself first, only in its scope.
    found = engine.knn(vectors[7], big, None, 10)
    assert found[0][0].id == "big-semantic-7"
    assert all(memory.user == "big" for memory, _ in found)


def test_a_large_scope_that_is_a_small_share_of_the_index_keeps_the_default(engine: SearchEngine) -> None:
    scope, crowd = Scope("mid", "default"), Scope("crowd", "default")
    _fill(engine, scope, 25)
    _fill(engine, crowd, 300, seed=1)  # `mid` is 25 of 325: under 10% of the index
    assert engine.knn_plan(scope) == ""
    assert engine.knn_plan(crowd) == LARGE_SCOPE_KNN


def test_the_kind_filter_is_counted(engine: SearchEngine) -> None:
    scope = Scope("u", "default")
    _fill(engine, scope, 40, kind="semantic")
    _fill(engine, scope, 3, kind="episodic", seed=1)
    assert engine.knn_plan(scope, "semantic") == LARGE_SCOPE_KNN
    assert engine.knn_plan(scope, "episodic") == ""  # dedup's kind-filtered KNN on a small subset
