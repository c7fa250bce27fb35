"""Bearer-token auth for the HTTP transports, built on the MCP SDK's auth hooks.

The SDK supplies the pieces: `TokenVerifier` (ours looks the token's digest up in Redis), its
`BearerAuthBackend` under Starlette's `AuthenticationMiddleware` (puts the verified identity on the
request), and `RequireAuthMiddleware` around `/mcp`, `/sse`, `/messages/` and `/api` (401 with
`WWW-Authenticate: Bearer` when there is none). One addition: on a loopback address, while no token
exists at all, a request without a token acts as the configured local user, so a fresh install works
out of the box; the first `mcp-memory token create` turns that off for the next request.

When to require auth (`prepare_auth`, run once before serving):
- `--no-auth`: no checks, loopback only, with a warning.
- loopback (default 127.0.0.1): tokens required as soon as one exists; none yet: allowed, with a warning.
- any other address: tokens always required; refuses to start while none exists.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable
from dataclasses import dataclass

import anyio.to_thread
from mcp.server.auth.middleware.auth_context import AuthContextMiddleware
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser, BearerAuthBackend
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from pydantic import AnyHttpUrl
from starlette.authentication import AuthCredentials, AuthenticationError
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, Response
from starlette.types import Scope

from mcp_memory.backend import open_backend
from mcp_memory.config import Settings
from mcp_memory.errors import BackendUnavailableError, ConfigError, PermissionDeniedError
from mcp_memory.keys import KeySpace
from mcp_memory.scope import Principal
from mcp_memory.tokens import TokenRecord, TokenStore

logger = logging.getLogger(__name__)

READ_SCOPE = "memory:read"
WRITE_SCOPE = "memory:write"
LOCAL_CLIENT_ID = "local"
CREATE_HINT = "create one with: mcp-memory token create --user <user> [--namespace N] [--read-only]"

StoreGetter = Callable[[], "TokenStore | None"]


@dataclass(frozen=True)
class AuthPolicy:
    """How the HTTP app authenticates.

    Attributes:
        enabled: Install the token checks (False only with `--no-auth`).
        allow_local: Let requests without a token act as the configured user while no token exists.
    """

    enabled: bool = True
    allow_local: bool = True


NO_AUTH = AuthPolicy(enabled=False, allow_local=False)


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (the only addresses `--no-auth` may bind)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def decide_auth(host: str, no_auth: bool, token_count: int) -> tuple[AuthPolicy, str | None]:
    """The policy for serving on `host`, and a warning to print (ConfigError when refusing to start)."""
    if no_auth:
        if not is_loopback(host):
            raise ConfigError(
                f"--no-auth is for development on a loopback address, not {host}: "
                f"drop --no-auth and {CREATE_HINT}"
            )
        return NO_AUTH, "authentication is OFF (--no-auth): any local process can read and write all memory"
    if is_loopback(host):
        if token_count == 0:
            warning = (
                "no access token exists, so local clients need none and act as the configured user; "
                f"to require tokens, {CREATE_HINT}"
            )
            return AuthPolicy(enabled=True, allow_local=True), warning
        return AuthPolicy(enabled=True, allow_local=True), None
    if token_count == 0:
        raise ConfigError(f"refusing to serve on {host} without an access token: {CREATE_HINT}")
    return AuthPolicy(enabled=True, allow_local=False), None


def prepare_auth(settings: Settings, host: str, no_auth: bool) -> AuthPolicy:
    """Count the tokens (a short Redis connection), decide the policy and log its warning."""
    count = 0
    if not no_auth:
        backend = open_backend(settings)
        try:
            count = TokenStore(backend.client, KeySpace(settings.key_prefix)).count()
        finally:
            backend.close()
    policy, warning = decide_auth(host, no_auth, count)
    if warning:
        logger.warning(warning)
    return policy


class MemoryTokenVerifier:
    """The SDK's TokenVerifier over TokenStore: a bearer token becomes an AccessToken carrying its scope."""

    def __init__(self, get_store: StoreGetter) -> None:
        self.get_store = get_store

    async def verify_token(self, token: str) -> AccessToken | None:
        store = self.get_store()
        if store is None:
            raise BackendUnavailableError("the memory service is still starting; try again")
        record = await anyio.to_thread.run_sync(store.verify, token)
        return None if record is None else access_token(record)


