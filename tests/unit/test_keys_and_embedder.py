"""Key layout and the embedder's shared behaviour (with the deterministic fake)."""

from __future__ import annotations

import numpy as np

from mcp_memory.embedder import FakeEmbedder
from mcp_memory.keys import KeySpace


def test_key_layout_matches_the_design() -> None:
    keys = KeySpace("agent")
    assert keys.session("t1") == "agent:session:t1"
    assert keys.memory("abc") == "agent:mem:abc"
    assert keys.events("t1") == "agent:events:t1"
    assert keys.index == "agentmem:idx"


def test_user_supplied_values_never_appear_raw_in_keys() -> None:
    keys = KeySpace("agent")
    hostile = "a:b*{x}"
    assert hostile not in keys.user_threads(hostile)
    assert keys.user_threads("a") != keys.user_threads("A")
    assert keys.dedup_lock("a", "b", "semantic") != keys.dedup_lock("a", "b", "episodic")


def test_fake_embedder_is_deterministic_normalised_and_records_calls() -> None:
    embedder = FakeEmbedder()
    first = embedder.embed_many(["red apple", "green pear"])
    second = embedder.embed_one("red apple")
    assert first.shape == (2, 384) and first.dtype == np.float32
    assert np.allclose(first[0], second)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert embedder.calls == [["red apple", "green pear"], ["red apple"]]


def test_embed_one_caches_repeated_texts() -> None:
    class Counting(FakeEmbedder):
        def __init__(self) -> None:
            super().__init__()
            self._cache_size = 4

    embedder = Counting()
    for _ in range(3):
        embedder.embed_one("same query")
    assert embedder.calls == [["same query"]]
