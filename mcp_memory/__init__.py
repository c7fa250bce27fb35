"""mcp-memory: memory for AI agents over the Model Context Protocol, in Redis."""

from mcp_memory.config import Settings
from mcp_memory.embedder import Embedder, FakeEmbedder, SentenceTransformerEmbedder
from mcp_memory.errors import (
    BackendUnavailableError,
    ConfigError,
    EmbedderError,
    InvalidInputError,
    MCPMemoryError,
    NotFoundError,
    PermissionDeniedError,
)
from mcp_memory.models import (
    AppendResult,
    Event,
    Memory,
    MemoryPage,
    RecalledMemory,
    RememberResult,
    SessionState,
    Turn,
    TurnResult,
)
from mcp_memory.runtime import EmbeddedRedis
from mcp_memory.service import MemoryService

__version__ = "0.1.0"

__all__ = [
    "AppendResult",
    "BackendUnavailableError",
    "ConfigError",
    "EmbeddedRedis",
    "Embedder",
    "EmbedderError",
    "Event",
    "FakeEmbedder",
    "InvalidInputError",
    "MCPMemoryError",
    "Memory",
    "MemoryPage",
    "MemoryService",
    "NotFoundError",
    "PermissionDeniedError",
    "RecalledMemory",
    "RememberResult",
    "SentenceTransformerEmbedder",
    "SessionState",
    "Settings",
    "Turn",
    "TurnResult",
    "__version__",
]
