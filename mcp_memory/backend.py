"""Open Redis for the stores: the embedded server, or `REDIS_URL`; detect modules; pick the engine."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from mcp_memory.config import Settings
from mcp_memory.errors import BackendUnavailableError, ConfigError
from mcp_memory.runtime import CLIENT_NAME_PREFIX, EmbeddedRedis, find_server_binary
from mcp_memory.watchdog import ServerWatchdog

logger = logging.getLogger(__name__)

REQUIRED_MODULES = {"search", "rejson"}


@dataclass
class Backend:
    """A connected Redis, the embedded server that serves it (if any), and the chosen engine."""

    client: redis.Redis
    engine: str
    modules: dict[str, int]
    server: EmbeddedRedis | None = None
    url: str = ""
    watchdog: ServerWatchdog | None = None

    def close(self) -> None:
        """Close connections, then stop the embedded server if this was its last user."""
        if self.watchdog is not None:
            self.watchdog.stop()  # first, or it would restart the server we are stopping
        self.client.close()
        if self.server is not None:
            self.server.stop()

    def info(self) -> dict[str, Any]:
        try:
            server = self.client.info("server")
        except redis.RedisError as exc:
            raise BackendUnavailableError(f"cannot reach Redis at {self.url}: {exc}") from exc
        return {
            "redis_version": server.get("redis_version") or server.get("valkey_version"),
            "server_name": server.get("server_name", "redis"),
            "modules": self.modules,
            "engine": self.engine,
            "url": self.url,
            "embedded": self.server is not None,
        }


def make_client(url: str, timeout: float) -> redis.Redis:
    """A redis-py client with RESP2 replies (the search API's parsers), timeouts and retries.

    Degradation: every command fails within about `timeout` seconds when Redis is away. Refused or
    dropped connections are retried twice with a short backoff (that is also how a client reconnects
    after a restart); a timeout is not retried, so a hung server costs one `timeout`, not three.
    Idle connections are PINGed before reuse (health check), so a restart is noticed on the next call.
    """
    return redis.Redis.from_url(
        url,
        protocol=2,
        decode_responses=True,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        health_check_interval=10,
        retry=Retry(
            ExponentialBackoff(cap=0.5, base=0.05), retries=2, supported_errors=(redis.ConnectionError,)
        ),
        client_name=f"{CLIENT_NAME_PREFIX}{os.getpid()}",
        max_connections=64,
    )


def loaded_modules(client: redis.Redis) -> dict[str, int]:
    """MODULE LIST as {name: version}; empty on servers without the command (or modules)."""
    try:
        modules = client.module_list()
    except redis.ResponseError:
        return {}
    found: dict[str, int] = {}
    for entry in modules:
        name = entry.get("name") or entry.get(b"name")
        version = entry.get("ver") or entry.get(b"ver") or 0
        if isinstance(name, bytes):
            name = name.decode()
        found[str(name).lower()] = int(version)
    return found


def choose_engine(settings: Settings, modules: dict[str, int]) -> str:
    """`search` when Search and JSON are loaded (or forced), otherwise `client`."""
    has_modules = set(modules) >= REQUIRED_MODULES
    if settings.engine == "search" and not has_modules:
        raise ConfigError("MEMORY_ENGINE=search, but this Redis has no Search and JSON modules loaded")
    if settings.engine == "auto":
        return "search" if has_modules else "client"
    return settings.engine


def open_backend(settings: Settings) -> Backend:
    """Connect to `REDIS_URL`, or start (or reuse) the embedded server in `settings.data_dir`."""
    server: EmbeddedRedis | None = None
    if settings.redis_url:
        url = settings.redis_url
    else:
        binary = find_server_binary(with_modules=settings.server_modules, flavour=settings.server)
        server = EmbeddedRedis(settings.data_dir, binary=binary)
        server.start()
        url = server.url
    client = make_client(url, settings.redis_timeout_seconds)
    try:
        client.ping()
    except redis.RedisError as exc:
        if server is not None:
            server.stop()
        raise BackendUnavailableError(f"cannot reach Redis at {url}: {exc}") from exc
    modules = loaded_modules(client)
    engine = choose_engine(settings, modules)
    logger.info(
        "Redis at %s: modules %s; long-term engine: %s",
        url,
        ", ".join(sorted(modules)) or "none",
        engine,
    )
    watchdog = None
    if server is not None and settings.server_watchdog_seconds > 0:
        watchdog = ServerWatchdog(server, settings.server_watchdog_seconds)
        watchdog.start()
    return Backend(client=client, engine=engine, modules=modules, server=server, url=url, watchdog=watchdog)
