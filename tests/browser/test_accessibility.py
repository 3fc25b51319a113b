"""axe-core, injected from its npm package, finds no serious or critical violation on any
page, in the light and the dark scheme."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("async () => (await axe.run(document)).violations")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in violations if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_violation_on_any_page(page: Page, site_url, site_pages, scheme):
    page.emulate_media(color_scheme=scheme)
    found = {}
    for path in site_pages:
        page.goto(site_url + path)
        if problems := serious_violations(page):
            found[path or "home"] = problems
    assert found == {}


def test_the_search_dialog_passes_when_open(page: Page, site_url):
    page.goto(site_url)
    page.keyboard.press("/")
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Initializing search", timeout=10_000)
    page.get_by_role("textbox", name="Search").press_sequentially("panel")
    page.locator(".md-search-result__item").first.wait_for()
    assert serious_violations(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_story_bank_passes_with_a_story_and_feedback(page: Page, site_url, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "worksheets/star-stories/")
    page.get_by_role("button", name="Add a story").click()
    page.get_by_label("Action", exact=True).fill("We basically did stuff.")
    expect(page.locator(".worksheet-status-text")).to_contain_text("The coach is ready", timeout=60_000)
    expect(page.locator(".story-point").first).to_be_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_interview_plan_passes_with_people_suggestions_and_notes(page: Page, site_url, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "worksheets/interview-plan/")
    page.get_by_role("button", name="Add a person").click()
    page.get_by_label("Name", exact=True).fill("Dana Ortiz")
    page.get_by_label("A point we discussed").fill("The data migration")
    expect(page.locator(".plan-suggestion").first).to_be_visible(timeout=60_000)
    expect(page.locator(".plan-note-body")).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_role("button", name="Erase my data").click()
    assert serious_violations(page) == []
