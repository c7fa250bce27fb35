"""MCP latency over stdio, measured from a real client: spawn `mcp-memory serve`, then time

  handshake       process start -> initialize answered (and tools/list)
  first recall    process start -> first `recall` answered (waits for the model to load)
  recall p50/p95  round trip of `recall` over stdio, distinct queries (no embedding cache hits)

Usage: python bench/mcp_latency.py [--n 100] [--redis-url URL] [--json]
Without --redis-url the server starts its embedded Redis in a fresh temp data dir.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import anyio
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client


def server_params(data_dir: Path, redis_url: str | None, prefix: str) -> StdioServerParameters:
    command = shutil.which("mcp-memory") or sys.executable
    args = ["serve"] if command != sys.executable else ["-m", "mcp_memory.cli", "serve"]
    env = {"MEMORY_DATA_DIR": str(data_dir), "MEMORY_KEY_PREFIX": prefix}
    if redis_url:
        env["REDIS_URL"] = redis_url
    return StdioServerParameters(command=command, args=args, env=env)


async def measure(n: int, redis_url: str | None, log: Path) -> dict[str, Any]:
    prefix = "bench" + uuid.uuid4().hex[:8]
    with tempfile.TemporaryDirectory() as tmp, log.open("w") as errlog:
        params = server_params(Path(tmp) / "data", redis_url, prefix)
        started = time.perf_counter()
        async with Client(stdio_client(params, errlog=errlog)) as client:
            handshake = time.perf_counter() - started
            tools = await client.list_tools()
            tools_list = time.perf_counter() - started
            first = await client.call_tool("recall", {"query": "what tea do I like?"})
            first_recall = time.perf_counter() - started
            assert not first.is_error, first.content
            await client.call_tool("remember", {"text": "The user's favourite tea is genmaicha."})
            samples = []
            for i in range(n):
                query = f"question {i}: what do you remember about tea number {i * 7}?"
                t0 = time.perf_counter()
                result = await client.call_tool("recall", {"query": query, "k": 5})
                samples.append(time.perf_counter() - t0)
                assert not result.is_error, result.content
            for memory in (await client.call_tool("list_memories", {"limit": 200})).structured_content[
                "items"
            ]:  # type: ignore[index]
                await client.call_tool("forget", {"memory_id": memory["id"]})
    samples.sort()
    return {
        "tools": len(tools.tools),
        "handshake_s": round(handshake, 3),
        "tools_list_s": round(tools_list, 3),
        "first_recall_s": round(first_recall, 3),
        "recall_n": n,
        "recall_p50_ms": round(statistics.median(samples) * 1000, 2),
        "recall_p95_ms": round(samples[int(0.95 * (n - 1))] * 1000, 2),
        "redis": "external" if redis_url else "embedded",
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=100, help="recall round trips to time")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL"))
    parser.add_argument("--log", type=Path, default=Path(tempfile.gettempdir()) / "mcp_latency.stderr.log")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = anyio.run(measure, args.n, args.redis_url, args.log)
    if args.json:
        print(json.dumps(result))
        return
    print(f"handshake (process start -> initialized): {result['handshake_s']:.3f} s")
    print(
        f"tools/list answered at:                   {result['tools_list_s']:.3f} s ({result['tools']} tools)"
    )
    print(f"first recall answered at:                 {result['first_recall_s']:.3f} s")
    print(
        f"recall round trip over stdio, n={args.n}:      p50 {result['recall_p50_ms']} ms, p95 {result['recall_p95_ms']} ms"
    )
    print(f"server stderr: {args.log}")


if __name__ == "__main__":
    main()
