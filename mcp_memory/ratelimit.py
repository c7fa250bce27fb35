"""A sliding-window rate limit per access token, kept in Redis so every server process shares it.

One Sorted Set per token holds the times of its calls in the last window; a Lua script trims it,
counts and admits or refuses atomically, on the Redis clock (so server processes may disagree on time).
"""

from __future__ import annotations

import secrets

import redis

from mcp_memory.errors import BackendUnavailableError, MCPMemoryError
from mcp_memory.keys import KeySpace

# KEYS[1] the token's window; ARGV: limit, window in microseconds, a unique member.
# Returns {1, 0} when admitted, {0, microseconds until the oldest call leaves the window} otherwise.
_SLIDING_WINDOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
  return {1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, tonumber(oldest[2]) + window - now}
"""


class RateLimitedError(MCPMemoryError):
    """The token made more calls in the window than its limit; retry after `retry_after` seconds."""

    code = "rate_limited"
    retryable = True

    def __init__(self, limit: int, window_seconds: float, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"rate limit of {limit} calls per {window_seconds:g} s reached for this token; "
            f"retry in {retry_after:.1f} s"
        )


class RateLimiter:
    """Admit at most `limit` calls per `window_seconds` for each token id (limit 0: no limit)."""

    def __init__(self, client: redis.Redis, keys: KeySpace, limit: int, window_seconds: float) -> None:
        self.keys = keys
        self.limit = limit
        self.window_seconds = window_seconds
        self._script = client.register_script(_SLIDING_WINDOW)  # EVALSHA, loaded on first use

    def hit(self, token_id: str) -> None:
        """Count one call of `token_id`; RateLimitedError (nothing counted) when over the limit."""
        if self.limit <= 0:
            return
        window_us = max(1, int(self.window_seconds * 1_000_000))
        try:
            admitted, wait_us = self._script(
                keys=[self.keys.rate_limit(token_id)], args=[self.limit, window_us, secrets.token_hex(8)]
            )
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not check the rate limit: {exc}") from exc
        if not int(admitted):
            raise RateLimitedError(self.limit, self.window_seconds, max(int(wait_us), 0) / 1_000_000)
