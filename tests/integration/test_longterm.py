"""Long-term memory through MemoryService on the real embedded Redis (Search + JSON) and the real model."""

from __future__ import annotations

import threading

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mcp_memory.config import Settings
from mcp_memory.errors import ConfigError, InvalidInputError, NotFoundError
from mcp_memory.service import MemoryService

HOSTILE_USERS = [
    "a|b",
    "x*",
    "{evil}",
    "a b",
    "-x",
    '"',
    "@user:{bob}",
    "ünïcödé",
    "日本語",
    "a,b",
    "back\\slash",
    "a$b",
    "()",
    "a'b",
    "%",
    "*",
    "bob*",
    "Bob",
    "$user",
    "\\",
]


def test_remember_writes_the_design_document(service: MemoryService) -> None:
    result = service.remember("alice", "The user prefers light mode in editors.", thread_id="t-1")
    assert result.status == "created"
    doc = service.backend.client.json().get(service.keys.memory(result.id))
    assert doc["user"] == "alice" and doc["namespace"] == "default" and doc["kind"] == "semantic"
    assert doc["source_thread"] == "t-1" and doc["hit_count"] == 0
    assert len(doc["embedding"]) == 384


def test_seed_scenario_recall_paraphrase_and_dedup(service: MemoryService) -> None:
    stored = service.remember("alice", "The user prefers light mode in editors.")
    hits = service.recall("alice", "Which theme does this user like?")
    assert [h.id for h in hits] == [stored.id]
    duplicate = service.remember("alice", "User prefers light mode in their editors.")
    assert duplicate.status == "duplicate"
    assert duplicate.existing_id == stored.id
    assert duplicate.distance is not None and duplicate.distance < 0.20
    assert service.recall("alice", "What is the capital of Australia?") == []
    assert service.get_memory("alice", stored.id).hit_count == 2  # one recall, one duplicate


def test_duplicate_bumps_hit_count_and_returns_existing(service: MemoryService) -> None:
    first = service.remember("alice", "The user's favourite colour is teal.")
    again = service.remember("alice", "The user's favourite colour is teal.")
    assert (
        again.status == "duplicate" and again.id == first.id and again.distance == pytest.approx(0, abs=1e-4)
    )
    assert service.get_memory("alice", first.id).hit_count == 1


def test_dedup_is_scoped_to_kind_namespace_and_user(service: MemoryService) -> None:
    text = "The user keeps their notes in Obsidian."
    ids = {
        service.remember("alice", text).id,
        service.remember("alice", text, kind="episodic").id,
        service.remember("alice", text, namespace="work").id,
        service.remember("bob", text).id,
    }
    assert len(ids) == 4


