"""Redis goes away under a running service: every call answers fast with the documented error, the
MCP recall tool answers `degraded`, nothing hangs, and once Redis is back writes succeed again with no
acknowledged write lost.

Two outages: the service's own embedded Redis 8 (modules, search engine) killed with
`EmbeddedRedis.kill()`, and a throwaway module-less `redis-server` on a free port (client engine) killed,
or frozen with SIGSTOP to make Redis hang rather than refuse. Both servers are this module's own: the
session-wide server of tests/conftest.py is never touched. Each call is bounded by `BOUND`: a call that
hangs fails the test instead of blocking it.
"""

from __future__ import annotations

import inspect
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import pytest
import redis
from mcp import Client

from mcp_memory.config import Settings
from mcp_memory.embedder import SentenceTransformerEmbedder
from mcp_memory.errors import BackendUnavailableError
from mcp_memory.runtime import find_server_binary
from mcp_memory.server import build_server
from mcp_memory.server.tools import TOOLS
from mcp_memory.service import MemoryService
from tests.integration.mcp_helpers import text

pytestmark = pytest.mark.anyio

TIMEOUT = 0.5  # settings.redis_timeout_seconds for these tests (default 2 s)
BOUND = 10.0  # a call still running after this is hung (model time included)
USER = "alice"
THREAD = "deg-thread"


