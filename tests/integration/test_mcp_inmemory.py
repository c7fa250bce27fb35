"""The MCP server end to end through the SDK's in-memory client: real Redis, real model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from mcp import Client
from mcp.server.mcpserver import MCPServer
from mcp.shared.exceptions import MCPError

from mcp_memory.models import MAX_TEXT_BYTES
from mcp_memory.server import AppState
from mcp_memory.service import MemoryService
from tests.integration.mcp_helpers import call, call_error, resource_json

pytestmark = pytest.mark.anyio

TOOLS = {
    "remember",
    "recall",
    "append_turn",
    "get_session",
    "list_events",
    "start_session",
    "update_session",
    "end_session",
    "process_turn",
    "list_memories",
    "forget",
}


async def test_tools_list_shows_every_tool_with_input_and_output_schemas(
    mcp_server: MCPServer[AppState],
) -> None:
    async with Client(mcp_server) as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool.description and len(tool.description) > 40, tool.name
        assert tool.input_schema["type"] == "object"
        assert tool.output_schema is not None and tool.output_schema["type"] == "object", tool.name
    recall = tools["recall"].input_schema["properties"]
    assert recall["k"]["minimum"] == 1 and recall["k"]["maximum"] == 50
    assert "user" not in json.dumps([tool.input_schema for tool in tools.values()]).replace('"user"', "")
    assert set(tools["recall"].output_schema["properties"]) >= {"memories", "degraded", "reason"}


async def test_a_turn_recalls_a_memory_remembered_in_an_earlier_thread(
    mcp_server: MCPServer[AppState],
) -> None:
    async with Client(mcp_server) as client:
        first = (await call(client, "start_session", goal="plan a trip"))["thread_id"]
        stored = await call(
            client,
            "process_turn",
            thread_id=first,
            role="user",
            content="I am allergic to peanuts.",
            remember="semantic",
        )
        assert stored["recalled"] == []
        assert stored["remembered"]["status"] == "created"
        second = (await call(client, "start_session"))["thread_id"]
        turn = await call(
            client,
            "process_turn",
            thread_id=second,
            role="user",
            content="Do I have any food allergies?",
        )
    assert turn["turn_count"] == 1
    recalled = turn["recalled"]
    assert recalled and recalled[0]["text"] == "I am allergic to peanuts."
    assert recalled[0]["source_thread"] == first
    assert recalled[0]["id"] == stored["remembered"]["id"]


async def test_remember_reports_a_duplicate_with_the_existing_id(mcp_server: MCPServer[AppState]) -> None:
    async with Client(mcp_server) as client:
        first = await call(client, "remember", text="My favourite colour is green.")
        again = await call(client, "remember", text="My favourite colour is green")
        found = await call(client, "recall", query="what colour do I like?", k=3)
    assert first["status"] == "created"
    assert again["status"] == "duplicate"
    assert again["existing_id"] == first["id"] and again["distance"] < 0.2
    assert found["degraded"] is False
    assert [m["id"] for m in found["memories"]] == [first["id"]]
    assert {"id", "text", "kind", "distance", "created_ts", "hit_count", "source_thread"} <= set(
        found["memories"][0]
    )


@pytest.mark.parametrize(
    ("tool", "arguments", "expected"),
    [
        ("remember", {"text": ""}, "text"),
        ("remember", {"text": "   "}, "blank"),
        ("remember", {"text": "x" * (MAX_TEXT_BYTES + 1)}, "8192"),
        ("remember", {"text": "ok", "kind": "procedural"}, "kind"),
        ("remember", {"text": "ok", "ttl_seconds": 0}, "ttl_seconds"),
        ("append_turn", {"thread_id": "t1", "role": "robot", "content": "hi"}, "role"),
        ("append_turn", {"thread_id": "bad id!", "role": "user", "content": "hi"}, "thread_id"),
        ("process_turn", {"thread_id": "t1", "role": "user", "content": "é" * 4097}, "8192"),
        ("recall", {"query": "anything", "k": 0}, "k"),
        ("recall", {"query": "anything", "k": 51}, "k"),
        ("forget", {"memory_id": "../etc"}, "memory_id"),
        ("list_events", {"thread_id": "t1", "before_id": "abc"}, "before_id"),
    ],
)
async def test_bad_input_is_a_tool_error_and_writes_nothing(
    mcp_server: MCPServer[AppState],
    service: MemoryService,
    tool: str,
    arguments: dict[str, object],
    expected: str,
) -> None:
    async with Client(mcp_server) as client:
        message = await call_error(client, tool, **arguments)
    assert expected in message
    assert "[invalid_input]" in message  # one code for every bad argument, schema-checked or not
    assert service.list_memories(service.settings.user).total == 0
    assert service.list_threads(service.settings.user) == []


async def test_missing_session_and_memory_are_clear_not_found_errors(mcp_server: MCPServer[AppState]) -> None:
    async with Client(mcp_server) as client:
        session = await call_error(client, "get_session", thread_id="nope")
        forgotten = await call_error(client, "forget", memory_id="nope")
    assert session.count("[not_found]") == 1 and "nope" in session
    assert "[not_found]" in forgotten


async def test_session_tools_round_trip(mcp_server: MCPServer[AppState]) -> None:
    async with Client(mcp_server) as client:
        thread = (await call(client, "start_session", goal="write a poem", agent="bard"))["thread_id"]
        appended = await call(client, "append_turn", thread_id=thread, role="user", content="About cats.")
        updated = await call(client, "update_session", thread_id=thread, scratchpad="rhyme scheme ABAB")
        session = await call(client, "get_session", thread_id=thread)
        events = await call(client, "list_events", thread_id=thread, count=2)
        ended = await call(client, "end_session", thread_id=thread)
        gone = await call_error(client, "get_session", thread_id=thread)
    assert appended == {"thread_id": thread, "turn_count": 1, "window_size": 1}
    assert updated["scratchpad"] == "rhyme scheme ABAB"
    assert session["goal"] == "write a poem" and session["agent"] == "bard"
    assert [t["content"] for t in session["recent_turns"]] == ["About cats."]
    assert 0 < session["ttl_seconds"] <= 3600
    assert [e["action"] for e in events["events"]] == ["session_updated", "turn_appended:user"]
    assert events["next_before_id"] == events["events"][-1]["id"]
    assert ended == {"thread_id": thread, "ended": True}
    assert "[not_found]" in gone


async def test_list_memories_pages_and_forget_deletes(mcp_server: MCPServer[AppState]) -> None:
    async with Client(mcp_server) as client:
        ids = [
            (await call(client, "remember", text=text))["id"]
            for text in ("The cat is called Miso.", "The user lives in Lisbon.", "The user plays the cello.")
        ]
        first = await call(client, "list_memories", limit=2)
        second = await call(client, "list_memories", limit=2, cursor=first["next_cursor"])
        forgotten = await call(client, "forget", memory_id=ids[0])
        after = await call(client, "list_memories", limit=10)
    assert first["total"] == 3 and len(first["items"]) == 2 and first["next_cursor"] == 2
    assert len(second["items"]) == 1 and second["next_cursor"] is None
    listed = {m["id"] for m in first["items"] + second["items"]}
    assert listed == set(ids)
    assert forgotten["text"] == "The cat is called Miso."
    assert {m["id"] for m in after["items"]} == set(ids[1:])


async def test_resources_return_what_the_stores_hold(mcp_server: MCPServer[AppState]) -> None:
    async with Client(mcp_server) as client:
        templates = {t.uri_template for t in (await client.list_resource_templates()).resource_templates}
        thread = (await call(client, "start_session", goal="learn Rust"))["thread_id"]
        await call(client, "append_turn", thread_id=thread, role="user", content="What is a borrow?")
        memory = await call(client, "remember", text="The user is learning Rust.", thread_id=thread)
        session = resource_json(await client.read_resource(f"memory://sessions/{thread}"))
        events = resource_json(await client.read_resource(f"memory://sessions/{thread}/events"))
        stored = resource_json(await client.read_resource(f"memory://memories/{memory['id']}"))
        with pytest.raises(MCPError, match="not_found"):
            await client.read_resource("memory://memories/missing")
    assert templates == {
        "memory://sessions/{thread_id}",
        "memory://sessions/{thread_id}/events",
        "memory://memories/{memory_id}",
    }
    assert session["goal"] == "learn Rust" and session["recent_turns"][0]["content"] == "What is a borrow?"
    assert [e["action"] for e in events] == ["memory_created", "turn_appended:user", "session_started"]
    assert stored["text"] == "The user is learning Rust." and stored["source_thread"] == thread
    assert "embedding" not in stored


async def test_memory_context_prompt_holds_goal_turns_and_recalled_memories(
    mcp_server: MCPServer[AppState],
) -> None:
    async with Client(mcp_server) as client:
        await call(client, "remember", text="The user prefers answers in French.")
        thread = (await call(client, "start_session", goal="draft an email"))["thread_id"]
        await call(client, "append_turn", thread_id=thread, role="user", content="It is for my landlord.")
        prompt = await client.get_prompt(
            "memory_context", {"query": "Which language should the email be in?", "thread_id": thread}
        )
        with pytest.raises(MCPError, match="invalid_input"):
            await client.get_prompt("memory_context", {"query": "x", "thread_id": "bad id!"})
    context, question = (message.content.text for message in prompt.messages)  # type: ignore[union-attr]
    assert "Goal: draft an email" in context
    assert "- user: It is for my landlord." in context
    assert "The user prefers answers in French." in context
    assert question == "Which language should the email be in?"


async def test_recall_degrades_when_redis_is_unreachable_and_writes_fail_loudly(
    mcp_server: MCPServer[AppState], service: MemoryService, tmp_path: Path
) -> None:
    async with Client(mcp_server) as client:
        await call(client, "remember", text="The user has two dogs.")
        with unreachable(service, tmp_path):
            degraded = await call(client, "recall", query="how many dogs do I have?")
            failed = await call_error(client, "remember", text="The user has three cats.")
        recovered = await call(client, "recall", query="how many dogs do I have?")
    assert degraded["degraded"] is True and degraded["memories"] == []
    assert "unavailable" in degraded["reason"]
    assert "[backend_unavailable, retryable]" in failed and "not stored" in failed
    assert [m["text"] for m in recovered["memories"]] == ["The user has two dogs."]
    assert recovered["degraded"] is False


@contextmanager
def unreachable(service: MemoryService, tmp_path: Path) -> Iterator[None]:
    """Point the service's connection pool at an address where nothing listens (a real failure)."""
    pool = service.backend.client.connection_pool
    saved = dict(pool.connection_kwargs)
    pool.disconnect()
    pool.reset()  # drop the old connections: each one remembers its own address
    if "path" in saved:
        pool.connection_kwargs["path"] = str(tmp_path / "nothing-here.sock")
    else:
        pool.connection_kwargs["port"] = 1
    try:
        yield
    finally:
        pool.disconnect()
        pool.connection_kwargs.clear()
        pool.connection_kwargs.update(saved)
        pool.reset()
