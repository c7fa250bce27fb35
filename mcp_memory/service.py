"""MemoryService: the one API that the MCP server, the CLI, the web page and Python callers use.

Every method validates its arguments (InvalidInputError, nothing written), names the user whose data
it touches, and forwards to the stores. `process_turn` is the per-turn flow of the design: embed once,
append the turn, recall *before* writing (a turn never recalls itself), remember with dedup when
asked, and record an event for each step.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mcp_memory.backend import Backend, open_backend
from mcp_memory.config import Settings
from mcp_memory.embedder import Embedder, SentenceTransformerEmbedder
from mcp_memory.engines.base import Matrix, Scope, Vector, VectorEngine
from mcp_memory.errors import ConfigError, InvalidInputError, NotFoundError
from mcp_memory.events import EventLog
from mcp_memory.keys import KeySpace
from mcp_memory.longterm import LongTermStore, PendingMemory
from mcp_memory.models import (
    AgentName,
    AppendResult,
    Event,
    EventId,
    Kind,
    Memory,
    MemoryId,
    MemoryItem,
    MemoryPage,
    Namespace,
    RecalledMemory,
    RememberAs,
    RememberResult,
    Role,
    SessionState,
    ShortText,
    Text,
    ThreadId,
    TurnResult,
    UserId,
    validate_arg,
)
from mcp_memory.policy import RecallPolicy
from mcp_memory.sessions import SessionStore

logger = logging.getLogger(__name__)

MAX_K = 50
MAX_PAGE = 200
MAX_BATCH = 10_000
MAX_MAP = 2000


@dataclass(frozen=True)
class MemoryVectors:
    """A scope's memories with their embeddings (rows of `vectors`), and a query's vector if one was given."""

    memories: list[Memory]
    vectors: Matrix
    query_vector: Vector | None = None


def build_engine(name: str, backend: Backend, keys: KeySpace) -> VectorEngine:
    """The long-term engine the backend chose."""
    if name == "search":
        from mcp_memory.engines.search import SearchEngine

        return SearchEngine(backend.client, keys)
    try:
        from mcp_memory.engines.client import ClientEngine  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise ConfigError(
            "this Redis has no Search/JSON modules and the client-side engine is missing"
        ) from exc
    engine: VectorEngine = ClientEngine(backend.client, keys)
    return engine


def recall_policy(settings: Settings) -> RecallPolicy:
    """The recall policy with the knobs the settings expose (measured defaults: bench/quality.py)."""
    return RecallPolicy(
        max_distance=settings.recall_threshold,
        personal_distance=settings.recall_personal_distance,
        loose_distance=settings.recall_loose_distance,
        overlap_distance=settings.recall_overlap_distance,
        min_overlap=settings.recall_min_overlap,
        link_distance=settings.recall_link_distance,
        single_term_distance=settings.recall_single_term_distance,
        lexical_distance=settings.recall_lexical_distance,
        general_lexical_distance=settings.recall_general_lexical_distance,
        min_lexical=settings.recall_min_lexical,
        min_lexical_terms=settings.recall_min_lexical_terms,
    )


class MemoryService:
    """Working memory, long-term memory and the event log of every user, over one Redis."""

    def __init__(self, settings: Settings, backend: Backend, embedder: Embedder) -> None:
        self.settings = settings
        self.backend = backend
        self.embedder = embedder
        self.keys = KeySpace(settings.key_prefix)
        client = backend.client
        self.sessions = SessionStore(client, self.keys, settings.session_ttl_seconds, settings.window_turns)
        self.events = EventLog(client, self.keys, settings.event_stream_maxlen)
        self.longterm = LongTermStore(
            client,
            self.keys,
            build_engine(backend.engine, backend, self.keys),
            recall_policy=recall_policy(settings),
            dedup_threshold=settings.dedup_threshold,
            reworded_threshold=settings.dedup_reworded_threshold,
            ttl_by_kind={
                "episodic": settings.episodic_ttl_seconds,
                "semantic": settings.semantic_ttl_seconds,
            },
        )
        self.longterm.ensure_ready()

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> MemoryService:
        """Connect (starting the embedded Redis if needed) and build the stores. Close with `close()`."""
        backend = open_backend(settings)
        try:
            return cls(settings, backend, embedder or SentenceTransformerEmbedder(settings.model_path))
        except Exception:
            backend.close()
            raise

    def close(self) -> None:
        self.longterm.close()
        self.backend.close()

    # --- working memory ---------------------------------------------------------------------

    def start_session(
        self, user: str, thread_id: str | None = None, goal: str = "", agent: str = ""
    ) -> SessionState:
        """Start a thread (a random id unless given) owned by `user`."""
        user = validate_arg(UserId, user, "user")
        if thread_id is not None:
            thread_id = validate_arg(ThreadId, thread_id, "thread_id")
        goal = validate_arg(ShortText, goal, "goal")
        agent = validate_arg(AgentName, agent, "agent")
        state = self.sessions.start(user, thread_id, goal=goal, agent=agent)
        self.events.record(state.thread_id, "session_started", f"goal: {goal}" if goal else "", user)
        return state

    def get_session(self, user: str, thread_id: str) -> SessionState:
        user = validate_arg(UserId, user, "user")
        thread_id = validate_arg(ThreadId, thread_id, "thread_id")
        return self.sessions.get(user, thread_id)

    def update_session(
        self, user: str, thread_id: str, goal: str | None = None, scratchpad: str | None = None
    ) -> SessionState:
        """Set the goal and/or scratchpad of a live session."""
        user = validate_arg(UserId, user, "user")
        thread_id = validate_arg(ThreadId, thread_id, "thread_id")
        fields: dict[str, str] = {}
        if goal is not None:
            fields["goal"] = validate_arg(ShortText, goal, "goal")
        if scratchpad is not None:
            fields["scratchpad"] = validate_arg(ShortText, scratchpad, "scratchpad")
        if not fields:
            return self.sessions.get(user, thread_id)
        state = self.sessions.update(user, thread_id, **fields)
        self.events.record(thread_id, "session_updated", ", ".join(sorted(fields)), user)
        return state

    def end_session(self, user: str, thread_id: str) -> None:
        user = validate_arg(UserId, user, "user")
        thread_id = validate_arg(ThreadId, thread_id, "thread_id")
        self.sessions.delete(user, thread_id)
        self.events.record(thread_id, "session_ended", "", user)

    def list_threads(self, user: str) -> list[str]:
        return self.sessions.list_threads(validate_arg(UserId, user, "user"))

    def append_turn(self, user: str, thread_id: str, role: str, content: str) -> AppendResult:
        """Append one turn to a thread's window (the session is created if absent)."""
        user = validate_arg(UserId, user, "user")
        thread_id = validate_arg(ThreadId, thread_id, "thread_id")
        role = validate_arg(Role, role, "role")
        content = validate_arg(Text, content, "content")
        result = self.sessions.append_turn(user, thread_id, role, content)
        self.events.record(thread_id, f"turn_appended:{role}", content, user)
        return result

    # --- long-term memory -------------------------------------------------------------------

    def remember(
        self,
        user: str,
        text: str,
        kind: str = "semantic",
        namespace: str | None = None,
        thread_id: str | None = None,
        ttl_seconds: int | None = None,
    ) -> RememberResult:
        """Store a fact or episode, unless the user's same-kind namespace already holds it."""
        user = validate_arg(UserId, user, "user")
        item = validate_arg(
            MemoryItem,
            {
                "text": text,
                "kind": kind,
                "namespace": namespace,
                "source_thread": thread_id,
                "ttl_seconds": ttl_seconds,
            },
            "memory",
        )
        result = self._remember_items(user, [item])[0]
        if thread_id:
            self.events.record(thread_id, f"memory_{result.status}", f"{result.id} ({item.kind})", user)
        return result

    def remember_many(self, user: str, items: Sequence[MemoryItem | dict[str, Any]]) -> list[RememberResult]:
        """Batched remember: one embedding pass, dedup against the store and within the batch."""
        user = validate_arg(UserId, user, "user")
        if len(items) > MAX_BATCH:
            raise InvalidInputError(f"at most {MAX_BATCH} memories per batch")
        parsed = [validate_arg(MemoryItem, item, f"memory #{i}") for i, item in enumerate(items)]
        return self._remember_items(user, parsed)

    def _remember_items(self, user: str, items: list[MemoryItem]) -> list[RememberResult]:
        vectors = (
            [self.embedder.embed_one(items[0].text)]
            if len(items) == 1
            else list(self.embedder.embed_many([item.text for item in items]))
        )
        pending = [
            PendingMemory(
                text=item.text,
                vector=vector,
                kind=item.kind,
                namespace=item.namespace or self.settings.namespace,
                source_thread=item.source_thread or "",
                ttl_seconds=item.ttl_seconds,
            )
            for item, vector in zip(items, vectors)
        ]
        return self.longterm.remember_many(user, pending)

    def recall(
        self,
        user: str,
        query: str,
        namespace: str | None = None,
        kind: str | None = None,
        k: int = 5,
        max_distance: float | None = None,
    ) -> list[RecalledMemory]:
        """The user's memories that answer `query`, best first (none when nothing is close enough)."""
        user = validate_arg(UserId, user, "user")
        query = validate_arg(Text, query, "query")
        namespace = self._namespace(namespace)
        kind = validate_arg(Kind | None, kind, "kind")
        k = self._bounded(k, 1, MAX_K, "k")
        if max_distance is not None and not 0 < max_distance <= 2:
            raise InvalidInputError("max_distance must be in (0, 2]")
        return self.longterm.recall(
            user, namespace, query, self.embedder.embed_one(query), kind=kind, k=k, max_distance=max_distance
        )

    def get_memory(self, user: str, memory_id: str) -> Memory:
        user = validate_arg(UserId, user, "user")
        return self.longterm.get(user, validate_arg(MemoryId, memory_id, "memory_id"))

    def list_memories(
        self,
        user: str,
        namespace: str | None = None,
        kind: str | None = None,
        limit: int = 20,
        cursor: int = 0,
    ) -> MemoryPage:
        """A page of the user's memories in one namespace, newest first."""
        user = validate_arg(UserId, user, "user")
        namespace = self._namespace(namespace)
        kind = validate_arg(Kind | None, kind, "kind")
        limit = self._bounded(limit, 1, MAX_PAGE, "limit")
        cursor = self._bounded(cursor, 0, 10_000_000, "cursor")
        items, total = self.longterm.list_memories(user, namespace, kind, cursor, limit)
        following = cursor + len(items)
        return MemoryPage(items=items, total=total, next_cursor=following if following < total else None)

    def forget(self, user: str, memory_id: str) -> Memory:
        """Delete one of the user's memories; NotFoundError if it is not theirs."""
        user = validate_arg(UserId, user, "user")
        memory = self.longterm.forget(user, validate_arg(MemoryId, memory_id, "memory_id"))
        if memory.source_thread:
            self.events.record(memory.source_thread, "memory_forgotten", memory.id, user)
        return memory

    def forget_all(self, user: str, namespace: str | None = None) -> int:
        user = validate_arg(UserId, user, "user")
        return self.longterm.forget_all(user, self._namespace(namespace))

    def memory_map(
        self, user: str, namespace: str | None = None, query: str | None = None, limit: int = 500
    ) -> MemoryVectors:
        """The newest `limit` memories of a scope with their vectors, for the web page's map; reads only."""
        user = validate_arg(UserId, user, "user")
        namespace = self._namespace(namespace)
        limit = self._bounded(limit, 1, MAX_MAP, "limit")
        query_vector = None
        if query is not None:
            query_vector = self.embedder.embed_one(validate_arg(Text, query, "query"))
        memories, vectors = self.longterm.engine.vectors(Scope(user, namespace), limit)
        return MemoryVectors(memories=memories, vectors=vectors, query_vector=query_vector)

    # --- event log ----------------------------------------------------------------------------

    def list_events(
        self, user: str, thread_id: str, count: int = 20, before_id: str | None = None
    ) -> list[Event]:
        """A thread's events, newest first; only the thread owner's events are shown."""
        user = validate_arg(UserId, user, "user")
        thread_id = validate_arg(ThreadId, thread_id, "thread_id")
        count = self._bounded(count, 1, 1000, "count")
        if before_id is not None:
            before_id = validate_arg(EventId, before_id, "before_id")
        owner = self.sessions.owner(thread_id)
        if owner is not None and owner != user:
            raise NotFoundError(f"no session {thread_id!r}")
        return self.events.recent(thread_id, count, before_id, user=user)

    # --- the per-turn flow ----------------------------------------------------------------------

    def process_turn(
        self,
        user: str,
        thread_id: str,
        role: str,
        content: str,
        remember: str = "none",
        namespace: str | None = None,
        k: int = 5,
    ) -> TurnResult:
        """Embed once, append, recall (before writing), remember if asked, and log each step."""
        user = validate_arg(UserId, user, "user")
        thread_id = validate_arg(ThreadId, thread_id, "thread_id")
        role = validate_arg(Role, role, "role")
        content = validate_arg(Text, content, "content")
        remember_as = validate_arg(RememberAs, remember, "remember")
        namespace = self._namespace(namespace)
        k = self._bounded(k, 1, MAX_K, "k")
        vector = self.embedder.embed_one(content)
        appended = self.sessions.append_turn(user, thread_id, role, content)
        self.events.record(thread_id, f"turn_appended:{role}", content, user)
        recalled = self.longterm.recall(user, namespace, content, vector, k=k)
        self.events.record(thread_id, "recalled", f"{len(recalled)} memories", user)
        remembered = None
        if remember_as != "none":
            remembered = self.longterm.remember(
                user,
                PendingMemory(
                    text=content,
                    vector=vector,
                    kind=remember_as,
                    namespace=namespace,
                    source_thread=thread_id,
                ),
            )
            self.events.record(
                thread_id, f"memory_{remembered.status}", f"{remembered.id} ({remember_as})", user
            )
        return TurnResult(
            thread_id=thread_id,
            turn_count=appended.turn_count,
            window_size=appended.window_size,
            recalled=recalled,
            remembered=remembered,
        )

    # --- diagnostics ------------------------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        """What `doctor` prints: server, modules, engine, counts, model."""
        return {
            **self.backend.info(),
            "data_dir": str(self.settings.data_dir) if self.backend.server else None,
            "socket": str(self.backend.server.socket_path) if self.backend.server else None,
            "sessions": self.sessions.count(),
            "memories": self.longterm.engine.count(),
            "index": self.longterm.engine.stats(),
            "model": self.embedder.status(),
        }

    def _namespace(self, namespace: str | None) -> str:
        return str(validate_arg(Namespace, namespace or self.settings.namespace, "namespace"))

    @staticmethod
    def _bounded(value: int, low: int, high: int, name: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidInputError(f"{name} must be an integer from {low} to {high}, got {value!r}")
        return value
