"""build_app(): one Starlette app serving MCP over streamable HTTP (`/mcp`) and SSE (`/sse`), plus `/health`.

Every request passes the Host/Origin check and the body limit; /mcp, /sse and /api need a token (server/auth.py).
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
from mcp_memory.server.auth import AuthPolicy, MemoryTokenVerifier, auth_middleware, is_loopback
from mcp_memory.server.context import ServiceRuntime
from mcp_memory.server.hardening import hardening_middleware, transport_security
from mcp_memory.server.mcp import build_server
from mcp_memory.service import MemoryService
from mcp_memory.tokens import TokenStore

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
    auth: AuthPolicy | None = None,
) -> Starlette:
    """The HTTP app: `/mcp` (streamable HTTP), `/sse` + `/messages/` (SSE), `/health`, and `extra_routes`.

    Args:
        settings: Server settings.
        extra_routes: More routes (the web page), matched after the MCP ones.
        middleware: Starlette middleware around every route (auth).
        service: Use this open service instead of opening one (tests; the caller closes it).
        host: The bind address: decides the Host/Origin check (server/hardening.py).
        auth: Token policy (server/auth.py); by default tokens are required once one exists, and on a
            non-loopback host always. `NO_AUTH` turns the checks off.
    """
    runtime = ServiceRuntime(settings, service)
    policy = auth or AuthPolicy(enabled=True, allow_local=is_loopback(host))
    verifier = MemoryTokenVerifier(lambda: _token_store(runtime)) if policy.enabled else None
    server = build_server(settings, runtime=runtime, token_verifier=verifier)
    security = transport_security(settings, host)
    limit = settings.max_request_bytes
    # Take the SDK apps' routes rather than mounting them: no /mcp -> /mcp/ redirect, one lifespan.
    # With a verifier, the SDK wraps each route in RequireAuthMiddleware; its auth middleware is added below.
    streamable = server.streamable_http_app(
        streamable_http_path=MCP_PATH, host=host, transport_security=security, max_request_body_size=limit
    )
    sse = server.sse_app(
        sse_path=SSE_PATH,
        message_path=SSE_MESSAGES_PATH,
        host=host,
        transport_security=security,
        max_request_body_size=limit,
    )

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

    extra_routes = [
        *(extra_routes or ()),
        *web_routes(lambda: runtime.service, settings, require_auth=policy.enabled),
    ]
    routes: list[BaseRoute] = [
        *streamable.routes,
        *sse.routes,
        Route("/health", health, methods=["GET"]),
        *(extra_routes or ()),
    ]
    stack = [
        *hardening_middleware(settings, host),
        *(auth_middleware(verifier, policy, settings.user) if verifier else ()),
        *(middleware or ()),
    ]
    return Starlette(routes=routes, middleware=stack, lifespan=lifespan)


def _token_store(runtime: ServiceRuntime) -> TokenStore | None:
    service = runtime.service
    return None if service is None else TokenStore(service.backend.client, service.keys)


def _ping(service: MemoryService) -> bool:
    try:
        return bool(service.backend.client.ping())
    except Exception:  # health reports, it never raises
        return False
