"""What every MCP handler needs: the shared MemoryService, the settings, and who is calling.

`ServiceRuntime` opens the service once and shares it: stdio enters it once, the streamable-HTTP
session manager once, but the SDK enters a server's lifespan again for every SSE connection, so
entries are counted and the last one out closes the service.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import anyio.to_thread
from mcp.server.mcpserver import Context

from mcp_memory.config import Settings
from mcp_memory.embedder import SentenceTransformerEmbedder
from mcp_memory.scope import Principal, ScopedService
from mcp_memory.server.auth import principal_from_scope
from mcp_memory.service import MemoryService

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AppState:
    """The lifespan state every tool, resource and prompt reads through its Context."""

    settings: Settings
    service: MemoryService


MemoryContext = Context[AppState, Any]


def app_state(ctx: MemoryContext) -> AppState:
    return ctx.request_context.lifespan_context


def current_principal(ctx: MemoryContext) -> Principal:
    """Who this request acts as: the verified token of an HTTP request, the configured user over stdio."""
    request = ctx.request_context.request
    scope = getattr(request, "scope", None)
    return principal_from_scope(scope, app_state(ctx).settings)


def current_user(ctx: MemoryContext) -> str:
    """The user whose memory this request touches. Never a tool argument: the token decides it."""
    return current_principal(ctx).user


def scoped_service(ctx: MemoryContext) -> ScopedService:
    """The MemoryService as this request's principal may use it (namespace, read-only, rate limit)."""
    return ScopedService.for_principal(app_state(ctx).service, current_principal(ctx))


class ServiceRuntime:
    """Opens the MemoryService on first use, shares it, and closes it when the last user leaves.

    A service passed in is used as is and never closed here (its owner closes it).
    """

    def __init__(self, settings: Settings, service: MemoryService | None = None) -> None:
        self.settings = settings
        self._given = service
        self._service = service
        self._users = 0
        self._lock = anyio.Lock()

    @property
    def service(self) -> MemoryService | None:
        """The open service, or None before the first `use()` (the /health route reads it)."""
        return self._service

    @asynccontextmanager
    async def use(self) -> AsyncIterator[AppState]:
        async with self._lock:
            if self._service is None:
                self._service = await anyio.to_thread.run_sync(MemoryService.open, self.settings)
                warm_embedder(self._service)
            self._users += 1
            state = AppState(self.settings, self._service)
        try:
            yield state
        finally:
            # Shielded: a shutdown cancels this task, and the service must still close cleanly.
            with anyio.CancelScope(shield=True), anyio.fail_after(30):
                await self._release()

    async def _release(self) -> None:
        async with self._lock:
            self._users -= 1
            if self._users == 0 and self._given is None and self._service is not None:
                service, self._service = self._service, None
                await anyio.to_thread.run_sync(service.close)


def warm_embedder(service: MemoryService) -> None:
    """Load the model in a background thread so the handshake and tools/list answer at once."""
    embedder = service.embedder
    if isinstance(embedder, SentenceTransformerEmbedder) and not embedder.ready:
        embedder.warm_in_background()
        logger.info("loading the embedding model in the background")
