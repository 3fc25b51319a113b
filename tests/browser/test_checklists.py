"""Checklists in a real browser: ticks survive a reload, can be cleared, and paper hides
the site's chrome."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_a_tick_survives_a_reload(page: Page, site_url):
    page.goto(site_url + "guide/on-the-day/")
    box = page.locator(".checklist-box").first
    label = page.locator(".checklist-item label").first
    label.click()
    expect(box).to_be_checked()
    page.reload()
    expect(page.locator(".checklist-box").first).to_be_checked()
    expect(page.locator(".checklist-box").nth(1)).not_to_be_checked()


def test_a_tick_shows_on_the_pack_page_too(page: Page, site_url):
    page.goto(site_url + "guide/on-the-day/")
    first = page.locator(".checklist-item").first
    item_id = first.get_attribute("data-item")
    first.locator("label").click()
    page.goto(site_url + "checklists/")
    expect(
        page.locator(f'[data-checklist="day-of"] [data-item="{item_id}"] .checklist-box')
    ).to_be_checked()


def test_ticking_works_from_the_keyboard(page: Page, site_url):
    page.goto(site_url + "guide/after/")
    page.locator(".checklist-box").first.focus()
    page.keyboard.press("Space")
    expect(page.locator(".checklist-box").first).to_be_checked()


def test_clear_unticks_the_list_and_forgets_it(page: Page, site_url):
    page.goto(site_url + "guide/research/")
    labels = page.locator(".checklist-item label")
    labels.nth(0).click()
    labels.nth(1).click()
    page.get_by_role("button", name="Clear ticks").click()
    expect(page.locator(".checklist-box:checked")).to_have_count(0)
    expect(page.get_by_role("status").filter(has_text="Ticks cleared.")).to_be_visible()
    page.reload()
    expect(page.locator(".checklist-box:checked")).to_have_count(0)


def test_print_media_hides_the_site_chrome_and_shows_empty_boxes(page: Page, site_url):
    page.goto(site_url + "checklists/")
    page.locator(".checklist-item label").first.click()
    page.emulate_media(media="print")
    for chrome in (
        ".md-header",
        ".md-sidebar--primary",
        ".md-footer",
        ".md-search",
        ".checklist-controls",
    ):
        expect(page.locator(chrome).first).to_be_hidden()
    first_box = page.locator(".checklist-box").first
    expect(first_box).to_be_visible()
    assert first_box.evaluate("box => getComputedStyle(box).appearance") == "none"
    item = page.locator(".checklist-item").first
    assert item.evaluate("item => getComputedStyle(item).breakInside") == "avoid"
    second_list = page.locator(".checklist").nth(1)
    assert second_list.evaluate("list => getComputedStyle(list).breakBefore") == "page"


def test_print_this_checklist_prints_only_that_one(page: Page, site_url):
    page.add_init_script(
        "window.print = () => { window.printedWith = document.documentElement.dataset.printOnly; }"
    )
    page.goto(site_url + "checklists/")
    page.locator("#checklist-day-of").get_by_role("button", name="Print this checklist").click()
    assert page.evaluate("window.printedWith") == "checklist-day-of"
    page.emulate_media(media="print")
    expect(page.locator("#checklist-day-of")).to_be_visible()
    expect(page.locator("#checklist-research")).to_be_hidden()
    expect(page.locator("h1")).to_be_hidden()


def test_ticks_made_in_two_tabs_merge(page: Page, site_url):
    page.goto(site_url + "guide/on-the-day/")
    other = page.context.new_page()
    other.goto(site_url + "checklists/")
    page.locator(".checklist-item label").first.click()
    day_of = other.locator('[data-checklist="day-of"] .checklist-box')
    expect(day_of.first).to_be_checked()
    other.locator('[data-checklist="day-of"] .checklist-item label').nth(1).click()
    expect(page.locator(".checklist-box").nth(1)).to_be_checked()
    page.reload()
    expect(page.locator(".checklist-box").first).to_be_checked()
    expect(page.locator(".checklist-box").nth(1)).to_be_checked()


def test_checklist_items_have_no_bullet(page: Page, site_url):
    page.goto(site_url + "checklists/")
    item = page.locator(".checklist-item").first
    assert item.evaluate("item => getComputedStyle(item).listStyleType") == "none"
