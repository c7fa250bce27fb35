"""Write throughput with real embeddings: `remember` one at a time, `remember_many`, `mcp-memory import`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from typing import Any

from bench.common import Bench, facts, new_prefix

IMPORT_BATCH = 256  # what `mcp-memory import` sends per remember_many


def remember_throughput(bench: Bench, one_by_one: int, batched: int) -> dict[str, Any]:
    """Memories/s, and how much of each write is embedding (timed separately on the same texts)."""
    client = bench.client()
    service = bench.service(new_prefix("w"))
    try:
        singles = facts(one_by_one, seed=21)
        service.remember("default", "warm-up fact")
        started = time.perf_counter()
        statuses = [service.remember("default", text).status for text in singles]
        single_s = time.perf_counter() - started
        started = time.perf_counter()
        for text in singles:
            bench.embedder.embed_batch([text])
        single_embed_s = time.perf_counter() - started

        many = facts(batched, seed=22)
        started = time.perf_counter()
        results = []
        for start in range(0, len(many), IMPORT_BATCH):
            results += service.remember_many(
                "default", [{"text": t} for t in many[start : start + IMPORT_BATCH]]
            )
        many_s = time.perf_counter() - started
        started = time.perf_counter()
        bench.embedder.embed_many(many)
        many_embed_s = time.perf_counter() - started
        return {
            "remember_per_s": round(one_by_one / single_s, 1),
            "remember_embed_ms": round(single_embed_s / one_by_one * 1000, 2),
            "remember_redis_ms": round((single_s - single_embed_s) / one_by_one * 1000, 2),
            "remember_created": statuses.count("created"),
            "remember_n": one_by_one,
            "remember_many_per_s": round(batched / many_s, 1),
            "remember_many_embed_per_s": round(batched / many_embed_s, 1),
            "remember_many_redis_ms_per_memory": round((many_s - many_embed_s) / batched * 1000, 3),
            "remember_many_created": sum(r.status == "created" for r in results),
            "remember_many_n": batched,
        }
    finally:
        service.close()
        client.flushall()
        client.close()


def import_throughput(bench: Bench, n: int) -> dict[str, Any]:
    """`mcp-memory import FILE` as a user runs it: process start and model load included, and without."""
    path = bench.data_dir / "import.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in facts(n, seed=23)))
    command = [shutil.which("mcp-memory") or sys.executable]
    if command[0] == sys.executable:
        command += ["-m", "mcp_memory.cli"]
    env = {
        **os.environ,
        "REDIS_URL": bench.redis_url,
        "MEMORY_KEY_PREFIX": new_prefix("i"),
        "MEMORY_SERVER_WATCHDOG_SECONDS": "0",
    }
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "import", str(path), "--user", "default"], env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"mcp-memory import failed: {done.stderr[-2000:]}")
    # The same process with an empty file: start-up and model load, to subtract.
    empty = bench.data_dir / "empty.jsonl"
    empty.write_text(json.dumps({"text": "one line so the model loads"}) + "\n")
    started = time.perf_counter()
    subprocess.run(
        [*command, "import", str(empty), "--user", "default"], env=env, capture_output=True, check=True
    )
    startup = time.perf_counter() - started
    client = bench.client()
    client.flushall()
    client.close()
    return {
        "import_n": n,
        "import_wall_s": round(wall, 2),
        "import_startup_s": round(startup, 2),
        "import_per_s_wall": round(n / wall, 1),
        "import_per_s_after_startup": round(n / max(wall - startup, 1e-9), 1),
        "import_summary": done.stdout.strip(),
    }
