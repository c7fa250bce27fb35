"""Server-side engine: JSON documents and one Redis Search index (HNSW, cosine); one FT.SEARCH per KNN.

User-supplied values reach queries only as PARAMS (`@user:{$user}`), never spliced into the query
string, so no id can widen the filter; their backslashes are doubled, since Search still reads one
in a parameter as an escape. TAG fields are CASESENSITIVE with a separator no valid id may
contain, so `Alice` is not `alice` and `a,b` is one tag.
"""

from __future__ import annotations

import builtins
import logging
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import redis
from redis.commands.search.field import NumericField, TagField, TextField, VectorField
from redis.commands.search.index_definition import IndexDefinition, IndexType
from redis.commands.search.query import Query

from mcp_memory.embedder import DIM
from mcp_memory.engines.base import MEMORY_FIELDS, Matrix, Scope, Vector, memory_from_fields
from mcp_memory.errors import BackendUnavailableError, ConfigError
from mcp_memory.keys import KeySpace
from mcp_memory.models import Memory

logger = logging.getLogger(__name__)

TAG_SEPARATOR = "\x1f"  # a control character: refused in user ids and namespaces


def _tag_param(value: str) -> str:
    """A TAG query parameter that matches ``value`` exactly: Redis Search still reads a backslash
    in a parameter as an escape ("\\:" matched the tag ":"), so a namespace "\\:" could read the
    namespace ":"; a doubled backslash stands for itself."""
    return value.replace("\\", "\\\\")


# Indexed fields are returned by name; the others need their JSON path (and `id` comes from the key).
_UNINDEXED = ("supersedes", "superseded_by")
# Embeddings are stored as integers (the unit vector times 2**22, exact in float32): RedisJSON keeps
# each float in ~35 bytes and such an integer in ~23 (a document: 13.5 KB -> 8.9 KB), cosine distance
# ignores the scale, and rounding moves a distance by ~1e-7. Float documents (older versions) are
# read and searched the same way.
EMBEDDING_SCALE = 2**22
_INDEXED = tuple(f for f in MEMORY_FIELDS if f not in (*_UNINDEXED, "id"))

# Hybrid policy of the filtered KNN. For a scope that is most of a large index, Search's own choice is
# an ad-hoc brute-force scan of every document of the scope (15.5 ms at 100k); walking the HNSW graph
# in batches and filtering (BATCHES) with EF_RUNTIME 400 takes 2.7 ms and, on 100k real embeddings,
# agrees with exact top-5 on 99.4% of ids and leaves the recall's output unchanged for 99% of queries
# (EF_RUNTIME 10/200: 94%/98.6%; bench/knn_accuracy.py). For a small scope among many, BATCHES must
# walk most of the graph to find enough members (20 among 100k: 88 ms vs 0.5), so it applies only to
# a scope of at least LARGE_SCOPE memories that is also at least LARGE_SCOPE_SHARE of the index.
# Sizes come from `LIMIT 0 0` counts cached for SCOPE_SIZE_TTL seconds (5 ms for a 100k scope): a
# stale size only picks the slower plan, never other results.
LARGE_SCOPE = 5000
LARGE_SCOPE_SHARE = 0.10
LARGE_SCOPE_KNN = "HYBRID_POLICY BATCHES EF_RUNTIME 400"
SCOPE_SIZE_TTL = 30.0

# Hit counts raised by recall live in a counter key beside the document (`<prefix>:memhits:<id>`,
# same TTL), added to the document's `hit_count` on every read. Writing the JSON document instead
# makes Search re-index all of it, HNSW vector included: 6 ms of Redis time for a recall's 5 hits at
# 100k memories, which the next query waited for (KNN 15.5 -> 25.6 ms right after it).
_BUMP = """
local ttl = redis.call('PTTL', KEYS[1])
if ttl == -2 then return 0 end
local hits = redis.call('INCR', KEYS[2])
if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl) end
return hits
"""


def _returning(query: Query, *extra: str) -> Query:
    query.return_fields(*_INDEXED, *extra)
    for name in _UNINDEXED:
        query.return_field(f"$.{name}", as_field=name)
    return query


