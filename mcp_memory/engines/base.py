"""The interface every long-term engine implements, and helpers they share."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from mcp_memory.models import Memory

Vector = npt.NDArray[np.float32]
Matrix = npt.NDArray[np.float32]  # one row per memory, shape (n, dim)

MEMORY_FIELDS = (
    "id",
    "user",
    "namespace",
    "kind",
    "source_thread",
    "text",
    "created_ts",
    "hit_count",
    "supersedes",
    "superseded_by",
)


@dataclass(frozen=True)
class Scope:
    """Whose memories: one user within one namespace. Every read and write names one."""

    user: str
    namespace: str


class VectorEngine(Protocol):
    """Storage and KNN for long-term memories. Engines own their Redis commands, nothing else."""

    name: str

    def ensure_ready(self) -> None:
        """Create indexes idempotently; raise ConfigError on an incompatible existing one."""

    def knn(self, vector: Vector, scope: Scope, kind: str | None, k: int) -> list[tuple[Memory, float]]:
        """The k nearest memories in scope (optionally of one kind), as (memory, cosine distance), nearest first."""

    def put(self, memory: Memory, vector: Vector, ttl_seconds: int | None) -> None:
        """Write one memory with its vector and TTL (None: no expiry)."""

    def put_many(self, items: list[tuple[Memory, Vector, int | None]]) -> None:
        """Write many memories in one pipelined round trip."""

    def get(self, memory_id: str) -> Memory | None:
        """One memory by id, or None."""

    def bump_hits(self, memory_ids: list[str]) -> None:
        """Add one to each memory's hit_count (memories that vanished are skipped)."""

    def set_link(self, memory_id: str, field: str, value: str) -> None:
        """Set `supersedes` or `superseded_by` of an existing memory."""

    def delete(self, memory: Memory) -> None:
        """Remove one memory (and its scope-index entry)."""

    def list(self, scope: Scope, kind: str | None, offset: int, limit: int) -> tuple[list[Memory], int]:
        """A page of the scope's memories, newest first, and the total count."""

    def delete_scope(self, scope: Scope) -> int:
        """Remove every memory in scope; returns how many."""

    def vectors(self, scope: Scope, limit: int) -> tuple[builtins.list[Memory], Matrix]:
        """Up to `limit` of the scope's memories, newest first, and their embeddings as rows (memory map)."""

    def count(self) -> int:
        """All memories under this prefix."""

    def stats(self) -> dict[str, Any]:
        """Engine facts for `doctor` and the web page (index size, documents, ...)."""


def memory_from_fields(fields: dict[str, Any]) -> Memory:
    """Build a Memory from stored fields (strings from Hashes or FT.SEARCH, or JSON values)."""
    return Memory(
        id=str(fields["id"]),
        user=str(fields["user"]),
        namespace=str(fields["namespace"]),
        kind=fields["kind"],
        text=str(fields.get("text", "")),
        source_thread=str(fields.get("source_thread") or ""),
        created_ts=float(fields.get("created_ts") or 0),
        hit_count=int(float(fields.get("hit_count") or 0)),
        supersedes=str(fields.get("supersedes") or ""),
        superseded_by=str(fields.get("superseded_by") or ""),
    )
