"""EventLog against the real embedded Redis."""

from __future__ import annotations

from mcp_memory.events import EventLog
from mcp_memory.service import MemoryService


def test_recent_is_newest_first_and_pages_backwards(service: MemoryService) -> None:
    log = service.events
    ids = [log.record("t1", "step", f"detail {i}") for i in range(30)]
    first_page = log.recent("t1", count=10)
    assert [e.detail for e in first_page] == [f"detail {i}" for i in range(29, 19, -1)]
    second_page = log.recent("t1", count=10, before_id=first_page[-1].id)
    assert [e.detail for e in second_page] == [f"detail {i}" for i in range(19, 9, -1)]
    assert first_page[0].id == ids[-1]


def test_stream_length_is_capped_approximately(service: MemoryService) -> None:
    log = EventLog(service.backend.client, service.keys, maxlen=100)
    for i in range(1000):
        log.record("capped", "step", str(i))
    length = service.backend.client.xlen(service.keys.events("capped"))
    assert 100 <= length < 300


def test_long_details_are_cut(service: MemoryService) -> None:
    service.events.record("t2", "big", "x" * 5000)
    assert len(service.events.recent("t2", 1)[0].detail) == 500