def index_schema() -> list[Any]:
    """The index of the design's data model."""

    def tag(path: str, name: str) -> TagField:
        return TagField(path, as_name=name, separator=TAG_SEPARATOR, case_sensitive=True)

    return [
        TextField("$.text", as_name="text"),
        tag("$.user", "user"),
        tag("$.namespace", "namespace"),
        tag("$.kind", "kind"),
        tag("$.source_thread", "source_thread"),
        NumericField("$.created_ts", as_name="created_ts", sortable=True),
        NumericField("$.hit_count", as_name="hit_count", sortable=True),
        VectorField(
            "$.embedding",
            "HNSW",
            {"TYPE": "FLOAT32", "DIM": DIM, "DISTANCE_METRIC": "COSINE"},
            as_name="embedding",
        ),
    ]


_EXPECTED_ATTRIBUTES = {
    "text": "TEXT",
    "user": "TAG",
    "namespace": "TAG",
    "kind": "TAG",
    "source_thread": "TAG",
    "created_ts": "NUMERIC",
    "hit_count": "NUMERIC",
    "embedding": "VECTOR",
}


class SearchEngine:
    """Long-term memories as JSON at `agent:mem:<id>`, indexed by `agentmem:idx`."""

    name = "search"

    def __init__(self, client: redis.Redis, keys: KeySpace, *, large_scope: int = LARGE_SCOPE) -> None:
        self.client = client
        self.keys = keys
        self.ft = client.ft(keys.index)
        self.large_scope = large_scope
        self._sizes: dict[tuple[str, ...], tuple[float, int]] = {}  # what was counted -> (when, count)
        self._bump = client.register_script(_BUMP)

    def ensure_ready(self) -> None:
        try:
            info = self.ft.info()
        except redis.ResponseError as exc:
            if "unknown index" not in str(exc).lower() and "no such index" not in str(exc).lower():
                raise BackendUnavailableError(f"FT.INFO {self.keys.index} failed: {exc}") from exc
            self._create()
            return
        self._check_compatible(info)

    def _create(self) -> None:
        definition = IndexDefinition(prefix=[self.keys.memory_prefix], index_type=IndexType.JSON)
        try:
            self.ft.create_index(index_schema(), definition=definition)
            logger.info("created index %s", self.keys.index)
        except redis.ResponseError as exc:
            if "already exists" not in str(exc).lower():  # another process won the race
                raise ConfigError(f"could not create index {self.keys.index}: {exc}") from exc

    def _check_compatible(self, info: dict[str, Any]) -> None:
        found: dict[str, str] = {}
        for attribute in info.get("attributes", []):
            pairs = dict(zip(attribute[::2], attribute[1::2]))
            found[str(pairs.get("attribute"))] = str(pairs.get("type"))
        vector_dim = _vector_dim(info)
        if any(found.get(name) != kind for name, kind in _EXPECTED_ATTRIBUTES.items()) or vector_dim not in (
            None,
            DIM,
        ):
            raise ConfigError(
                f"index {self.keys.index} exists with an incompatible schema ({found}); "
                f"drop it with `FT.DROPINDEX {self.keys.index}` (documents are kept) or set MEMORY_KEY_PREFIX"
            )

    def knn(self, vector: Vector, scope: Scope, kind: str | None, k: int) -> list[tuple[Memory, float]]:
        filters = "@user:{$user} @namespace:{$namespace}" + (" @kind:{$kind}" if kind else "")
        plan = self.knn_plan(scope, kind)
        query = _returning(
            Query(f"({filters})=>[KNN $k @embedding $vec {plan} AS distance]".replace("  ", " "))
            .sort_by("distance")
            .paging(0, k)
            .dialect(2),
            "distance",
        )
        params: dict[str, Any] = {
            "user": _tag_param(scope.user),
            "namespace": _tag_param(scope.namespace),
            "k": k,
            "vec": np.asarray(vector, dtype=np.float32).tobytes(),
        }
        if kind:
            params["kind"] = _tag_param(kind)
        try:
            result = self.ft.search(query, query_params=params)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"recall query failed: {exc}") from exc
        found = [(self._memory(doc), float(doc.distance)) for doc in result.docs if _has_fields(doc)]
        self._add_hits([memory for memory, _ in found])
        return found

    def knn_plan(self, scope: Scope, kind: str | None = None) -> str:
        """The KNN attributes for this scope (and kind): LARGE_SCOPE_KNN when large, else Search's default."""
        scope_size = self._cached(
            ("scope", scope.user, scope.namespace, kind or ""), lambda: self._count(scope, kind)
        )
        if scope_size < self.large_scope:
            return ""
        index_size = self._cached(("index",), lambda: self._count(None, None))
        return LARGE_SCOPE_KNN if scope_size >= LARGE_SCOPE_SHARE * index_size else ""

    def _cached(self, key: tuple[str, ...], measure: Callable[[], int]) -> int:
        now = time.monotonic()
        found = self._sizes.get(key)
        if found is None or now - found[0] > SCOPE_SIZE_TTL:
            found = (now, measure())
            self._sizes[key] = found
        return found[1]

    def _count(self, scope: Scope | None, kind: str | None) -> int:
        """Memories in scope (of one kind), or in the index: FT.INFO takes 24 ms at 100k, this ~5."""
        params: dict[str, Any] = {}
        filters = "*"
        if scope is not None:
            filters = "@user:{$user} @namespace:{$namespace}" + (" @kind:{$kind}" if kind else "")
            params = {"user": _tag_param(scope.user), "namespace": _tag_param(scope.namespace)}
        if kind:
            params["kind"] = _tag_param(kind)
        try:
            result = self.ft.search(Query(filters).paging(0, 0).dialect(2), query_params=params)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not count memories: {exc}") from exc
        return int(result.total)

    def put(self, memory: Memory, vector: Vector, ttl_seconds: int | None) -> None:
        self.put_many([(memory, vector, ttl_seconds)])

    def put_many(self, items: list[tuple[Memory, Vector, int | None]]) -> None:
        try:
            pipe = self.client.pipeline(transaction=True)
            for memory, vector, ttl in items:
                key = self.keys.memory(memory.id)
                document = memory.model_dump()
                document["embedding"] = _stored_embedding(vector)
                pipe.json().set(key, "$", document)
                if ttl:
                    pipe.expire(key, ttl)
            pipe.execute()
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"the memory was not stored: {exc}") from exc

    def get(self, memory_id: str) -> Memory | None:
        try:
            fields: Any = self.client.json().get(
                self.keys.memory(memory_id), *[f"$.{f}" for f in MEMORY_FIELDS]
            )
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not read memory {memory_id!r}: {exc}") from exc
        if not fields:
            return None
        # A multi-path JSON.GET answers {"$.id": [value], ...}.
        flat = {path[2:]: values[0] if values else None for path, values in fields.items()}
        memory = memory_from_fields(flat)
        self._add_hits([memory])
        return memory

    def bump_hits(self, memory_ids: list[str]) -> None:
        if not memory_ids:
            return
        try:
            pipe = self.client.pipeline(transaction=False)
            for memory_id in memory_ids:
                self._bump(keys=[self.keys.memory(memory_id), self.keys.memory_hits(memory_id)], client=pipe)
            pipe.execute(raise_on_error=False)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not update hit counts: {exc}") from exc

    def _add_hits(self, memories: builtins.list[Memory]) -> None:
        """Add the counted recall hits to each memory's `hit_count` (one MGET)."""
        if not memories:
            return
        try:
            counts = self.client.mget([self.keys.memory_hits(m.id) for m in memories])
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not read hit counts: {exc}") from exc
        for memory, count in zip(memories, counts, strict=True):
            if count:
                memory.hit_count += int(count)

    def set_link(self, memory_id: str, field: str, value: str) -> None:
        try:
            self.client.json().set(self.keys.memory(memory_id), f"$.{field}", value, xx=True)
        except redis.ResponseError:
            pass  # the memory expired or was forgotten meanwhile
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not link memory {memory_id!r}: {exc}") from exc

    def delete(self, memory: Memory) -> None:
        try:
            self.client.delete(self.keys.memory(memory.id), self.keys.memory_hits(memory.id))
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not delete memory {memory.id!r}: {exc}") from exc

    def list(self, scope: Scope, kind: str | None, offset: int, limit: int) -> tuple[list[Memory], int]:
        filters = "@user:{$user} @namespace:{$namespace}" + (" @kind:{$kind}" if kind else "")
        query = _returning(Query(filters).sort_by("created_ts", asc=False).paging(offset, limit).dialect(2))
        params: dict[str, Any] = {"user": _tag_param(scope.user), "namespace": _tag_param(scope.namespace)}
        if kind:
            params["kind"] = _tag_param(kind)
        try:
            result = self.ft.search(query, query_params=params)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not list memories: {exc}") from exc
        memories = [self._memory(doc) for doc in result.docs if _has_fields(doc)]
        self._add_hits(memories)
        return memories, int(result.total)

    def _memory(self, doc: Any) -> Memory:
        """redis-py puts the key in `doc.id`; our id is the key without the prefix."""
        fields = dict(doc.__dict__)
        fields["id"] = str(doc.id)[len(self.keys.memory_prefix) :]
        return memory_from_fields(fields)

    def delete_scope(self, scope: Scope) -> int:
        removed = 0
        while True:
            memories, _ = self.list(scope, None, 0, 500)
            if not memories:
                return removed
            self.client.delete(
                *[key for m in memories for key in (self.keys.memory(m.id), self.keys.memory_hits(m.id))]
            )
            removed += len(memories)

    def vectors(self, scope: Scope, limit: int) -> tuple[builtins.list[Memory], Matrix]:
        memories, _ = self.list(scope, None, 0, limit)
        if not memories:
            return [], np.zeros((0, DIM), dtype=np.float32)
        try:
            found: list[Any] = self.client.json().mget(
                [self.keys.memory(m.id) for m in memories], "$.embedding"
            )
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not read embeddings: {exc}") from exc
        # JSON.MGET with a `$` path answers [[vector]] per key, or None for a key that expired meanwhile.
        kept = [(m, value[0]) for m, value in zip(memories, found) if value]
        matrix = np.asarray([vector for _, vector in kept], dtype=np.float32).reshape(len(kept), DIM)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        return [m for m, _ in kept], (matrix / np.where(norms > 0, norms, 1.0)).astype(np.float32)

    def count(self) -> int:
        try:
            return int(self.ft.info().get("num_docs", 0))
        except redis.ResponseError:
            return 0

    def stats(self) -> dict[str, Any]:
        info = self.ft.info()
        return {
            "engine": self.name,
            "index": self.keys.index,
            "num_docs": int(info.get("num_docs", 0)),
            "vector_index_mb": float(info.get("vector_index_sz_mb", 0) or 0),
            "total_index_mb": float(info.get("total_index_memory_sz_mb", 0) or 0),
        }


def _stored_embedding(vector: Vector) -> list[int]:
    """The unit vector times EMBEDDING_SCALE, as integers: what the JSON document holds."""
    unit = np.asarray(vector, dtype=np.float32)
    unit = unit / (float(np.linalg.norm(unit)) or 1.0)
    scaled: list[int] = np.rint(unit * EMBEDDING_SCALE).astype(np.int32).tolist()
    return scaled


def _vector_dim(info: dict[str, Any]) -> int | None:
    for attribute in info.get("attributes", []):
        pairs = dict(zip(attribute[::2], attribute[1::2]))
        if pairs.get("type") == "VECTOR":
            for key in ("dim", "DIM"):
                if key in pairs:
                    return int(pairs[key])
    return None


def _has_fields(doc: Any) -> bool:
    """False for a key whose TTL has passed but that Redis has not reaped yet: FT.SEARCH still
    lists it, with no fields."""
    return hasattr(doc, "user")
