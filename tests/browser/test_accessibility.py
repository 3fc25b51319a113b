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
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


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
    expect(page.locator(".md-search-result__meta")).not_to_have_text(
        "Initializing search", timeout=10_000
    )
    page.get_by_role("textbox", name="Search").press_sequentially("panel")
    page.locator(".md-search-result__item").first.wait_for()
    assert serious_violations(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_first_round_debrief_passes_with_a_prep_plan(page: Page, site_url, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "worksheets/first-round-debrief/")
    page.get_by_label("How did round one go?").select_option("went-poorly")
    page.get_by_role("button", name="Add a question").click()
    page.get_by_label("The question", exact=True).fill("Why are you leaving?")
    page.get_by_role("button", name="Add a person").click()
    page.get_by_label("Name", exact=True).fill("Dana Ortiz")
    expect(page.locator(".prep-item").first).to_be_visible(timeout=60_000)
    expect(
        page.get_by_role("button", name="Carry into my interview plan: Dana Ortiz")
    ).to_be_visible()
    assert serious_violations(page) == []
    page.locator('[data-output="plan"]').get_by_role(
        "button", name="Add to my STAR stories"
    ).click()
    expect(page.locator(".prep-added")).to_be_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_story_bank_passes_with_a_story_and_feedback(page: Page, site_url, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "worksheets/star-stories/")
    page.get_by_role("button", name="Add a story").click()
    page.get_by_label("Action", exact=True).fill("We basically did stuff.")
    expect(page.locator(".worksheet-status-text")).to_contain_text(
        "The coach is ready", timeout=60_000
    )
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_practice_drill_passes_with_a_question_a_recording_and_a_schedule(
    page: Page, site_url, scheme
):
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "worksheets/practice-drill/")
    page.get_by_role("button", name="Add a question").click()
    page.get_by_label("Question", exact=True).fill("Why this team?")
    page.get_by_label("Points I want to make (optional)").fill("The data work.")
    page.get_by_role("button", name="Next question").click(timeout=60_000)
    expect(page.locator(".drill-question")).to_have_text("Why this team?")
    page.locator(".drill-notes summary").click()
    page.get_by_role("button", name="Start the clock").click()
    page.get_by_role("button", name="Record my answer").click()
    page.get_by_role("button", name="Stop recording").click()
    expect(page.get_by_role("link", name="Download recording")).to_be_visible()
    page.get_by_role("button", name="Good", exact=True).click()
    expect(page.locator('[data-output="schedule"] tbody tr')).to_have_count(1)
    assert serious_violations(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_fit_and_reflection_passes_with_a_decision_note(page: Page, site_url, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + "worksheets/fit-reflection/")
    page.get_by_label("The next steps and their timing were clear").check()
    page.get_by_label("Pressure to accept before my questions were answered").check()
    page.get_by_role("button", name="Add a question").click()
    page.get_by_label("Question", exact=True).fill("Tell me about a time you failed")
    page.get_by_role("button", name="Add something to find out").click()
    page.get_by_label("What I need to know").fill("What is the bonus scheme?")
    expect(page.locator('[data-output="note"] h3').first).to_be_visible(timeout=60_000)
    expect(page.get_by_role("button", name="Add all to my practice drill")).to_be_visible()
    assert serious_violations(page) == []
