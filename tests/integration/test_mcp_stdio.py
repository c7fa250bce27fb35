"""`mcp-memory serve` as a subprocess over stdio, driven by the SDK's client (and once by raw JSON-RPC).

The subprocess uses the session's Redis (REDIS_URL) with this test's key prefix; it loads its own
model in the background, which is what a real client sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
import redis
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp_types.version import LATEST_HANDSHAKE_VERSION

from tests.conftest import drop_prefix
from tests.integration.mcp_helpers import call, call_error, resource_json

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

WAIT_SECONDS = 120  # bounded wait for a cold server: imports, Redis, model load on a busy 2-core box


def serve_command() -> tuple[str, list[str]]:
    script = Path(sys.executable).with_name("mcp-memory")
    if script.exists():
        return str(script), ["serve"]
    return sys.executable, ["-m", "mcp_memory.cli", "serve"]


@pytest.fixture
def server_env(
    redis_url: str, key_prefix: str, tmp_path: Path, redis_client: redis.Redis
) -> Iterator[dict[str, str]]:
    """Environment of the spawned server: the shared Redis, this test's keys; cleaned afterwards."""
    yield {"REDIS_URL": redis_url, "MEMORY_KEY_PREFIX": key_prefix, "MEMORY_DATA_DIR": str(tmp_path / "data")}
    drop_prefix(redis_client, key_prefix)


async def test_stdio_server_serves_the_memory_flow(server_env: dict[str, str], tmp_path: Path) -> None:
    command, args = serve_command()
    params = StdioServerParameters(command=command, args=args, env=server_env)
    log = tmp_path / "server.stderr"
    with anyio.fail_after(WAIT_SECONDS), log.open("w") as errlog:
        async with Client(stdio_client(params, errlog=errlog)) as client:
            tools = {tool.name for tool in (await client.list_tools()).tools}
            first = await call(client, "remember", text="The user's dog is named Pixel.", kind="semantic")
            duplicate = await call(client, "remember", text="The user's dog is named Pixel")
            thread = (await call(client, "start_session", goal="chat"))["thread_id"]
            turn = await call(
                client, "process_turn", thread_id=thread, role="user", content="What is my dog called?"
            )
            bad = await call_error(client, "recall", query="dog", k=99)
            session = resource_json(await client.read_resource(f"memory://sessions/{thread}"))
            prompt = await client.get_prompt("memory_context", {"query": "my dog"})
    assert len(tools) == 11 and {"remember", "recall", "process_turn"} <= tools
    assert first["status"] == "created"
    assert duplicate["status"] == "duplicate" and duplicate["existing_id"] == first["id"]
    assert [m["id"] for m in turn["recalled"]] == [first["id"]]
    assert "k" in bad
    assert session["recent_turns"][0]["content"] == "What is my dog called?"
    assert "Pixel" in prompt.messages[0].content.text  # type: ignore[union-attr]
    assert "embedding model loaded" in log.read_text()  # logs go to stderr


async def test_stdout_carries_only_json_rpc(server_env: dict[str, str]) -> None:
    """Model loading and logging must never print to stdout, the protocol channel."""
    command, args = serve_command()
    requests: list[dict[str, Any]] = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": LATEST_HANDSHAKE_VERSION,
                "capabilities": {},
                "clientInfo": {"name": "raw", "version": "0"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "recall", "arguments": {"query": "hi"}},
        },
    ]
    env = {**_inherited_env(), **server_env}
    lines: list[str] = []
    with anyio.fail_after(WAIT_SECONDS):
        async with await anyio.open_process([command, *args], env=env, stderr=subprocess.DEVNULL) as process:
            assert process.stdin is not None and process.stdout is not None
            for request in requests:
                await process.stdin.send((json.dumps(request) + "\n").encode())
            buffer = b""
            async for chunk in process.stdout:
                buffer += chunk
                lines = buffer.decode().splitlines()
                if any('"id":2' in line.replace(" ", "") for line in lines):
                    break
            await process.stdin.aclose()
            await process.wait()
    messages = [json.loads(line) for line in lines if line.strip()]  # raises on any stray print
    assert [m.get("id") for m in messages] == [1, 2]
    assert all(m["jsonrpc"] == "2.0" for m in messages)
    assert messages[1]["result"]["structuredContent"]["degraded"] is False


def _inherited_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG", "TMPDIR")}
