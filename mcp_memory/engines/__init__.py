"""Long-term memory engines: the same interface over Redis Search (server-side) or plain Redis (client-side)."""

from mcp_memory.engines.base import Scope, VectorEngine

__all__ = ["Scope", "VectorEngine"]
