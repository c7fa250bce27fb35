"""MCP fixtures: the server built over the test's MemoryService (shared model, own key prefix)."""

from __future__ import annotations

import pytest
from mcp.server.mcpserver import MCPServer

from mcp_memory.config import Settings
from mcp_memory.server import AppState, build_server
from mcp_memory.service import MemoryService


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def mcp_server(settings: Settings, service: MemoryService) -> MCPServer[AppState]:
    return build_server(settings, service=service)
