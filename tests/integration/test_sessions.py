"""SessionStore against the real embedded Redis: window, TTL, atomic appends, ownership."""

from __future__ import annotations

import threading

import pytest
import redis

from mcp_memory.errors import InvalidInputError, NotFoundError
from mcp_memory.keys import KeySpace
from mcp_memory.service import MemoryService
from mcp_memory.sessions import SessionStore


def test_start_session_stores_the_design_fields_with_a_ttl(service: MemoryService) -> None:
    state = service.start_session("alice", goal="Plan next week's meetings.", agent="demo-agent")
    raw = service.backend.client.hgetall(service.keys.session(state.thread_id))
    assert set(raw) >= {
        "thread_id",
        "user",
        "agent",
        "goal",
        "scratchpad",
        "turn_count",
        "created_ts",
        "last_active_ts",
        "recent_turns",
    }
    assert raw["goal"] == "Plan next week's meetings."
    assert 3590 <= service.backend.client.ttl(service.keys.session(state.thread_id)) <= 3600
    assert state.ttl_seconds is not None and state.ttl_seconds > 3590


def test_every_write_refreshes_the_ttl(service: MemoryService) -> None:
    client = service.backend.client
    state = service.start_session("alice")
    key = service.keys.session(state.thread_id)
    for write in (
        lambda: service.append_turn("alice", state.thread_id, "user", "hello"),
        lambda: service.update_session("alice", state.thread_id, goal="new goal"),
        lambda: service.update_session("alice", state.thread_id, scratchpad="notes"),
    ):
        client.expire(key, 5)
        write()
        assert client.ttl(key) > 3000


def test_window_keeps_the_last_twenty_turns_and_counts_all(service: MemoryService) -> None:
    thread = service.start_session("alice").thread_id
    for i in range(25):
        result = service.append_turn("alice", thread, "user" if i % 2 else "assistant", f"turn {i}")
    assert result.turn_count == 25
    assert result.window_size == 20
    state = service.get_session("alice", thread)
    assert [t.content for t in state.recent_turns] == [f"turn {i}" for i in range(5, 25)]
    assert state.turn_count == 25


def test_fifty_concurrent_appends_keep_every_turn(service: MemoryService, redis_url: str) -> None:
    thread = service.start_session("alice").thread_id
    barrier = threading.Barrier(50)
    errors: list[BaseException] = []

    def append(i: int) -> None:
        client = redis.Redis.from_url(redis_url, decode_responses=True, protocol=2)  # its own connection
        store = SessionStore(client, KeySpace(service.settings.key_prefix), window=20)
        try:
            barrier.wait(timeout=30)
            store.append_turn("alice", thread, "user", f"concurrent {i}")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            client.close()

    workers = [threading.Thread(target=append, args=(i,)) for i in range(50)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert not errors
    state = service.get_session("alice", thread)
    assert state.turn_count == 50
    assert len(state.recent_turns) == 20
    assert len({t.content for t in state.recent_turns}) == 20
    assert state.ttl_seconds is not None and state.ttl_seconds > 3500


def test_append_turn_creates_a_missing_session_for_its_caller(service: MemoryService) -> None:
    result = service.append_turn("alice", "fresh-thread", "user", "first words")
    assert result.turn_count == 1
    assert service.get_session("alice", "fresh-thread").recent_turns[0].content == "first words"


def test_another_user_cannot_read_or_write_a_session(service: MemoryService) -> None:
    thread = service.start_session("alice", goal="secret plan").thread_id
    with pytest.raises(NotFoundError):
        service.get_session("bob", thread)
    with pytest.raises(NotFoundError):
        service.append_turn("bob", thread, "user", "let me in")
    with pytest.raises(NotFoundError):
        service.update_session("bob", thread, goal="hijacked")
    with pytest.raises(NotFoundError):
        service.end_session("bob", thread)
    with pytest.raises(NotFoundError):
        service.list_events("bob", thread)
    state = service.get_session("alice", thread)
    assert state.goal == "secret plan"
    assert state.turn_count == 0


def test_list_threads_uses_the_users_set_and_prunes_expired(service: MemoryService) -> None:
    first = service.start_session("alice").thread_id
    second = service.start_session("alice").thread_id
    service.start_session("bob")
    assert sorted(service.list_threads("alice")) == sorted([first, second])
    service.backend.client.delete(service.keys.session(first))  # as if it had expired
    assert service.list_threads("alice") == [second]
    assert not service.backend.client.sismember(service.keys.user_threads("alice"), first)


def test_end_session_removes_working_memory(service: MemoryService) -> None:
    thread = service.start_session("alice").thread_id
    service.end_session("alice", thread)
    with pytest.raises(NotFoundError):
        service.get_session("alice", thread)


@pytest.mark.parametrize(
    ("role", "content"),
    [("robot", "hi"), ("user", ""), ("user", "   "), ("user", "x" * 8193), ("user", "é" * 4097)],
)
def test_bad_turns_are_refused_and_nothing_is_written(
    service: MemoryService, role: str, content: str
) -> None:
    thread = service.start_session("alice").thread_id
    with pytest.raises(InvalidInputError):
        service.append_turn("alice", thread, role, content)
    assert service.get_session("alice", thread).turn_count == 0


@pytest.mark.parametrize("thread_id", ["", "a b", "x" * 129, "../etc", "t{1}", "*"])
def test_malformed_thread_ids_are_refused(service: MemoryService, thread_id: str) -> None:
    with pytest.raises(InvalidInputError, match="thread_id"):
        service.append_turn("alice", thread_id, "user", "hello")
