"""The web page's JSON routes, over HTTP (httpx through Starlette's ASGI test client), real Redis and model."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import redis
from starlette.testclient import TestClient

from mcp_memory.config import Settings
from mcp_memory.embedder import SentenceTransformerEmbedder
from mcp_memory.service import MemoryService
from mcp_memory.web import build_web_app
from mcp_memory.web.app import STATIC_DIR
from tests.conftest import drop_prefix

FACT = "The user is allergic to peanuts and carries an epinephrine pen."
PARAPHRASE = "Does the user have any food allergies?"


@pytest.fixture
def client(settings: Settings, service: MemoryService) -> Iterator[TestClient]:
    with TestClient(build_web_app(settings, service), base_url="http://127.0.0.1:8086") as http:
        yield http


def new_thread(client: TestClient) -> str:
    response = client.post("/api/threads", json={})
    assert response.status_code == 201, response.text
    return str(response.json()["thread_id"])


def send_turn(client: TestClient, thread_id: str, content: str, remember: str = "none") -> dict:
    response = client.post(f"/api/threads/{thread_id}/turns", json={"content": content, "remember": remember})
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_turn_shows_in_working_memory_and_event_log(client: TestClient, settings: Settings) -> None:
    thread_id = new_thread(client)
    result = send_turn(client, thread_id, "Plan the budget review with finance.")
    assert result["turn_count"] == 1

    state = client.get(f"/api/threads/{thread_id}").json()
    assert [t["content"] for t in state["recent_turns"]] == ["Plan the budget review with finance."]
    assert 0 < state["ttl_seconds"] <= settings.session_ttl_seconds

    events = client.get(f"/api/threads/{thread_id}/events").json()["events"]
    actions = [e["action"] for e in events]
    assert actions == ["recalled", "turn_appended:user", "session_started"]  # newest first
    assert events[1]["detail"] == "Plan the budget review with finance."

    updated = client.patch(f"/api/threads/{thread_id}", json={"goal": "Budget", "scratchpad": "ask finance"})
    assert (updated.json()["goal"], updated.json()["scratchpad"]) == ("Budget", "ask finance")
    assert client.get(f"/api/threads/{thread_id}").json()["recent_turns"] == state["recent_turns"]


def test_fact_remembered_in_one_thread_is_recalled_in_another(client: TestClient, settings: Settings) -> None:
    first = new_thread(client)
    written = send_turn(client, first, FACT, remember="semantic")["remembered"]
    assert written["status"] == "created"

    second = new_thread(client)
    assert second != first
    recalled = send_turn(client, second, PARAPHRASE)["recalled"]
    assert [m["id"] for m in recalled] == [written["id"]]
    assert 0 < recalled[0]["distance"] < 1

    answer = client.get("/api/recall", params={"query": PARAPHRASE}).json()
    assert answer["threshold"] == settings.recall_threshold
    assert [m["text"] for m in answer["recalled"]] == [FACT]


def test_deleted_memory_is_gone_from_table_and_later_recall(client: TestClient) -> None:
    thread_id = new_thread(client)
    memory_id = send_turn(client, thread_id, FACT, remember="semantic")["remembered"]["id"]
    assert [m["id"] for m in client.get("/api/memories").json()["items"]] == [memory_id]

    response = client.delete(f"/api/memories/{memory_id}")
    assert response.status_code == 200
    assert response.json()["deleted"]["text"] == FACT

    assert client.get("/api/memories").json()["items"] == []
    assert client.get("/api/recall", params={"query": PARAPHRASE}).json()["recalled"] == []
    again = client.delete(f"/api/memories/{memory_id}")
    assert again.status_code == 404
    assert again.json()["error"]["code"] == "not_found"


def test_memories_table_filters_by_kind_and_namespace_and_pages(
    client: TestClient, service: MemoryService, settings: Settings
) -> None:
    texts = ["Lives in Lisbon.", "Works as a nurse.", "Plays the cello.", "Has two cats."]
    for text in texts:
        service.remember(settings.user, text, kind="semantic")
    service.remember(settings.user, "Yesterday we fixed the router outage.", kind="episodic")
    service.remember(settings.user, "Prefers tea over coffee.", namespace="work")

    episodic = client.get("/api/memories", params={"kind": "episodic"}).json()
    assert [m["text"] for m in episodic["items"]] == ["Yesterday we fixed the router outage."]
    work = client.get("/api/memories", params={"namespace": "work"}).json()
    assert [m["text"] for m in work["items"]] == ["Prefers tea over coffee."]

    first = client.get("/api/memories", params={"kind": "semantic", "limit": 3}).json()
    assert first["total"] == 4 and len(first["items"]) == 3 and first["next_cursor"] == 3
    rest = client.get("/api/memories", params={"kind": "semantic", "limit": 3, "cursor": 3}).json()
    assert rest["next_cursor"] is None
    assert sorted(m["text"] for m in first["items"] + rest["items"]) == sorted(texts)


def test_info_reports_engine_count_and_index_size(client: TestClient, service: MemoryService) -> None:
    service.remember(service.settings.user, FACT)
    info = client.get("/api/info").json()
    assert info["engine"] == service.backend.engine
    assert info["user_memories"] == 1
    assert info["memories"] >= 1
    assert info["index"]["num_docs"] >= 1
    assert "url" not in info  # a Redis URL may carry a password: never shown on the page


def test_map_has_a_point_per_memory_and_flags_the_recalled(
    client: TestClient, service: MemoryService
) -> None:
    user = service.settings.user
    fact = service.remember(user, FACT)
    for text in ["Lives in Lisbon.", "Works night shifts as a nurse.", "Plays the cello on Sundays."]:
        service.remember(user, text)
    service.remember(user, "Keeps bees.", namespace="elsewhere")

    plain = client.get("/api/map").json()
    assert len(plain["points"]) == 4 and plain["query"] is None
    assert all(p["distance"] is None and not p["recalled"] for p in plain["points"])

    answer = client.get("/api/map", params={"query": PARAPHRASE, "recalled": fact.id}).json()
    points = {p["id"]: p for p in answer["points"]}
    assert len(points) == 4
    assert [i for i, p in points.items() if p["recalled"]] == [fact.id]
    assert answer["query"]["text"] == PARAPHRASE
    assert min(points.values(), key=lambda p: p["distance"])["id"] == fact.id
    assert 0 < answer["explained_variance"][0] <= 1


def test_bad_input_is_refused_and_writes_nothing(client: TestClient, service: MemoryService) -> None:
    thread_id = new_thread(client)
    bad = client.post(f"/api/threads/{thread_id}/turns", json={"content": FACT, "remember": "forever"})
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == "invalid_input" and "remember" in bad.json()["error"]["message"]
    blank = client.post(f"/api/threads/{thread_id}/turns", json={"content": "   "})
    assert blank.status_code == 400
    form = client.post(f"/api/threads/{thread_id}/turns", content=b"content=hi")
    assert form.status_code == 400 and "application/json" in form.json()["error"]["message"]
    assert client.get("/api/memories", params={"limit": "many"}).status_code == 400
    assert client.get("/api/threads/no such thread").status_code == 400

    assert client.get(f"/api/threads/{thread_id}").json()["turn_count"] == 0
    assert client.get("/api/memories").json()["total"] == 0


def test_cross_site_writes_are_refused(client: TestClient) -> None:
    thread_id = new_thread(client)
    response = client.post(
        f"/api/threads/{thread_id}/turns",
        json={"content": FACT, "remember": "semantic"},
        headers={"Origin": "http://evil.example"},
    )
    assert response.status_code == 403
    assert client.get("/api/memories").json()["total"] == 0
    same = client.post("/api/threads", json={}, headers={"Origin": "http://127.0.0.1:8086"})
    assert same.status_code == 201


def test_another_users_thread_is_not_shown(client: TestClient, service: MemoryService) -> None:
    theirs = service.start_session("bob", goal="secret plans").thread_id
    assert client.get(f"/api/threads/{theirs}").status_code == 404
    assert client.get(f"/api/threads/{theirs}/events").status_code == 404
    assert theirs not in client.get("/api/threads").json()["threads"]


def test_page_and_assets_are_served_locally(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200, asset
    for path in STATIC_DIR.iterdir():
        # The SVG namespace is a name, not a download; any other absolute URL would be.
        text = path.read_text(encoding="utf-8").replace('"http://www.w3.org/2000/svg"', "")
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text), f"external link in {path.name}"


def test_http_transport_serves_the_page_beside_mcp(settings: Settings, service: MemoryService) -> None:
    from mcp_memory.server.http import build_app

    with TestClient(build_app(settings, service=service), base_url="http://127.0.0.1:8000") as http:
        assert http.get("/health").json()["status"] == "ok"
        assert "<title>mcp-memory</title>" in http.get("/").text
        thread_id = new_thread(http)
        send_turn(http, thread_id, FACT, remember="semantic")
        assert [m["text"] for m in http.get("/api/memories").json()["items"]] == [FACT]


def test_client_engine_serves_the_same_page_data(
    settings: Settings, embedder: SentenceTransformerEmbedder, redis_client: redis.Redis
) -> None:
    client_settings = settings.model_copy(update={"engine": "client"})
    service = MemoryService.open(client_settings, embedder)
    try:
        fact = service.remember(client_settings.user, FACT)
        service.remember(client_settings.user, "Lives in Lisbon near the river.")
        with TestClient(build_web_app(client_settings, service), base_url="http://127.0.0.1:8086") as http:
            info = http.get("/api/info").json()
            assert info["engine"] == "client" and info["user_memories"] == 2
            answer = http.get("/api/map", params={"query": PARAPHRASE, "recalled": fact.id}).json()
            assert len(answer["points"]) == 2
            assert min(answer["points"], key=lambda p: p["distance"])["id"] == fact.id
            recalled = http.get("/api/recall", params={"query": PARAPHRASE}).json()["recalled"]
            assert [m["id"] for m in recalled] == [fact.id]
    finally:
        service.close()
        drop_prefix(redis_client, client_settings.key_prefix)
