"""Who is calling and what they may touch: `Principal`, and `ScopedService`, the guard every transport uses.

Every MCP tool, resource, prompt and web route calls MemoryService through a ScopedService, whose
methods have MemoryService's signatures and run one check first (`_allow`): the user is the
principal's, the namespace is in the token's list, a read-only token is not writing, and the token is
under its rate limit. A refused call raises before anything is read or written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mcp_memory.errors import NotFoundError, PermissionDeniedError
from mcp_memory.models import (
    AppendResult,
    Event,
    Memory,
    MemoryItem,
    MemoryPage,
    RecalledMemory,
    RememberResult,
    SessionState,
    TurnResult,
    validate_arg,
)
from mcp_memory.ratelimit import RateLimiter
from mcp_memory.service import MemoryService, MemoryVectors


@dataclass(frozen=True)
class Principal:
    """The identity a request acts as.

    `namespaces` None means every namespace of `user`; `token_id` is None for the local user (stdio,
    `--no-auth`, or loopback before any token exists), which is never rate limited.
    """

    user: str
    namespaces: tuple[str, ...] | None = None
    read_only: bool = False
    token_id: str | None = None

    @classmethod
    def local(cls, user: str) -> Principal:
        return cls(user=user)


class ScopedService:
    """MemoryService as one principal may use it (same method signatures, `user` first)."""

    def __init__(
        self, service: MemoryService, principal: Principal, limiter: RateLimiter | None = None
    ) -> None:
        self.service = service
        self.principal = principal
        self.limiter = limiter

    @classmethod
    def for_principal(cls, service: MemoryService, principal: Principal) -> ScopedService:
        """The guard with the settings' rate limit (tokens only: the local user is never limited)."""
        settings = service.settings
        limiter = None
        if principal.token_id is not None and settings.rate_limit_calls > 0:
            limiter = RateLimiter(
                service.backend.client,
                service.keys,
                settings.rate_limit_calls,
                settings.rate_limit_window_seconds,
            )
        return cls(service, principal, limiter)

    @property
    def user(self) -> str:
        return self.principal.user

    @property
    def default_namespace(self) -> str:
        """A scoped token's first namespace, else the configured one."""
        scoped = self.principal.namespaces
        return scoped[0] if scoped else self.service.settings.namespace

    def _allow(self, user: str, *, write: bool, namespace: str | None = None) -> str:
        """The one check: raises PermissionDeniedError or RateLimitedError; returns the namespace to use."""
        who = self.principal
        if user != who.user:
            raise PermissionDeniedError("this token acts for another user")
        if write and who.read_only:
            raise PermissionDeniedError("this token is read-only")
        effective = namespace or self.default_namespace
        if who.namespaces is not None and effective not in who.namespaces:
            raise PermissionDeniedError(
                f"namespace {effective[:128]!r} is outside this token's scope "
                f"(allowed: {', '.join(who.namespaces)})"
            )
        if self.limiter is not None and who.token_id is not None:
            self.limiter.hit(who.token_id)
        return effective

    # --- working memory (per user; namespaces do not apply) ----------------------------------

    def start_session(
        self, user: str, thread_id: str | None = None, goal: str = "", agent: str = ""
    ) -> SessionState:
        self._allow(user, write=True)
        return self.service.start_session(user, thread_id, goal=goal, agent=agent)

    def get_session(self, user: str, thread_id: str) -> SessionState:
        self._allow(user, write=False)
        return self.service.get_session(user, thread_id)

    def update_session(
        self, user: str, thread_id: str, goal: str | None = None, scratchpad: str | None = None
    ) -> SessionState:
        self._allow(user, write=True)
        return self.service.update_session(user, thread_id, goal=goal, scratchpad=scratchpad)

    def end_session(self, user: str, thread_id: str) -> None:
        self._allow(user, write=True)
        self.service.end_session(user, thread_id)

    def list_threads(self, user: str) -> list[str]:
        self._allow(user, write=False)
        return self.service.list_threads(user)

    def append_turn(self, user: str, thread_id: str, role: str, content: str) -> AppendResult:
        self._allow(user, write=True)
        return self.service.append_turn(user, thread_id, role, content)

    def list_events(
        self, user: str, thread_id: str, count: int = 20, before_id: str | None = None
    ) -> list[Event]:
        self._allow(user, write=False)
        return self.service.list_events(user, thread_id, count, before_id)

    # --- long-term memory (per user and namespace) ---------------------------------------------

    def remember(
        self,
        user: str,
        text: str,
        kind: str = "semantic",
        namespace: str | None = None,
        thread_id: str | None = None,
        ttl_seconds: int | None = None,
    ) -> RememberResult:
        namespace = self._allow(user, write=True, namespace=namespace)
        return self.service.remember(user, text, kind, namespace, thread_id, ttl_seconds)

    def remember_many(self, user: str, items: Sequence[MemoryItem | dict[str, Any]]) -> list[RememberResult]:
        parsed = [validate_arg(MemoryItem, item, f"memory #{i}") for i, item in enumerate(items)]
        scoped = [
            item.model_copy(update={"namespace": self._allow(user, write=True, namespace=item.namespace)})
            for item in parsed
        ]
        return self.service.remember_many(user, scoped)

    def recall(
        self,
        user: str,
        query: str,
        namespace: str | None = None,
        kind: str | None = None,
        k: int = 5,
        max_distance: float | None = None,
    ) -> list[RecalledMemory]:
        namespace = self._allow(user, write=False, namespace=namespace)
        return self.service.recall(user, query, namespace, kind, k, max_distance)

    def get_memory(self, user: str, memory_id: str) -> Memory:
        self._allow(user, write=False)
        return self._in_scope(self.service.get_memory(user, memory_id))

    def list_memories(
        self,
        user: str,
        namespace: str | None = None,
        kind: str | None = None,
        limit: int = 20,
        cursor: int = 0,
    ) -> MemoryPage:
        namespace = self._allow(user, write=False, namespace=namespace)
        return self.service.list_memories(user, namespace, kind, limit, cursor)

    def forget(self, user: str, memory_id: str) -> Memory:
        self._allow(user, write=True)
        self._in_scope(self.service.get_memory(user, memory_id))
        return self.service.forget(user, memory_id)

    def memory_map(
        self, user: str, namespace: str | None = None, query: str | None = None, limit: int = 500
    ) -> MemoryVectors:
        namespace = self._allow(user, write=False, namespace=namespace)
        return self.service.memory_map(user, namespace, query, limit)

    # --- the per-turn flow: it appends a turn, so it is a write even when it remembers nothing --

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
        namespace = self._allow(user, write=True, namespace=namespace)
        return self.service.process_turn(user, thread_id, role, content, remember, namespace, k)

    def status(self) -> dict[str, Any]:
        """Server status (no user data: counts, engine, model)."""
        return self.service.status()

    def _in_scope(self, memory: Memory) -> Memory:
        """A memory of a namespace outside the token's list is reported exactly like a missing one."""
        scoped = self.principal.namespaces
        if scoped is not None and memory.namespace not in scoped:
            raise NotFoundError(f"no memory {memory.id!r}")
        return memory
