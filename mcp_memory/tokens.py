"""Access tokens for remote clients: each one scoped to a user, optionally to namespaces, and read-only.

A token is shown once, at creation. Redis keeps only its SHA-256 digest, so a leaked dump of Redis
does not leak usable tokens, and a lookup is one HGETALL on `<prefix>:token:<digest>`. A Set of
digests (`<prefix>:tokens`) lists them without KEYS. Expiry is checked on every lookup and also set
as the key's EXPIREAT, so expired tokens vanish by themselves.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass

import redis
from redis.typing import EncodableT, FieldT

from mcp_memory.errors import BackendUnavailableError, InvalidInputError, NotFoundError
from mcp_memory.keys import KeySpace
from mcp_memory.models import Namespace, UserId, validate_arg

TOKEN_PREFIX = "mcpm_"
TOKEN_BYTES = 32
MAX_TOKEN_CHARS = 256  # anything longer is not one of ours: refused before hashing
MAX_NAMESPACES = 64
MIN_ID_PREFIX = 6
_NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_DURATION = re.compile(r"^(\d{1,6})([smhdw])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


@dataclass(frozen=True)
class TokenRecord:
    """What a token grants (never the token itself)."""

    digest: str
    user: str
    name: str
    namespaces: tuple[str, ...] | None  # None: every namespace of the user
    read_only: bool
    created_ts: float
    expires_ts: float | None

    @property
    def id(self) -> str:
        """Short public id (a digest prefix): safe to log and show, used to revoke."""
        return self.digest[:12]

    def expired(self, now: float | None = None) -> bool:
        return self.expires_ts is not None and self.expires_ts <= (time.time() if now is None else now)


def digest_of(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def parse_duration(text: str) -> int:
    """`30d`, `12h`, `90m`, `3600s`, `2w` as seconds; InvalidInputError otherwise."""
    match = _DURATION.match(text.strip().lower())
    if not match or int(match.group(1)) == 0:
        raise InvalidInputError(f"invalid duration {text!r}: use a positive number and s, m, h, d or w (30d)")
    return int(match.group(1)) * _UNIT_SECONDS[match.group(2)]


class TokenStore:
    """Create, look up, list and revoke access tokens in Redis."""

    def __init__(self, client: redis.Redis, keys: KeySpace) -> None:
        self.client = client
        self.keys = keys

    def create(
        self,
        user: str,
        namespaces: Sequence[str] = (),
        read_only: bool = False,
        expires: int | None = None,
        name: str | None = None,
    ) -> tuple[str, TokenRecord]:
        """A new token and its record. The token is returned here and nowhere else, ever.

        Args:
            user: The user every call with this token acts as.
            namespaces: Namespaces it may touch (empty: all of the user's).
            read_only: Refuse writes.
            expires: Lifetime in seconds (None: no expiry).
            name: A unique label for `list` and `revoke` (default: derived from the id).
        """
        user = validate_arg(UserId, user, "user")
        if len(namespaces) > MAX_NAMESPACES:
            raise InvalidInputError(f"at most {MAX_NAMESPACES} namespaces per token")
        scoped = tuple(dict.fromkeys(validate_arg(Namespace, ns, "namespace") for ns in namespaces))
        if expires is not None and expires <= 0:
            raise InvalidInputError("expires must be a positive number of seconds")
        if name is not None and not _NAME.match(name):
            raise InvalidInputError(f"invalid name {name!r}: 1-64 of A-Z a-z 0-9 _ . : -")
        token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        digest = digest_of(token)
        now = time.time()
        record = TokenRecord(
            digest=digest,
            user=user,
            name=name or f"token-{digest[:12]}",
            namespaces=scoped or None,
            read_only=read_only,
            created_ts=now,
            expires_ts=now + expires if expires else None,
        )
        if any(other.name == record.name for other in self.list()):
            raise InvalidInputError(f"a token named {record.name!r} exists; revoke it or pick another name")
        fields: dict[FieldT, EncodableT] = {
            "user": record.user,
            "name": record.name,
            "namespaces": json.dumps(list(scoped)) if scoped else "",
            "read_only": "1" if read_only else "0",
            "created_ts": repr(now),
            "expires_ts": repr(record.expires_ts) if record.expires_ts else "",
        }
        try:
            with self.client.pipeline(transaction=True) as pipe:
                pipe.hset(self.keys.token(digest), mapping=fields)
                if record.expires_ts:
                    pipe.expireat(self.keys.token(digest), int(record.expires_ts) + 1)
                pipe.sadd(self.keys.tokens, digest)
                pipe.execute()
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not store the token: {exc}") from exc
        return token, record

    def verify(self, token: str) -> TokenRecord | None:
        """The live record of `token`, or None if it is unknown, revoked or expired (one HGETALL)."""
        if not token or len(token) > MAX_TOKEN_CHARS:
            return None
        record = self._load(digest_of(token))
        return None if record is None or record.expired() else record

    def list(self, user: str | None = None) -> list[TokenRecord]:
        """Live tokens (of `user`, or all), oldest first; forgets digests whose key expired."""
        try:
            digests = sorted(str(d) for d in self.client.smembers(self.keys.tokens))
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not list tokens: {exc}") from exc
        records: list[TokenRecord] = []
        for digest in digests:
            record = self._load(digest)
            if record is None or record.expired():
                self._drop(digest)
                continue
            if user is None or record.user == user:
                records.append(record)
        return sorted(records, key=lambda r: r.created_ts)

    def count(self) -> int:
        """How many tokens exist (expired ones included until `list` prunes them): O(1)."""
        try:
            return int(self.client.scard(self.keys.tokens))
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not count tokens: {exc}") from exc

    def revoke(self, name_or_id: str) -> TokenRecord:
        """Delete the token with this name, or whose id (digest prefix, >= 6 hex chars) starts so.

        Takes effect on the next request: every request looks the token up again.
        """
        records = self.list()
        matches = [r for r in records if r.name == name_or_id]
        if not matches and len(name_or_id) >= MIN_ID_PREFIX and re.fullmatch(r"[0-9a-f]+", name_or_id):
            matches = [r for r in records if r.digest.startswith(name_or_id)]
        if not matches:
            raise NotFoundError(f"no token named {name_or_id!r} or with that id")
        if len(matches) > 1:
            raise InvalidInputError(f"{name_or_id!r} matches {len(matches)} tokens; give more of the id")
        self._drop(matches[0].digest)
        return matches[0]

    def _load(self, digest: str) -> TokenRecord | None:
        try:
            raw: dict[str, str] = self.client.hgetall(self.keys.token(digest))  # type: ignore[assignment]
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not look up the token: {exc}") from exc
        if not raw or "user" not in raw:
            return None
        return TokenRecord(
            digest=digest,
            user=raw["user"],
            name=raw.get("name", ""),
            namespaces=tuple(json.loads(raw["namespaces"])) if raw.get("namespaces") else None,
            read_only=raw.get("read_only") == "1",
            created_ts=float(raw.get("created_ts") or 0),
            expires_ts=float(raw["expires_ts"]) if raw.get("expires_ts") else None,
        )

    def _drop(self, digest: str) -> None:
        try:
            with self.client.pipeline(transaction=True) as pipe:
                pipe.delete(self.keys.token(digest))
                pipe.srem(self.keys.tokens, digest)
                pipe.execute()
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"could not delete the token: {exc}") from exc
