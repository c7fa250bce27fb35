"""The memory tools: thin typed wrappers over MemoryService.

Each tool's signature is its input schema (limits included), its pydantic return type its output
schema. The body validates nothing itself: the types and MemoryService do. `register_tools` adds
them all; each description is a module constant because an LLM reads it to decide when to call.
"""

from __future__ import annotations

import logging
from typing import Annotated

from mcp.server.mcpserver import MCPServer
from mcp.types import ToolAnnotations
from pydantic import Field

from mcp_memory.errors import BackendUnavailableError
from mcp_memory.models import (
    AppendResult,
    EventPage,
    Kind,
    Memory,
    MemoryPage,
    RecallResult,
    RememberAs,
    RememberResult,
    Role,
    SessionEnded,
    SessionState,
    Text,
    TurnResult,
)
from mcp_memory.scope import ScopedService
from mcp_memory.server.context import AppState, MemoryContext, scoped_service
from mcp_memory.server.errors import tool_errors
from mcp_memory.service import MAX_K, MAX_PAGE

logger = logging.getLogger(__name__)

# Argument types: the limits show up in each tool's JSON schema; MemoryService checks them again.
TextArg = Annotated[Text, Field(min_length=1, description="Non-blank text, at most 8 KiB of UTF-8.")]
ThreadArg = Annotated[
    str, Field(pattern=r"^[A-Za-z0-9_.:-]{1,128}$", description="A thread id from start_session.")
]
MemoryIdArg = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="A memory id.")]
NamespaceArg = Annotated[
    str | None,
    Field(max_length=128, description="Namespace within your memory (default: the configured one)."),
]
KArg = Annotated[int, Field(ge=1, le=MAX_K, description=f"How many memories at most (1..{MAX_K}).")]

REMEMBER_DESCRIPTION = """\
Store a fact or an episode in long-term memory so it can be recalled in later conversations.
Use kind="semantic" for durable facts and preferences ("the user is vegetarian"), kind="episodic"
for things that happened ("we fixed the login bug on Monday"; these expire after a week by default).
Near-duplicates are not stored twice: the answer says status="duplicate" with the existing id and its
distance; a changed fact is stored as status="superseded" and linked to the one it updates."""

RECALL_DESCRIPTION = """\
Search long-term memory for what is relevant to a query, best match first (cosine distance, 0 = same).
Call it before answering anything that may depend on what you were told earlier. Returns an empty list
when nothing is close enough. If memory is unavailable the answer has degraded=true and a reason
instead of failing: carry on without memory."""

APPEND_TURN_DESCRIPTION = """\
Append one message (role user/assistant/system/tool) to a thread's working memory, a rolling window
of recent turns that expires after an idle hour. Creates the session if it does not exist. Returns the
total turn count and the current window size. Use process_turn instead to also recall and remember."""

GET_SESSION_DESCRIPTION = """\
Read a thread's working memory: goal, scratchpad, recent turns, turn count, timestamps and seconds until
it expires. Fails with not_found when the session does not exist or has expired."""

LIST_EVENTS_DESCRIPTION = """\
List a thread's event log (turns appended, memories recalled/stored/forgotten, session changes), newest
first. Page back with before_id=next_before_id."""

START_SESSION_DESCRIPTION = """\
Start a conversation thread with an optional goal and agent name; returns its thread_id (random unless
you pass one). Pass that thread_id to the other session tools."""

UPDATE_SESSION_DESCRIPTION = """\
Set a live session's goal and/or scratchpad (free notes you want to keep in view during this thread)."""

END_SESSION_DESCRIPTION = """\
End a thread: delete its working memory now instead of waiting for it to expire. Long-term memories
and the event log stay."""

PROCESS_TURN_DESCRIPTION = """\
The whole per-turn memory flow in one call: append the message to the thread, recall the long-term
memories relevant to it (searched before anything is written, so a turn never recalls itself), and,
if remember="semantic" or "episodic", store the message as a memory (with duplicate detection).
Returns the turn count, the recalled memories and what was remembered."""

LIST_MEMORIES_DESCRIPTION = """\
Page through stored long-term memories of one namespace, newest first; pass next_cursor back as cursor
for the next page."""

FORGET_DESCRIPTION = """\
Delete one long-term memory by id (for example when the user asks you to forget something, or a fact
is wrong). Returns the deleted memory."""

_READ = ToolAnnotations(readOnlyHint=True, destructiveHint=False, openWorldHint=False)
_WRITE = ToolAnnotations(readOnlyHint=False, destructiveHint=False, openWorldHint=False)
_DELETE = ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True, openWorldHint=False)


def _state(ctx: MemoryContext) -> tuple[ScopedService, str]:
    """Every tool reaches MemoryService through this guard (scope, read-only, rate limit)."""
    service = scoped_service(ctx)
    return service, service.user


def remember(
    text: TextArg,
    ctx: MemoryContext,
    kind: Kind = "semantic",
    namespace: NamespaceArg = None,
    thread_id: Annotated[ThreadArg | None, Field(description="The thread it came from, if any.")] = None,
    ttl_seconds: Annotated[int | None, Field(gt=0, description="Expire after this many seconds.")] = None,
) -> RememberResult:
    service, user = _state(ctx)
    with tool_errors("remember", write=True):
        return service.remember(user, text, kind, namespace, thread_id, ttl_seconds)