@dataclass
class ThrowawayRedis:
    """A module-less redis-server on a free TCP port, AOF fsynced on every write, owned by the test."""

    data_dir: Path
    port: int = field(default_factory=lambda: _free_port())
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        executable = shutil.which("redis-server") or str(find_server_binary(with_modules=False).executable)
        self.process = subprocess.Popen(
            [executable, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.data_dir),
             "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no",
             "--logfile", str(self.data_dir / "redis.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis.from_url(self.url, socket_timeout=1)
        try:
            assert _poll(lambda: _answers(client)), f"redis-server on port {self.port} did not start"
        finally:
            client.close()

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=10)

    def freeze(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False


def _poll(check: Callable[[], bool], seconds: float = 20.0) -> bool:
    """Poll until `check()` is true or the deadline passes (a bounded wait)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


@dataclass
class Outage:
    """How to take one service's Redis away and bring it back."""

    service: MemoryService
    settings: Settings
    stop: Callable[[], None]
    restart: Callable[[], None]


@pytest.fixture
def throwaway(tmp_path: Path) -> Iterator[ThrowawayRedis]:
    server = ThrowawayRedis(tmp_path / "throwaway")
    server.data_dir.mkdir()
    server.start()
    yield server
    if server.process is not None and server.process.poll() is None:
        server.thaw()
        server.process.kill()
        server.process.wait(timeout=10)


@pytest.fixture(params=["embedded", "external"])
def outage(
    request: pytest.FixtureRequest, tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> Iterator[Outage]:
    if request.param == "embedded":
        # The service starts its own embedded Redis in tmp_path; no watchdog, so it stays down.
        settings = Settings.from_env(
            data_dir=tmp_path / "embedded", key_prefix="deg", redis_timeout_seconds=TIMEOUT,
            server_watchdog_seconds=0,
        )  # fmt: skip
        service = MemoryService.open(settings, embedder)
        server = service.backend.server
        assert server is not None and service.backend.engine == "search"
        yield Outage(service, settings, server.kill, server.start)
    else:
        external: ThrowawayRedis = request.getfixturevalue("throwaway")
        settings = Settings.from_env(
            redis_url=external.url, key_prefix="deg", redis_timeout_seconds=TIMEOUT, data_dir=tmp_path / "d"
        )
        service = MemoryService.open(settings, embedder)
        assert service.backend.engine == "client"
        yield Outage(service, settings, external.kill, external.start)
    service.close()


def service_calls(memory_id: str) -> dict[str, Callable[[MemoryService], Any]]:
    """One call of every public MemoryService method."""
    return {
        "start_session": lambda s: s.start_session(USER, "deg-other"),
        "get_session": lambda s: s.get_session(USER, THREAD),
        "update_session": lambda s: s.update_session(USER, THREAD, goal="new goal"),
        "end_session": lambda s: s.end_session(USER, THREAD),
        "list_threads": lambda s: s.list_threads(USER),
        "append_turn": lambda s: s.append_turn(USER, THREAD, "user", "Lost turn?"),
        "remember": lambda s: s.remember(USER, "The user's passport expires in 2031."),
        "remember_many": lambda s: s.remember_many(USER, [{"text": "The user likes sailing."}]),
        "recall": lambda s: s.recall(USER, "What does the user drink?"),
        "get_memory": lambda s: s.get_memory(USER, memory_id),
        "list_memories": lambda s: s.list_memories(USER),
        "forget": lambda s: s.forget(USER, memory_id),
        "forget_all": lambda s: s.forget_all(USER, "elsewhere"),
        "memory_map": lambda s: s.memory_map(USER, query="coffee"),
        "list_events": lambda s: s.list_events(USER, THREAD),
        "process_turn": lambda s: s.process_turn(USER, THREAD, "user", "Hello again", remember="semantic"),
        "status": lambda s: s.status(),
    }


def tool_calls(memory_id: str) -> dict[str, dict[str, Any]]:
    """Arguments for one call of every MCP tool."""
    return {
        "remember": {"text": "The user's passport expires in 2031."},
        "recall": {"query": "What does the user drink?"},
        "append_turn": {"thread_id": THREAD, "role": "user", "content": "Lost turn?"},
        "get_session": {"thread_id": THREAD},
        "list_events": {"thread_id": THREAD},
        "start_session": {"goal": "g"},
        "update_session": {"thread_id": THREAD, "goal": "new goal"},
        "end_session": {"thread_id": THREAD},
        "process_turn": {"thread_id": THREAD, "role": "user", "content": "Hello again"},
        "list_memories": {},
        "forget": {"memory_id": memory_id},
    }


async def bounded(call: Callable[[], Any]) -> Any:
    """Run a blocking call in a worker thread; fail the test if it is still running after BOUND."""
    with anyio.fail_after(BOUND):
        return await anyio.to_thread.run_sync(call, abandon_on_cancel=True)


@asynccontextmanager
async def mcp_client(outage: Outage) -> AsyncIterator[Client]:
    server = build_server(outage.settings.model_copy(update={"user": USER}), service=outage.service)
    async with Client(server) as client:
        yield client


async def test_every_call_fails_fast_while_redis_is_down_and_nothing_acknowledged_is_lost(
    outage: Outage,
) -> None:
    service = outage.service
    # Acknowledged writes before the outage.
    service.start_session(USER, THREAD, goal="trip")
    service.append_turn(USER, THREAD, "user", "I drink my coffee black.")
    kept = [
        service.remember(USER, "The user drinks black coffee.").id,
        *[r.id for r in service.remember_many(USER, [{"text": "The user lives in Porto."}])],
    ]
    async with mcp_client(outage) as client:
        stored = await client.call_tool("remember", {"text": "The user's bike is a blue Brompton."})
        kept.append(stored.structured_content["id"])  # type: ignore[index]

        outage.stop()

        calls = service_calls(kept[0])
        public = {
            n for n, _ in inspect.getmembers(MemoryService, inspect.isfunction) if not n.startswith("_")
        }
        assert public - {"close"} == set(calls), "a MemoryService method is missing from this test"
        for name, call in calls.items():
            try:
                await bounded(lambda call=call: call(service))  # type: ignore[misc]
            except BackendUnavailableError:
                continue
            pytest.fail(f"{name} succeeded while Redis was down")

        tools = tool_calls(kept[0])
        assert {fn.__name__ for fn, _, _ in TOOLS} == set(tools), "an MCP tool is missing from this test"
        for name, arguments in tools.items():
            with anyio.fail_after(BOUND):
                result = await client.call_tool(name, arguments)
            if name == "recall":
                assert not result.is_error and result.structured_content is not None
                assert result.structured_content["degraded"] is True
                assert result.structured_content["memories"] == []
                assert "unavailable" in result.structured_content["reason"]
            else:
                assert result.is_error, name
                assert "[backend_unavailable, retryable]" in text(result), name
                if name not in ("get_session", "list_events", "list_memories"):
                    assert "not stored" in text(result), name

        outage.restart()

        # The pooled connections are dead; the client reconnects by itself on the next call.
        again = await client.call_tool("remember", {"text": "The user plays the cello."})
        assert not again.is_error, text(again)
    assert service.remember(USER, "The user has a sister in Lyon.").status == "created"
    assert service.append_turn(USER, THREAD, "user", "Back again.").turn_count == 2
    listed = {m.id for m in service.list_memories(USER, limit=50).items}
    assert set(kept) <= listed and len(listed) == len(kept) + 2
    assert [h.id for h in service.recall(USER, "What coffee does the user drink?")] == [kept[0]]
    actions = [e.action for e in service.list_events(USER, THREAD)]
    assert "session_started" in actions and "turn_appended:user" in actions


async def test_a_hung_redis_times_out_instead_of_hanging(
    throwaway: ThrowawayRedis, tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
    settings = Settings.from_env(
        redis_url=throwaway.url, key_prefix="hang", redis_timeout_seconds=TIMEOUT, data_dir=tmp_path / "d"
    )
    service = MemoryService.open(settings, embedder)
    try:
        first = service.remember(USER, "The user drinks black coffee.")
        throwaway.freeze()  # accepts connections, never answers
        try:
            for name in ("remember", "recall", "append_turn", "list_memories", "get_memory"):
                with pytest.raises(BackendUnavailableError):
                    await bounded(lambda name=name: service_calls(first.id)[name](service))  # type: ignore[misc]
        finally:
            throwaway.thaw()
        assert service.get_memory(USER, first.id).text == "The user drinks black coffee."
        assert service.remember(USER, "The user lives in Porto.").status == "created"
    finally:
        service.close()


def test_watchdog_restarts_a_crashed_embedded_server(
    tmp_path: Path, embedder: SentenceTransformerEmbedder, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings.from_env(
        data_dir=tmp_path / "wd", key_prefix="wd", redis_timeout_seconds=TIMEOUT, server_watchdog_seconds=0.1
    )
    service = MemoryService.open(settings, embedder)
    try:
        server = service.backend.server
        assert server is not None and server.process is not None
        before = service.remember(USER, "The user drinks black coffee.")
        crashed = server.process.pid
        caplog.set_level(logging.WARNING, logger="mcp_memory.watchdog")
        os.kill(crashed, signal.SIGKILL)  # a crash, not a shutdown

        def restarted() -> bool:
            try:
                return service.get_memory(USER, before.id).id == before.id
            except BackendUnavailableError:
                return False

        assert _poll(restarted), "the embedded server was not restarted"
        assert server.process is not None and server.process.pid != crashed
        # the watchdog logs once ensure_running() has returned, which may be just after the
        # server answers the poll above: wait for the record rather than race it
        assert _poll(lambda: any("restarted" in r.getMessage() for r in caplog.records))
        assert service.remember(USER, "The user lives in Porto.").status == "created"
    finally:
        service.close()
