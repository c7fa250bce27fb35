"""Turn every failure of a tool into a tool error the client can act on, in one place.

Each MCPMemoryError keeps its stable `code` and `retryable` flag, and the message starts with
them (`[invalid_input] ...`, `[backend_unavailable, retryable] ...`) so an agent can branch on it.
A failed write says that nothing was stored. Anything unexpected is logged with its traceback
(to stderr) and reaches the client as a generic error: the server never crashes on a tool call.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from mcp.server.mcpserver.exceptions import ResourceError, ResourceNotFoundError, ToolError
from mcp.shared.exceptions import MCPError
from mcp.types import INTERNAL_ERROR, INVALID_PARAMS

from mcp_memory.errors import InvalidInputError, MCPMemoryError, NotFoundError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class MappedError:
    """A failure as the client sees it."""

    code: str
    retryable: bool
    message: str

    def __str__(self) -> str:
        tag = f"{self.code}, retryable" if self.retryable else self.code
        return f"[{tag}] {self.message}"


def map_exception(exc: BaseException, action: str, *, write: bool = False) -> MappedError:
    """The code, retryable flag and message for `exc` raised while doing `action`."""
    if isinstance(exc, MCPMemoryError):
        message = str(exc)
        if write and not isinstance(exc, (InvalidInputError, NotFoundError)):
            message += " (the write was not stored)"
        elif write:
            message += " (nothing was written)"
        return MappedError(exc.code, exc.retryable, message)
    suffix = " (the write may not have been stored)" if write else ""
    return MappedError("internal_error", False, f"{action} failed unexpectedly{suffix}; see the server log")


@contextmanager
def tool_errors(action: str, *, write: bool = False) -> Iterator[None]:
    """Run a tool body; re-raise any failure as a ToolError with a stable code."""
    try:
        yield
    except ToolError:
        raise
    except MCPMemoryError as exc:
        logger.info("%s failed: %s", action, exc)
        raise ToolError(str(map_exception(exc, action, write=write))) from exc
    except Exception as exc:  # top level of a tool call: log it and keep serving
        logger.exception("unexpected error in %s", action)
        raise ToolError(str(map_exception(exc, action, write=write))) from exc


@contextmanager
def resource_errors(uri: str) -> Iterator[None]:
    """Like `tool_errors`, for resource reads: a missing item is the protocol's not-found error."""
    try:
        yield
    except (NotFoundError, InvalidInputError) as exc:
        raise ResourceNotFoundError(str(map_exception(exc, f"read {uri}"))) from exc
    except MCPMemoryError as exc:
        raise ResourceError(str(map_exception(exc, f"read {uri}"))) from exc
    except Exception as exc:
        logger.exception("unexpected error reading %s", uri)
        raise ResourceError(str(map_exception(exc, f"read {uri}"))) from exc


@contextmanager
def prompt_errors(name: str) -> Iterator[None]:
    """Prompts answer protocol errors: invalid params for bad input, internal error otherwise."""
    try:
        yield
    except MCPMemoryError as exc:
        mapped = map_exception(exc, f"prompt {name}")
        code = INVALID_PARAMS if isinstance(exc, (InvalidInputError, NotFoundError)) else INTERNAL_ERROR
        raise MCPError(code, str(mapped), {"code": mapped.code, "retryable": mapped.retryable}) from exc
    except Exception as exc:
        logger.exception("unexpected error in prompt %s", name)
        raise MCPError(INTERNAL_ERROR, str(map_exception(exc, f"prompt {name}"))) from exc
