"""The memory map's PCA, on vectors whose geometry is known."""

from __future__ import annotations

import numpy as np
import pytest

from mcp_memory.models import Memory
from mcp_memory.web.projection import pca_basis, project


def memories(n: int) -> list[Memory]:
    return [
        Memory(id=f"m{i}", user="u", namespace="n", kind="semantic", text=f"text {i}", created_ts=0.0)
        for i in range(n)
    ]


def test_points_on_a_line_spread_along_the_first_axis_only() -> None:
    direction = np.zeros(8)
    direction[3] = 1.0
    vectors = np.array([direction * t + 5.0 for t in (-2.0, -1.0, 0.0, 1.0, 2.0)])
    result = project(memories(5), vectors)
    xs = [p.x for p in result.points]
    assert xs == pytest.approx([-2.0, -1.0, 0.0, 1.0, 2.0])  # sign fixed: largest loading positive
    assert all(p.y == pytest.approx(0.0) for p in result.points)
    assert result.explained_variance == pytest.approx([1.0, 0.0])


def test_two_clusters_separate_on_the_map_and_the_query_lands_in_its_cluster() -> None:
    rng = np.random.default_rng(7)
    centre_a, centre_b = rng.standard_normal(16), rng.standard_normal(16)
    vectors = np.vstack(
        [centre_a + 0.01 * rng.standard_normal((3, 16)), centre_b + 0.01 * rng.standard_normal((3, 16))]
    )
    result = project(memories(6), vectors, query="q", query_vector=centre_b, recalled_ids={"m4"})
    xs = np.array([p.x for p in result.points])
    assert np.sign(xs[:3]).tolist() == [np.sign(xs[0])] * 3
    assert np.sign(xs[3:]).tolist() == [-np.sign(xs[0])] * 3
    assert result.query is not None and np.sign(result.query.x) == np.sign(xs[3])
    assert [p.recalled for p in result.points] == [False, False, False, False, True, False]
    distances = [p.distance for p in result.points]
    assert all(d is not None for d in distances)
    assert max(distances[3:]) < min(distances[:3])  # type: ignore[type-var]


def test_empty_and_single_memory_scopes_still_draw() -> None:
    empty = project([], np.zeros((0, 384)), query="q", query_vector=np.ones(384))
    assert empty.points == [] and empty.query is not None and (empty.query.x, empty.query.y) == (0.0, 0.0)
    single = project(memories(1), np.ones((1, 384)))
    assert (single.points[0].x, single.points[0].y) == (0.0, 0.0)


def test_basis_is_deterministic_under_row_order() -> None:
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((10, 12))
    _, basis_a, _ = pca_basis(vectors)
    _, basis_b, _ = pca_basis(vectors[::-1].copy())
    assert basis_a == pytest.approx(basis_b)


def test_mismatched_rows_are_refused() -> None:
    with pytest.raises(ValueError, match="2 memories but 3 vectors"):
        project(memories(2), np.zeros((3, 4)))
