"""The interview plan as a visitor uses it, in Chromium: a three-person panel with suggested
questions and no repeats, must-asks, thank-you notes, the calendar reminder, the day sheet,
the workbook's export and import, and hostile text that stays text."""

from __future__ import annotations

import json
import re

import icalendar
import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"
READY = "The coach is ready"
PANEL = [
    ("Dana Ortiz", "Head of Data", "hiring-manager", "our plans for the reporting backlog"),
    ("Sam Lee", "Talent partner", "hr", "how onboarding works in the first month"),
    ("Priya Shah", "Analyst", "peer", "the weekly planning meeting"),
]
STORY = {
    "id": "s-1",
    "title": "Rescued the billing migration",
    "situation": "Cut-over was close.",
    "task": "I owned the checks.",
    "action": "I wrote the scripts and ran them nightly.",
    "result": "We switched over with zero errors and saved 12 days.",
    "competencies": ["problem-solving"],
    "answers": "",
}


def open_plan(page: Page, site_url: str) -> None:
    page.goto(site_url + "worksheets/interview-plan/")


def wait_for_python(page: Page) -> None:
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)


def people(page: Page):
    return page.locator(".ws-records--people > .ws-list > .ws-record")


def add_person(page: Page, name: str, role: str, kind: str, discussed: str = "") -> None:
    page.get_by_role("button", name="Add a person").click()
    card = people(page).last
    card.get_by_label("Name", exact=True).fill(name)
    card.get_by_label("Role", exact=True).fill(role)
    card.get_by_label("Kind of interviewer").select_option(kind)
    if discussed:
        card.get_by_label("A point we discussed").fill(discussed)


def plan_a_panel(page: Page, site_url: str, discussed: bool = False) -> None:
    open_plan(page, site_url)
    page.get_by_label("Date and time").fill("2026-12-01T10:00")
    page.get_by_label("Format").select_option("panel")
    page.get_by_label("Place or video link").fill("Head office, third floor")
    for name, role, kind, point in PANEL:
        add_person(page, name, role, kind, point if discussed else "")
    wait_for_python(page)
    for index in range(len(PANEL)):
        expect(people(page).nth(index).locator(".plan-suggestion").first).to_be_visible()


def suggested(page: Page, index: int) -> list[str]:
    return people(page).nth(index).locator(".plan-suggestion > span").all_text_contents()


