"""Remote access through real HTTP clients on a loopback port: tokens, scopes, read-only, limits, Host checks.

uvicorn serves build_app in a thread over the test's MemoryService (shared model, own key prefix);
tokens are created with TokenStore on the same Redis, as `mcp-memory token create` does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.from_thread
import httpx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from mcp import Client
from mcp.client.sse import sse_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client
from mcp.shared.exceptions import MCPError

from mcp_memory.cli import main
from mcp_memory.config import Settings
from mcp_memory.errors import InvalidInputError
from mcp_memory.server.auth import NO_AUTH
from mcp_memory.server.http import build_app
from mcp_memory.service import MemoryService
from mcp_memory.tokens import TokenStore
from tests.integration.mcp_helpers import call, call_error, text
from tests.live_server import serve_app

pytestmark = pytest.mark.anyio

JSON_RPC = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
INITIALIZE = (
    b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",'
    b'"capabilities":{},"clientInfo":{"name":"t","version":"1"}}}'
)


@pytest.fixture
def tokens(service: MemoryService) -> TokenStore:
    return TokenStore(service.backend.client, service.keys)


@pytest.fixture
def base(settings: Settings, service: MemoryService) -> Iterator[str]:
    """The HTTP app with its default policy on loopback: tokens required as soon as one exists."""
    with serve_app(build_app(settings, service=service)) as url:
        yield url


@asynccontextmanager
async def mcp_client(base: str, token: str, transport: str = "http") -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {token}"}
    with anyio.fail_after(60):
        if transport == "sse":
            async with Client(sse_client(f"{base}/sse", headers=headers)) as client:
                yield client
            return
        http = create_mcp_http_client(headers=headers)
        async with http, Client(streamable_http_client(f"{base}/mcp", http_client=http)) as client:
            yield client


async def _post_initialize(base: str, headers: dict[str, str]) -> httpx.Response:
    async with httpx.AsyncClient(timeout=30) as http:
        return await http.post(f"{base}/mcp", headers={**JSON_RPC, **headers}, content=INITIALIZE)


# --- 401: no token, wrong token, revoked, expired ---------------------------------------------------


def _expire(store: TokenStore, digest: str) -> None:
    store.client.hset(store.keys.token(digest), "expires_ts", "1000")


@pytest.mark.parametrize("case", ["missing", "wrong", "revoked", "expired", "not bearer"])
async def test_requests_without_a_valid_token_get_401(base: str, tokens: TokenStore, case: str) -> None:
    token, record = tokens.create("alice")
    tokens.create("bob")  # keeps auth on after a revoke
    if case == "revoked":
        tokens.revoke(record.name)
    if case == "expired":
        _expire(tokens, record.digest)
    header = {
        "missing": {},
        "wrong": {"Authorization": "Bearer mcpm_" + "x" * 43},
        "not bearer": {"Authorization": f"Basic {token}"},
    }.get(case, {"Authorization": f"Bearer {token}"})
    async with httpx.AsyncClient(timeout=30) as http:
        responses = [
            await http.post(f"{base}/mcp", headers={**JSON_RPC, **header}, content=INITIALIZE),
            await http.get(f"{base}/sse", headers=header),
            await http.post(
                f"{base}/messages/?session_id=" + "0" * 32, headers={**JSON_RPC, **header}, content=b"{}"
            ),
            await http.get(f"{base}/api/memories", headers=header),
            await http.get(f"{base}/api/info", headers=header),
        ]
    for response in responses:
        assert response.status_code == 401, (response.request.url, response.text)
        assert response.headers["www-authenticate"].startswith("Bearer")


async def test_a_valid_token_passes_and_revocation_applies_to_the_next_request(
    base: str, tokens: TokenStore
) -> None:
    token, _ = tokens.create("alice", name="laptop")
    tokens.create("bob")
    bearer = {"Authorization": f"Bearer {token}"}
    before = await _post_initialize(base, bearer)
    tokens.revoke("laptop")
    after = await _post_initialize(base, bearer)
    assert before.status_code == 200
    assert after.status_code == 401


async def test_loopback_without_tokens_serves_the_local_user_until_one_exists(
    base: str, tokens: TokenStore, settings: Settings
) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        open_info = await http.get(f"{base}/api/info")
        tokens.create("alice")
        closed_info = await http.get(f"{base}/api/info")
    assert open_info.status_code == 200 and open_info.json()["user"] == settings.user
    assert closed_info.status_code == 401


async def test_no_auth_serves_the_local_user_even_when_tokens_exist(
    settings: Settings, service: MemoryService, tokens: TokenStore
) -> None:
    tokens.create("alice")
    with serve_app(build_app(settings, service=service, auth=NO_AUTH)) as url:
        async with httpx.AsyncClient(timeout=30) as http:
            info = await http.get(f"{url}/api/info")
    assert info.status_code == 200 and info.json()["user"] == settings.user


# --- the token decides the user: alice never reaches bob's data ----------------------------------


async def _bobs_data(base: str, token: str) -> dict[str, Any]:
    async with mcp_client(base, token) as bob:
        memory = await call(bob, "remember", text="Bob's bank PIN is 4711.")
        thread = (await call(bob, "start_session", goal="bob's plan"))["thread_id"]
        await call(bob, "append_turn", thread_id=thread, role="user", content="bob's secret turn")
    return {"memory_id": memory["id"], "thread": thread}


@pytest.mark.parametrize("transport", ["http", "sse"])
async def test_alice_cannot_read_or_change_bobs_memories_or_sessions(
    base: str, tokens: TokenStore, service: MemoryService, transport: str
) -> None:
    alice_token, _ = tokens.create("alice")
    bob_token, _ = tokens.create("bob")
    bob = await _bobs_data(base, bob_token)
    memory_id, thread = bob["memory_id"], bob["thread"]
    async with mcp_client(base, alice_token, transport) as alice:
        recalled = await call(alice, "recall", query="What is Bob's bank PIN?", max_distance=2)
        listed = await call(alice, "list_memories")
        own = await call(alice, "remember", text="Alice likes tea.")
        refused = {
            "get_session": await call_error(alice, "get_session", thread_id=thread),
            "list_events": await call_error(alice, "list_events", thread_id=thread),
            "forget": await call_error(alice, "forget", memory_id=memory_id),
            "append_turn": await call_error(
                alice, "append_turn", thread_id=thread, role="user", content="hi"
            ),
            "update_session": await call_error(alice, "update_session", thread_id=thread, goal="mine now"),
            "end_session": await call_error(alice, "end_session", thread_id=thread),
            "start_session": await call_error(alice, "start_session", thread_id=thread),
            "process_turn": await call_error(
                alice, "process_turn", thread_id=thread, role="user", content="hi", remember="semantic"
            ),
        }
        with pytest.raises(MCPError) as resource:
            await alice.read_resource(f"memory://memories/{memory_id}")
    assert [m["id"] for m in recalled["memories"]] == [own["id"]] or recalled["memories"] == []
    assert all(m["user"] == "alice" for m in recalled["memories"])
    assert listed["items"] == []
    for tool, message in refused.items():
        assert "[not_found]" in message, (tool, message)
    assert "4711" not in str(resource.value)
    # bob's data is untouched
    session = service.get_session("bob", thread)
    assert session.goal == "bob's plan"
    assert [t.content for t in session.recent_turns] == ["bob's secret turn"]
    assert service.get_memory("bob", memory_id).text == "Bob's bank PIN is 4711."
    assert service.list_memories("alice").total == 1


# --- namespaces and read-only ---------------------------------------------------------------------


async def test_a_namespace_outside_the_token_scope_is_refused_and_nothing_is_written(
    base: str, tokens: TokenStore, service: MemoryService
) -> None:
    home = service.remember("alice", "Alice's home address is 1 Elm Street.", namespace="home")
    token, _ = tokens.create("alice", ["work"])
    async with mcp_client(base, token) as client:
        stored = await call(client, "remember", text="The quarterly report is due Friday.")
        errors = [
            await call_error(client, "remember", text="A private note.", namespace="home"),
            await call_error(client, "recall", query="home address", namespace="home"),
            await call_error(client, "list_memories", namespace="home"),
            await call_error(
                client, "process_turn", thread_id="t1", role="user", content="hello", namespace="home"
            ),
        ]
        hidden = [
            await call_error(client, "forget", memory_id=home.id),
        ]
        recalled = await call(client, "recall", query="Alice's home address", max_distance=2)
    assert all("[permission_denied]" in e and "outside this token's scope" in e for e in errors)
    assert all("[not_found]" in e for e in hidden)
    assert service.get_memory("alice", stored["id"]).namespace == "work"
    assert [m.id for m in service.list_memories("alice", namespace="home").items] == [home.id]
    assert all(m["namespace"] == "work" for m in recalled["memories"])
    with pytest.raises(Exception, match="no session"):
        service.get_session("alice", "t1")


async def test_a_read_only_token_reads_but_cannot_write(
    base: str, tokens: TokenStore, service: MemoryService
) -> None:
    fact = service.remember("alice", "Alice is allergic to peanuts.")
    thread = service.start_session("alice", goal="lunch").thread_id
    token, _ = tokens.create("alice", read_only=True)
    async with mcp_client(base, token) as client:
        reads = [
            await call(client, "recall", query="What is Alice allergic to?"),
            await call(client, "list_memories"),
            await call(client, "get_session", thread_id=thread),
            await call(client, "list_events", thread_id=thread),
        ]
        writes = {
            "remember": await call_error(client, "remember", text="Alice likes peanuts now."),
            "append_turn": await call_error(
                client, "append_turn", thread_id=thread, role="user", content="x"
            ),
            "process_turn": await call_error(
                client, "process_turn", thread_id=thread, role="user", content="x"
            ),
            "start_session": await call_error(client, "start_session"),
            "update_session": await call_error(client, "update_session", thread_id=thread, goal="g"),
            "end_session": await call_error(client, "end_session", thread_id=thread),
            "forget": await call_error(client, "forget", memory_id=fact.id),
        }
    assert [m["id"] for m in reads[0]["memories"]] == [fact.id]
    assert reads[2]["goal"] == "lunch"
    for tool, message in writes.items():
        assert "[permission_denied]" in message and "read-only" in message, (tool, message)
    assert service.list_memories("alice").total == 1
    assert service.get_session("alice", thread).turn_count == 0
    assert service.list_threads("alice") == [thread]


async def test_web_api_applies_the_token_scope(base: str, tokens: TokenStore, service: MemoryService) -> None:
    service.remember("bob", "Bob's secret.")
    token, _ = tokens.create("alice", read_only=True)
    bearer = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(timeout=30) as http:
        info = await http.get(f"{base}/api/info", headers=bearer)
        listed = await http.get(f"{base}/api/memories", headers=bearer)
        write = await http.post(
            f"{base}/api/threads", headers={**bearer, "Content-Type": "application/json"}, json={}
        )
    assert info.json()["user"] == "alice"
    assert info.json()["memories"] == 0  # bob's memory is not even counted for alice's token
    assert info.json()["index"] == {}
    assert listed.json()["items"] == []
    assert write.status_code == 403 and write.json()["error"]["code"] == "permission_denied"


# --- hostile input never crosses a scope --------------------------------------------------------

HOSTILE = st.one_of(
    st.text(alphabet='|*{}@-"\\ :()[]~%$^', min_size=1, max_size=40),
    st.text(min_size=1, max_size=60),
    st.text(alphabet="aé漢😀\u202e\u0000\t", min_size=1, max_size=200),
    st.sampled_from(["*", "@user:{*}", "-", '"', "\\", "a" * 129, "x" * 9000, " lead", "default", "victim"]),
)


@pytest.fixture
def hostile_world(base: str, tokens: TokenStore, service: MemoryService) -> dict[str, Any]:
    victim = service.remember("victim", "The victim's diary says: meet at noon.", namespace="default")
    return {"base": base, "tokens": tokens, "service": service, "victim": victim.id}


@pytest.mark.slow
@hyp_settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(user=HOSTILE, namespace=HOSTILE, content=HOSTILE)
def test_hostile_users_namespaces_and_texts_find_no_other_scope(
    hostile_world: dict[str, Any], user: str, namespace: str, content: str
) -> None:
    anyio.run(_hostile_round, hostile_world, user, namespace, content)


async def _hostile_round(world: dict[str, Any], user: str, namespace: str, content: str) -> None:
    store: TokenStore = world["tokens"]
    if user == "victim":
        user = "victim2"
    try:
        token, _ = store.create(user, [namespace])
    except InvalidInputError:  # the only way a hostile user id or namespace may be refused
        return
    try:
        async with mcp_client(world["base"], token) as client:
            results = [
                await client.call_tool("remember", {"text": content, "namespace": namespace}),
                await client.call_tool(
                    "recall", {"query": content, "namespace": namespace, "max_distance": 2}
                ),
                await client.call_tool("recall", {"query": "the victim's diary", "max_distance": 2}),
                await client.call_tool("list_memories", {"namespace": namespace, "limit": 200}),
                await client.call_tool("list_memories", {"namespace": "default"}),
                await client.call_tool("forget", {"memory_id": world["victim"]}),
                await client.call_tool(
                    "process_turn", {"thread_id": "t", "role": "user", "content": content}
                ),
            ]
    finally:
        store.revoke(_record_name(store, token))
    for result in results:
        if result.is_error:
            message = text(result)
            assert any(
                code in message for code in ("[invalid_input]", "[not_found]", "[permission_denied]")
            ), message
            continue
        payload = str(result.structured_content)
        assert "victim's diary" not in payload
        for memory in _memories(result.structured_content or {}):
            assert memory["user"] == user and memory["namespace"] == namespace
    assert world["service"].get_memory("victim", world["victim"]).user == "victim"


def _memories(content: dict[str, Any]) -> list[dict[str, Any]]:
    found = content.get("memories") or content.get("items") or content.get("recalled") or []
    return list(found)


def _record_name(store: TokenStore, token: str) -> str:
    record = store.verify(token)
    assert record is not None
    return record.name


# --- HTTP hardening ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/health", "/api/info", "/static/app.js", "/mcp", "/sse"])
async def test_a_foreign_host_header_is_refused_on_every_route(base: str, path: str) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.get(f"{base}{path}", headers={"Host": "evil.example"})
        same = await http.get(f"{base}/health")
    assert response.status_code == 421
    assert same.status_code == 200


async def test_a_foreign_origin_is_refused(base: str) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.get(f"{base}/api/info", headers={"Origin": "http://evil.example"})
    assert response.status_code == 403


async def test_a_body_over_the_limit_gets_413(base: str, tokens: TokenStore) -> None:
    token, _ = tokens.create("alice")
    bearer = {"Authorization": f"Bearer {token}"}
    big = b'{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":"' + b"a" * (2 * 1024 * 1024) + b'"}}'
    async with httpx.AsyncClient(timeout=30) as http:
        mcp = await http.post(f"{base}/mcp", headers={**JSON_RPC, **bearer}, content=big)
        api = await http.post(f"{base}/api/threads", headers={**JSON_RPC, **bearer}, content=big)
    assert mcp.status_code == 413
    assert api.status_code == 413


# --- rate limit -----------------------------------------------------------------------------------


async def test_a_token_over_its_rate_limit_is_refused_while_another_still_works(
    settings: Settings, service: MemoryService
) -> None:
    limited = settings.model_copy(update={"rate_limit_calls": 3, "rate_limit_window_seconds": 600})
    own = MemoryService(limited, service.backend, service.embedder)  # shares the fixture's connection
    store = TokenStore(own.backend.client, own.keys)
    busy, _ = store.create("alice")
    other, _ = store.create("bob")
    with serve_app(build_app(limited, service=own)) as url:
        async with mcp_client(url, busy) as client:
            admitted = [await call(client, "list_memories") for _ in range(3)]
            refused = await call_error(client, "list_memories")
        async with mcp_client(url, other) as client:
            still_fine = await call(client, "list_memories")
    assert len(admitted) == 3
    assert "[rate_limited, retryable]" in refused
    assert "3 calls per 600 s" in refused and "retry in" in refused
    assert still_fine["items"] == []


# --- CLI ------------------------------------------------------------------------------------------


def _cli(redis_url: str, key_prefix: str) -> Callable[..., Any]:
    runner = CliRunner()

    def invoke(*args: str) -> Any:
        return runner.invoke(main, ["--redis-url", redis_url, *args], env={"MEMORY_KEY_PREFIX": key_prefix})

    return invoke


def test_token_cli_creates_lists_and_revokes(redis_url: str, key_prefix: str, tokens: TokenStore) -> None:
    cli = _cli(redis_url, key_prefix)
    created = cli(
        "token",
        "create",
        "--user",
        "alice",
        "--namespace",
        "work",
        "--read-only",
        "--expires",
        "30d",
        "--name",
        "laptop",
    )
    token = created.stdout.strip().splitlines()[-1]
    listed = cli("token", "list")
    record = tokens.verify(token)
    revoked = cli("token", "revoke", "laptop")
    assert created.exit_code == 0, created.output
    assert record is not None and (record.user, record.namespaces, record.read_only) == (
        "alice",
        ("work",),
        True,
    )
    assert "laptop" in listed.stdout and token not in listed.stdout and "read-only" in listed.stdout
    assert revoked.exit_code == 0 and tokens.verify(token) is None


def test_serve_on_a_public_address_without_tokens_is_refused(redis_url: str, key_prefix: str) -> None:
    cli = _cli(redis_url, key_prefix)
    public = cli("serve", "--transport", "http", "--host", "0.0.0.0", "--port", "1")
    no_auth = cli("serve", "--transport", "http", "--host", "0.0.0.0", "--port", "1", "--no-auth")
    assert public.exit_code == 1 and "mcp-memory token create" in public.output
    assert no_auth.exit_code == 1 and "loopback" in no_auth.output
