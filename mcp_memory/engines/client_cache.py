"""The client-side engine's in-process cache: each scope's unit vectors as one matrix, kept current.

A snapshot is what one scope held at one entry of its journal (a Stream every write appends to, in
the same MULTI). Bringing a snapshot up to date applies the journal entries after it: added rows go
into spare capacity of the same buffer (no copy of the 50k rows already there), removed rows are
compacted away. Snapshots are immutable to their readers: rows [:n] of a buffer never change once a
snapshot shows them, so a recall in one thread never sees a half-applied update from another.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from mcp_memory.embedder import DIM

Matrix = npt.NDArray[np.float32]  # one row per memory, shape (n, DIM)
Codes = npt.NDArray[np.uint8]
KIND_CODES = {"semantic": 0, "episodic": 1}


@dataclass(frozen=True)
class Snapshot:
    """A scope's memories as of journal entry `last_id`: ids[i] has kind code kinds[i] and row i."""

    last_id: str
    ids: list[str]
    kinds: Codes
    buffer: Matrix  # capacity rows; only [:len(ids)] belong to this snapshot

    @property
    def matrix(self) -> Matrix:
        return self.buffer[: len(self.ids)]


def build(last_id: str, ids: Sequence[str], kinds: Sequence[str], vectors: Matrix) -> Snapshot:
    """A snapshot of exactly these rows (vectors need not be unit length)."""
    buffer = np.empty((_capacity(len(ids)), DIM), dtype=np.float32)
    buffer[: len(ids)] = unit_rows(vectors)
    return Snapshot(last_id, list(ids), _codes(kinds), buffer)


def advance(
    base: Snapshot,
    last_id: str,
    removed: set[str],
    added_ids: Sequence[str],
    added_kinds: Sequence[str],
    added_vectors: Matrix,
) -> Snapshot:
    """`base` with `removed` ids dropped and the added rows appended (ids already present are skipped)."""
    ids, kinds, buffer = base.ids, base.kinds, base.buffer
    if removed & set(ids):
        keep = np.fromiter((memory_id not in removed for memory_id in ids), dtype=bool, count=len(ids))
        ids = [memory_id for memory_id in ids if memory_id not in removed]
        kinds = kinds[keep]
        compacted = np.empty((_capacity(len(ids) + len(added_ids)), DIM), dtype=np.float32)
        compacted[: len(ids)] = base.matrix[keep]
        buffer = compacted
    present = set(ids)
    fresh = [row for row, memory_id in enumerate(added_ids) if memory_id not in present]
    if not fresh:
        return Snapshot(last_id, ids, kinds, buffer)
    n, m = len(ids), len(fresh)
    if n + m > len(buffer):
        grown = np.empty((_capacity(n + m), DIM), dtype=np.float32)
        grown[:n] = buffer[:n]
        buffer = grown
    # In place beyond row n: invisible to every snapshot that shares this buffer (they end at <= n).
    buffer[n : n + m] = unit_rows(added_vectors[fresh])
    return Snapshot(
        last_id,
        ids + [added_ids[row] for row in fresh],
        np.concatenate([kinds, _codes([added_kinds[row] for row in fresh])]),
        buffer,
    )


class SnapshotCache:
    """Snapshots by scope key, least recently used evicted beyond `max_vectors` rows in total."""

    def __init__(self, max_vectors: int) -> None:
        self.max_vectors = max_vectors
        self._entries: OrderedDict[str, Snapshot] = OrderedDict()
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    def lock(self, key: str) -> threading.Lock:
        """One lock per scope: a single thread brings a scope's snapshot up to date at a time."""
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    def get(self, key: str) -> Snapshot | None:
        with self._guard:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: Snapshot) -> None:
        with self._guard:
            self._entries.pop(key, None)
            if len(entry.ids) > self.max_vectors:
                return
            self._entries[key] = entry
            total = sum(len(e.ids) for e in self._entries.values())
            while total > self.max_vectors:
                _, evicted = self._entries.popitem(last=False)
                total -= len(evicted.ids)

    def stats(self) -> tuple[int, int]:
        """(scopes cached, vectors cached)."""
        with self._guard:
            return len(self._entries), sum(len(e.ids) for e in self._entries.values())


def unit_rows(matrix: Matrix) -> Matrix:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: Matrix = (matrix / norms).astype(np.float32, copy=False)
    return unit


def _codes(kinds: Sequence[str]) -> Codes:
    return np.fromiter((KIND_CODES[kind] for kind in kinds), dtype=np.uint8, count=len(kinds))


def _capacity(rows: int) -> int:
    """Room to grow: appends rarely reallocate (and copy) a large scope's matrix."""
    return max(64, rows + rows // 2)
