"""Client-side engine: plain Redis, Valkey or fakeredis; Hashes, Sorted Sets and numpy cosine.

Layout (names from `KeySpace`):
- `agent:mem:<id>`: Hash with the Memory fields and `embedding` (float32 bytes); TTL as the kind says.
- `agent:scope:<digest>` and `agent:scope:<digest>:<kind>`: Sorted Sets of ids scored by created_ts,
  for listing newest first and for fetching a scope's candidates.
- `agent:scopever:<digest>`: a counter bumped in the same MULTI as every write in the scope.

KNN reads the scope's vectors once and keeps them as a normalised matrix, cached per Sorted Set under
the version it was read at: a repeated recall in an unchanged scope costs one GET and a matrix product;
after a write only the new ids' vectors are fetched. Ids whose Hash expired are pruned from the scope
index when a read meets them. No Lua: it runs on servers (and fakeredis) without scripting.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import redis
from redis.client import NEVER_DECODE
from redis.typing import EncodableT, FieldT

from mcp_memory.embedder import DIM
from mcp_memory.engines.base import MEMORY_FIELDS, Scope, Vector, memory_from_fields
from mcp_memory.errors import BackendUnavailableError
from mcp_memory.keys import KeySpace
from mcp_memory.models import Memory

logger = logging.getLogger(__name__)

KINDS = ("semantic", "episodic")
BATCH = 1000  # commands per pipelined round trip when fetching vectors or fields
DEFAULT_CACHE_VECTORS = 100_000  # ~150 MB of float32 at 384 dimensions, across all cached scopes
_VECTOR_BYTES = DIM * 4

Matrix = npt.NDArray[np.float32]  # one row per memory, shape (n, DIM)


@dataclass(frozen=True)
class _Candidates:
    """A Sorted Set's ids and their unit-length vectors (row i belongs to ids[i])."""

    version: int
    ids: list[str]
    matrix: Matrix


