"""`mcp-memory token create | list | revoke`: access tokens for the HTTP transports (see docs/security.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import click

from mcp_memory.backend import open_backend
from mcp_memory.config import Settings
from mcp_memory.errors import MCPMemoryError
from mcp_memory.keys import KeySpace
from mcp_memory.tokens import TokenRecord, TokenStore, parse_duration

_EPILOG = """\b
Examples:
  mcp-memory token create --user alice --expires 30d --name laptop
  mcp-memory token create --user bob --namespace work --read-only
  mcp-memory token list
  mcp-memory token revoke laptop            # by name, or by the id shown in `token list`
"""


@contextmanager
def _store(ctx: click.Context) -> Iterator[TokenStore]:
    """A TokenStore over the configured Redis (only Redis: no model is loaded); errors as CLI errors."""
    try:
        settings = Settings.from_env(**(ctx.obj or {}))
        backend = open_backend(settings)
    except MCPMemoryError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield TokenStore(backend.client, KeySpace(settings.key_prefix))
    except MCPMemoryError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        backend.close()


def _when(ts: float | None) -> str:
    if ts is None:
        return "never"
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _describe(record: TokenRecord) -> str:
    scope = ",".join(record.namespaces) if record.namespaces else "*"
    mode = "read-only" if record.read_only else "read-write"
    return (
        f"{record.id}  {record.name}  user={record.user}  namespaces={scope}  {mode}  "
        f"expires={_when(record.expires_ts)}"
    )


@click.group("token", epilog=_EPILOG)
def token_group() -> None:
    """Access tokens for remote clients: each acts as one user, optionally in some namespaces, read-only."""


@token_group.command("create")
@click.option("--user", required=True, help="The user every call with this token acts as.")
@click.option("--namespace", "namespaces", multiple=True, help="Allowed namespace (repeat; default: all).")
@click.option("--read-only", is_flag=True, help="Allow recall, get_session and list_* only.")
@click.option("--expires", help="Lifetime: 30d, 12h, 90m, 2w (default: no expiry).")
@click.option("--name", help="A unique label for list and revoke.")
@click.pass_context
def create(
    ctx: click.Context,
    user: str,
    namespaces: tuple[str, ...],
    read_only: bool,
    expires: str | None,
    name: str | None,
) -> None:
    """Create a token and print it once (only its SHA-256 digest is stored)."""
    with _store(ctx) as store:
        lifetime = parse_duration(expires) if expires else None
        token, record = store.create(user, namespaces, read_only=read_only, expires=lifetime, name=name)
    click.echo(_describe(record), err=True)
    click.echo("Keep this token now; it cannot be shown again:", err=True)
    click.echo(token)


@token_group.command("list")
@click.option("--user", help="Only this user's tokens.")
@click.pass_context
def list_(ctx: click.Context, user: str | None) -> None:
    """List live tokens (id, name, user, scope, expiry); the tokens themselves are never shown."""
    with _store(ctx) as store:
        records = store.list(user)
    if not records:
        click.echo("no tokens", err=True)
    for record in records:
        click.echo(_describe(record))


@token_group.command("revoke")
@click.argument("name_or_id")
@click.pass_context
def revoke(ctx: click.Context, name_or_id: str) -> None:
    """Delete a token by name or id; the next request that uses it gets 401."""
    with _store(ctx) as store:
        record = store.revoke(name_or_id)
    click.echo(f"revoked {record.id} ({record.name}, user {record.user})")
