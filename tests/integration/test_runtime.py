"""EmbeddedRedis: start, reuse, durability after SIGKILL, and the last-user-stops rule."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mcp_memory.config import Settings
from mcp_memory.embedder import SentenceTransformerEmbedder
from mcp_memory.errors import BackendUnavailableError
from mcp_memory.runtime import EmbeddedRedis, ServerBinary, find_server_binary
from mcp_memory.service import MemoryService


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    # unix socket paths are limited to ~107 bytes: keep the dir short
    path = Path("/tmp") / f"mm-{tmp_path.name[-20:]}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_embedded_server_has_search_and_json_on_a_unix_socket_only(data_dir: Path) -> None:
    with EmbeddedRedis(data_dir) as server:
        service = MemoryService.open(Settings.from_env(data_dir=data_dir), embedder=None)  # type: ignore[arg-type]
        try:
            assert service.backend.engine == "search"
            assert {"search", "rejson"} <= set(service.backend.modules)
            config = service.backend.client.config_get("port")
            assert config["port"] == "0"
            assert service.backend.client.config_get("appendonly")["appendonly"] == "yes"
            assert (data_dir.stat().st_mode & 0o777) == 0o700
        finally:
            service.close()
        assert server.owner


def test_second_process_reuses_the_running_server(data_dir: Path) -> None:
    first = EmbeddedRedis(data_dir)
    first.start()
    try:
        second = EmbeddedRedis(data_dir)
        second.start()
        assert first.owner and not second.owner
        assert second.socket_path == first.socket_path
    finally:
        first.stop(force=True)


def test_server_is_left_running_while_another_process_uses_it(data_dir: Path) -> None:
    settings = Settings.from_env(data_dir=data_dir)
    server = EmbeddedRedis(data_dir)
    server.start()
    user = MemoryService.open(settings, embedder=None)  # type: ignore[arg-type]
    try:
        # Simulate another process: a connection named like another pid's.
        other = server._client()
        other.client_setname("mcp-memory:999999")
        server.stop()
        assert server._ping()
        other.close()
        server.stop()
        assert not server._ping()
    finally:
        user.close()
        server.stop(force=True)


def test_memories_survive_a_sigkill_of_the_server(
    data_dir: Path, embedder: SentenceTransformerEmbedder
) -> None:
    settings = Settings.from_env(data_dir=data_dir)
    service = MemoryService.open(settings, embedder)
    stored = service.remember("alice", "The user's car is a green Volvo.")
    thread = service.start_session("alice", goal="survive").thread_id
    time.sleep(1.5)  # appendfsync everysec: let one fsync happen, as the issue specifies
    assert service.backend.server is not None
    service.backend.server.kill()
    service.close()  # also stops its watchdog, which would otherwise restart the killed server
    restarted = MemoryService.open(settings, embedder)
    try:
        assert restarted.get_memory("alice", stored.id).text == "The user's car is a green Volvo."
        assert restarted.get_session("alice", thread).goal == "survive"
        assert [h.id for h in restarted.recall("alice", "What car does the user drive?")] == [stored.id]
    finally:
        restarted.close()
        EmbeddedRedis(data_dir).stop(force=True)


def test_a_broken_binary_names_the_log_and_the_fix(data_dir: Path, tmp_path: Path) -> None:
    fake = tmp_path / "redis-server"
    fake.write_text("#!/bin/sh\necho 'cannot load module' >&2\nexit 1\n")
    fake.chmod(0o755)
    server = EmbeddedRedis(data_dir, binary=ServerBinary(fake))
    with pytest.raises(BackendUnavailableError, match=r"redis\.log[\s\S]*Fix:"):
        server.start()


def test_linux_x86_64_gets_redis_8_with_both_modules() -> None:
    binary = find_server_binary()
    assert binary.executable.exists()
    assert {m.name for m in binary.modules} == {"redisearch.so", "rejson.so"}
