"""Settings: defaults, environment, REDIS_URL alias, and errors that name the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcp_memory.config import Settings
from mcp_memory.errors import ConfigError


def test_defaults_match_the_design() -> None:
    settings = Settings.from_env()
    assert settings.redis_url is None
    assert settings.key_prefix == "agent"
    assert settings.session_ttl_seconds == 3600
    assert settings.window_turns == 20
    assert settings.recall_threshold == 0.55
    assert settings.dedup_threshold == 0.25  # measured with the fact check (bench/quality.py)
    assert settings.recall_personal_distance == 0.80
    assert settings.recall_loose_distance == 0.63
    assert settings.recall_overlap_distance == 0.78
    assert settings.recall_min_overlap == 0.20
    assert settings.recall_link_distance == 1.0
    assert settings.dedup_reworded_threshold == 0.45
    assert settings.episodic_ttl_seconds == 7 * 24 * 3600
    assert settings.semantic_ttl_seconds is None
    assert settings.event_stream_maxlen == 1000
    assert settings.user == "default" and settings.namespace == "default"
    assert "mcp-memory" in str(settings.data_dir)


def test_environment_and_plain_redis_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REDIS_URL", "redis://localhost:6379/3")
    monkeypatch.setenv("MEMORY_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MEMORY_USER", "alice")
    monkeypatch.setenv("MEMORY_SEMANTIC_TTL_SECONDS", "86400")
    monkeypatch.setenv("MEMORY_EPISODIC_TTL_SECONDS", "none")
    settings = Settings.from_env()
    assert settings.redis_url == "redis://localhost:6379/3"
    assert settings.data_dir == tmp_path
    assert settings.user == "alice"
    assert settings.semantic_ttl_seconds == 86400
    assert settings.episodic_ttl_seconds is None


def test_overrides_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEMORY_USER", "alice")
    assert Settings.from_env(user="bob", namespace=None).user == "bob"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("MEMORY_SESSION_TTL_SECONDS", "-1"),
        ("MEMORY_WINDOW_TURNS", "zero"),
        ("MEMORY_RECALL_THRESHOLD", "3"),
        ("MEMORY_KEY_PREFIX", "bad prefix!"),
        ("MEMORY_ENGINE", "magic"),
        ("MEMORY_USER", " padded "),
    ],
)
def test_invalid_values_are_refused_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=variable):
        Settings.from_env()
