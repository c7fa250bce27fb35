"""Read-only views of memory as MCP resources, and the `memory_context` prompt.

Resources (JSON, listed as resource templates):
  memory://sessions/{thread_id}          a session's working memory
  memory://sessions/{thread_id}/events   its event log, newest first
  memory://memories/{memory_id}          one long-term memory
"""

from __future__ import annotations

import logging
from typing import Annotated

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.prompts.base import Message, UserMessage
from pydantic import Field

from mcp_memory.errors import BackendUnavailableError, EmbedderError, NotFoundError
from mcp_memory.models import RecalledMemory, SessionState
from mcp_memory.server.context import AppState, MemoryContext, current_user, scoped_service
from mcp_memory.server.errors import prompt_errors, resource_errors

logger = logging.getLogger(__name__)

JSON = "application/json"
EVENTS_IN_RESOURCE = 100

MEMORY_CONTEXT_DESCRIPTION = """\
Memory context for a conversation: the session's goal and recent turns (when thread_id is given) and
the long-term memories relevant to the query, as a context message followed by the query."""


def session_resource(thread_id: str, ctx: MemoryContext) -> str:
    """A session's working memory: goal, scratchpad, recent turns, counts, TTL."""
    with resource_errors(f"memory://sessions/{thread_id}"):
        return scoped_service(ctx).get_session(current_user(ctx), thread_id).model_dump_json()


def events_resource(thread_id: str, ctx: MemoryContext) -> str:
    """A session's event log, newest first (the latest 100 events)."""
    with resource_errors(f"memory://sessions/{thread_id}/events"):
        events = scoped_service(ctx).list_events(current_user(ctx), thread_id, EVENTS_IN_RESOURCE)
    return "[" + ",".join(event.model_dump_json() for event in events) + "]"


def memory_resource(memory_id: str, ctx: MemoryContext) -> str:
    """One long-term memory (without its embedding)."""
    with resource_errors(f"memory://memories/{memory_id}"):
        return scoped_service(ctx).get_memory(current_user(ctx), memory_id).model_dump_json()


def memory_context(
    query: Annotated[str, Field(description="What the conversation is about now.")],
    ctx: MemoryContext,
    thread_id: Annotated[str | None, Field(description="Include this session's goal and turns.")] = None,
) -> list[Message]:
    """Build the context message; the memory part degrades to a note when Redis is unavailable."""
    service, user = scoped_service(ctx), current_user(ctx)
    session: SessionState | None = None
    recalled: list[RecalledMemory] = []
    notes: list[str] = []
    with prompt_errors("memory_context"):
        if thread_id:
            try:
                session = service.get_session(user, thread_id)
            except NotFoundError as exc:
                notes.append(f"Session: {exc}")
        try:
            recalled = service.recall(user, query)
        except (BackendUnavailableError, EmbedderError) as exc:
            logger.warning("memory_context recall failed: %s", exc)
            notes.append(f"Long-term memory is unavailable: {exc}")
    return [UserMessage(render_context(session, recalled, notes)), UserMessage(query)]


def render_context(session: SessionState | None, recalled: list[RecalledMemory], notes: list[str]) -> str:
    """The context block as plain text (MCP prompts have no system role, so it is the first user message)."""
    lines = ["Context from memory (use it if relevant; do not repeat it verbatim)."]
    if session is not None:
        lines.append(f"\nSession {session.thread_id}")
        if session.goal:
            lines.append(f"Goal: {session.goal}")
        if session.scratchpad:
            lines.append(f"Scratchpad: {session.scratchpad}")
        if session.recent_turns:
            lines.append("Recent turns:")
            lines.extend(f"- {turn.role}: {turn.content}" for turn in session.recent_turns)
    lines.append("\nRelevant long-term memories:")
    if recalled:
        lines.extend(f"- [{m.kind}, distance {m.distance:.2f}] {m.text}" for m in recalled)
    else:
        lines.append("- (none)")
    lines.extend(f"\nNote: {note}" for note in notes)
    return "\n".join(lines)


def register_resources(server: MCPServer[AppState]) -> None:
    """Add the resource templates and the `memory_context` prompt to `server`."""
    server.resource("memory://sessions/{thread_id}", name="session", mime_type=JSON)(session_resource)
    server.resource("memory://sessions/{thread_id}/events", name="session_events", mime_type=JSON)(
        events_resource
    )
    server.resource("memory://memories/{memory_id}", name="memory", mime_type=JSON)(memory_resource)
    server.prompt(name="memory_context", description=MEMORY_CONTEXT_DESCRIPTION)(memory_context)
