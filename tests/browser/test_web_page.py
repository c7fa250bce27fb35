"""The web page in a real browser (system Chromium), over real Redis and the real model."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from mcp_memory.service import MemoryService
from mcp_memory.tokens import TokenStore

pytestmark = pytest.mark.browser

FACT = "The user is allergic to peanuts and carries an epinephrine pen."
PARAPHRASE = "Does the user have any food allergies?"


def send_turn(page: Page, text: str, remember: str = "none") -> None:
    page.fill("#turn-text", text)
    page.select_option("#remember-as", remember)
    page.click("#send-turn")
    expect(page.locator("#turn-text")).to_have_value("")  # cleared once the server answered


def test_turn_shows_in_working_memory_and_event_log(page: Page) -> None:
    send_turn(page, "Plan the budget review with finance.")

    expect(page.locator("#turns li")).to_have_count(1)
    expect(page.locator("#turns li")).to_contain_text("Plan the budget review with finance.")
    expect(page.locator("#turn-count")).to_have_text("1")
    expect(page.locator("#ttl")).to_have_text(re.compile(r"^\d+:\d\d left$"))
    events = page.locator("#events li")
    expect(events.first).to_contain_text("recalled")  # newest first
    expect(events.filter(has_text="turn_appended:user")).to_contain_text(
        "Plan the budget review with finance."
    )


def test_fact_from_one_thread_is_recalled_in_a_new_thread_with_its_distance(
    page: Page, service: MemoryService
) -> None:
    send_turn(page, FACT, remember="semantic")
    expect(page.locator("#turn-outcome")).to_contain_text("Remembered as semantic: created")
    first_thread = page.locator("#thread-id").inner_text()

    page.click("#new-thread")
    expect(page.locator("#thread-id")).not_to_have_text(first_thread)
    expect(page.locator("#turns li")).to_have_count(0)

    send_turn(page, PARAPHRASE)
    recalled = page.locator("#recalled li")
    expect(recalled).to_have_count(1)
    expect(recalled).to_contain_text(FACT)
    shown = float(recalled.locator(".distance").inner_text())
    (expected,) = service.recall(service.settings.user, PARAPHRASE)
    assert shown == pytest.approx(expected.distance, abs=0.0005)
    expect(recalled.locator(".bar .threshold")).to_have_count(1)


def test_deleted_memory_is_gone_from_the_table_and_a_later_recall(page: Page, service: MemoryService) -> None:
    send_turn(page, FACT, remember="semantic")
    rows = page.locator("#memories tbody tr[data-id]")
    expect(rows).to_have_count(1)

    rows.first.locator("button.delete").click()
    expect(rows).to_have_count(0)
    assert service.list_memories(service.settings.user).total == 0

    page.fill("#turn-text", PARAPHRASE)
    page.click("#recall-only")
    expect(page.locator("#recall-query")).to_contain_text("Nothing close enough")
    expect(page.locator("#recalled li")).to_have_count(0)


def test_map_shows_a_point_per_memory_and_highlights_the_recalled(page: Page, service: MemoryService) -> None:
    user = service.settings.user
    texts = [FACT, "Lives in Lisbon near the river.", "Works night shifts as a nurse.", "Plays the cello."]
    ids = [service.remember(user, text).id for text in texts]
    service.remember(user, "Yesterday we debugged the flaky deploy.", kind="episodic")
    page.reload()
    page.wait_for_selector("body[data-ready=true]")

    points = page.locator("#map circle.point")
    expect(points).to_have_count(5)
    expect(page.locator("#map circle.episodic")).to_have_count(1)

    send_turn(page, PARAPHRASE)
    expect(page.locator("#map path.query")).to_have_count(1)
    highlighted = page.locator("#map circle.recalled")
    expect(highlighted).to_have_count(1)
    assert highlighted.get_attribute("data-id") == ids[0]
    expect(points).to_have_count(5)  # the turn was not remembered


def test_page_asks_for_a_token_once_tokens_exist(
    browser: Browser, web_url: str, service: MemoryService
) -> None:
    token, _ = TokenStore(service.backend.client, service.keys).create(user=service.settings.user)
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        tab.goto(web_url)
        expect(tab.locator("#token-form")).to_be_visible()
        expect(tab.locator("#status")).to_contain_text("access token")

        tab.fill("#token", token)
        tab.click("#token-form button")
        expect(tab.locator("#token-form")).to_be_hidden()
        expect(tab.locator("#info-user")).to_have_text(service.settings.user)
        send_turn(tab, "Plan the budget review with finance.")
        expect(tab.locator("#turns li")).to_have_count(1)
    finally:
        context.close()
