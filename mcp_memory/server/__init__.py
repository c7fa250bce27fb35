"""The MCP server: tools, resources and prompts over MemoryService, on stdio, SSE and streamable HTTP."""

from mcp_memory.server.context import AppState, current_user
from mcp_memory.server.mcp import build_server, run_server

__all__ = ["AppState", "build_server", "current_user", "run_server"]