def access_token(record: TokenRecord) -> AccessToken:
    """The SDK's view of a token: client_id is the token id, so the SDK binds sessions to one token."""
    return AccessToken(
        token=record.id,  # the SDK keeps this in the request context: never the secret itself
        client_id=record.id,
        scopes=[READ_SCOPE] if record.read_only else [READ_SCOPE, WRITE_SCOPE],
        expires_at=int(record.expires_ts) if record.expires_ts else None,
        subject=record.user,
        claims={"name": record.name, "namespaces": list(record.namespaces) if record.namespaces else None},
    )


class MemoryAuthBackend(BearerAuthBackend):
    """The SDK's bearer backend, plus the local user on loopback while no token exists."""

    def __init__(self, verifier: MemoryTokenVerifier, policy: AuthPolicy, local_user: str) -> None:
        super().__init__(verifier)
        self.verifier = verifier
        self.policy = policy
        self.local_user = local_user

    async def authenticate(self, conn: HTTPConnection) -> tuple[AuthCredentials, AuthenticatedUser] | None:
        try:
            found = await super().authenticate(conn)
            if found is not None or "authorization" in conn.headers or not self.policy.allow_local:
                return found  # type: ignore[no-any-return]
            store = self.verifier.get_store()
            if store is None or await anyio.to_thread.run_sync(store.count) > 0:
                return None
        except BackendUnavailableError as exc:
            raise AuthenticationError(str(exc)) from exc
        local = AccessToken(
            token=LOCAL_CLIENT_ID,
            client_id=LOCAL_CLIENT_ID,
            scopes=[READ_SCOPE, WRITE_SCOPE],
            subject=self.local_user,
        )
        return AuthCredentials(local.scopes), AuthenticatedUser(local)


def _unavailable(_conn: HTTPConnection, exc: AuthenticationError) -> Response:
    """Redis down while checking a token: 503 (retry), not 401 (the token may be fine)."""
    body = {"error": {"code": "backend_unavailable", "message": str(exc), "retryable": True}}
    return JSONResponse(body, status_code=503)


def auth_middleware(verifier: MemoryTokenVerifier, policy: AuthPolicy, local_user: str) -> list[Middleware]:
    """What the SDK's own apps install when auth is on (they are not mounted whole, so build_app adds it)."""
    backend = MemoryAuthBackend(verifier, policy, local_user)
    return [
        Middleware(AuthenticationMiddleware, backend=backend, on_error=_unavailable),
        Middleware(AuthContextMiddleware),
    ]


def sdk_auth_settings() -> AuthSettings:
    """AuthSettings turn the SDK's bearer checks on. No OAuth server or resource metadata: tokens come from
    `mcp-memory token create`, so the issuer URL is a placeholder the SDK never serves or advertises."""
    return AuthSettings(issuer_url=AnyHttpUrl("http://127.0.0.1/"), resource_server_url=None)


def principal_from_scope(scope: Scope | None, settings: Settings) -> Principal:
    """The principal of an HTTP request (its verified token), or the configured user over stdio.

    Without the auth middleware (`--no-auth`, stdio, the in-memory client) there is no `user` in the
    scope and the configured user is the principal. With it, an unauthenticated request is refused
    here too, even though RequireAuthMiddleware has already answered 401 on every protected route.
    """
    if scope is None or "user" not in scope:
        return Principal.local(settings.user)
    user = scope["user"]
    if not isinstance(user, AuthenticatedUser) or not user.access_token.subject:
        raise PermissionDeniedError("authentication required")
    token = user.access_token
    if token.client_id == LOCAL_CLIENT_ID:
        return Principal.local(token.subject or settings.user)
    namespaces = (token.claims or {}).get("namespaces")
    return Principal(
        user=token.subject or "",
        namespaces=tuple(namespaces) if namespaces else None,
        read_only=WRITE_SCOPE not in token.scopes,
        token_id=token.client_id,
    )
