"""EventLog: what happened in a thread, one Redis Stream per thread, bounded with `XADD MAXLEN ~`."""

from __future__ import annotations

import time
from typing import Any

import redis

from mcp_memory.errors import BackendUnavailableError
from mcp_memory.keys import KeySpace
from mcp_memory.models import Event

MAX_DETAIL_CHARS = 500


class EventLog:
    """Append-only audit log per thread at `agent:events:<thread_id>`."""

    def __init__(self, client: redis.Redis, keys: KeySpace, maxlen: int = 1000) -> None:
        self.client = client
        self.keys = keys
        self.maxlen = maxlen

    def record(self, thread_id: str, action: str, detail: str = "", user: str = "") -> str:
        """Append one event (detail cut to 500 characters) and return its stream id."""
        fields: dict[Any, Any] = {
            "action": action,
            "detail": detail[:MAX_DETAIL_CHARS],
            "ts": repr(time.time()),
            "user": user,
        }
        try:
            return str(
                self.client.xadd(self.keys.events(thread_id), fields, maxlen=self.maxlen, approximate=True)
            )
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not record event: {exc}") from exc

    def recent(
        self, thread_id: str, count: int = 20, before_id: str | None = None, user: str | None = None
    ) -> list[Event]:
        """Newest first; `before_id` pages backwards (exclusive). With `user`, only that user's events."""
        upper = f"({before_id}" if before_id else "+"
        try:
            rows: Any = self.client.xrevrange(self.keys.events(thread_id), max=upper, min="-", count=count)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not read events: {exc}") from exc
        return [
            Event(
                id=event_id, action=f.get("action", ""), detail=f.get("detail", ""), ts=float(f.get("ts", 0))
            )
            for event_id, f in rows
            if user is None or f.get("user", "") == user
        ]
