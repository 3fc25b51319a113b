"""The first-round debrief as a visitor uses it, in Chromium: a poor round one debriefed into
a prep plan whose first items are stories to write, a story sent to the STAR bank in one
click, a person carried into the interview plan, and everything the kit promises: reload,
the workbook's export and import, Markdown, a broken import, hostile text, the keyboard,
print and erase."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"
READY = "The coach is ready"
PAGE = "worksheets/first-round-debrief/"
KEY = "second-round:first-round-debrief"
QUESTION = "Tell me about a time you missed a deadline"
CONCERN = "Not enough experience with SQL"
ADD_STORY = re.compile(r"^Add to my STAR stories: ")


def open_debrief(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)


def wait_for_python(page: Page) -> None:
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)


def cards(page: Page, name: str):
    return page.locator(f".ws-records--{name} > .ws-list > .ws-record")


def add(page: Page, button: str, list_name: str, fields: dict[str, str]) -> None:
    page.get_by_role("button", name=button, exact=True).click()
    card = cards(page, list_name).last
    for label, value in fields.items():
        control = card.get_by_label(label, exact=True)
        if control.evaluate("el => el.tagName") == "SELECT":
            control.select_option(value)
        else:
            control.fill(value)


def debrief_a_poor_round(page: Page, site_url: str) -> None:
    open_debrief(page, site_url)
    page.get_by_label("How did round one go?").select_option("went-poorly")
    page.get_by_label("What went poorly, and why").fill(
        "The manager did all the talking and I barely spoke."
    )
    page.get_by_label("What I learned about the role and the company").fill(
        "Team of six\nWho would I report to?"
    )
    add(
        page,
        "Add a question",
        "answers",
        {"The question": QUESTION, "What I said": "I blamed the vendor."},
    )
    add(page, "Add a concern", "concerns", {"Concern": CONCERN, "What it was about": "skills"})
    add(
        page,
        "Add an accomplishment",
        "accomplishments",
        {"Accomplishment": "Cut invoice errors by 40%"},
    )
    add(
        page,
        "Add a person",
        "people",
        {
            "Name": "Dana Ortiz",
            "Role": "Head of Data",
            "Kind of interviewer": "hiring-manager",
            "What I noticed about them": "Kept asking about deadlines.",
        },
    )
    wait_for_python(page)
    expect(plan(page).locator(".prep-section--stories .prep-item")).to_have_count(3)


def plan(page: Page):
    return page.locator('[data-output="plan"]')


def saved(page: Page, key: str = KEY) -> dict | None:
    value = page.evaluate(f"localStorage.getItem({json.dumps(key)})")
    return json.loads(value) if value else None


def test_a_poor_round_one_becomes_a_plan_whose_first_items_are_stories_to_write(
    page: Page, site_url
):
    debrief_a_poor_round(page, site_url)
    expect(plan(page).locator("h3")).to_have_text(
        [
            "Stories to write or rework",
            "Recovering from round one",
            "Concerns to answer, and how",
            "Facts to research",
            "Questions to ask next time",
        ]
    )
    stories = plan(page).locator(".prep-section--stories .prep-item-text")
    expect(stories).to_have_text(
        [
            f"Find a story that answers their doubt: “{CONCERN}”",
            f"Rework your answer to “{QUESTION}”",
            "Write up “Cut invoice errors by 40%” as a story",
        ]
    )
    expect(plan(page).locator(".prep-summary")).to_contain_text("Start with the 3 stories to write")
    recovery = plan(page).locator(".prep-section--round-one")
    expect(recovery.locator(".prep-item-text").first).to_have_text(
        "Make your case in the opening minutes"
    )
    expect(recovery.get_by_role("link", name="What it might mean").first).to_have_attribute(
        "href", site_url + "guide/first-round-review/#what-it-might-mean"
    )


def test_every_link_in_the_plan_opens_a_page_of_the_site(page: Page, site_url):
    debrief_a_poor_round(page, site_url)
    hrefs = set(plan(page).locator("a").evaluate_all("links => links.map((a) => a.href)"))
    assert len(hrefs) > 10
    for href in hrefs:
        address, _, anchor = href.partition("#")
        assert address.startswith(site_url)
        response = page.request.get(address)
        assert response.ok, href
        assert not anchor or f'id="{anchor}"' in response.text(), href


def test_add_to_my_star_stories_puts_the_story_in_the_star_bank_in_one_click(page: Page, site_url):
    debrief_a_poor_round(page, site_url)
    plan(page).get_by_role("button", name=f"Add to my STAR stories: {QUESTION}").click()
    added = plan(page).locator(".prep-added")
    expect(added).to_have_text(f"Added “{QUESTION}” to your STAR stories. Open my STAR stories")
    expect(added.get_by_role("link", name="Open my STAR stories")).to_be_focused()
    item = plan(page).locator(".prep-section--stories .prep-item").last
    expect(item).to_contain_text("Already in your STAR stories.")
    expect(plan(page).get_by_role("button", name=ADD_STORY)).to_have_count(2)
    expect(plan(page).locator(".prep-summary")).to_contain_text(
        "(1 more is already in your STAR bank)"
    )
    added.get_by_role("link", name="Open my STAR stories").click()
    expect(page).to_have_url(site_url + "worksheets/star-stories/")
    expect(page.locator(".ws-record-heading")).to_have_text([f"Story 1: {QUESTION}"])
    expect(page.get_by_label("Answers (optional)", exact=False)).to_have_value(QUESTION)


def test_a_question_card_offers_its_story_too_and_says_so_there(page: Page, site_url):
    debrief_a_poor_round(page, site_url)
    card = cards(page, "answers").first
    status = card.locator('[data-output="next"]')
    expect(status).to_contain_text("Story 2 of 3 to write in your prep plan.")
    card.get_by_role("button", name=f"Add to my STAR stories: {QUESTION}").click()
    expect(status).to_have_text(f"Added “{QUESTION}” to your STAR stories. Open my STAR stories")
    expect(status.get_by_role("link", name="Open my STAR stories")).to_be_focused()
    expect(plan(page).locator(".prep-added")).to_have_count(0)
    expect(plan(page).locator(".prep-section--stories .prep-item").last).to_contain_text(QUESTION)
    assert [story["answers"] for story in saved(page, "second-round:star-bank")["stories"]] == [
        QUESTION
    ]


def test_a_person_met_is_carried_into_the_interview_plan_as_met_in_round_one(page: Page, site_url):
    debrief_a_poor_round(page, site_url)
    person = cards(page, "people").first
    person.get_by_role("button", name="Carry into my interview plan: Dana Ortiz").click()
    expect(person.locator('[data-output="carry"]')).to_contain_text(
        "Added Dana Ortiz to your interview plan, marked as met in round one."
    )
    expect(person.get_by_role("link", name="Open my interview plan")).to_be_focused()
    assert [p["name"] for p in saved(page, "second-round:interview-plan")["people"]] == [
        "Dana Ortiz"
    ]
    person.get_by_role("link", name="Open my interview plan").click()
    card = page.locator(".ws-records--people > .ws-list > .ws-record")
    expect(card).to_have_count(1)
    expect(card.get_by_label("Name", exact=True)).to_have_value("Dana Ortiz")
    expect(card.get_by_label("Role", exact=True)).to_have_value("Head of Data")
    expect(card.get_by_label("Kind of interviewer")).to_have_value("hiring-manager")
    expect(card.get_by_label("Met in round one")).to_be_checked()
    expect(card.get_by_label("What I know about them")).to_have_value(
        "Kept asking about deadlines."
    )
    open_debrief(page, site_url)
    wait_for_python(page)
    expect(cards(page, "people").first.locator('[data-output="carry"]')).to_contain_text(
        "Already in your interview plan."
    )
    expect(page.get_by_role("button", name=re.compile("^Carry "))).to_have_count(0)


def test_the_debrief_and_its_plan_survive_a_reload(page: Page, site_url):
    debrief_a_poor_round(page, site_url)
    plan(page).get_by_role("button", name=f"Add to my STAR stories: {CONCERN}").click()
    expect(plan(page).locator(".prep-added")).to_be_visible()
    page.reload()
    expect(page.get_by_label("How did round one go?")).to_have_value("went-poorly")
    expect(cards(page, "answers").first.get_by_label("What I said")).to_have_value(
        "I blamed the vendor."
    )
    wait_for_python(page)
    first = plan(page).locator(".prep-section--stories .prep-item").first
    expect(first).to_contain_text(f"Rework your answer to “{QUESTION}”")
    expect(plan(page).locator(".prep-section--stories .prep-item").last).to_contain_text(
        "Already in your STAR stories."
    )


def test_the_workbook_exports_and_imports_the_debrief(page: Page, site_url, tmp_path):
    debrief_a_poor_round(page, site_url)
    plan(page).get_by_role("button", name=f"Add to my STAR stories: {QUESTION}").click()
    expect(plan(page).locator(".prep-added")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    path = tmp_path / "workbook.json"
    download.value.save_as(path)
    assert list(json.loads(path.read_text(encoding="utf-8"))["worksheets"]) == [
        "first-round-debrief",
        "star-bank",
    ]
    before = saved(page)
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase every worksheet").click()
    expect(cards(page, "answers")).to_have_count(0)
    expect(page.get_by_label("How did round one go?")).to_have_value("")
    page.get_by_label("Import JSON").set_input_files(path)
    expect(page.locator(".worksheet-message")).to_contain_text("Imported 1 question and 1 story")
    expect(cards(page, "answers")).to_have_count(1)
    assert saved(page) == before
    expect(plan(page).locator(".prep-section--stories .prep-item").last).to_contain_text(
        "Already in your STAR stories."
    )


def test_the_markdown_export_holds_the_debrief_and_the_plan(page: Page, site_url, tmp_path):
    debrief_a_poor_round(page, site_url)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export Markdown").click()
    assert download.value.suggested_filename == "first-round-debrief.md"
    path = tmp_path / "debrief.md"
    download.value.save_as(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# My first-round debrief\n\n**How round one went:** It went poorly")
    assert f"### {QUESTION}" in text
    assert "## Stories to write or rework\n\n1. **Find a story that answers their doubt" in text
    assert "## Recovering from round one" in text


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{ not json", "not valid JSON"),
        (
            '{"format": "second-round/first-round-debrief", "version": 9, "answers": []}',
            "newer version",
        ),
        (
            '{"format": "second-round/first-round-debrief", "version": 1, "answers": [], "round_one": {"outcome": "awful"}}',
            "how did round one go",
        ),
        (
            '{"format": "second-round/workbook", "version": 1, "worksheets": {"first-round-debrief": []}}',
            "First-round debrief",
        ),
    ],
)
def test_a_broken_import_changes_nothing(page: Page, site_url, tmp_path, content, says):
    debrief_a_poor_round(page, site_url)
    before = saved(page)
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    page.get_by_label("Import JSON").set_input_files(broken)
    message = page.locator(".worksheet-message")
    expect(message).to_contain_text(says)
    expect(message).to_contain_text("Your saved notes are unchanged")
    assert saved(page) == before


def test_hostile_text_stays_text_in_the_plan_the_buttons_and_the_markdown(
    page: Page, site_url, tmp_path
):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_debrief(page, site_url)
    page.get_by_label("How did round one go?").select_option("mixed")
    for label in (
        "What went well",
        "What went poorly, and why",
        "What I learned about the role and the company",
    ):
        page.get_by_label(label).fill(XSS)
    add(page, "Add a question", "answers", {"The question": XSS, "What I would say now": XSS})
    add(page, "Add a concern", "concerns", {"Concern": XSS, "What made me think so": XSS})
    add(page, "Add a person", "people", {"Name": XSS, "Role": XSS})
    add(page, "Add a story to write", "stories_needed", {"Story to write": XSS + " again"})
    wait_for_python(page)
    expect(plan(page).locator(".prep-section--stories .prep-item-text").first).to_contain_text(XSS)
    plan(page).get_by_role("button", name=f"Add to my STAR stories: {XSS}").first.click()
    expect(plan(page).locator(".prep-added")).to_contain_text(XSS)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export Markdown").click()
    markdown = tmp_path / "debrief.md"
    download.value.save_as(markdown)
    assert "<img" not in markdown.read_text(encoding="utf-8")
    page.reload()
    wait_for_python(page)
    expect(plan(page).locator(".prep-item").first).to_be_visible()
    assert page.locator('img[src="x"]').count() == 0
    page.goto(site_url + "worksheets/star-stories/")
    expect(page.locator(".ws-record-heading").first).to_contain_text(XSS)
    assert page.locator('img[src="x"]').count() == 0
    assert dialogs == []


def test_the_debrief_works_from_the_keyboard(page: Page, site_url):
    open_debrief(page, site_url)
    page.get_by_label("How did round one go?").focus()
    page.keyboard.press("ArrowDown")
    page.get_by_role("button", name="Add a question", exact=True).focus()
    page.keyboard.press("Enter")
    expect(cards(page, "answers").first.get_by_label("The question", exact=True)).to_be_focused()
    page.keyboard.type("Why did the project slip?")
    expect(cards(page, "answers").first.locator(".ws-record-heading")).to_have_text(
        "Question 1: Why did the project slip?"
    )
    wait_for_python(page)
    add_button = plan(page).get_by_role("button", name=ADD_STORY)
    add_button.focus()
    page.keyboard.press("Enter")
    expect(plan(page).get_by_role("link", name="Open my STAR stories").first).to_be_focused()
    assert [story["title"] for story in saved(page, "second-round:star-bank")["stories"]] == [
        "Why did the project slip?"
    ]
    assert saved(page)["round_one"]["outcome"] != ""


def test_print_prep_plan_prints_the_plan_alone(page: Page, site_url):
    debrief_a_poor_round(page, site_url)
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Print prep plan").click()
    page.emulate_media(media="print")
    expect(plan(page)).to_be_visible()
    expect(plan(page).locator(".prep-item").first).to_be_visible()
    expect(plan(page).get_by_role("button", name=ADD_STORY).first).to_be_hidden()
    for hidden in (".md-header", ".worksheet-toolbar", ".ws-records--answers", ".ws-group"):
        expect(page.locator(hidden).first).to_be_hidden()


def test_erase_asks_first_and_cancel_keeps_everything(page: Page, site_url):
    debrief_a_poor_round(page, site_url)
    before = saved(page)
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Cancel").click()
    assert saved(page) == before
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase this worksheet").click()
    expect(cards(page, "answers")).to_have_count(0)
    expect(page.locator(".worksheet-message")).to_contain_text(
        "Your First-round debrief notes were erased"
    )
    expect(plan(page).locator(".prep-section--stories .prep-empty")).to_be_visible()