def test_twenty_concurrent_identical_remembers_leave_one_memory(
    service: MemoryService, redis_url: str
) -> None:
    text = "The deploy freeze starts every Friday at noon."
    barrier = threading.Barrier(20)
    results: list[str] = []
    errors: list[BaseException] = []

    def remember() -> None:
        settings = service.settings.model_copy()
        worker = MemoryService.open(settings, service.embedder)  # its own connection pool
        try:
            barrier.wait(timeout=30)
            results.append(worker.remember("alice", text).status)
        except BaseException as exc:
            errors.append(exc)
        finally:
            worker.close()

    threads = [threading.Thread(target=remember) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    assert sorted(results) == ["created"] + ["duplicate"] * 19
    page = service.list_memories("alice")
    assert page.total == 1
    assert page.items[0].hit_count == 19


def test_episodic_memories_expire_in_seven_days_semantic_never(service: MemoryService) -> None:
    client = service.backend.client
    episodic = service.remember("alice", "We debugged the payment webhook today.", kind="episodic")
    semantic = service.remember("alice", "The user's timezone is Europe/Berlin.")
    custom = service.remember("alice", "Temporary: the office wifi password rotates.", ttl_seconds=120)
    assert 7 * 86400 - 10 <= client.ttl(service.keys.memory(episodic.id)) <= 7 * 86400
    assert client.ttl(service.keys.memory(semantic.id)) == -1
    assert 110 <= client.ttl(service.keys.memory(custom.id)) <= 120


def test_alice_never_recalls_bobs_memory(service: MemoryService) -> None:
    service.remember("bob", "Bob's bank PIN hint is his first dog's name.")
    assert service.recall("alice", "What is Bob's bank PIN hint?") == []
    assert service.list_memories("alice").total == 0


@pytest.mark.parametrize("hostile", HOSTILE_USERS)
def test_hostile_user_ids_are_matched_exactly(service: MemoryService, hostile: str) -> None:
    service.remember("bob", "The launch code is hidden in the blue folder.")
    service.remember("b", "The launch code is hidden in the blue folder.")
    mine = service.remember(hostile, "The launch code is hidden in the blue folder.")
    hits = service.recall(hostile, "Where is the launch code hidden?")
    assert [h.id for h in hits] == [mine.id]
    assert all(h.user == hostile for h in hits)
    page = service.list_memories(hostile)
    assert [m.id for m in page.items] == [mine.id]


@pytest.mark.parametrize("bad", ["", " alice", "alice ", "a\tb", "a\nb", "x" * 129, "\x00"])
def test_invalid_user_ids_are_refused(service: MemoryService, bad: str) -> None:
    with pytest.raises(InvalidInputError, match="user"):
        service.remember(bad, "anything")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(user=st.text(min_size=1, max_size=40).filter(lambda u: u == u.strip() and u.isprintable()))
def test_random_user_ids_never_see_another_scope(service: MemoryService, user: str) -> None:
    victim = "victim-user"
    service.remember(victim, "The victim's diary is in the attic.")
    if user == victim:
        return
    assert service.recall(user, "Where is the victim's diary?") == []
    assert service.list_memories(user).total == 0


def test_recall_never_passes_the_callers_max_distance(service: MemoryService) -> None:
    service.remember_many(
        "alice",
        [
            {"text": t}
            for t in [
                "The user prefers light mode in editors.",
                "The user's cat is called Miso.",
                "Deploys happen on Tuesdays.",
                "The user drinks oat milk lattes.",
            ]
        ],
    )
    for ceiling in (0.3, 0.5, 0.7):
        for query in ("Which theme does this user like?", "What pets are there?", "coffee order"):
            assert all(h.distance <= ceiling for h in service.recall("alice", query, max_distance=ceiling))


def test_remember_many_of_five_hundred_texts(service: MemoryService) -> None:
    texts = [f"Ticket {i} was assigned to engineer number {i * 7} in sprint {i % 13}." for i in range(500)]
    results = service.remember_many("alice", [{"text": t} for t in texts])
    created = sum(r.status != "duplicate" for r in results)
    assert len(results) == 500
    assert service.list_memories("alice", limit=1).total == created
    assert created == 500  # every line states a different number: none may be merged away


def test_remember_many_dedups_within_the_batch(service: MemoryService) -> None:
    batch = [{"text": "The user is allergic to peanuts."}, {"text": "The user is allergic to peanuts."}]
    results = service.remember_many("alice", batch)
    assert [r.status for r in results] == ["created", "duplicate"]
    assert results[1].existing_id == results[0].id
    assert service.list_memories("alice").total == 1


def test_changed_fact_supersedes_instead_of_deduplicating(service: MemoryService) -> None:
    old = service.remember("alice", "The nightly backup runs at 02:00 UTC.")
    new = service.remember("alice", "The nightly backup runs at 04:00 UTC.")
    assert new.status == "superseded" and new.existing_id == old.id and new.id != old.id
    hits = service.recall("alice", "When does the nightly backup run?")
    assert [h.text for h in hits] == ["The nightly backup runs at 04:00 UTC."]
    assert service.get_memory("alice", old.id).superseded_by == new.id
    service.forget("alice", new.id)
    assert service.get_memory("alice", old.id).superseded_by == ""
    assert [h.id for h in service.recall("alice", "When does the nightly backup run?")] == [old.id]


def test_list_pages_newest_first_and_filters_kind(service: MemoryService) -> None:
    for i in range(7):
        service.remember("alice", f"Release {i} shipped with feature flag number {i}.", kind="episodic")
    service.remember("alice", "The user writes Rust at work.")
    first = service.list_memories("alice", kind="episodic", limit=5)
    assert first.total == 7 and len(first.items) == 5 and first.next_cursor == 5
    rest = service.list_memories("alice", kind="episodic", limit=5, cursor=5)
    assert len(rest.items) == 2 and rest.next_cursor is None
    stamps = [m.created_ts for m in first.items + rest.items]
    assert stamps == sorted(stamps, reverse=True)


def test_forget_and_forget_all_are_scoped(service: MemoryService) -> None:
    mine = service.remember("alice", "The user's locker number is 42.")
    theirs = service.remember("bob", "Bob's locker number is 17.")
    with pytest.raises(NotFoundError):
        service.forget("alice", theirs.id)
    service.forget("alice", mine.id)
    with pytest.raises(NotFoundError):
        service.get_memory("alice", mine.id)
    service.remember("alice", "One more fact about alice's garden.")
    assert service.forget_all("alice") == 1
    assert service.get_memory("bob", theirs.id).text == "Bob's locker number is 17."


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 9000}, "8192"),
        ({"text": "ok", "kind": "procedural"}, "kind"),
        ({"text": "ok", "ttl_seconds": -5}, "ttl_seconds"),
        ({"text": "ok", "namespace": "bad\nns"}, "namespace"),
        ({"text": "ok", "thread_id": "no spaces allowed"}, "source_thread"),
    ],
)
def test_bad_remember_arguments_are_refused_and_nothing_is_written(
    service: MemoryService, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        service.remember("alice", **kwargs)  # type: ignore[arg-type]
    assert service.list_memories("alice").total == 0


@pytest.mark.parametrize("k", [0, 51, -1])
def test_recall_k_out_of_range_is_refused(service: MemoryService, k: int) -> None:
    with pytest.raises(InvalidInputError, match="k must be"):
        service.recall("alice", "anything", k=k)


def test_an_incompatible_existing_index_is_reported(
    settings: Settings, embedder: object, redis_client: redis.Redis
) -> None:
    index = f"{settings.key_prefix}mem:idx"
    redis_client.execute_command(
        "FT.CREATE",
        index,
        "ON",
        "JSON",
        "PREFIX",
        "1",
        f"{settings.key_prefix}:mem:",
        "SCHEMA",
        "$.text",
        "AS",
        "text",
        "TEXT",
    )
    try:
        with pytest.raises(ConfigError, match="incompatible schema"):
            MemoryService.open(settings, embedder)  # type: ignore[arg-type]
    finally:
        redis_client.execute_command("FT.DROPINDEX", index)


def test_index_creation_is_idempotent(service: MemoryService) -> None:
    service.remember("alice", "Index survives a second start.")
    again = MemoryService.open(service.settings, service.embedder)
    try:
        assert again.list_memories("alice").total == 1
    finally:
        again.close()
