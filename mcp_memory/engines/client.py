"""Client-side engine: plain Redis, Valkey or fakeredis; Hashes, Sorted Sets and numpy cosine.

Layout (names from `KeySpace`):
- `agent:mem:<id>`: Hash with the Memory fields and `embedding` (float32 bytes); TTL as the kind says.
- `agent:scope:<digest>` and `agent:scope:<digest>:<kind>`: Sorted Sets of ids scored by created_ts,
  for listing newest first and for fetching a scope's candidates.
- `agent:journal:<digest>`: a Stream (capped) of the ids each write added or removed, appended in the
  same MULTI as the write.

KNN keeps each scope's vectors in process as one unit-length matrix (`client_cache`): the first recall
reads them all, later ones read only the journal entries since (one XRANGE when nothing changed, the
new vectors after a write). Ids whose Hash expired are pruned from the scope index when a read meets
them. No Lua: it runs on servers (and fakeredis) without scripting.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import redis
from redis.client import NEVER_DECODE
from redis.typing import EncodableT, FieldT

from mcp_memory.embedder import DIM
from mcp_memory.engines.base import MEMORY_FIELDS, Scope, Vector, memory_from_fields
from mcp_memory.engines.client_cache import KIND_CODES, Matrix, Snapshot, SnapshotCache, advance, build
from mcp_memory.errors import BackendUnavailableError
from mcp_memory.keys import KeySpace
from mcp_memory.models import Memory

logger = logging.getLogger(__name__)

KINDS = ("semantic", "episodic")
BATCH = 1000  # commands per pipelined round trip when fetching vectors or fields
DEFAULT_CACHE_VECTORS = 100_000  # ~150 MB of float32 at 384 dimensions, across all cached scopes
JOURNAL_LENGTH = 1000  # entries kept (at least); a reader further behind reloads the scope
_VECTOR_BYTES = DIM * 4


class ClientEngine:
    """Long-term memories as Hashes at `agent:mem:<id>`, scored on the client with numpy."""

    name = "client"

    def __init__(
        self, client: redis.Redis, keys: KeySpace, *, cache_vectors: int = DEFAULT_CACHE_VECTORS
    ) -> None:
        self.client = client
        self.keys = keys
        self.cache_vectors = cache_vectors
        self._cache = SnapshotCache(cache_vectors)

    def ensure_ready(self) -> None:
        """Nothing to create: Hashes and Sorted Sets appear with the first write."""

    # --- writes -------------------------------------------------------------------------------

    def put(self, memory: Memory, vector: Vector, ttl_seconds: int | None) -> None:
        self.put_many([(memory, vector, ttl_seconds)])

    def put_many(self, items: list[tuple[Memory, Vector, int | None]]) -> None:
        if not items:
            return
        pipe = self.client.pipeline(transaction=True)
        added: dict[tuple[str, str, str], list[str]] = {}
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
            added.setdefault((memory.user, memory.namespace, memory.kind), []).append(memory.id)
        for (user, namespace, kind), ids in added.items():
            self._journal(pipe, user, namespace, "add", ids, kind)
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
        """Queue the removal of ids from every index of the scope, and note it in the journal."""
        pipe.zrem(self.keys.scope_members(user, namespace), *ids)
        for kind in KINDS:
            pipe.zrem(self.keys.scope_kind_members(user, namespace, kind), *ids)
        self._journal(pipe, user, namespace, "del", ids)

    def _journal(
        self, pipe: Any, user: str, namespace: str, op: str, ids: Sequence[str], kind: str = ""
    ) -> None:
        # Ids are [A-Za-z0-9_-]: a space joins them unambiguously.
        fields = {"op": op, "kind": kind, "ids": " ".join(ids)}
        pipe.xadd(self.keys.scope_journal(user, namespace), fields, maxlen=JOURNAL_LENGTH, approximate=True)

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
        candidates = self._snapshot(scope)
        if not candidates.ids or k <= 0:
            return []
        query = np.asarray(vector, dtype=np.float32)
        query = query / (float(np.linalg.norm(query)) or 1.0)
        similarity = candidates.matrix @ query
        if kind is not None:
            similarity[candidates.kinds != KIND_CODES[kind]] = -np.inf
        found: list[tuple[Memory, float]] = []
        gone: list[str] = []
        # Walk down the ranking until k live memories are found; expired ones are pruned after.
        for rows in _ranked(similarity, k):
            ids = [candidates.ids[int(row)] for row in rows]
            for row, memory_id, memory in zip(rows, ids, self._fetch(ids)):
                if similarity[int(row)] == -np.inf:  # another kind: so is everything after it
                    break
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
        scopes, cached = self._cache.stats()
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

    def _snapshot(self, scope: Scope) -> Snapshot:
        """The scope's ids, kinds and unit vectors: the cached snapshot brought up to date."""
        key = self.keys.scope_journal(scope.user, scope.namespace)
        with self._cache.lock(key):
            cached = self._cache.get(key)
            fresh = self._load(scope) if cached is None else self._advance(scope, cached)
            if fresh is not cached:
                self._cache.put(key, fresh)
            return fresh

    def _load(self, scope: Scope) -> Snapshot:
        """Read the whole scope. The journal's last entry is read first: a write racing with the
        reads below is applied again by the next `_advance`, which skips ids already present."""
        journal = self.keys.scope_journal(scope.user, scope.namespace)
        last = self.client.xrevrange(journal, "+", "-", count=1)
        last_id = str(last[0][0]) if last else "0-0"
        ids: list[str] = []
        kinds: list[str] = []
        for kind in KINDS:
            members = _strings(
                self.client.zrange(self.keys.scope_kind_members(scope.user, scope.namespace, kind), 0, -1)
            )
            ids += members
            kinds += [kind] * len(members)
        kept, kept_kinds, matrix = self._vectors_of(scope, ids, kinds)
        return build(last_id, kept, kept_kinds, matrix)

    def _advance(self, scope: Scope, base: Snapshot) -> Snapshot:
        """Apply the journal entries written since `base`; reload when it fell too far behind."""
        journal = self.keys.scope_journal(scope.user, scope.namespace)
        entries = self.client.xrange(journal, min=_after(base.last_id), max="+", count=JOURNAL_LENGTH)
        if not entries:
            return base
        if len(entries) >= JOURNAL_LENGTH:  # entries after base.last_id may have been trimmed
            return self._load(scope)
        removed: set[str] = set()
        added: dict[str, str] = {}
        for _, entry in entries:
            fields = entry or {}
            ids = str(fields.get("ids", "")).split()
            if fields.get("op") == "add":
                added.update((memory_id, str(fields.get("kind"))) for memory_id in ids)
                removed.difference_update(ids)
            else:
                removed.update(ids)
                for memory_id in ids:
                    added.pop(memory_id, None)
        new_ids, new_kinds, matrix = self._vectors_of(scope, list(added), list(added.values()))
        return advance(base, str(entries[-1][0]), removed, new_ids, new_kinds, matrix)

    def _vectors_of(
        self, scope: Scope, ids: list[str], kinds: list[str]
    ) -> tuple[list[str], list[str], Matrix]:
        """The vectors of ids (with their kinds); ids whose Hash is gone are pruned and left out."""
        raw = self._raw_vectors(ids)
        self._prune(scope, [memory_id for memory_id, value in zip(ids, raw) if value is None])
        kept = [row for row, value in enumerate(raw) if value is not None]
        blob = b"".join(value for value in raw if value is not None)
        matrix = np.frombuffer(blob, dtype=np.float32).reshape(len(kept), DIM)
        return [ids[row] for row in kept], [kinds[row] for row in kept], matrix

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


def _after(entry_id: str) -> str:
    """The smallest Stream id after `entry_id` (XRANGE's exclusive `(` needs Redis 6.2)."""
    millis, _, sequence = entry_id.partition("-")
    return f"{millis}-{int(sequence or 0) + 1}"


def _strings(values: Any) -> list[str]:
    return [str(value) for value in values]


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
