"""build_app(): one Starlette app serving MCP over streamable HTTP (`/mcp`) and SSE (`/sse`), plus `/health`.

Later features plug in here: the web page passes `extra_routes`, the auth layer `middleware`.
The MemoryService is opened once by the app's lifespan and shared by every MCP session.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import anyio.to_thread
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from mcp_memory.config import Settings
from mcp_memory.server.context import ServiceRuntime
from mcp_memory.server.mcp import build_server
from mcp_memory.service import MemoryService

MCP_PATH = "/mcp"
SSE_PATH = "/sse"
SSE_MESSAGES_PATH = "/messages/"


def build_app(
    settings: Settings,
    extra_routes: Sequence[BaseRoute] | None = None,
    *,
    middleware: Sequence[Middleware] | None = None,
    service: MemoryService | None = None,
    host: str = "127.0.0.1",
) -> Starlette:
    """The HTTP app: `/mcp` (streamable HTTP), `/sse` + `/messages/` (SSE), `/health`, and `extra_routes`.

    Args:
        settings: Server settings.
        extra_routes: More routes (the web page), matched after the MCP ones.
        middleware: Starlette middleware around every route (auth).
        service: Use this open service instead of opening one (tests; the caller closes it).
        host: The bind address; on a loopback address the SDK turns on DNS-rebinding protection.
    """
    runtime = ServiceRuntime(settings, service)
    server = build_server(settings, runtime=runtime)
    # Take the SDK apps' routes rather than mounting them: no /mcp -> /mcp/ redirect, one lifespan.
    streamable = server.streamable_http_app(streamable_http_path=MCP_PATH, host=host)
    sse = server.sse_app(sse_path=SSE_PATH, message_path=SSE_MESSAGES_PATH, host=host)

    async def health(_request: Request) -> JSONResponse:
        """Liveness plus what an operator wants first: Redis reachable, model loaded."""
        svc = runtime.service
        if svc is None:
            return JSONResponse({"status": "starting"}, status_code=503)
        redis_ok = await anyio.to_thread.run_sync(_ping, svc)
        body = {
            "status": "ok" if redis_ok else "degraded",
            "redis": "ok" if redis_ok else "unreachable",
            "engine": svc.backend.engine,
            "model_ready": svc.embedder.ready,
        }
        return JSONResponse(body, status_code=200 if redis_ok else 503)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        # The runtime stays open for the app's life, so SSE connections reuse the service.
        async with runtime.use(), server.session_manager.run():
            yield

    from mcp_memory.web import web_routes  # the web page: same process, same service

    extra_routes = [*(extra_routes or ()), *web_routes(lambda: runtime.service, settings)]
    routes: list[BaseRoute] = [
        *streamable.routes,
        *sse.routes,
        Route("/health", health, methods=["GET"]),
        *(extra_routes or ()),
    ]
    return Starlette(routes=routes, middleware=list(middleware or ()), lifespan=lifespan)


def _ping(service: MemoryService) -> bool:
    try:
        return bool(service.backend.client.ping())
    except Exception:  # health reports, it never raises
        return False
