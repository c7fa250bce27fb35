"""LongTermStore: remember with write-time dedup, recall by vector, forget; engine-agnostic.

Concurrency: `remember` holds a short per-scope lock (`SET NX PX`, released by a compare-and-delete
script) around "find the nearest neighbour, then write". Two workers storing the same fact at once
therefore serialise, and the second one sees the first one's document: exactly one memory remains.
The lock expires by itself (5 s) if its holder dies.

Hit counts: `recall` returns each memory with its hit count already raised, and the increments are
written by one background thread. Writing a field of a JSON document makes Redis Search re-index the
whole document (its HNSW vector too: ~1 ms each), which doubled recall latency when done inline.
Reads through this store (`get`, `list_memories`) wait for the pending increments first.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import redis

from mcp_memory.engines.base import Scope, Vector, VectorEngine
from mcp_memory.errors import BackendUnavailableError, NotFoundError
from mcp_memory.keys import KeySpace
from mcp_memory.models import Kind, Memory, RecalledMemory, RememberResult
from mcp_memory.policy import (
    DEFAULT_DEDUP_THRESHOLD,
    DEFAULT_REWORDED_THRESHOLD,
    Candidate,
    RecallPolicy,
    classify_near_neighbour,
    select_recall,
)

logger = logging.getLogger(__name__)

LOCK_TTL_MS = 5000
LOCK_WAIT_SECONDS = 10.0
DEDUP_NEIGHBOURS = 5

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def new_memory_id() -> str:
    return secrets.token_hex(8)


@dataclass
class PendingMemory:
    """One memory to write, with its already computed vector."""

    text: str
    vector: Vector
    kind: Kind
    namespace: str
    source_thread: str = ""
    ttl_seconds: int | None = None


class LongTermStore:
    """Long-term memories of every user, behind one engine (server-side or client-side)."""

    def __init__(
        self,
        client: redis.Redis,
        keys: KeySpace,
        engine: VectorEngine,
        *,
        recall_policy: RecallPolicy | None = None,
        dedup_threshold: float = DEFAULT_DEDUP_THRESHOLD,
        reworded_threshold: float = DEFAULT_REWORDED_THRESHOLD,
        ttl_by_kind: dict[str, int | None] | None = None,
    ) -> None:
        self.client = client
        self.keys = keys
        self.engine = engine
        self.recall_policy = recall_policy or RecallPolicy()
        self.dedup_threshold = dedup_threshold
        self.reworded_threshold = reworded_threshold
        self.ttl_by_kind = ttl_by_kind or {"episodic": 7 * 24 * 3600, "semantic": None}
        self._release = client.register_script(_RELEASE)
        self._hits = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hit-count")
        self._hits_pending: list[Future[None]] = []
        self._hits_lock = threading.Lock()

    def ensure_ready(self) -> None:
        self.engine.ensure_ready()

    # --- writes -------------------------------------------------------------------------------

    def remember(self, user: str, item: PendingMemory) -> RememberResult:
        """Store one memory unless a live near neighbour in the same user+namespace+kind says the same."""
        return self.remember_many(user, [item])[0]

    def remember_many(self, user: str, items: Sequence[PendingMemory]) -> list[RememberResult]:
        """Dedup each item against the store and against earlier items of the batch; write the rest pipelined.

        Items are grouped by scope and kind; each group is decided and written under that group's lock.
        """
        results: list[RememberResult | None] = [None] * len(items)
        groups: dict[tuple[str, str], list[int]] = {}
        for position, item in enumerate(items):
            groups.setdefault((item.namespace, item.kind), []).append(position)
        for (namespace, kind), positions in groups.items():
            scope = Scope(user, namespace)
            with self._lock(self.keys.dedup_lock(user, namespace, kind)):
                for position, result in zip(
                    positions, self._remember_group(scope, [items[p] for p in positions])
                ):
                    results[position] = result
        return [r for r in results if r is not None]

    def _remember_group(self, scope: Scope, items: list[PendingMemory]) -> list[RememberResult]:
        now = time.time()
        results: list[RememberResult] = []
        written: list[tuple[Memory, Vector, int | None]] = []
        duplicates: list[str] = []
        store_links: list[tuple[str, str]] = []
        for item in items:
            neighbours = self._live(self.engine.knn(item.vector, scope, item.kind, DEDUP_NEIGHBOURS))
            neighbours += [
                (memory, _cosine_distance(item.vector, vector))
                for memory, vector, _ in written
                if memory.superseded_by == ""
            ]
            neighbours.sort(key=lambda pair: pair[1])
            verdict, match = self._judge(item.text, neighbours)
            if verdict == "duplicate" and match is not None:
                duplicates.append(match[0].id)
                results.append(
                    RememberResult(
                        id=match[0].id,
                        status="duplicate",
                        existing_id=match[0].id,
                        distance=round(match[1], 6),
                    )
                )
                continue
            memory = Memory(
                id=new_memory_id(),
                user=scope.user,
                namespace=scope.namespace,
                kind=item.kind,
                text=item.text,
                source_thread=item.source_thread,
                created_ts=now,
                supersedes=match[0].id if verdict == "update" and match is not None else "",
            )
            ttl = item.ttl_seconds if item.ttl_seconds is not None else self.ttl_by_kind.get(item.kind)
            if verdict == "update" and match is not None:
                older = match[0]
                older.superseded_by = memory.id  # a batch member is written with the link below
                if not any(m is older for m, _, _ in written):
                    store_links.append((older.id, memory.id))
                results.append(
                    RememberResult(
                        id=memory.id, status="superseded", existing_id=older.id, distance=round(match[1], 6)
                    )
                )
            else:
                results.append(RememberResult(id=memory.id, status="created"))
            written.append((memory, item.vector, ttl))
        if written:
            self.engine.put_many(written)
        for old_id, new_id in store_links:
            self.engine.set_link(old_id, "superseded_by", new_id)
        self.engine.bump_hits(duplicates)
        return results

    def _judge(
        self, text: str, neighbours: list[tuple[Memory, float]]
    ) -> tuple[str, tuple[Memory, float] | None]:
        """The verdict against the nearest neighbour that is a duplicate or an update, if any."""
        for memory, distance in neighbours:
            verdict = classify_near_neighbour(
                text, memory.text, distance, self.dedup_threshold, self.reworded_threshold
            )
            if verdict != "distinct":
                return verdict, (memory, distance)
        return "distinct", None

    # --- reads --------------------------------------------------------------------------------

    def recall(
        self,
        user: str,
        namespace: str,
        query: str,
        vector: Vector,
        *,
        kind: str | None = None,
        k: int = 5,
        max_distance: float | None = None,
    ) -> list[RecalledMemory]:
        """Memories in scope that answer the query, best first; superseded facts are left out.

        An earlier recall's hit counts are written first (usually long done), so one recall
        after another reads its own counts."""
        self.settle_hits()
        policy = self.recall_policy
        if max_distance is not None:
            policy = policy.capped(max_distance)
        neighbours = [
            (memory, distance)
            for memory, distance in self._live(
                self.engine.knn(vector, Scope(user, namespace), kind, policy.pool_size(k))
            )
            if distance <= policy.pool_distance
        ]
        by_id = {memory.id: memory for memory, _ in neighbours}
        candidates = [
            Candidate(id=m.id, text=m.text, distance=d, created_ts=m.created_ts) for m, d in neighbours
        ]
        chosen = select_recall(query, candidates, k, policy)
        self._bump_hits_later([c.id for c in chosen])
        recalled = []
        for candidate in chosen:
            memory = by_id[candidate.id]
            data = memory.model_dump()
            data["hit_count"] = memory.hit_count + 1
            recalled.append(RecalledMemory(**data, distance=round(candidate.distance, 6)))
        return recalled

    def get(self, user: str, memory_id: str) -> Memory:
        """One of the user's memories; NotFoundError for another user's or a missing id."""
        self.settle_hits()
        memory = self.engine.get(memory_id)
        if memory is None or memory.user != user:
            raise NotFoundError(f"no memory {memory_id!r}")
        return memory

    def list_memories(
        self, user: str, namespace: str, kind: str | None, offset: int, limit: int
    ) -> tuple[list[Memory], int]:
        self.settle_hits()
        return self.engine.list(Scope(user, namespace), kind, offset, limit)

    def forget(self, user: str, memory_id: str) -> Memory:
        """Delete one memory and unlink whatever it superseded or was superseded by."""
        memory = self.get(user, memory_id)
        self.engine.delete(memory)
        if memory.supersedes:
            older = self.engine.get(memory.supersedes)
            if older is not None and older.superseded_by == memory.id:
                self.engine.set_link(older.id, "superseded_by", memory.superseded_by)
        if memory.superseded_by:
            self.engine.set_link(memory.superseded_by, "supersedes", "")
        return memory

    def forget_all(self, user: str, namespace: str) -> int:
        return self.engine.delete_scope(Scope(user, namespace))

    def _bump_hits_later(self, memory_ids: list[str]) -> None:
        if not memory_ids:
            return
        with self._hits_lock:
            self._hits_pending = [f for f in self._hits_pending if not f.done()]
            self._hits_pending.append(self._hits.submit(self.engine.bump_hits, memory_ids))

    def settle_hits(self, timeout: float = 30.0) -> None:
        """Wait for the hit-count increments queued so far (a failed one is logged, not raised)."""
        with self._hits_lock:
            pending, self._hits_pending = self._hits_pending, []
        for future in pending:
            try:
                future.result(timeout=timeout)
            except Exception:
                logger.exception("could not update hit counts after a recall")

    def close(self) -> None:
        """Write the pending hit counts and stop their thread."""
        self.settle_hits()
        self._hits.shutdown(wait=True)

    @staticmethod
    def _live(neighbours: list[tuple[Memory, float]]) -> list[tuple[Memory, float]]:
        return [(m, d) for m, d in neighbours if not m.superseded_by]

    @contextlib.contextmanager
    def _lock(self, key: str) -> Iterator[None]:
        token = secrets.token_hex(8)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        delay = 0.002
        try:
            while not self.client.set(key, token, nx=True, px=LOCK_TTL_MS):
                if time.monotonic() > deadline:
                    raise BackendUnavailableError(f"timed out waiting for the write lock {key}")
                time.sleep(delay)
                delay = min(delay * 2, 0.05)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"Redis failed; the memory was not stored: {exc}") from exc
        try:
            yield
        finally:
            with contextlib.suppress(redis.RedisError):
                self._release(keys=[key], args=[token])


def _cosine_distance(a: Vector, b: Vector) -> float:
    return float(1.0 - np.dot(a, b) / ((np.linalg.norm(a) * np.linalg.norm(b)) or 1.0))
