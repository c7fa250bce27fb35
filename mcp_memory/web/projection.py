"""The memory map: a 2-D PCA of a scope's embeddings, computed server-side with numpy.

The query (when there is one) is projected with the same basis, so it lands among the memories it is
close to; a page never needs the 384-dimensional vectors. Components are sign-fixed (largest loading
positive), so the same memories always draw the same picture.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field

from mcp_memory.models import Kind, Memory

Array = npt.NDArray[np.float64]


class MapPoint(BaseModel):
    """One memory on the map."""

    id: str
    text: str
    kind: Kind
    x: float
    y: float
    superseded: bool = Field(description="A newer memory updates this one; recall skips it.")
    recalled: bool = Field(description="Recalled for the map's query.")
    distance: float | None = Field(default=None, description="Cosine distance to the query, if any.")


class QueryPoint(BaseModel):
    """The query, projected with the memories' basis."""

    text: str
    x: float
    y: float


class MemoryMap(BaseModel):
    """What the page draws: a point per memory, the query, and how much variance the two axes keep."""

    points: list[MapPoint]
    query: QueryPoint | None = None
    explained_variance: list[float] = Field(description="Share of the variance on each axis.")


def pca_basis(matrix: Array) -> tuple[Array, Array, Array]:
    """Mean, the top two principal directions (2 x dim, zero rows when rank < 2) and their variance shares."""
    dim = matrix.shape[1]
    mean = matrix.mean(axis=0) if len(matrix) else np.zeros(dim)
    basis = np.zeros((2, dim))
    explained = np.zeros(2)
    if len(matrix) < 2:
        return mean, basis, explained
    _, singular, vt = np.linalg.svd(matrix - mean, full_matrices=False)
    total = float(np.sum(singular**2))
    for axis in range(min(2, len(singular))):
        if singular[axis] <= 1e-9 * max(1.0, float(singular[0])):
            break  # no spread left along this axis: keep it flat rather than amplify noise
        direction = vt[axis]
        sign = 1.0 if direction[np.argmax(np.abs(direction))] >= 0 else -1.0
        basis[axis] = sign * direction
        explained[axis] = singular[axis] ** 2 / total if total else 0.0
    return mean, basis, explained


def _cosine_distances(matrix: Array, vector: Array) -> Array:
    norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(vector) or 1.0)
    return np.asarray(1.0 - (matrix @ vector) / np.where(norms == 0, 1.0, norms), dtype=np.float64)


def project(
    memories: list[Memory],
    vectors: npt.NDArray[np.floating],
    *,
    query: str | None = None,
    query_vector: npt.NDArray[np.floating] | None = None,
    recalled_ids: Collection[str] = (),
) -> MemoryMap:
    """Place each memory (row i of `vectors` is memories[i]) and the query on the scope's 2-D PCA plane."""
    matrix = np.asarray(vectors, dtype=np.float64)
    if matrix.ndim != 2 or len(matrix) != len(memories):
        raise ValueError(f"{len(memories)} memories but {len(matrix)} vectors (want one row each)")
    mean, basis, explained = pca_basis(matrix)
    coords = (matrix - mean) @ basis.T
    distances: Array | None = None
    query_point = None
    if query_vector is not None:
        qv = np.asarray(query_vector, dtype=np.float64)
        qx, qy = (qv - mean) @ basis.T if len(matrix) else (0.0, 0.0)
        query_point = QueryPoint(text=query or "", x=round(float(qx), 6), y=round(float(qy), 6))
        if len(matrix):
            distances = _cosine_distances(matrix, qv)
    wanted = set(recalled_ids)
    points = [
        MapPoint(
            id=memory.id,
            text=memory.text,
            kind=memory.kind,
            x=round(float(coords[i, 0]), 6),
            y=round(float(coords[i, 1]), 6),
            superseded=bool(memory.superseded_by),
            recalled=memory.id in wanted,
            distance=round(float(distances[i]), 6) if distances is not None else None,
        )
        for i, memory in enumerate(memories)
    ]
    return MemoryMap(
        points=points, query=query_point, explained_variance=[round(float(e), 6) for e in explained]
    )
