"""JSON routes under `/api/` for the web page: thin handlers over MemoryService, nothing else.

Each handler parses the request, calls one service method in a worker thread (the service is
synchronous: Redis and the model block), and shapes the answer. Errors of the service become JSON
`{"error": {"code", "message", "retryable"}}` with a fitting status. Writes refuse cross-site requests
(an `Origin` that is not this host), so a page on another site cannot drive a local server.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mcp_memory.config import Settings
from mcp_memory.errors import (
    BackendUnavailableError,
    EmbedderError,
    InvalidInputError,
    MCPMemoryError,
    NotFoundError,
    PermissionDeniedError,
)
from mcp_memory.models import validate_arg
from mcp_memory.ratelimit import RateLimitedError
from mcp_memory.scope import ScopedService
from mcp_memory.server.auth import principal_from_scope
from mcp_memory.service import MemoryService
from mcp_memory.web.projection import project

logger = logging.getLogger(__name__)

ServiceGetter = Callable[[], "MemoryService | None"]
Handler = Callable[[Request], Awaitable[Response]]

MAX_RECALLED_IDS = 50

_STATUS = {
    InvalidInputError: 400,
    PermissionDeniedError: 403,
    NotFoundError: 404,
    RateLimitedError: 429,
    EmbedderError: 503,
    BackendUnavailableError: 503,
}


class NewThreadRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    goal: str = ""


class SessionUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    goal: str | None = None
    scratchpad: str | None = None


class TurnRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content: str
    role: str = "user"
    remember: str = "none"
    namespace: str | None = None
    k: int = 5


def error_response(exc: MCPMemoryError) -> JSONResponse:
    status = next((code for cls, code in _STATUS.items() if isinstance(exc, cls)), 500)
    body = {"error": {"code": exc.code, "message": str(exc), "retryable": exc.retryable}}
    return JSONResponse(body, status_code=status)


def _json(model: Any) -> JSONResponse:
    """A pydantic model (or a dict of them) as JSON."""
    if isinstance(model, BaseModel):
        return JSONResponse(model.model_dump(mode="json"))
    return JSONResponse(model)


def _int_param(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise InvalidInputError(f"{name} must be an integer, got {raw!r}") from exc


def _str_param(request: Request, name: str) -> str | None:
    """A query parameter, with an empty value meaning 'not given' (HTML forms send empty fields)."""
    value = request.query_params.get(name)
    return value if value else None


async def _body(request: Request, model: type[BaseModel]) -> Any:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise InvalidInputError("send the request body as application/json")
    raw = await request.body()
    try:
        data = json.loads(raw) if raw.strip() else {}
    except json.JSONDecodeError as exc:
        raise InvalidInputError(f"the request body is not JSON: {exc}") from exc
    return validate_arg(model, data, "request body")


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    if origin is None:  # not a browser, or a same-origin GET
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


def _handler(fn: Handler) -> Handler:
    """Map service errors to JSON and refuse cross-site writes."""

    @functools.wraps(fn)
    async def wrapped(request: Request) -> Response:
        if request.method not in ("GET", "HEAD") and not _same_origin(request):
            return error_response(PermissionDeniedError("cross-site requests are refused"))
        try:
            return await fn(request)
        except MCPMemoryError as exc:
            if not isinstance(
                exc, (InvalidInputError, NotFoundError, PermissionDeniedError, RateLimitedError)
            ):
                logger.exception("web api %s %s failed", request.method, request.url.path)
            return error_response(exc)

    return wrapped


class WebApi:
    """The `/api/` routes over one MemoryService (looked up per request: it may open after start-up)."""

    def __init__(self, get_service: ServiceGetter, settings: Settings) -> None:
        self.get_service = get_service
        self.settings = settings

    def current_user(self, request: Request) -> str:
        """Whose memory the request sees: the verified token's user (server/auth.py), else the configured one."""
        return principal_from_scope(request.scope, self.settings).user

    def routes(self) -> list[Route]:
        h = _handler
        return [
            Route("/info", h(self.info), methods=["GET"]),
            Route("/threads", h(self.threads), methods=["GET"]),
            Route("/threads", h(self.new_thread), methods=["POST"]),
            Route("/threads/{thread_id}", h(self.thread), methods=["GET"]),
            Route("/threads/{thread_id}", h(self.update_thread), methods=["PATCH"]),
            Route("/threads/{thread_id}/events", h(self.events), methods=["GET"]),
            Route("/threads/{thread_id}/turns", h(self.turn), methods=["POST"]),
            Route("/recall", h(self.recall), methods=["GET"]),
            Route("/memories", h(self.memories), methods=["GET"]),
            Route("/memories/{memory_id}", h(self.delete_memory), methods=["DELETE"]),
            Route("/map", h(self.memory_map), methods=["GET"]),
        ]

    def _service(self, request: Request) -> ScopedService:
        """The service as the request's principal may use it (namespace scope, read-only, rate limit)."""
        service = self.get_service()
        if service is None:  # the lifespan has not opened it yet
            raise BackendUnavailableError("the memory service is still starting; try again")
        return ScopedService.for_principal(service, principal_from_scope(request.scope, self.settings))

    async def info(self, request: Request) -> Response:
        """Engine, memory count, index size, thresholds and model state.

        Server-wide figures (all users' memories, index size) go to the local user only: a token
        scoped to one user learns nothing about the others.
        """
        service = self._service(request)
        user = self.current_user(request)
        status = await run_in_threadpool(service.status)
        page = await run_in_threadpool(service.list_memories, user, None, None, 1, 0)
        local = service.principal.token_id is None
        return _json(
            {
                "user": user,
                "namespace": self.settings.namespace,
                "engine": status["engine"],
                "redis_version": status["redis_version"],
                "memories": status["memories"] if local else page.total,
                "user_memories": page.total,
                "index": status["index"] if local else {},
                "model": {"name": status["model"]["name"], "ready": status["model"]["ready"]},
                "recall_threshold": self.settings.recall_threshold,
                "dedup_threshold": self.settings.dedup_threshold,
                "dedup_reworded_threshold": self.settings.dedup_reworded_threshold,
                "session_ttl_seconds": self.settings.session_ttl_seconds,
            }
        )

    async def threads(self, request: Request) -> Response:
        service = self._service(request)
        found = await run_in_threadpool(service.list_threads, self.current_user(request))
        return _json({"threads": found})

    async def new_thread(self, request: Request) -> Response:
        """Start a fresh thread; long-term memory and other threads are untouched."""
        body = await _body(request, NewThreadRequest)
        service = self._service(request)
        state = await run_in_threadpool(
            functools.partial(service.start_session, self.current_user(request), goal=body.goal)
        )
        return JSONResponse(state.model_dump(mode="json"), status_code=201)

    async def thread(self, request: Request) -> Response:
        """Working memory of one thread, with its remaining TTL."""
        service = self._service(request)
        state = await run_in_threadpool(
            service.get_session, self.current_user(request), request.path_params["thread_id"]
        )
        return _json(state)

    async def update_thread(self, request: Request) -> Response:
        """Set the goal and/or scratchpad of a live thread."""
        body = await _body(request, SessionUpdate)
        service = self._service(request)
        state = await run_in_threadpool(
            functools.partial(
                service.update_session,
                self.current_user(request),
                request.path_params["thread_id"],
                goal=body.goal,
                scratchpad=body.scratchpad,
            )
        )
        return _json(state)

    async def events(self, request: Request) -> Response:
        """The thread's event log, newest first."""
        service = self._service(request)
        found = await run_in_threadpool(
            service.list_events,
            self.current_user(request),
            request.path_params["thread_id"],
            _int_param(request, "count", 50),
            _str_param(request, "before"),
        )
        return _json({"events": [e.model_dump(mode="json") for e in found]})

    async def turn(self, request: Request) -> Response:
        """The per-turn flow: append, recall (before writing), remember if asked, log."""
        body = await _body(request, TurnRequest)
        service = self._service(request)
        result = await run_in_threadpool(
            functools.partial(
                service.process_turn,
                self.current_user(request),
                request.path_params["thread_id"],
                body.role,
                body.content,
                remember=body.remember,
                namespace=body.namespace,
                k=body.k,
            )
        )
        return _json(result)

    async def recall(self, request: Request) -> Response:
        """The user's memories that answer `query`, with their distances."""
        service = self._service(request)
        query = request.query_params.get("query", "")
        recalled = await run_in_threadpool(
            functools.partial(
                service.recall,
                self.current_user(request),
                query,
                namespace=_str_param(request, "namespace"),
                kind=_str_param(request, "kind"),
                k=_int_param(request, "k", 5),
            )
        )
        return _json(
            {
                "query": query,
                "threshold": self.settings.recall_threshold,
                "recalled": [m.model_dump(mode="json") for m in recalled],
            }
        )

    async def memories(self, request: Request) -> Response:
        """A page of the user's memories, newest first, filtered by namespace and kind."""
        service = self._service(request)
        page = await run_in_threadpool(
            functools.partial(
                service.list_memories,
                self.current_user(request),
                namespace=_str_param(request, "namespace"),
                kind=_str_param(request, "kind"),
                limit=_int_param(request, "limit", 20),
                cursor=_int_param(request, "cursor", 0),
            )
        )
        return _json(page)

    async def delete_memory(self, request: Request) -> Response:
        service = self._service(request)
        memory = await run_in_threadpool(
            service.forget, self.current_user(request), request.path_params["memory_id"]
        )
        return _json({"deleted": memory.model_dump(mode="json")})

    async def memory_map(self, request: Request) -> Response:
        """The scope's memories on a 2-D PCA plane; `query` and `recalled` (ids, comma-separated) highlight."""
        service = self._service(request)
        query = _str_param(request, "query")
        recalled = [i for i in (request.query_params.get("recalled") or "").split(",") if i]
        if len(recalled) > MAX_RECALLED_IDS:
            raise InvalidInputError(f"at most {MAX_RECALLED_IDS} recalled ids")
        data = await run_in_threadpool(
            functools.partial(
                service.memory_map,
                self.current_user(request),
                namespace=_str_param(request, "namespace"),
                query=query,
                limit=_int_param(request, "limit", 500),
            )
        )
        projected = await run_in_threadpool(
            functools.partial(
                project,
                data.memories,
                data.vectors,
                query=query,
                query_vector=data.query_vector,
                recalled_ids=recalled,
            )
        )
        return _json(projected)
