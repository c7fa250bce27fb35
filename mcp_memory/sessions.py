"""SessionStore: working memory, one Redis Hash per thread, TTL refreshed by every write.

Writes run as Lua scripts so that read-modify-write (the turn window) and ownership checks are atomic:
N concurrent `append_turn`s keep all N turns counted and the newest `window` in the window.
"""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

import redis

from mcp_memory.errors import BackendUnavailableError, NotFoundError
from mcp_memory.keys import KeySpace
from mcp_memory.models import AppendResult, SessionState, Turn

# KEYS[1] session hash, KEYS[2] user's thread set.
# ARGV: user, ttl, now, agent, goal, create_only(0/1). Returns 1 if created, 0 if it existed, -1 if not owned.
_START = """
local owner = redis.call('HGET', KEYS[1], 'user')
if owner and owner ~= ARGV[1] then return -1 end
if owner and ARGV[6] == '1' then return 0 end
if not owner then
  redis.call('HSET', KEYS[1], 'thread_id', ARGV[7], 'user', ARGV[1], 'agent', ARGV[4], 'goal', ARGV[5],
    'scratchpad', '', 'turn_count', 0, 'created_ts', ARGV[3], 'last_active_ts', ARGV[3], 'recent_turns', '[]')
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('SADD', KEYS[2], ARGV[7])
if owner then return 0 end
return 1
"""

# KEYS[1] session hash, KEYS[2] user's thread set.
# ARGV: user, ttl, now, window, thread_id, turn_json. Creates the session if absent.
# Returns {turn_count, window_size} or -1 if the thread belongs to another user.
_APPEND = """
local owner = redis.call('HGET', KEYS[1], 'user')
if owner and owner ~= ARGV[1] then return -1 end
if not owner then
  redis.call('HSET', KEYS[1], 'thread_id', ARGV[5], 'user', ARGV[1], 'agent', '', 'goal', '', 'scratchpad', '',
    'turn_count', 0, 'created_ts', ARGV[3], 'recent_turns', '[]')
  redis.call('SADD', KEYS[2], ARGV[5])
end
local raw = redis.call('HGET', KEYS[1], 'recent_turns')
local turns = {}
if raw and raw ~= '[]' and raw ~= '' then turns = cjson.decode(raw) end
table.insert(turns, cjson.decode(ARGV[6]))
local window = tonumber(ARGV[4])
while #turns > window do table.remove(turns, 1) end
local encoded = {}
for i, t in ipairs(turns) do encoded[i] = cjson.encode(t) end
redis.call('HSET', KEYS[1], 'recent_turns', '[' .. table.concat(encoded, ',') .. ']', 'last_active_ts', ARGV[3])
local count = redis.call('HINCRBY', KEYS[1], 'turn_count', 1)
redis.call('EXPIRE', KEYS[1], ARGV[2])
return {count, #turns}
"""

# KEYS[1] session hash. ARGV: user, ttl, now, then field/value pairs. Returns 1, 0 if absent, -1 if not owned.
_UPDATE = """
local owner = redis.call('HGET', KEYS[1], 'user')
if not owner then return 0 end
if owner ~= ARGV[1] then return -1 end
for i = 4, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('HSET', KEYS[1], 'last_active_ts', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
"""


def new_thread_id() -> str:
    """A random, URL- and key-safe thread id."""
    return secrets.token_hex(8)


