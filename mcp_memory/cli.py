"""The `mcp-memory` command: serve, doctor, import, export."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from mcp_memory.config import Settings
from mcp_memory.errors import MCPMemoryError
from mcp_memory.service import MemoryService
from mcp_memory.token_cli import token_group

IMPORT_BATCH = 256

_EPILOG = """\b
Examples:
  mcp-memory serve                                  # stdio, for Claude Desktop and other MCP clients
  mcp-memory serve --transport http --port 8000     # streamable HTTP on 127.0.0.1:8000/mcp
  mcp-memory doctor                                 # Redis, modules, engine, counts, model
  mcp-memory import memories.jsonl --user alice     # one JSON object a line: {"text": ..., "kind": ...}
  mcp-memory export --user alice > memories.jsonl
  mcp-memory web --port 8086                        # the web page on http://127.0.0.1:8086/
  mcp-memory token create --user alice --expires 30d  # an access token for remote clients (shown once)
  mcp-memory serve --transport http --host 0.0.0.0  # remote access: every request needs a token
Settings come from MEMORY_* variables (and REDIS_URL); see README.md.
"""


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    try:
        return Settings.from_env(**overrides)
    except MCPMemoryError as exc:
        raise click.ClickException(str(exc)) from exc


def _open(settings: Settings) -> MemoryService:
    try:
        return MemoryService.open(settings)
    except MCPMemoryError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(epilog=_EPILOG)
@click.option(
    "--data-dir", type=click.Path(path_type=Path), help="Embedded Redis data dir [MEMORY_DATA_DIR]."
)
@click.option("--redis-url", help="Use this Redis instead of the embedded one [REDIS_URL].")
@click.option("-v", "--verbose", is_flag=True, help="Log more (to stderr).")
@click.pass_context
def main(ctx: click.Context, data_dir: Path | None, redis_url: str | None, verbose: bool) -> None:
    """Memory for AI agents over MCP: working memory, long-term recall and an event log in Redis."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        stream=sys.stderr,  # stdout is the MCP channel over stdio
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    ctx.obj = {"data_dir": data_dir, "redis_url": redis_url}


@main.command()
@click.pass_context
def doctor(ctx: click.Context) -> None:
    """Print Redis version, modules, engine, data dir, socket, counts and model status."""
    settings = _settings(ctx, **ctx.obj)
    service = _open(settings)
    try:
        service.embedder.warm()
        status = service.status()
    finally:
        service.close()
    model = status["model"]
    lines = [
        (
            "redis",
            f"{status['server_name']} {status['redis_version']} ({'embedded' if status['embedded'] else 'external'})",
        ),
        ("url", status["url"]),
        ("modules", ", ".join(f"{k} {v}" for k, v in sorted(status["modules"].items())) or "none"),
        ("engine", status["engine"]),
        ("data dir", status["data_dir"] or "-"),
        ("socket", status["socket"] or "-"),
        ("sessions", status["sessions"]),
        ("memories", status["memories"]),
        ("model", f"{model['name']} ready={model['ready']} load={model.get('load_seconds') or 0:.2f}s"),
    ]
    for name, value in lines:
        click.echo(f"{name:>9}: {value}")


def _read_jsonl(handle: TextIO) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"line {number}: not JSON ({exc})") from exc


@main.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--user", help="Owner of the memories [MEMORY_USER].")
@click.option("--namespace", help="Namespace for lines that name none [MEMORY_NAMESPACE].")
@click.pass_context
def import_(ctx: click.Context, file: TextIO, user: str | None, namespace: str | None) -> None:
    """Import memories from JSONL (text, kind, namespace, source_thread, ttl_seconds), deduplicated."""
    from tqdm import tqdm

    settings = _settings(ctx, **ctx.obj, user=user, namespace=namespace)
    service = _open(settings)
    counts = {"created": 0, "duplicate": 0, "superseded": 0}
    try:
        rows = list(_read_jsonl(file))
        with tqdm(total=len(rows), unit="mem", file=sys.stderr, disable=None) as bar:
            for start in range(0, len(rows), IMPORT_BATCH):
                batch = rows[start : start + IMPORT_BATCH]
                for result in service.remember_many(settings.user, batch):
                    counts[result.status] += 1
                bar.update(len(batch))
    except MCPMemoryError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        service.close()
    click.echo(
        f"imported {len(rows)} lines: {counts['created']} created, {counts['duplicate']} duplicates, "
        f"{counts['superseded']} updates of older facts"
    )


@main.command()
@click.option("--user", help="Whose memories [MEMORY_USER].")
@click.option("--namespace", help="Which namespace [MEMORY_NAMESPACE].")
@click.option("--kind", type=click.Choice(["semantic", "episodic"]), help="Only this kind.")
@click.option(
    "--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="File (default stdout)."
)
@click.pass_context
def export(
    ctx: click.Context, user: str | None, namespace: str | None, kind: str | None, output: TextIO
) -> None:
    """Export memories as JSONL, newest first (without vectors: they are recomputed on import)."""
    settings = _settings(ctx, **ctx.obj, user=user, namespace=namespace)
    service = _open(settings)
    try:
        cursor: int | None = 0
        while cursor is not None:
            page = service.list_memories(settings.user, settings.namespace, kind, limit=200, cursor=cursor)
            for memory in page.items:
                output.write(json.dumps(memory.model_dump(), ensure_ascii=False) + "\n")
            cursor = page.next_cursor
    except MCPMemoryError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        service.close()


@main.command()
@click.option("--transport", type=click.Choice(["stdio", "sse", "http"]), default="stdio", show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Bind address for sse/http.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port for sse/http.")
@click.option("--no-auth", is_flag=True, help="No access tokens (development, loopback only).")
@click.pass_context
def serve(ctx: click.Context, transport: str, host: str, port: int, no_auth: bool) -> None:
    """Run the MCP server: stdio (default), or HTTP with /mcp (streamable HTTP), /sse (SSE) and /health."""
    from mcp_memory.server.mcp import run_server

    settings = _settings(ctx, **ctx.obj)
    try:
        run_server(settings, transport=transport, host=host, port=port, no_auth=no_auth)
    except MCPMemoryError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Bind address (keep it loopback).")
@click.option("--port", default=8086, show_default=True, type=int, help="Port of the page.")
@click.option("--no-auth", is_flag=True, help="No access tokens (development, loopback only).")
@click.pass_context
def web(ctx: click.Context, host: str, port: int, no_auth: bool) -> None:
    """Serve the web page (working memory, recall, events, memories, map) on its own."""
    import uvicorn

    from mcp_memory.server.auth import prepare_auth
    from mcp_memory.web import build_web_app

    settings = _settings(ctx, **ctx.obj)
    try:
        policy = prepare_auth(settings, host, no_auth)
    except MCPMemoryError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"mcp-memory web page on http://{host}:{port}/", err=True)
    uvicorn.run(build_web_app(settings, host=host, auth=policy), host=host, port=port, log_level="info")


main.add_command(token_group)


if __name__ == "__main__":  # pragma: no cover
    main()
