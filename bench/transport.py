"""Tool calls through a real MCP client: over stdio (spawned `mcp-memory serve`) and streamable HTTP
(spawned `mcp-memory serve --transport http`), both against the benchmark's Redis and a given prefix.

Cold start comes from `bench/mcp_latency.py` (the MCP engineer's stdio benchmark): a fresh data dir,
so the process also starts its own embedded Redis, as a first-time user's would.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
from mcp import Client
from mcp.client.stdio import stdio_client

from bench import mcp_latency
from bench.common import Bench, percentiles, questions
from bench.sessions import CONTENT


async def _round_trips(client: Client, queries: list[str], turns: int) -> dict[str, Any]:
    first = await client.call_tool("recall", {"query": "warm-up question about tea"})
    assert not first.is_error, first.content
    recall_s, hits = [], 0
    for query in queries:
        started = time.perf_counter()
        result = await client.call_tool("recall", {"query": query, "k": 5})
        recall_s.append(time.perf_counter() - started)
        assert not result.is_error, result.content
        hits += bool((result.structured_content or {}).get("result"))
    append_s = []
    for i in range(turns):
        started = time.perf_counter()
        result = await client.call_tool(
            "append_turn", {"thread_id": "bench-rt", "role": "user", "content": f"{CONTENT} {i}"}
        )
        append_s.append(time.perf_counter() - started)
        assert not result.is_error, result.content
    return {"recall": percentiles(recall_s), "recall_with_hits": hits, "append_turn": percentiles(append_s)}


def _env(bench: Bench, prefix: str) -> dict[str, str]:
    return {
        "REDIS_URL": bench.redis_url,
        "MEMORY_KEY_PREFIX": prefix,
        "MEMORY_DATA_DIR": str(bench.data_dir / "mcp"),
        "MEMORY_SERVER_WATCHDOG_SECONDS": "0",
        "PATH": os.environ.get("PATH", ""),
    }


def stdio_round_trip(bench: Bench, prefix: str, n: int) -> dict[str, Any]:
    params = mcp_latency.server_params(bench.data_dir / "mcp", bench.redis_url, prefix)
    params.env = _env(bench, prefix)

    async def run() -> dict[str, Any]:
        with (bench.data_dir / "stdio.stderr.log").open("w") as errlog:
            async with Client(stdio_client(params, errlog=errlog)) as client:
                return await _round_trips(client, questions(n, seed=41), n)

    return anyio.run(run)


def http_round_trip(bench: Bench, prefix: str, n: int) -> dict[str, Any]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = mcp_latency.server_params(bench.data_dir, None, prefix)
    args = [command.command, *command.args, "--transport", "http", "--port", str(port)]
    with (bench.data_dir / "http.stderr.log").open("w") as errlog:
        process = subprocess.Popen(args, env=_env(bench, prefix), stdout=errlog, stderr=errlog)
        try:
            _wait_http(f"http://127.0.0.1:{port}/health", process)

            async def run() -> dict[str, Any]:
                async with Client(f"http://127.0.0.1:{port}/mcp") as client:
                    return await _round_trips(client, questions(n, seed=43), n)

            return anyio.run(run)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_http(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the HTTP server exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def cold_start(n: int = 20) -> dict[str, Any]:
    """Process start -> handshake, -> first recall: the MCP engineer's measurement, fresh data dir."""
    log = Path(tempfile.gettempdir()) / f"bench-cold-start-{os.getpid()}.log"
    try:
        return anyio.run(mcp_latency.measure, n, None, log)
    finally:
        log.unlink(missing_ok=True)