class ClientEngine:
    """Long-term memories as Hashes at `agent:mem:<id>`, scored on the client with numpy."""

    name = "client"

    def __init__(
        self, client: redis.Redis, keys: KeySpace, *, cache_vectors: int = DEFAULT_CACHE_VECTORS
    ) -> None:
        self.client = client
        self.keys = keys
        self.cache_vectors = cache_vectors
        self._cache: OrderedDict[str, _Candidates] = OrderedDict()
        self._cache_lock = threading.Lock()

    def ensure_ready(self) -> None:
        """Nothing to create: Hashes and Sorted Sets appear with the first write."""

    # --- writes -------------------------------------------------------------------------------

    def put(self, memory: Memory, vector: Vector, ttl_seconds: int | None) -> None:
        self.put_many([(memory, vector, ttl_seconds)])

    def put_many(self, items: list[tuple[Memory, Vector, int | None]]) -> None:
        if not items:
            return
        pipe = self.client.pipeline(transaction=True)
        scopes: set[tuple[str, str]] = set()
        for memory, vector, ttl in items:
            key = self.keys.memory(memory.id)
            fields: dict[FieldT, EncodableT] = {
                name: _encode(value) for name, value in memory.model_dump().items()
            }
            fields["embedding"] = np.asarray(vector, dtype=np.float32).tobytes()
            pipe.delete(key)  # a rewrite of an id must not keep fields of the old Hash
            pipe.hset(key, mapping=fields)
            if ttl:
                pipe.expire(key, ttl)
            pipe.zadd(self.keys.scope_members(memory.user, memory.namespace), {memory.id: memory.created_ts})
            pipe.zadd(
                self.keys.scope_kind_members(memory.user, memory.namespace, memory.kind),
                {memory.id: memory.created_ts},
            )
            scopes.add((memory.user, memory.namespace))
        for user, namespace in scopes:
            pipe.incr(self.keys.scope_version(user, namespace))
        try:
            pipe.execute()
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"the memory was not stored: {exc}") from exc

    def bump_hits(self, memory_ids: list[str]) -> None:
        self._update_existing(memory_ids, lambda pipe, key: pipe.hincrby(key, "hit_count", 1))

    def set_link(self, memory_id: str, field: str, value: str) -> None:
        self._update_existing([memory_id], lambda pipe, key: pipe.hset(key, field, value))

    def _update_existing(self, memory_ids: list[str], command: Any) -> None:
        """Run `command` on each memory's Hash, undoing it where the Hash had expired or been deleted.

        Without Lua there is no "update if exists"; instead each update runs in a MULTI with HLEN,
        and a Hash left holding only the field just written is a stray the update created: delete it.
        """
        if not memory_ids:
            return
        try:
            pipe = self.client.pipeline(transaction=True)
            for memory_id in memory_ids:
                key = self.keys.memory(memory_id)
                command(pipe, key)
                pipe.hlen(key)
            replies = pipe.execute()
            strays = [
                self.keys.memory(memory_id)
                for memory_id, length in zip(memory_ids, replies[1::2])
                if int(length) <= 1
            ]
            if strays:
                self.client.delete(*strays)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not update memories: {exc}") from exc

    def delete(self, memory: Memory) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.delete(self.keys.memory(memory.id))
        self._unindex(pipe, memory.user, memory.namespace, [memory.id])
        try:
            pipe.execute()
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not delete memory {memory.id!r}: {exc}") from exc

    def delete_scope(self, scope: Scope) -> int:
        index = self.keys.scope_members(scope.user, scope.namespace)
        removed = 0
        try:
            while True:
                ids = _strings(self.client.zrange(index, 0, BATCH - 1))
                if not ids:
                    break
                pipe = self.client.pipeline(transaction=True)
                pipe.delete(*[self.keys.memory(i) for i in ids])
                self._unindex(pipe, scope.user, scope.namespace, ids)
                removed += int(pipe.execute()[0])
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not delete memories: {exc}") from exc
        return removed

    def _unindex(self, pipe: Any, user: str, namespace: str, ids: Sequence[str]) -> None:
        """Queue the removal of ids from every index of the scope, and bump its version."""
        pipe.zrem(self.keys.scope_members(user, namespace), *ids)
        for kind in KINDS:
            pipe.zrem(self.keys.scope_kind_members(user, namespace, kind), *ids)
        pipe.incr(self.keys.scope_version(user, namespace))

    def _prune(self, scope: Scope, ids: Sequence[str]) -> None:
        """Drop ids whose Hash expired from the scope's indexes."""
        if not ids:
            return
        logger.debug("pruning %d expired memories from a scope index", len(ids))
        pipe = self.client.pipeline(transaction=True)
        self._unindex(pipe, scope.user, scope.namespace, ids)
        pipe.execute()

    # --- reads --------------------------------------------------------------------------------

    def get(self, memory_id: str) -> Memory | None:
        try:
            return self._fetch([memory_id])[0]
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not read memory {memory_id!r}: {exc}") from exc

    def knn(self, vector: Vector, scope: Scope, kind: str | None, k: int) -> list[tuple[Memory, float]]:
        try:
            return self._knn(vector, scope, kind, k)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"recall query failed: {exc}") from exc

    def _knn(self, vector: Vector, scope: Scope, kind: str | None, k: int) -> list[tuple[Memory, float]]:
        candidates = self._candidates(scope, kind)
        if not candidates.ids or k <= 0:
            return []
        query = np.asarray(vector, dtype=np.float32)
        query = query / (float(np.linalg.norm(query)) or 1.0)
        similarity = candidates.matrix @ query
        found: list[tuple[Memory, float]] = []
        gone: list[str] = []
        # Walk down the ranking until k live memories are found; expired ones are pruned after.
        for rows in _ranked(similarity, k):
            ids = [candidates.ids[int(row)] for row in rows]
            for row, memory_id, memory in zip(rows, ids, self._fetch(ids)):
                if memory is None:
                    gone.append(memory_id)
                elif len(found) < k:
                    found.append((memory, float(1.0 - similarity[int(row)])))
            if len(found) >= k:
                break
        self._prune(scope, gone)
        return found

    def vectors(self, scope: Scope, limit: int) -> tuple[list[Memory], Matrix]:
        """The newest `limit` memories of the scope and their (stored, not normalised) embeddings."""
        index = self._index(scope, None)
        try:
            ids = _strings(self.client.zrevrange(index, 0, limit - 1))
            memories = self._fetch(ids)
            raw = self._raw_vectors(ids)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not read embeddings: {exc}") from exc
        kept: list[tuple[Memory, bytes]] = [
            (m, v) for m, v in zip(memories, raw) if m is not None and v is not None
        ]
        matrix = np.frombuffer(b"".join(v for _, v in kept), dtype=np.float32).reshape(len(kept), DIM)
        return [m for m, _ in kept], matrix.copy()

    def count(self) -> int:
        """All memories under this prefix (a SCAN: for diagnostics only)."""
        try:
            return sum(
                1 for _ in self.client.scan_iter(match=self.keys.memory("*"), count=1000, _type="hash")
            )
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not count memories: {exc}") from exc

    def stats(self) -> dict[str, Any]:
        with self._cache_lock:
            cached = sum(len(entry.ids) for entry in self._cache.values())
            scopes = len(self._cache)
        return {
            "engine": self.name,
            "num_docs": self.count(),
            "cached_scopes": scopes,
            "cached_vectors": cached,
            "cache_limit_vectors": self.cache_vectors,
        }

    # --- helpers ------------------------------------------------------------------------------

    def _index(self, scope: Scope, kind: str | None) -> str:
        if kind is None:
            return self.keys.scope_members(scope.user, scope.namespace)
        return self.keys.scope_kind_members(scope.user, scope.namespace, kind)

    def _fetch(self, ids: Sequence[str]) -> list[Memory | None]:
        """Memories by id (None where the Hash is gone), pipelined in batches."""
        memories: list[Memory | None] = []
        for start in range(0, len(ids), BATCH):
            pipe = self.client.pipeline(transaction=False)
            for memory_id in ids[start : start + BATCH]:
                pipe.hmget(self.keys.memory(memory_id), MEMORY_FIELDS)
            for values in pipe.execute():
                fields = dict(zip(MEMORY_FIELDS, values))
                memories.append(memory_from_fields(fields) if fields["id"] is not None else None)
        return memories

    def _raw_vectors(self, ids: Sequence[str]) -> list[bytes | None]:
        """Embeddings as stored (float32 bytes), None where missing or malformed.

        The shared client decodes replies to str; NEVER_DECODE (redis-py's own option, used by DUMP)
        asks for these replies as bytes on the same connections, so no second client is needed.
        """
        found: list[bytes | None] = []
        for start in range(0, len(ids), BATCH):
            pipe = self.client.pipeline(transaction=False)
            for memory_id in ids[start : start + BATCH]:
                pipe.execute_command("HGET", self.keys.memory(memory_id), "embedding", **{NEVER_DECODE: []})
            for value in pipe.execute():
                found.append(value if isinstance(value, bytes) and len(value) == _VECTOR_BYTES else None)
        return found

    def _candidates(self, scope: Scope, kind: str | None) -> _Candidates:
        """The index's ids and unit vectors: from the cache when the scope's version is unchanged."""
        index = self._index(scope, kind)
        version = int(self.client.get(self.keys.scope_version(scope.user, scope.namespace)) or 0)
        with self._cache_lock:
            cached = self._cache.get(index)
            if cached is not None:
                self._cache.move_to_end(index)
        if cached is not None and cached.version == version:
            return cached
        # Read the version before the ids: a write racing with this read bumps it past what we store.
        ids = _strings(self.client.zrange(index, 0, -1))
        fresh = _Candidates(version, *self._refresh(scope, ids, cached))
        self._store(index, fresh)
        return fresh

    def _refresh(self, scope: Scope, ids: list[str], cached: _Candidates | None) -> tuple[list[str], Matrix]:
        """Rows for `ids`, reusing the cached rows and fetching only the vectors not cached yet."""
        known = {memory_id: row for row, memory_id in enumerate(cached.ids)} if cached else {}
        missing = [memory_id for memory_id in ids if memory_id not in known]
        fetched = dict(zip(missing, self._raw_vectors(missing)))
        gone = [memory_id for memory_id, raw in fetched.items() if raw is None]
        self._prune(scope, gone)
        kept = [memory_id for memory_id in ids if memory_id in known or fetched.get(memory_id) is not None]
        new_rows = [raw for memory_id in kept if memory_id not in known and (raw := fetched.get(memory_id))]
        new_matrix = _unit_rows(np.frombuffer(b"".join(new_rows), dtype=np.float32).reshape(-1, DIM))
        if cached is None or not known:
            return kept, new_matrix
        old_rows = [known[memory_id] for memory_id in kept if memory_id in known]
        # Rows keep the order of `kept`: cached rows first would break that, so place both by position.
        matrix = np.empty((len(kept), DIM), dtype=np.float32)
        is_known = np.fromiter((memory_id in known for memory_id in kept), dtype=bool, count=len(kept))
        matrix[is_known] = cached.matrix[old_rows]
        matrix[~is_known] = new_matrix
        return kept, matrix

    def _store(self, index: str, entry: _Candidates) -> None:
        """Cache an entry, evicting the least recently used scopes beyond the vector budget."""
        if len(entry.ids) > self.cache_vectors:
            return
        with self._cache_lock:
            self._cache[index] = entry
            self._cache.move_to_end(index)
            total = sum(len(e.ids) for e in self._cache.values())
            while total > self.cache_vectors:
                _, evicted = self._cache.popitem(last=False)
                total -= len(evicted.ids)

    # Last in the class: a method named `list` shadows the builtin in the annotations after it.
    def list(self, scope: Scope, kind: str | None, offset: int, limit: int) -> tuple[list[Memory], int]:
        index = self._index(scope, kind)
        try:
            while True:
                ids = _strings(self.client.zrevrange(index, offset, offset + limit - 1))
                memories = self._fetch(ids)
                gone = [memory_id for memory_id, memory in zip(ids, memories) if memory is None]
                if not gone:
                    return [m for m in memories if m is not None], int(self.client.zcard(index))
                self._prune(scope, gone)  # strictly shrinks the index, so this loop ends
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not list memories: {exc}") from exc


def _encode(value: Any) -> str | int | float:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _strings(values: Any) -> list[str]:
    return [str(value) for value in values]


def _unit_rows(matrix: Matrix) -> Matrix:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: Matrix = (matrix / norms).astype(np.float32, copy=False)
    return unit


def _ranked(similarity: Matrix, k: int) -> Iterator[npt.NDArray[np.intp]]:
    """Row numbers by similarity, highest first, in chunks: a sorted head, then (rarely needed) the rest.

    The head is found with argpartition, so a 50k-row scope is not fully sorted for a top-5.
    """
    n = len(similarity)
    head = min(n, max(2 * k, 32))
    top = np.argpartition(-similarity, head - 1)[:head] if head < n else np.arange(n)
    top = top[np.argsort(-similarity[top], kind="stable")]
    yield top
    if head < n:  # only when many of the head had expired
        rest = np.argsort(-similarity, kind="stable")
        yield rest[~np.isin(rest, top)]
