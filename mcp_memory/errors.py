"""Errors raised by mcp-memory.

MCPMemoryError
├── InvalidInputError        an argument failed validation; nothing was read or written
├── NotFoundError            no such session or memory (or it belongs to another user)
├── PermissionDeniedError    the caller's scope does not allow this
├── ConfigError              a setting or an existing index is unusable
├── EmbedderError            the embedding model could not be loaded or run
└── BackendUnavailableError  Redis is unreachable or failed; the write was not stored
"""

from __future__ import annotations


class MCPMemoryError(Exception):
    """Base class of every error this package raises on purpose."""

    code = "internal_error"
    retryable = False


class InvalidInputError(MCPMemoryError):
    """An argument is out of range, too long, malformed or of the wrong kind."""

    code = "invalid_input"


class NotFoundError(MCPMemoryError):
    """The session or memory does not exist, expired, or is not the caller's."""

    code = "not_found"


class PermissionDeniedError(MCPMemoryError):
    """The caller is authenticated but its scope does not cover this action."""

    code = "permission_denied"


class ConfigError(MCPMemoryError):
    """A setting is invalid, or the Redis state does not match what we need."""

    code = "config_error"


class EmbedderError(MCPMemoryError):
    """The embedding model failed to load or to encode."""

    code = "embedder_error"
    retryable = True


class BackendUnavailableError(MCPMemoryError):
    """Redis did not answer or refused the command."""

    code = "backend_unavailable"
    retryable = True
