"""Pydantic models and constrained types that cross a boundary (tools, CLI, web, Python API).

Limits are part of the types, so the MCP tool schemas show them and every entry point enforces them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, TypeAdapter, ValidationError

from mcp_memory.errors import InvalidInputError

MAX_TEXT_BYTES = 8192
MAX_LABEL_CHARS = 128

Kind = Literal["semantic", "episodic"]
Role = Literal["user", "assistant", "system", "tool"]
RememberAs = Literal["none", "semantic", "episodic"]
RememberStatus = Literal["created", "duplicate", "superseded"]


def _printable_label(value: str) -> str:
    """User ids and namespaces: no control characters, no edge whitespace (Redis would trim it)."""
    if value != value.strip():
        raise ValueError("must not start or end with whitespace")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("must not contain control characters")
    return value


def _bounded_text(value: str) -> str:
    """Memory and turn text: non-blank and at most MAX_TEXT_BYTES of UTF-8."""
    if not value.strip():
        raise ValueError("must not be empty or blank")
    size = len(value.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise ValueError(f"is {size} bytes of UTF-8; the limit is {MAX_TEXT_BYTES}")
    return value


UserId = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_LABEL_CHARS), AfterValidator(_printable_label)
]
Namespace = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_LABEL_CHARS), AfterValidator(_printable_label)
]
ThreadId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:-]{1,128}$")]
MemoryId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,64}$")]
EventId = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,20}(-[0-9]{1,20})?$")]
Text = Annotated[str, AfterValidator(_bounded_text)]
ShortText = Annotated[str, StringConstraints(max_length=MAX_TEXT_BYTES)]
AgentName = Annotated[str, StringConstraints(max_length=MAX_LABEL_CHARS)]


class Turn(BaseModel):
    """One message in a session's rolling window."""

    role: Role
    content: str
    ts: float


class SessionState(BaseModel):
    """Working memory of one thread, as stored in its Hash."""

    thread_id: str
    user: str
    agent: str = ""
    goal: str = ""
    scratchpad: str = ""
    turn_count: int = 0
    created_ts: float
    last_active_ts: float
    recent_turns: list[Turn] = Field(default_factory=list)
    ttl_seconds: int | None = Field(default=None, description="Seconds until the session expires.")


class AppendResult(BaseModel):
    """What `append_turn` left behind."""

    thread_id: str
    turn_count: int = Field(description="Turns ever appended to this thread.")
    window_size: int = Field(description="Turns currently kept in the rolling window.")


class Memory(BaseModel):
    """A long-term memory (without its embedding)."""

    id: str
    user: str
    namespace: str
    kind: Kind
    text: str
    source_thread: str = ""
    created_ts: float
    hit_count: int = 0
    supersedes: str = Field(default="", description="Id of the older memory this one updates.")
    superseded_by: str = Field(default="", description="Id of the newer memory that updates this one.")


class RecalledMemory(Memory):
    """A memory returned by recall, with its cosine distance to the query (0 = same)."""

    distance: float


class RememberResult(BaseModel):
    """Outcome of one `remember`: a new memory, a duplicate of one, or an update that supersedes one."""

    id: str = Field(description="Id of the memory that now holds the fact.")
    status: RememberStatus
    existing_id: str | None = Field(
        default=None, description="The near neighbour that was matched or superseded."
    )
    distance: float | None = Field(default=None, description="Cosine distance to that neighbour.")

    @property
    def created(self) -> bool:
        return self.status != "duplicate"


class MemoryPage(BaseModel):
    """A page of memories, newest first."""

    items: list[Memory]
    total: int
    next_cursor: int | None = Field(default=None, description="Pass as cursor to get the next page.")


class Event(BaseModel):
    """One entry of a thread's event log."""

    id: str
    action: str
    detail: str
    ts: float


class TurnResult(BaseModel):
    """Outcome of the per-turn flow: what was recalled (before writing) and what was written."""

    thread_id: str
    turn_count: int
    window_size: int
    recalled: list[RecalledMemory]
    remembered: RememberResult | None = None


class RecallResult(BaseModel):
    """What the `recall` tool answers: memories best first, or an empty, degraded answer when Redis is down."""

    memories: list[RecalledMemory]
    degraded: bool = Field(default=False, description="True when memory could not be searched.")
    reason: str | None = Field(default=None, description="Why the answer is degraded.")


class EventPage(BaseModel):
    """A thread's events, newest first."""

    thread_id: str
    events: list[Event]
    next_before_id: str | None = Field(
        default=None, description="Pass as before_id to page further back (None at the start of the log)."
    )


class SessionEnded(BaseModel):
    """Outcome of `end_session`: the thread's working memory is gone; its event log stays."""

    thread_id: str
    ended: bool = True


class MemoryItem(BaseModel):
    """One line of an import file / one element of `remember_many`."""

    text: Text
    kind: Kind = "semantic"
    namespace: Namespace | None = None
    source_thread: ThreadId | None = None
    ttl_seconds: int | None = Field(default=None, gt=0)


_ADAPTERS: dict[object, TypeAdapter[Any]] = {}


def validate_arg(annotation: Any, value: Any, name: str) -> Any:
    """Validate one argument against a constrained type; InvalidInputError names the argument."""
    adapter = _ADAPTERS.get(annotation)
    if adapter is None:
        adapter = _ADAPTERS[annotation] = TypeAdapter(annotation)
    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        reason = "; ".join(err["msg"] for err in exc.errors())
        shown = value if not isinstance(value, str) or len(value) <= 60 else value[:57] + "..."
        raise InvalidInputError(f"invalid {name} {shown!r}: {reason}") from exc
