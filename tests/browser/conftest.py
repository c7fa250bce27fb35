"""Browser fixtures: the web app under uvicorn on a free loopback port, and the system Chromium.

Chromium comes from the OS (`apt-get install -y chromium`), never a downloaded browser. A failing test
leaves `failure.png` (and the page's console errors) in its tmp dir.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, sync_playwright

from mcp_memory.config import Settings
from mcp_memory.service import MemoryService
from mcp_memory.web import build_web_app
from tests.live_server import serve_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Keep each phase's report on the item, so fixtures can tell whether the test failed."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    setattr(item, f"report_{report.when}", report)


# Module scope, not session: Playwright's sync API keeps an asyncio loop running in the main thread
# while it is open, and the async (anyio) tests that run after this module need that thread free.
@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install the system browser with `apt-get install -y chromium`")
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    yield chromium
    chromium.close()


@pytest.fixture
def web_url(settings: Settings, service: MemoryService) -> Iterator[str]:
    """The page over this test's service, served by uvicorn in a thread."""
    with serve_app(build_web_app(settings, service)) as url:
        yield url


@pytest.fixture
def page(browser: Browser, web_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Page]:
    """The page, loaded and ready; fails the test on any JavaScript error."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: _console(msg, errors))
    tab.goto(web_url)
    tab.wait_for_selector("body[data-ready=true]")
    try:
        yield tab
    finally:
        failed = getattr(request.node, "report_call", None)
        if failed is not None and failed.failed:
            tab.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
            (tmp_path / "console.txt").write_text("\n".join(errors), encoding="utf-8")
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def _console(message: ConsoleMessage, errors: list[str]) -> None:
    if message.type == "error":
        errors.append(message.text)