def saved_plan(page: Page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('second-round:interview-plan')"))


def keep_first_suggestion(page: Page, index: int, must: bool = False) -> str:
    card = people(page).nth(index)
    text = card.locator(".plan-suggestion > span").first.text_content()
    card.get_by_role("button", name=f"Keep: {text}").click()
    question = card.locator(".ws-records--questions .ws-record").last
    expect(question.get_by_label("Question", exact=True)).to_have_value(text)
    if must:
        question.get_by_label("Must ask").check()
    return text


def test_a_panel_gets_suggestions_with_no_question_twice(page: Page, site_url):
    plan_a_panel(page, site_url)
    shown = [suggested(page, index) for index in range(3)]
    assert all(len(texts) == 3 for texts in shown)
    every = [text for texts in shown for text in texts]
    assert len(every) == len(set(every)), "a question was suggested to two people"
    people(page).first.get_by_role("button", name="More suggestions").click()
    more = suggested(page, 0)
    assert len(more) == 6 and not set(more) & set(shown[1] + shown[2])


def test_kept_and_removed_suggestions_and_must_asks_survive_a_reload(page: Page, site_url):
    plan_a_panel(page, site_url)
    kept = keep_first_suggestion(page, 0, must=True)
    removed = suggested(page, 1)[0]
    people(page).nth(1).get_by_role("button", name=f"Remove: {removed}").click()
    expect(people(page).nth(1).locator(".plan-suggestion > span")).not_to_contain_text([removed])
    assert kept not in suggested(page, 0)
    page.reload()
    wait_for_python(page)
    question = people(page).first.locator(".ws-records--questions .ws-record")
    expect(question.get_by_label("Question", exact=True)).to_have_value(kept)
    expect(question.get_by_label("Must ask")).to_be_checked()
    expect(people(page).nth(1).locator(".plan-suggestion").first).to_be_visible()
    assert removed not in suggested(page, 1)
    assert saved_plan(page)["people"][1]["dismissed"] == [removed_id(page, removed)]


def removed_id(page: Page, text: str) -> str:
    bank = page.evaluate(
        "JSON.parse(document.querySelector('.worksheet-data').textContent).data.questions_to_ask"
    )
    return next(question["id"] for question in bank if question["text"] == text)


def test_own_questions_can_be_added_reordered_and_removed(page: Page, site_url):
    open_plan(page, site_url)
    add_person(page, "Dana Ortiz", "Head of Data", "hiring-manager")
    card = people(page).first
    for text in ("First own question?", "Second own question?"):
        card.get_by_role("button", name="Add my own question").click()
        expect(
            card.locator(".ws-records--questions .ws-record").last.get_by_label(
                "Question", exact=True
            )
        ).to_be_focused()
        page.keyboard.type(text)
    questions = card.locator(".ws-records--questions .ws-record")
    questions.last.get_by_role("button", name="Move up").click()
    assert [q["text"] for q in saved_plan(page)["people"][0]["questions"]] == [
        "Second own question?",
        "First own question?",
    ]
    questions.first.get_by_role("button", name="Remove").click()
    expect(questions).to_have_count(1)
    page.get_by_role("button", name="Undo").click()
    expect(questions).to_have_count(2)


def test_the_coach_flags_pay_with_the_wrong_person_and_a_person_with_no_question(
    page: Page, site_url
):
    open_plan(page, site_url)
    add_person(page, "Dana Ortiz", "Head of Data", "hiring-manager")
    add_person(page, "Sam Lee", "Talent partner", "hr")
    card = people(page).first
    card.get_by_role("button", name="Add my own question").click()
    page.keyboard.type("What is the salary range for this role?")
    wait_for_python(page)
    checks = page.locator('[data-output="checks"]')
    expect(checks).to_contain_text("Dana Ortiz")
    expect(checks).to_contain_text("Sam Lee")
    expect(checks.locator(".plan-check")).to_have_count(2)


def test_three_people_get_three_different_notes_with_email_links(page: Page, site_url):
    plan_a_panel(page, site_url, discussed=True)
    people(page).first.get_by_label("Email (optional)").fill("dana@example.com")
    bodies = page.locator(".plan-note-body")
    expect(bodies).to_have_count(3)
    texts = bodies.all_text_contents()
    for (name, _, _, point), text in zip(PANEL, texts, strict=True):
        assert name.split()[0] in text and point in text
    without_names = [re.sub(r"Dana|Sam|Priya", "NAME", text) for text in texts]
    assert len(set(without_names)) == 3
    link = people(page).first.get_by_role("link", name="Open in email")
    expect(link).to_have_attribute(
        "href", re.compile(r"^mailto:dana@example\.com\?subject=.+&body=.+Dana")
    )


def test_copy_note_puts_the_note_on_the_clipboard(page: Page, site_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    plan_a_panel(page, site_url, discussed=True)
    people(page).first.get_by_role("button", name="Copy note").click()
    expect(people(page).first.locator(".plan-note-status")).to_have_text("Note copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Dana" in copied and PANEL[0][3] in copied


def test_the_reminder_is_a_calendar_file_a_calendar_can_read(page: Page, site_url, tmp_path):
    plan_a_panel(page, site_url)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download reminder").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.suffix == ".ics"
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["SUMMARY"]) == "Send thank-you notes"
    start = event.decoded("DTSTART")
    assert (start.year, start.month, start.day) == (2026, 12, 1)
    assert "Dana Ortiz" in str(event["DESCRIPTION"])
    assert list(event.walk("VALARM"))


def test_the_day_sheet_prints_alone_with_must_asks_and_top_stories(page: Page, site_url):
    page.add_init_script(f"""if (!localStorage.getItem("second-round:star-bank")) localStorage.setItem(
        "second-round:star-bank", JSON.stringify({{format: "second-round/star-bank", version: 1, stories: [{json.dumps(STORY)}]}}));""")
    plan_a_panel(page, site_url)
    kept = keep_first_suggestion(page, 0, must=True)
    sheet = page.locator('[data-output="day_sheet"]')
    expect(sheet).to_contain_text(kept)
    expect(sheet).to_contain_text("Rescued the billing migration")
    expect(sheet).to_contain_text("Head office, third floor")
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Print day sheet").click()
    page.emulate_media(media="print")
    expect(sheet).to_be_visible()
    for hidden in (
        ".md-header",
        ".md-sidebar--primary",
        ".worksheet-toolbar",
        ".ws-records--people",
        ".ws-group",
        ".admonition",
    ):
        expect(page.locator(hidden).first).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert (
        pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page\r") + pdf.count(b"/Type /Page ") <= 2
        or len(pdf) < 200_000
    )


def test_the_workbook_exports_and_imports_both_worksheets(page: Page, site_url, tmp_path):
    page.add_init_script(f"""if (!localStorage.getItem("second-round:star-bank")) localStorage.setItem(
        "second-round:star-bank", JSON.stringify({{format: "second-round/star-bank", version: 1, stories: [{json.dumps(STORY)}]}}));""")
    plan_a_panel(page, site_url)
    keep_first_suggestion(page, 2, must=True)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    path = tmp_path / "workbook.json"
    download.value.save_as(path)
    workbook = json.loads(path.read_text(encoding="utf-8"))
    assert list(workbook["worksheets"]) == ["star-bank", "interview-plan"]
    before = saved_plan(page)
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase every worksheet").click()
    expect(people(page)).to_have_count(0)
    assert page.evaluate("localStorage.getItem('second-round:star-bank')") is None
    page.get_by_label("Import JSON").set_input_files(path)
    expect(page.locator(".worksheet-message")).to_contain_text("Imported 1 story and 3 people")
    expect(people(page)).to_have_count(3)
    assert saved_plan(page) == before
    page.goto(site_url + "worksheets/star-stories/")
    expect(page.locator(".ws-record-heading")).to_have_text(
        ["Story 1: Rescued the billing migration"]
    )


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{ not json", "not valid JSON"),
        ('{"format": "second-round/interview-plan", "version": 7, "people": []}', "newer version"),
        (
            '{"format": "second-round/interview-plan", "version": 1, "people": [{"kind": "boss"}]}',
            "Person 1",
        ),
        (
            '{"format": "second-round/workbook", "version": 1, "worksheets": {"star-bank": []}}',
            "STAR story bank",
        ),
    ],
)
def test_a_broken_import_changes_nothing(page: Page, site_url, tmp_path, content, says):
    open_plan(page, site_url)
    add_person(page, "Dana Ortiz", "Head of Data", "hiring-manager")
    wait_for_python(page)
    before = saved_plan(page)
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    page.get_by_label("Import JSON").set_input_files(broken)
    message = page.locator(".worksheet-message")
    expect(message).to_contain_text(says)
    expect(message).to_contain_text("Your saved notes are unchanged")
    assert saved_plan(page) == before


def test_hostile_text_stays_text_on_the_page_in_notes_and_on_the_day_sheet(
    page: Page, site_url, tmp_path
):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_plan(page, site_url)
    page.get_by_label("Place or video link").fill(XSS)
    add_person(page, XSS, XSS, "hr", XSS)
    card = people(page).first
    card.get_by_label("Something I did not get to say").fill(XSS)
    card.get_by_role("button", name="Add my own question").click()
    page.keyboard.type(XSS)
    wait_for_python(page)
    expect(page.locator(".plan-note-body")).to_contain_text(XSS)
    expect(page.locator('[data-output="day_sheet"]')).to_contain_text(XSS)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export Markdown").click()
    markdown = tmp_path / "plan.md"
    download.value.save_as(markdown)
    assert "<img" not in markdown.read_text(encoding="utf-8")
    page.reload()
    wait_for_python(page)
    assert page.locator('img[src="x"]').count() == 0
    assert dialogs == []


def test_the_plan_works_from_the_keyboard(page: Page, site_url):
    open_plan(page, site_url)
    page.get_by_role("button", name="Add a person").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Name", exact=True)).to_be_focused()
    page.keyboard.type("Typed with keys")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Role", exact=True)).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")
    assert saved_plan(page)["people"][0]["name"] == "Typed with keys"
    expect(people(page).first.locator(".ws-record-heading")).to_have_text(
        "Person 1: Typed with keys"
    )


def test_typing_is_saved_while_python_is_still_loading(page: Page, site_url, site_server):
    site_server.delays[".wasm"] = 8
    try:
        open_plan(page, site_url)
        add_person(page, "Typed before Python", "Role", "peer")
        expect(page.locator(".worksheet-status-text")).not_to_contain_text(READY)
        page.reload()
        expect(page.get_by_label("Name", exact=True)).to_have_value("Typed before Python")
    finally:
        site_server.delays.clear()


SNAPSHOT_SAVED = "performance.getEntriesByName('worksheet:cached-for-next-visit').length > 0"
RESTORED = "performance.getEntriesByName('worksheet:python-ready')[0].detail.restored"


def test_the_plan_starts_warm_after_a_visit_to_the_story_bank(page: Page, site_url):
    page.goto(site_url + "worksheets/star-stories/")
    wait_for_python(page)
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)
    open_plan(page, site_url)
    wait_for_python(page)
    assert page.evaluate(RESTORED) is True
