"""Checks on every HTTP request, before routing: Host/Origin (DNS rebinding) and the body size limit.

The SDK validates Host and Origin only inside its `/mcp` and `/sse` handlers; the same check (the
SDK's `TransportSecurityMiddleware`, so the rules are identical) runs here for every route, the web
page and `/api` included. On a loopback bind only loopback names are accepted (plus
`MEMORY_ALLOWED_HOSTS`); on any other bind the check is on only when `MEMORY_ALLOWED_HOSTS` is set,
because the names the server is reached by are unknown and a token is required there anyway.
"""

from __future__ import annotations

from mcp.server.transport_security import (
    RequestBodyLimitMiddleware,
    TransportSecurityMiddleware,
    TransportSecuritySettings,
)
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from mcp_memory.config import Settings
from mcp_memory.server.auth import is_loopback

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def transport_security(settings: Settings, host: str) -> TransportSecuritySettings:
    """Allowed Host and Origin values for a server bound to `host`."""
    extra = [name.strip() for name in settings.allowed_hosts.split(",") if name.strip()]
    names = [*LOOPBACK_NAMES, *extra] if is_loopback(host) else extra
    if not names:
        return TransportSecuritySettings(enable_dns_rebinding_protection=False)
    hosts: list[str] = []
    origins: list[str] = []
    for name in names:
        # "name" matches Host with or without a port; "name:port" only that port.
        hosts.extend([name] if _has_port(name) else [name, f"{name}:*"])
        for scheme in ("http", "https"):
            origins.extend(
                [f"{scheme}://{name}"] if _has_port(name) else [f"{scheme}://{name}", f"{scheme}://{name}:*"]
            )
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True, allowed_hosts=hosts, allowed_origins=origins
    )


def _has_port(name: str) -> bool:
    return name.rsplit("]", 1)[-1].count(":") == 1


class HostOriginMiddleware:
    """Refuse a request whose Host (421) or Origin (403) is not allowed, on every route."""

    def __init__(self, app: ASGIApp, security: TransportSecuritySettings) -> None:
        self.app = app
        self.check = TransportSecurityMiddleware(security)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            refused = await self.check.validate_request(Request(scope), is_post=False)
            if refused is not None:
                await refused(scope, receive, send)
                return
        await self.app(scope, receive, send)


def hardening_middleware(settings: Settings, host: str) -> list[Middleware]:
    """Host/Origin first (cheapest, refuses rebinding before anything runs), then the body limit."""
    return [
        Middleware(HostOriginMiddleware, security=transport_security(settings, host)),
        Middleware(RequestBodyLimitMiddleware, max_body_size=settings.max_request_bytes),
    ]
