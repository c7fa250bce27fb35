"""Shared fixtures: one real embedded Redis (with Search + JSON) and one real model per test run.

Set MEMORY_TEST_REDIS_URL to run the suite against a Redis you started instead.
Each test gets its own key prefix (so its own index), dropped afterwards.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from mcp_memory.config import Settings
from mcp_memory.embedder import SentenceTransformerEmbedder
from mcp_memory.runtime import EmbeddedRedis
from mcp_memory.service import MemoryService

_EXTERNAL_URL = os.environ.get("MEMORY_TEST_REDIS_URL")


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's MEMORY_* settings or REDIS_URL."""
    for name in list(os.environ):
        if name.startswith("MEMORY_") or name == "REDIS_URL":
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def embedded_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRedis | None]:
    """The embedded server of the whole run (None when MEMORY_TEST_REDIS_URL is set)."""
    if _EXTERNAL_URL:
        yield None
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server
    finally:
        server.stop(force=True)


@pytest.fixture(scope="session")
def redis_url(embedded_redis: EmbeddedRedis | None) -> str:
    return _EXTERNAL_URL or (embedded_redis.url if embedded_redis else "")


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    """The real all-MiniLM-L6-v2, loaded once per run."""
    model = SentenceTransformerEmbedder()
    model.warm()
    return model


@pytest.fixture
def key_prefix(request: pytest.FixtureRequest) -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    return "t" + hashlib.sha1(f"{worker}:{request.node.nodeid}".encode()).hexdigest()[:12]


@pytest.fixture
def settings(redis_url: str, key_prefix: str, tmp_path: Path) -> Settings:
    return Settings.from_env(redis_url=redis_url, key_prefix=key_prefix, data_dir=tmp_path / "data")


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url, decode_responses=True, protocol=2)
    yield client
    client.close()


@pytest.fixture
def service(
    settings: Settings, embedder: SentenceTransformerEmbedder, redis_client: redis.Redis
) -> Iterator[MemoryService]:
    """A MemoryService over the shared Redis, with this test's own keys and index."""
    svc = MemoryService.open(settings, embedder)
    try:
        yield svc
    finally:
        svc.close()
        drop_prefix(redis_client, settings.key_prefix)


def drop_prefix(client: redis.Redis, prefix: str) -> None:
    """Remove a test's index and keys."""
    with contextlib.suppress(redis.ResponseError):
        client.execute_command("FT.DROPINDEX", f"{prefix}mem:idx")
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])
