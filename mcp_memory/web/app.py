"""The web page's routes, and a standalone app for `mcp-memory web`.

`web_routes` is what the HTTP transport mounts beside /mcp; `build_web_app` serves the page on its own
(default 127.0.0.1:8086). Both serve every asset from the package: the page works offline.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from mcp.server.auth.middleware.bearer_auth import RequireAuthMiddleware
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse
from starlette.routing import BaseRoute, Mount, Route, Router
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from mcp_memory.config import Settings
from mcp_memory.server.auth import AuthPolicy, MemoryTokenVerifier, auth_middleware, is_loopback
from mcp_memory.server.hardening import hardening_middleware
from mcp_memory.service import MemoryService
from mcp_memory.tokens import TokenStore
from mcp_memory.web.api import ServiceGetter, WebApi

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
DEFAULT_PORT = 8086


async def _index(request: Request) -> FileResponse:
    return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})


def web_routes(
    get_service: ServiceGetter, settings: Settings, *, require_auth: bool = False
) -> list[BaseRoute]:
    """The page at `/`, its assets at `/static/` and its JSON routes at `/api/`.

    With `require_auth`, `/api/` answers 401 without a verified token (the SDK's RequireAuthMiddleware;
    the app must run the auth middleware of server/auth.py). The page and its assets hold no data.

    Args:
        get_service: returns the open MemoryService, or None while it is still opening (called per
            request, so the service may open after the routes are built).
        settings: the server's settings (user, namespace, thresholds shown on the page).
    """
    api = WebApi(get_service, settings)
    api_app: ASGIApp = Router(routes=api.routes())
    if require_auth:
        api_app = RequireAuthMiddleware(api_app, required_scopes=[])
    return [
        Route("/", _index, methods=["GET"], name="web-index"),
        Mount("/api", app=api_app, name="web-api"),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="web-static"),
    ]


def build_web_app(
    settings: Settings,
    service: MemoryService | None = None,
    *,
    host: str = "127.0.0.1",
    auth: AuthPolicy | None = None,
) -> Starlette:
    """A Starlette app serving only the page and its API, with the HTTP server's checks and token policy.

    Without `service`, the lifespan opens one (starting the embedded Redis if needed), loads the model
    in the background so the page answers at once, and closes it on shutdown. A given `service` is
    used as is and left open (tests share theirs).
    """
    opened: list[MemoryService] = [service] if service is not None else []

    def get_service() -> MemoryService | None:
        return opened[0] if opened else None

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if service is not None:
            yield
            return
        own = await run_in_threadpool(MemoryService.open, settings)
        warm = getattr(own.embedder, "warm_in_background", None)
        if callable(warm):
            warm()
        opened.append(own)
        try:
            yield
        finally:
            opened.clear()
            await run_in_threadpool(own.close)

    policy = auth or AuthPolicy(enabled=True, allow_local=is_loopback(host))
    stack = hardening_middleware(settings, host)
    if policy.enabled:

        def get_store() -> TokenStore | None:
            svc = get_service()
            return None if svc is None else TokenStore(svc.backend.client, svc.keys)

        stack += auth_middleware(MemoryTokenVerifier(get_store), policy, settings.user)
    routes = web_routes(get_service, settings, require_auth=policy.enabled)
    return Starlette(routes=routes, middleware=stack, lifespan=lifespan)
