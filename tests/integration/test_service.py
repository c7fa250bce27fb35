"""The per-turn flow of MemoryService on the real Redis and model."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from mcp_memory.embedder import Embedder
from mcp_memory.service import MemoryService


def test_a_turn_recalls_before_it_remembers_itself(service: MemoryService) -> None:
    first = service.process_turn("alice", "t-a", "user", "I am allergic to shellfish.", remember="semantic")
    assert first.recalled == []  # the turn must not recall its own write
    assert first.remembered is not None and first.remembered.status == "created"
    later = service.process_turn("alice", "t-b", "user", "Is the user allergic to shellfish?")
    assert [m.id for m in later.recalled] == [first.remembered.id]
    assert later.recalled[0].source_thread == "t-a"
    assert later.remembered is None
    assert service.list_memories("alice").total == 1


def test_each_step_of_a_turn_is_logged(service: MemoryService) -> None:
    service.process_turn("alice", "t-log", "user", "Our team standup is at 9:30.", remember="episodic")
    actions = [e.action for e in service.list_events("alice", "t-log")]
    assert actions == ["memory_created", "recalled", "turn_appended:user"]


def test_a_repeated_turn_reports_the_duplicate(service: MemoryService) -> None:
    text = "The user's preferred language is Python."
    first = service.process_turn("alice", "t-1", "user", text, remember="semantic")
    second = service.process_turn("alice", "t-2", "user", text, remember="semantic")
    assert second.remembered is not None and first.remembered is not None
    assert second.remembered.status == "duplicate"
    assert second.remembered.existing_id == first.remembered.id
    assert [m.id for m in second.recalled] == [first.remembered.id]


def test_a_turn_is_embedded_once(service: MemoryService) -> None:
    class Recording(Embedder):
        def __init__(self, inner: Embedder) -> None:
            super().__init__(cache_size=0)
            self.inner = inner
            self.texts: list[str] = []

        def embed_batch(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
            self.texts.extend(texts)
            return self.inner.embed_batch(texts)

    recording = Recording(service.embedder)
    counted = MemoryService(service.settings, service.backend, recording)
    counted.process_turn("alice", "t-e", "user", "The user's dentist is Dr. Okafor.", remember="semantic")
    assert recording.texts == ["The user's dentist is Dr. Okafor."]
