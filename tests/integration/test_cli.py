"""The CLI through click's CliRunner against the real embedded Redis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mcp_memory.cli import main
from mcp_memory.config import Settings


@pytest.fixture
def cli_env(settings: Settings, redis_url: str) -> dict[str, str]:
    return {"REDIS_URL": redis_url, "MEMORY_KEY_PREFIX": settings.key_prefix, "MEMORY_USER": "alice"}


def test_doctor_reports_server_modules_engine_and_model(cli_env: dict[str, str], service: object) -> None:
    result = CliRunner().invoke(main, ["doctor"], env=cli_env)
    assert result.exit_code == 0, result.output
    assert "engine: search" in result.output
    assert "search" in result.output and "rejson" in result.output
    assert "all-MiniLM-L6-v2 ready=True" in result.output


def test_import_then_export_round_trips(cli_env: dict[str, str], tmp_path: Path, service: object) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        {"text": "The user runs Arch Linux on a ThinkPad."},
        {"text": "The user runs Arch Linux on a ThinkPad."},
        {"text": "Met the design team about the Q3 roadmap.", "kind": "episodic"},
        {"text": "Prefers tabs over spaces.", "namespace": "code"},
    ]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    imported = CliRunner().invoke(main, ["import", str(source)], env=cli_env)
    assert imported.exit_code == 0, imported.output
    assert "3 created, 1 duplicates" in imported.output
    exported = CliRunner().invoke(main, ["export"], env=cli_env)
    rows = [json.loads(line) for line in exported.output.splitlines() if line.startswith("{")]
    assert sorted(r["text"] for r in rows) == [
        "Met the design team about the Q3 roadmap.",
        "The user runs Arch Linux on a ThinkPad.",
    ]
    assert all("embedding" not in r for r in rows)


def test_import_reports_a_bad_line_without_a_traceback(cli_env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"text": "fine"}\nnot json\n')
    result = CliRunner().invoke(main, ["import", str(source)], env=cli_env)
    assert result.exit_code != 0
    assert "line 2" in result.output and "Traceback" not in result.output


def test_invalid_setting_is_reported_by_name(cli_env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["doctor"], env={**cli_env, "MEMORY_WINDOW_TURNS": "-3"})
    assert result.exit_code != 0
    assert "MEMORY_WINDOW_TURNS" in result.output