class SessionStore:
    """Working memory per thread in `agent:session:<thread_id>`, owned by one user."""

    def __init__(
        self, client: redis.Redis, keys: KeySpace, ttl_seconds: int = 3600, window: int = 20
    ) -> None:
        self.client = client
        self.keys = keys
        self.ttl_seconds = ttl_seconds
        self.window = window
        self._start = client.register_script(_START)
        self._append = client.register_script(_APPEND)
        self._update = client.register_script(_UPDATE)

    def start(
        self,
        user: str,
        thread_id: str | None = None,
        goal: str = "",
        agent: str = "",
        create_only: bool = False,
    ) -> SessionState:
        """Create a session (or refresh the caller's existing one) and return it."""
        thread_id = thread_id or new_thread_id()
        keys = [self.keys.session(thread_id), self.keys.user_threads(user)]
        argv = [user, self.ttl_seconds, time.time(), agent, goal, int(create_only), thread_id]
        result = self._call(self._start, keys, argv)
        if result == -1:
            raise NotFoundError(f"thread {thread_id!r} belongs to another user")
        return self.get(user, thread_id)

    def append_turn(self, user: str, thread_id: str, role: str, content: str) -> AppendResult:
        """Append one turn atomically (creating the session if needed), trim the window, refresh the TTL."""
        now = time.time()
        turn = json.dumps({"role": role, "content": content, "ts": now})
        keys = [self.keys.session(thread_id), self.keys.user_threads(user)]
        result = self._call(self._append, keys, [user, self.ttl_seconds, now, self.window, thread_id, turn])
        if result == -1:
            raise NotFoundError(f"no session {thread_id!r} for this user")
        count, size = result
        return AppendResult(thread_id=thread_id, turn_count=int(count), window_size=int(size))

    def update(self, user: str, thread_id: str, **fields: str) -> SessionState:
        """Set goal and/or scratchpad (fields given as keyword arguments) and refresh the TTL."""
        argv: list[Any] = [user, self.ttl_seconds, time.time()]
        for name, value in fields.items():
            argv += [name, value]
        result = self._call(self._update, [self.keys.session(thread_id)], argv)
        if result != 1:
            raise NotFoundError(f"no session {thread_id!r} (it may have expired)")
        return self.get(user, thread_id)

    def set_goal(self, user: str, thread_id: str, goal: str) -> SessionState:
        return self.update(user, thread_id, goal=goal)

    def set_scratchpad(self, user: str, thread_id: str, scratchpad: str) -> SessionState:
        return self.update(user, thread_id, scratchpad=scratchpad)

    def get(self, user: str, thread_id: str) -> SessionState:
        """The session with its remaining TTL; NotFoundError if absent, expired or another user's."""
        key = self.keys.session(thread_id)
        try:
            pipe = self.client.pipeline(transaction=False)
            pipe.hgetall(key)
            pipe.ttl(key)
            raw, ttl = pipe.execute()
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not read session {thread_id!r}: {exc}") from exc
        if not raw or raw.get("user") != user:
            raise NotFoundError(f"no session {thread_id!r} (it may have expired)")
        return SessionState(
            thread_id=raw.get("thread_id", thread_id),
            user=raw["user"],
            agent=raw.get("agent", ""),
            goal=raw.get("goal", ""),
            scratchpad=raw.get("scratchpad", ""),
            turn_count=int(raw.get("turn_count", 0)),
            created_ts=float(raw.get("created_ts", 0)),
            last_active_ts=float(raw.get("last_active_ts", raw.get("created_ts", 0))),
            recent_turns=[Turn.model_validate(t) for t in json.loads(raw.get("recent_turns") or "[]")],
            ttl_seconds=int(ttl) if ttl is not None and int(ttl) >= 0 else None,
        )

    def owner(self, thread_id: str) -> str | None:
        """The user that owns a live session, or None."""
        try:
            value = self.client.hget(self.keys.session(thread_id), "user")
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not read session {thread_id!r}: {exc}") from exc
        return str(value) if value is not None else None

    def delete(self, user: str, thread_id: str) -> None:
        """End a session: remove its Hash (the event log stays)."""
        self.get(user, thread_id)  # ownership check
        try:
            pipe = self.client.pipeline(transaction=True)
            pipe.delete(self.keys.session(thread_id))
            pipe.srem(self.keys.user_threads(user), thread_id)
            pipe.execute()
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not delete session {thread_id!r}: {exc}") from exc

    def list_threads(self, user: str) -> list[str]:
        """The user's live thread ids; expired ones are pruned from the per-user set on the way."""
        set_key = self.keys.user_threads(user)
        try:
            members = sorted(str(m) for m in self.client.smembers(set_key))
            if not members:
                return []
            pipe = self.client.pipeline(transaction=False)
            for thread_id in members:
                pipe.exists(self.keys.session(thread_id))
            alive = pipe.execute()
            dead = [t for t, ok in zip(members, alive) if not ok]
            if dead:
                self.client.srem(set_key, *dead)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not list sessions: {exc}") from exc
        return [t for t, ok in zip(members, alive) if ok]

    def count(self) -> int:
        """Number of live sessions under this prefix (SCAN: for diagnostics only)."""
        return sum(1 for _ in self.client.scan_iter(match=self.keys.session("*"), count=1000))

    @staticmethod
    def _call(script: Any, keys: list[str], argv: list[Any]) -> Any:
        try:
            return script(keys=keys, args=argv)
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"Redis failed; the change was not stored: {exc}") from exc
