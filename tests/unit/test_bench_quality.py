"""The quality benchmark embeds each list of texts once per machine: the data-wide tests and
``python -m bench.quality --quick`` in CI read the same vectors instead of embedding twice."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bench.quality import embed


class _CountingEncoder:
    """Stands in for the sentence-transformer: one distinct vector per text, and a call log."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str], **_: Any) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[float(len(t)), float(ord(t[0]))] for t in texts], dtype=np.float32)


def test_the_same_texts_are_embedded_once_and_other_texts_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    encoder = _CountingEncoder()
    first = embed(encoder, ["a cat", "two dogs"])
    again = embed(encoder, ["a cat", "two dogs"])
    other = embed(encoder, ["a cat", "three dogs"])
    assert encoder.calls == [["a cat", "two dogs"], ["a cat", "three dogs"]]
    np.testing.assert_array_equal(first, again)
    assert other[1].tolist() == [10.0, float(ord("t"))]
    assert not list(tmp_path.glob("*.[0-9]*.npy"))  # no partial file left behind


def test_a_text_given_twice_is_embedded_once_and_returned_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    encoder = _CountingEncoder()
    vecs = embed(encoder, ["a cat", "two dogs", "a cat"])
    assert encoder.calls == [["a cat", "two dogs"]]
    assert vecs.tolist() == [[5.0, float(ord("a"))], [8.0, float(ord("t"))], [5.0, float(ord("a"))]]
