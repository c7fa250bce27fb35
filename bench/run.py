"""`python -m bench [--quick] [--json PATH]`: speed, memory and cold start of mcp-memory.

Runs against a Redis 8 (Search + JSON) of its own, started in a temp dir and stopped at the end, and
the real model. Prints a markdown table and writes JSON (default bench/results/bench[-quick].json).
See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import sessions, store, transport, writes
from bench.common import Bench, embedded_redis, facts
from mcp_memory.embedder import SentenceTransformerEmbedder

RESULTS = Path(__file__).parent / "results"


@dataclass(frozen=True)
class Sizes:
    search: tuple[int, ...]
    client: tuple[int, ...]
    queries: int
    remember: int
    remember_many: int
    import_n: int  # 0: skip the `mcp-memory import` subprocess
    session_ops: int
    session_count: int
    variants: int
    round_trips: int
    cold_start_recalls: int


QUICK = Sizes((1000, 10_000), (1000,), 50, 20, 256, 0, 1000, 100, 1000, 20, 5)
FULL = Sizes(
    (1000, 10_000, 100_000), (1000, 10_000, 50_000), 300, 200, 2048, 2000, 16_000, 1000, 20_000, 200, 20
)


def run(quick: bool, log: Any = sys.stderr) -> dict[str, Any]:
    sizes = QUICK if quick else FULL
    started = time.perf_counter()

    def step(name: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {name}", file=log, flush=True)

    out: dict[str, Any] = {
        "mode": "quick" if quick else "full",
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_avg_start": os.getloadavg(),
        },
        "vectors": "recall latency uses pre-computed random unit vectors for the Redis part",
    }
    step("cold start (fresh data dir: the server starts its own Redis)")
    out["cold_start"] = transport.cold_start(sizes.cold_start_recalls)
    embedder = SentenceTransformerEmbedder()
    step("loading the model")
    embedder.warm()
    with embedded_redis() as (url, data_dir):
        bench = Bench(url, data_dir, embedder, quick, out)
        step("query embedding")
        out["embed_query"] = store.embedding_latency(bench, sizes.queries)
        out["recall"] = []
        for engine, engine_sizes in (("search", sizes.search), ("client", sizes.client)):
            for size in engine_sizes:
                step(f"recall: {engine} engine, {size} memories")
                largest = engine == "search" and size == max(sizes.search)
                row = store.recall_latency(bench, engine, size, sizes.queries, keep=largest)
                out["recall"].append(row)
                if largest:
                    step(f"MCP round trips at {size} memories (+200 real ones the queries match)")
                    out["round_trip"] = _round_trips(bench, row["prefix"], size, sizes.round_trips)
        step("remember / remember_many")
        out["writes"] = writes.remember_throughput(bench, sizes.remember, sizes.remember_many)
        if sizes.import_n:
            step("mcp-memory import")
            out["writes"].update(writes.import_throughput(bench, sizes.import_n))
        step("sessions")
        out["sessions"] = sessions.session_throughput(bench, sizes.session_ops)
        out["session_bytes"] = sessions.session_bytes(bench, sizes.session_count, 10)
        step(f"index variants at {sizes.variants} memories")
        out["index_variants"] = store.index_variants(bench, sizes.variants)
    out["machine"]["load_avg_end"] = os.getloadavg()
    out["seconds"] = round(time.perf_counter() - started, 1)
    out["targets"] = targets(out)
    return out


def _round_trips(bench: Bench, prefix: str, size: int, n: int) -> dict[str, Any]:
    service = bench.service(prefix)
    try:
        service.remember_many("default", [{"text": t} for t in facts(200, seed=31)])
    finally:
        service.close()
    return {
        "memories": size + 200,
        "stdio": transport.stdio_round_trip(bench, prefix, n),
        "http": transport.http_round_trip(bench, prefix, n),
    }


def targets(out: dict[str, Any]) -> list[dict[str, Any]]:
    embed = out["embed_query"]["p50_ms"]
    stdio = out["round_trip"]["stdio"]["recall"]["p50_ms"]
    sixteen = next(r for r in out["sessions"] if r["clients"] == 16 and r["threads"] == 16)
    throughput = out["writes"].get("import_per_s_after_startup", out["writes"]["remember_many_per_s"])
    rows = [
        (
            f"recall over stdio at {out['round_trip']['memories']} memories, p50 ms",
            stdio,
            f"<= {1.2 * (embed + 1):.1f} (1.2 x (embed {embed:.1f} + 1))",
            stdio <= 1.2 * (embed + 1),
        ),
        ("remember_many, memories/s", out["writes"]["remember_many_per_s"], ">= 150", out["writes"]["remember_many_per_s"] >= 150),
        ("import (after start-up), memories/s", throughput, ">= 150", throughput >= 150),
        ("handshake from process start, s", out["cold_start"]["handshake_s"], "< 1.5", out["cold_start"]["handshake_s"] < 1.5),
        ("first recall from process start, s", out["cold_start"]["first_recall_s"], "< 10", out["cold_start"]["first_recall_s"] < 10),
        ("append_turn, 16 clients on 16 threads, ops/s", sixteen["append_turn_per_s"], ">= 2000", sixteen["append_turn_per_s"] >= 2000),
    ]  # fmt: skip
    return [{"target": t, "measured": m, "goal": g, "met": ok} for t, m, g, ok in rows]


def table(out: dict[str, Any]) -> str:
    """The results as markdown."""
    lines = [
        f"## mcp-memory benchmark ({out['mode']}, {out['seconds']} s, {out['machine']['cpus']} CPUs)",
        "",
    ]
    lines += ["| target | measured | goal | met |", "|---|---|---|---|"]
    lines += [
        f"| {t['target']} | {t['measured']} | {t['goal']} | {'yes' if t['met'] else 'NO'} |"
        for t in out["targets"]
    ]
    e = out["embed_query"]
    lines += [
        "",
        f"Query embedding (one text, real model): p50 {e['p50_ms']} ms, p95 {e['p95_ms']} ms, p99 {e['p99_ms']} ms",
        "",
    ]
    lines += [
        "| engine | memories | Redis part of recall p50 / p95 / p99 ms | KNN alone p50 ms | recall with embedding p50 ms | bytes/memory | load memories/s | found the stored vector |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in out["recall"]:
        rr = r["redis_recall"]
        lines.append(
            f"| {r['engine']} | {r['memories']} | {rr['p50_ms']} / {rr['p95_ms']} / {rr['p99_ms']} | {r['knn_only']['p50_ms']} "
            f"| {r['service_recall_text']['p50_ms']} | {r['bytes_per_memory']} | {r['load_per_s']} "
            f"| {r.get('found_target', '')} |"
        )
    rt = out["round_trip"]
    lines += ["", f"MCP tool round trip at {rt['memories']} memories (real client, p50 / p95 ms):", ""]
    lines += ["| transport | recall | append_turn |", "|---|---|---|"]
    for name in ("stdio", "http"):
        r = rt[name]
        lines.append(
            f"| {name} | {r['recall']['p50_ms']} / {r['recall']['p95_ms']} | {r['append_turn']['p50_ms']} / {r['append_turn']['p95_ms']} |"
        )
    w = out["writes"]
    lines += ["", "| writes | memories/s | embedding | Redis + policy |", "|---|---|---|---|"]
    lines.append(
        f"| remember, one at a time (dedup) | {w['remember_per_s']} | {w['remember_embed_ms']} ms each | {w['remember_redis_ms']} ms each |"
    )
    lines.append(
        f"| remember_many (batches of {writes.IMPORT_BATCH}) | {w['remember_many_per_s']} | {w['remember_many_embed_per_s']} /s alone "
        f"| {w['remember_many_redis_ms_per_memory']} ms per memory |"
    )
    if "import_n" in w:
        lines.append(
            f"| mcp-memory import ({w['import_n']} lines) | {w['import_per_s_wall']} wall, {w['import_per_s_after_startup']} after start-up "
            f"| start-up + model load {w['import_startup_s']} s | |"
        )
    lines += ["", "| clients | OS threads | append_turn ops/s | get_session ops/s |", "|---|---|---|---|"]
    lines += [
        f"| {r['clients']} | {r['threads']} | {r['append_turn_per_s']} | {r['get_session_per_s']} |"
        for r in out["sessions"]
    ]
    s = out["session_bytes"]
    lines += [
        "",
        f"Redis bytes per session ({s['turns_each']} turns of {s['turn_chars']} chars): {s['bytes_per_session_with_events']} "
        f"with its event log, {s['bytes_per_session_without_events']} without",
        "",
        "| index variant | bytes/memory (docs + index) | index bytes/memory | recall@10 vs exact | KNN p50 ms |",
        "|---|---|---|---|---|",
    ]
    for v in out["index_variants"]:
        if "index_bytes_per_memory" in v:
            lines.append(
                f"| {v['variant']} | {v['bytes_per_memory']} | {v['index_bytes_per_memory']} | {v['recall_at_10']} | {v['knn_p50_ms']} |"
            )
        else:
            lines.append(f"| {v['variant']} (JSON) | {v['bytes_per_memory']} | 0 | | |")
    c = out["cold_start"]
    lines += [
        "",
        f"Cold start (fresh data dir, own embedded Redis): handshake {c['handshake_s']} s, tools/list {c['tools_list_s']} s, "
        f"first recall {c['first_recall_s']} s",
        "",
        f"Load average start / end: {out['machine']['load_avg_start']} / {out['machine']['load_avg_end']}",
    ]  # fmt: skip
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="small sizes, no 100k, no import subprocess (< 2 min)"
    )
    parser.add_argument("--json", type=Path, help="where to write the JSON results")
    args = parser.parse_args(argv)
    out = run(args.quick)
    path = args.json or RESULTS / ("bench-quick.json" if args.quick else "bench.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=2, default=str) + "\n")
    print(table(out))
    print(f"\nJSON: {path}", file=sys.stderr)
    return 0
