"""TokenStore on fakeredis (plain Redis commands only), the auth policy and the Host/Origin rules."""

from __future__ import annotations

import hashlib
import time

import fakeredis
import pytest

from mcp_memory.config import Settings
from mcp_memory.errors import ConfigError, InvalidInputError, NotFoundError
from mcp_memory.keys import KeySpace
from mcp_memory.server.auth import NO_AUTH, AuthPolicy, decide_auth, is_loopback
from mcp_memory.server.hardening import transport_security
from mcp_memory.tokens import TOKEN_BYTES, TokenStore, parse_duration


@pytest.fixture
def client() -> fakeredis.FakeRedis:
    return fakeredis.FakeRedis(decode_responses=True)


@pytest.fixture
def store(client: fakeredis.FakeRedis) -> TokenStore:
    return TokenStore(client, KeySpace("unit"))


def test_create_stores_only_the_digest(store: TokenStore, client: fakeredis.FakeRedis) -> None:
    token, record = store.create("alice", ["work", "home"], read_only=True, name="laptop")
    digest = hashlib.sha256(token.encode()).hexdigest()
    dump = {key: client.hgetall(key) for key in client.keys("*") if client.type(key) == "hash"}
    assert record.digest == digest
    assert list(dump) == [f"unit:token:{digest}"]
    assert token not in repr(dump) and token[5:] not in repr(dump)
    assert client.smembers("unit:tokens") == {digest}
    assert len(token) >= 5 + (TOKEN_BYTES * 4) // 3  # >= 32 random bytes, url-safe base64


def test_verify_returns_the_scope_and_refuses_unknown_tokens(store: TokenStore) -> None:
    token, _ = store.create("alice", ["work"], read_only=True)
    found = store.verify(token)
    assert found is not None
    assert (found.user, found.namespaces, found.read_only) == ("alice", ("work",), True)
    assert store.verify(token + "x") is None
    assert store.verify("") is None
    assert store.verify("a" * 10_000) is None


def test_tokens_are_unique(store: TokenStore) -> None:
    tokens = {store.create("alice")[0] for _ in range(50)}
    assert len(tokens) == 50


def test_expired_token_is_refused_and_pruned(store: TokenStore, client: fakeredis.FakeRedis) -> None:
    token, record = store.create("alice", expires=3600)
    assert client.ttl(f"unit:token:{record.digest}") > 3000
    client.hset(f"unit:token:{record.digest}", "expires_ts", repr(time.time() - 1))
    assert store.verify(token) is None
    assert store.list() == []
    assert client.smembers("unit:tokens") == set()


def test_list_never_shows_tokens_and_filters_by_user(store: TokenStore) -> None:
    token_a, _ = store.create("alice", name="a")
    store.create("bob", name="b")
    listed = store.list()
    assert [r.name for r in listed] == ["a", "b"]
    assert [r.name for r in store.list("bob")] == ["b"]
    assert token_a not in repr(listed)


def test_revoke_by_name_or_id_prefix(store: TokenStore) -> None:
    token_a, a = store.create("alice", name="a")
    token_b, b = store.create("alice", name="b")
    assert store.revoke("a").digest == a.digest
    assert store.revoke(b.digest[:8]).digest == b.digest
    assert store.verify(token_a) is None and store.verify(token_b) is None
    assert store.count() == 0
    with pytest.raises(NotFoundError):
        store.revoke("a")


def test_revoke_refuses_short_prefixes(store: TokenStore) -> None:
    _, record = store.create("alice", name="a")
    with pytest.raises(NotFoundError):
        store.revoke(record.digest[:3])


def test_create_validates_its_input(store: TokenStore) -> None:
    with pytest.raises(InvalidInputError):
        store.create("")
    with pytest.raises(InvalidInputError):
        store.create("alice", ["bad\nnamespace"])
    with pytest.raises(InvalidInputError):
        store.create("alice", name="has space")
    store.create("alice", name="dup")
    with pytest.raises(InvalidInputError, match="exists"):
        store.create("bob", name="dup")


@pytest.mark.parametrize(
    ("text", "seconds"), [("30d", 2592000), ("12h", 43200), ("90m", 5400), ("2w", 1209600)]
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0d", "-1d", "10", "1y", "d30", "1.5h"])
def test_parse_duration_refuses_nonsense(text: str) -> None:
    with pytest.raises(InvalidInputError):
        parse_duration(text)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.2", "example.com"])
def test_non_loopback_hosts(host: str) -> None:
    assert not is_loopback(host)


def test_loopback_without_tokens_allows_local_use_with_a_warning() -> None:
    policy, warning = decide_auth("127.0.0.1", no_auth=False, token_count=0)
    assert policy == AuthPolicy(enabled=True, allow_local=True)
    assert warning is not None and "token create" in warning


def test_non_loopback_without_tokens_refuses_to_start() -> None:
    with pytest.raises(ConfigError, match="mcp-memory token create"):
        decide_auth("0.0.0.0", no_auth=False, token_count=0)


def test_non_loopback_with_tokens_always_requires_one() -> None:
    policy, warning = decide_auth("0.0.0.0", no_auth=False, token_count=1)
    assert policy == AuthPolicy(enabled=True, allow_local=False)
    assert warning is None


def test_no_auth_is_loopback_only_and_warns() -> None:
    policy, warning = decide_auth("127.0.0.1", no_auth=True, token_count=5)
    assert policy == NO_AUTH
    assert warning is not None and "OFF" in warning
    with pytest.raises(ConfigError, match="loopback"):
        decide_auth("0.0.0.0", no_auth=True, token_count=5)


def test_loopback_bind_accepts_only_loopback_hosts_and_configured_names() -> None:
    security = transport_security(Settings(allowed_hosts="memory.example.com"), "127.0.0.1")
    assert security.enable_dns_rebinding_protection
    assert {"127.0.0.1:*", "localhost", "memory.example.com", "memory.example.com:*"} <= set(
        security.allowed_hosts
    )
    assert "evil.example" not in security.allowed_hosts
    assert "https://memory.example.com" in security.allowed_origins


def test_public_bind_checks_hosts_only_when_configured() -> None:
    assert not transport_security(Settings(), "0.0.0.0").enable_dns_rebinding_protection
    assert transport_security(Settings(allowed_hosts="a.example:443"), "0.0.0.0").allowed_hosts == [
        "a.example:443"
    ]
