"""Material's search finds a guide page by a word that appears in it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("word", "title", "path"),
    [
        ("storyteller", "Taking charge of the conversation", "guide/taking-charge/"),
        ("handshake", "On the day", "guide/on-the-day/"),
    ],
)
def test_search_finds_a_guide_page_by_a_word_in_it(page: Page, site_url, word, title, path):
    page.goto(site_url)
    page.keyboard.press("/")  # Material's shortcut opens the search dialog
    search = page.get_by_role("textbox", name="Search")
    expect(search).to_be_focused()
    # Material builds its index in a worker; a query typed before that is not rerun.
    expect(page.locator(".md-search-result__meta")).not_to_have_text(
        "Initializing search", timeout=10_000
    )
    search.press_sequentially(word)
    # The result whose page title is `title` (other pages may mention it, as links do).
    heading = page.locator("h1", has_text=re.compile(f"^{re.escape(title)}$"))
    result = page.locator(".md-search-result__item").filter(has=heading).first
    expect(result).to_be_visible(timeout=10_000)
    result.locator("a").first.click()
    expect(page).to_have_url(re.compile(re.escape(path)))
    expect(page.locator("h1")).to_contain_text(title)
