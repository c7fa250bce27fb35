"""Every Redis key and index name, built in one place so the layout changes in one place."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class KeySpace:
    """Key names under one prefix (default `agent`, giving `agent:session:<thread_id>` and so on).

    Example:
        keys = KeySpace("agent")
        keys.session("t1")  # 'agent:session:t1'
        keys.index          # 'agentmem:idx'
    """

    prefix: str = "agent"

    def session(self, thread_id: str) -> str:
        return f"{self.prefix}:session:{thread_id}"

    def user_threads(self, user: str) -> str:
        return f"{self.prefix}:threads:{_digest(user)}"

    def events(self, thread_id: str) -> str:
        return f"{self.prefix}:events:{thread_id}"

    @property
    def memory_prefix(self) -> str:
        return f"{self.prefix}:mem:"

    def memory(self, memory_id: str) -> str:
        return f"{self.memory_prefix}{memory_id}"

    def memory_hits(self, memory_id: str) -> str:
        """Recall/dedup hit counter beside a JSON memory (search engine): see engines/search.py."""
        return f"{self.prefix}:memhits:{memory_id}"

    @property
    def index(self) -> str:
        return f"{self.prefix}mem:idx"

    def scope_members(self, user: str, namespace: str) -> str:
        """Sorted Set of memory ids in one user+namespace (client-side engine)."""
        return f"{self.prefix}:scope:{_digest(user, namespace)}"

    def scope_kind_members(self, user: str, namespace: str, kind: str) -> str:
        """Sorted Set of memory ids of one kind in one user+namespace (client-side engine)."""
        return f"{self.prefix}:scope:{_digest(user, namespace)}:{kind}"

    def scope_journal(self, user: str, namespace: str) -> str:
        """Stream of the ids each write in one user+namespace added or removed (client-side engine cache)."""
        return f"{self.prefix}:journal:{_digest(user, namespace)}"

    def dedup_lock(self, user: str, namespace: str, kind: str) -> str:
        return f"{self.prefix}:lock:dedup:{_digest(user, namespace, kind)}"

    def token(self, digest: str) -> str:
        """Hash of one access token, named by the SHA-256 hex digest of the token (never the token)."""
        return f"{self.prefix}:token:{digest}"

    @property
    def tokens(self) -> str:
        """Set of every token digest: `token list` reads it instead of scanning keys."""
        return f"{self.prefix}:tokens"

    def rate_limit(self, token_id: str) -> str:
        """Sorted Set of one token's recent calls (sliding-window rate limit)."""
        return f"{self.prefix}:ratelimit:{token_id}"


def _digest(*parts: str) -> str:
    """A fixed-length, key-safe name for user-supplied values (any text may be a user id)."""
    joined = "\x1f".join(parts).encode("utf-8")
    return hashlib.sha256(joined).hexdigest()[:32]
