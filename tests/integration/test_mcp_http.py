"""The HTTP app (streamable HTTP at /mcp, SSE at /sse, /health) on a free loopback port, via real clients.

uvicorn runs in a thread of the test process over the test's MemoryService, so the shared model is
reused; clients talk to it over real sockets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import anyio
import httpx
import pytest
from mcp import Client
from mcp.client.sse import sse_client
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from mcp_memory.config import Settings
from mcp_memory.server.http import build_app
from mcp_memory.service import MemoryService
from tests.integration.mcp_helpers import call, call_error
from tests.live_server import serve_app

pytestmark = pytest.mark.anyio


@dataclass(frozen=True)
class LiveServer:
    base: str

    @property
    def mcp(self) -> str:
        return f"{self.base}/mcp"

    @property
    def sse(self) -> str:
        return f"{self.base}/sse"


async def extra(_request: Request) -> PlainTextResponse:
    return PlainTextResponse("extra route")


@pytest.fixture
def live(settings: Settings, service: MemoryService) -> Iterator[LiveServer]:
    """build_app served by uvicorn on 127.0.0.1:<free port>, stopped afterwards."""
    app = build_app(settings, extra_routes=[Route("/extra", extra)], service=service)
    with serve_app(app) as base:
        yield LiveServer(base)


async def test_health_reports_redis_and_model(live: LiveServer) -> None:
    async with httpx.AsyncClient() as http:
        health = await http.get(f"{live.base}/health")
        extra_page = await http.get(f"{live.base}/extra")
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "redis": "ok", "engine": "search", "model_ready": True}
    assert extra_page.text == "extra route"


async def test_streamable_http_serves_tools(live: LiveServer) -> None:
    async with Client(live.mcp) as client:
        tools = {tool.name for tool in (await client.list_tools()).tools}
        stored = await call(client, "remember", text="The user works night shifts.")
        found = await call(client, "recall", query="when does the user work?")
        bad = await call_error(client, "append_turn", thread_id="t", role="robot", content="hi")
    assert len(tools) == 11
    assert [m["id"] for m in found["memories"]] == [stored["id"]]
    assert "role" in bad


async def test_sse_serves_tools(live: LiveServer) -> None:
    async with Client(sse_client(live.sse)) as client:
        thread = (await call(client, "start_session", goal="sse"))["thread_id"]
        turn = await call(client, "append_turn", thread_id=thread, role="user", content="over SSE")
        session = await call(client, "get_session", thread_id=thread)
    assert turn["turn_count"] == 1
    assert [t["content"] for t in session["recent_turns"]] == ["over SSE"]


async def test_concurrent_clients_keep_their_sessions_apart(live: LiveServer) -> None:
    """Two streamable-HTTP clients and one SSE client write turns at once; each reads back only its own."""
    sessions: dict[str, dict[str, object]] = {}

    async def converse(name: str, transport: str) -> None:
        target = Client(live.mcp) if transport == "http" else Client(sse_client(live.sse))
        async with target as client:
            thread = (await call(client, "start_session", goal=f"goal of {name}"))["thread_id"]
            for i in range(8):
                await call(client, "append_turn", thread_id=thread, role="user", content=f"{name} says {i}")
            sessions[name] = await call(client, "get_session", thread_id=thread)

    with anyio.fail_after(60):
        async with anyio.create_task_group() as group:
            group.start_soon(converse, "alice", "http")
            group.start_soon(converse, "bob", "http")
            group.start_soon(converse, "carol", "sse")
    for name, session in sessions.items():
        assert session["goal"] == f"goal of {name}"
        assert [t["content"] for t in session["recent_turns"]] == [f"{name} says {i}" for i in range(8)]  # type: ignore[attr-defined]
    assert len({s["thread_id"] for s in sessions.values()}) == 3


async def test_loopback_server_rejects_foreign_host_headers(live: LiveServer) -> None:
    """DNS-rebinding protection: a page on another origin cannot drive the local server."""
    async with httpx.AsyncClient() as http:
        response = await http.post(
            live.mcp,
            headers={
                "Host": "evil.example",
                "Content-Type": "application/json",
                "Accept": "application/json, text/event-stream",
            },
            content=b'{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
        )
    assert response.status_code in (400, 403, 421)
