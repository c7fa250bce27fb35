"""Working memory throughput: `append_turn` and `get_session` through MemoryService, and bytes per session.

Three shapes: 1 client on 1 thread; 16 clients interleaved on 1 thread (one request in flight, the
cost of the code path alone); 16 clients on 16 threads (requests overlap in Redis and on the socket,
the GIL is shared). Each client has its own thread_id.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from bench.common import Bench, new_prefix
from bench.store import used_memory
from mcp_memory.service import MemoryService

CONTENT = "The user asked about the release schedule and whether the API keys rotate monthly. " * 2


def _ops_per_s(clients: int, threads: int, ops: int, op: Callable[[int, int], Any]) -> float:
    """Run `ops` calls of op(client, i) spread over `clients`, on `threads` OS threads."""
    per_client = ops // clients
    if threads == 1:
        started = time.perf_counter()
        for i in range(per_client):
            for c in range(clients):
                op(c, i)
        return per_client * clients / (time.perf_counter() - started)
    barrier = threading.Barrier(clients + 1)
    errors: list[BaseException] = []

    def run(c: int) -> None:
        barrier.wait()
        try:
            for i in range(per_client):
                op(c, i)
        except BaseException as exc:  # reported after the join
            errors.append(exc)

    workers = [threading.Thread(target=run, args=(c,)) for c in range(clients)]
    for worker in workers:
        worker.start()
    barrier.wait()
    started = time.perf_counter()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise errors[0]
    return per_client * clients / elapsed


def session_throughput(bench: Bench, ops: int) -> list[dict[str, Any]]:
    service = bench.service(new_prefix("s"))
    client = bench.client()
    rows = []
    try:
        for clients, threads in ((1, 1), (16, 1), (16, 16)):
            tag = f"c{clients}t{threads}"

            def append(c: int, i: int, tag: str = tag) -> None:
                service.append_turn("default", f"{tag}-{c}", "user" if i % 2 else "assistant", CONTENT)

            def get(c: int, i: int, tag: str = tag) -> None:
                service.get_session("default", f"{tag}-{c}")

            append_rate = _ops_per_s(clients, threads, ops, append)
            get_rate = _ops_per_s(clients, threads, ops, get)
            rows.append(
                {
                    "clients": clients,
                    "threads": threads,
                    "append_turn_per_s": round(append_rate),
                    "get_session_per_s": round(get_rate),
                }
            )
    finally:
        service.close()
        client.flushall()
        client.close()
    return rows


def session_bytes(bench: Bench, sessions: int, turns: int) -> dict[str, Any]:
    """INFO used_memory per session holding `turns` turns, with and without its event log."""
    service: MemoryService = bench.service(new_prefix("m"))
    client = bench.client()
    try:
        before = used_memory(client)
        for s in range(sessions):
            for _ in range(turns):
                service.append_turn("default", f"mem-{s}", "user", CONTENT)
        total = (used_memory(client) - before) / sessions
        events = sum(int(client.memory_usage(service.keys.events(f"mem-{s}")) or 0) for s in range(sessions))
        return {
            "sessions": sessions,
            "turns_each": turns,
            "turn_chars": len(CONTENT),
            "bytes_per_session_with_events": round(total),
            "event_log_bytes_per_session": round(events / sessions),
            "bytes_per_session_without_events": round(total - events / sessions),
        }
    finally:
        service.close()
        client.flushall()
        client.close()