def recall(
    query: TextArg,
    ctx: MemoryContext,
    namespace: NamespaceArg = None,
    kind: Kind | None = None,
    k: KArg = 5,
    max_distance: Annotated[
        float | None,
        Field(
            gt=0,
            le=2,
            description="A hard distance ceiling (0..2). By default the recall policy decides: always "
            "under 0.55, further (up to 0.85) with evidence such as shared words or a personal turn.",
        ),
    ] = None,
) -> RecallResult:
    service, user = _state(ctx)
    with tool_errors("recall"):
        try:
            memories = service.recall(user, query, namespace, kind, k, max_distance)
        except BackendUnavailableError as exc:
            logger.warning("recall degraded: %s", exc)
            return RecallResult(memories=[], degraded=True, reason=f"memory is unavailable: {exc}")
        return RecallResult(memories=memories)


def append_turn(thread_id: ThreadArg, role: Role, content: TextArg, ctx: MemoryContext) -> AppendResult:
    service, user = _state(ctx)
    with tool_errors("append_turn", write=True):
        return service.append_turn(user, thread_id, role, content)


def get_session(thread_id: ThreadArg, ctx: MemoryContext) -> SessionState:
    service, user = _state(ctx)
    with tool_errors("get_session"):
        return service.get_session(user, thread_id)


def list_events(
    thread_id: ThreadArg,
    ctx: MemoryContext,
    count: Annotated[int, Field(ge=1, le=1000, description="How many events (1..1000).")] = 20,
    before_id: Annotated[
        str | None,
        Field(pattern=r"^[0-9]{1,20}(-[0-9]{1,20})?$", description="Only events older than this id."),
    ] = None,
) -> EventPage:
    service, user = _state(ctx)
    with tool_errors("list_events"):
        events = service.list_events(user, thread_id, count, before_id)
    following = events[-1].id if len(events) == count else None
    return EventPage(thread_id=thread_id, events=events, next_before_id=following)


def start_session(
    ctx: MemoryContext,
    goal: Annotated[str, Field(max_length=8192, description="What this thread is for.")] = "",
    agent: Annotated[str, Field(max_length=128, description="Name of the agent using it.")] = "",
    thread_id: Annotated[ThreadArg | None, Field(description="Choose the id (default: random).")] = None,
) -> SessionState:
    service, user = _state(ctx)
    with tool_errors("start_session", write=True):
        return service.start_session(user, thread_id, goal=goal, agent=agent)


def update_session(
    thread_id: ThreadArg,
    ctx: MemoryContext,
    goal: Annotated[str | None, Field(max_length=8192, description="New goal.")] = None,
    scratchpad: Annotated[str | None, Field(max_length=8192, description="New scratchpad text.")] = None,
) -> SessionState:
    service, user = _state(ctx)
    with tool_errors("update_session", write=True):
        return service.update_session(user, thread_id, goal=goal, scratchpad=scratchpad)


def end_session(thread_id: ThreadArg, ctx: MemoryContext) -> SessionEnded:
    service, user = _state(ctx)
    with tool_errors("end_session", write=True):
        service.end_session(user, thread_id)
    return SessionEnded(thread_id=thread_id)


def process_turn(
    thread_id: ThreadArg,
    role: Role,
    content: TextArg,
    ctx: MemoryContext,
    remember: RememberAs = "none",
    namespace: NamespaceArg = None,
    k: KArg = 5,
) -> TurnResult:
    service, user = _state(ctx)
    with tool_errors("process_turn", write=True):
        return service.process_turn(user, thread_id, role, content, remember, namespace, k)


def list_memories(
    ctx: MemoryContext,
    namespace: NamespaceArg = None,
    kind: Kind | None = None,
    limit: Annotated[int, Field(ge=1, le=MAX_PAGE, description=f"Page size (1..{MAX_PAGE}).")] = 20,
    cursor: Annotated[int, Field(ge=0, description="next_cursor of the previous page.")] = 0,
) -> MemoryPage:
    service, user = _state(ctx)
    with tool_errors("list_memories"):
        return service.list_memories(user, namespace, kind, limit, cursor)


def forget(memory_id: MemoryIdArg, ctx: MemoryContext) -> Memory:
    service, user = _state(ctx)
    with tool_errors("forget", write=True):
        return service.forget(user, memory_id)


TOOLS = (
    (remember, REMEMBER_DESCRIPTION, _WRITE),
    (recall, RECALL_DESCRIPTION, _READ),
    (append_turn, APPEND_TURN_DESCRIPTION, _WRITE),
    (get_session, GET_SESSION_DESCRIPTION, _READ),
    (list_events, LIST_EVENTS_DESCRIPTION, _READ),
    (start_session, START_SESSION_DESCRIPTION, _WRITE),
    (update_session, UPDATE_SESSION_DESCRIPTION, _WRITE),
    (end_session, END_SESSION_DESCRIPTION, _DELETE),
    (process_turn, PROCESS_TURN_DESCRIPTION, _WRITE),
    (list_memories, LIST_MEMORIES_DESCRIPTION, _READ),
    (forget, FORGET_DESCRIPTION, _DELETE),
)


def register_tools(server: MCPServer[AppState]) -> None:
    """Add every memory tool to `server`."""
    for fn, description, hints in TOOLS:
        server.add_tool(fn, name=fn.__name__, description=description, annotations=hints)
