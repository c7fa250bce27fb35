"""Restart the embedded Redis if it dies under a running process (crash, OOM kill, `kill -9`).

A daemon thread pings the server every few seconds; when it does not answer, it is started again on
the same data dir (the AOF brings the data back) and the event is logged. Clients reconnect by
themselves (redis-py retries on connection errors), so callers only see errors while it is down.
"""

from __future__ import annotations

import logging
import threading

from mcp_memory.errors import MCPMemoryError
from mcp_memory.runtime import EmbeddedRedis

logger = logging.getLogger(__name__)


class ServerWatchdog:
    """Keep one EmbeddedRedis running; `start()` and `stop()` it with the backend that owns it."""

    def __init__(self, server: EmbeddedRedis, interval_seconds: float = 1.0) -> None:
        self.server = server
        self.interval_seconds = interval_seconds
        self.restarts = 0
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="mcp-memory-watchdog", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop watching (before the server is shut down on purpose, or it would be restarted)."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        while not self._stopping.wait(self.interval_seconds):
            try:
                if self.server.ensure_running():
                    self.restarts += 1
                    logger.warning(
                        "embedded Redis on %s had stopped; restarted it (restart #%d, log: %s)",
                        self.server.socket_path,
                        self.restarts,
                        self.server.log_path,
                    )
            except MCPMemoryError:
                logger.exception("embedded Redis on %s could not be restarted", self.server.socket_path)
