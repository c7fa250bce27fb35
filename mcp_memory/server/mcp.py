"""build_server(): the MCP server over MemoryService; run_server(): serve it on stdio, SSE or HTTP."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Literal

from mcp.server.auth.provider import TokenVerifier
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from pydantic import ValidationError

from mcp_memory.config import Settings
from mcp_memory.server.auth import prepare_auth, sdk_auth_settings
from mcp_memory.server.context import AppState, ServiceRuntime
from mcp_memory.server.resources import register_resources
from mcp_memory.server.tools import register_tools
from mcp_memory.service import MemoryService

logger = logging.getLogger(__name__)

SERVER_NAME = "mcp-memory"
Transport = Literal["stdio", "sse", "http"]

INSTRUCTIONS = """\
Memory for this assistant, kept across conversations. At the start of a conversation call
start_session (keep its thread_id). For each user message call process_turn (it appends the message,
returns relevant memories, and can remember it), or recall before answering anything that may depend on
earlier conversations. Store durable facts and preferences with remember(kind="semantic"), events with
kind="episodic". Use forget when the user asks you to forget something."""


class MemoryMCPServer(MCPServer[AppState]):
    """MCPServer whose argument-validation errors carry the same ``[invalid_input]`` code as
    every other bad input, so an agent can branch on one prefix (the SDK rejects them before a
    tool body, and so ``tool_errors``, runs)."""

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[AppState, Any] | None = None
    ) -> Any:
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(exc, UnexpectedToolError) or not isinstance(cause, ValidationError):
                raise
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'arguments'}: {err['msg']}"
                for err in cause.errors()
            )
            raise ToolError(f"[invalid_input] {name}: {problems} (nothing was done)") from cause


def build_server(
    settings: Settings,
    service: MemoryService | None = None,
    *,
    runtime: ServiceRuntime | None = None,
    token_verifier: TokenVerifier | None = None,
) -> MCPServer[AppState]:
    """The MCP server with every memory tool, resource and prompt.

    Args:
        settings: The server's settings (the user of a local server is `settings.user`).
        service: An open MemoryService to use (the caller closes it); by default the server's
            lifespan opens one and warms the model in the background.
        runtime: Share one runtime with a parent app (build_app does this for HTTP and SSE).
        token_verifier: Require a bearer token on the HTTP routes (build_app passes it; see server/auth.py).
    """
    shared = runtime or ServiceRuntime(settings, service)

    @asynccontextmanager
    async def lifespan(_server: MCPServer[AppState]) -> AsyncIterator[AppState]:
        async with shared.use() as state:
            yield state

    server: MCPServer[AppState] = MemoryMCPServer(
        SERVER_NAME,
        instructions=INSTRUCTIONS,
        version=_version(),
        lifespan=lifespan,
        token_verifier=token_verifier,
        auth=sdk_auth_settings() if token_verifier else None,
    )
    register_tools(server)
    register_resources(server)
    return server


def run_server(
    settings: Settings,
    transport: str = "stdio",
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    no_auth: bool = False,
) -> None:
    """Serve until interrupted: stdio, or one HTTP app that answers both `/mcp` and `/sse`.

    Over HTTP, `prepare_auth` decides first whether tokens are required (ConfigError when it refuses).
    """
    if transport == "stdio":
        build_server(settings).run("stdio")
        return
    if transport not in ("sse", "http"):
        raise ValueError(f"unknown transport {transport!r}: use stdio, sse or http")
    import uvicorn

    from mcp_memory.server.http import build_app

    auth = prepare_auth(settings, host, no_auth)
    path = "/sse" if transport == "sse" else "/mcp"
    logger.info("MCP %s endpoint: http://%s:%d%s", transport, host, port, path)
    # log_config=None: uvicorn logs through the root logger, i.e. to stderr like everything else.
    uvicorn.run(build_app(settings, host=host, auth=auth), host=host, port=port, log_config=None)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mcp-memory")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"
