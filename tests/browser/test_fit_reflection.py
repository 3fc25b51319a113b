"""Fit and reflection as a visitor uses it after the interview, in Chromium: flags from the
guide and their own, the team and the manager, the questions that caught them off guard and
what they still need to know; the decision note; off-guard questions sent to the practice
drill; reload, the workbook's export and import, print, erase, hostile text and the keyboard."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"
READY = "The coach is ready"
KEY = "second-round:fit-reflection"
DRILL_KEY = "second-round:practice-drill"
OFF_GUARD = [
    ("Tell me about a time you failed", "lost"),
    ("Why do you want to leave so soon?", "clear"),
]


def open_sheet(page: Page, site_url: str) -> None:
    page.goto(site_url + "worksheets/fit-reflection/")


def wait_for_python(page: Page) -> None:
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)


def records(page: Page, name: str):
    return page.locator(f".ws-records--{name} > .ws-list > .ws-record")


def note(page: Page):
    return page.locator('[data-output="note"]')


def saved(page: Page, key: str = KEY) -> dict | None:
    raw = page.evaluate(f"localStorage.getItem('{key}')")
    return json.loads(raw) if raw else None


def drill_questions(page: Page) -> list[str]:
    return [
        question["text"] for question in (saved(page, DRILL_KEY) or {}).get("own_questions", [])
    ]


def add_own_flag(page: Page, text: str, tone: str) -> None:
    page.get_by_role("button", name="Add a flag of my own").click()
    card = records(page, "own_flags").last
    card.get_by_label("What I noticed").fill(text)
    card.get_by_label("Green or red").select_option(tone)


def add_off_guard(page: Page, question: str, clarity: str) -> None:
    page.get_by_role("button", name="Add a question").click()
    card = records(page, "off_guard").last
    card.get_by_label("Question", exact=True).fill(question)
    card.get_by_label("How clear my answer was").select_option(clarity)


def add_to_know(page: Page, text: str) -> None:
    page.get_by_role("button", name="Add something to find out").click()
    records(page, "still_to_know").last.get_by_label("What I need to know").fill(text)


def write_a_fit_note(page: Page, site_url: str) -> None:
    open_sheet(page, site_url)
    page.get_by_label("The next steps and their timing were clear").check()
    page.get_by_label("Pressure to accept before my questions were answered").check()
    add_own_flag(page, "They laughed together at lunch", "green")
    page.get_by_label("How the team felt").fill("Relaxed, and kind to each other.")
    page.get_by_label("Would I respect my manager?").select_option(label="With doubts")
    for question, clarity in OFF_GUARD:
        add_off_guard(page, question, clarity)
    add_to_know(page, "What is the bonus scheme?")
    add_to_know(page, "What would my first project be?")
    wait_for_python(page)
    expect(note(page)).to_contain_text("You noted 2 green flags and 1 red flag")


def test_a_fit_note_weighs_both_sides_and_routes_the_open_questions(page: Page, site_url):
    write_a_fit_note(page, site_url)
    shown = note(page)
    expect(shown.locator("h4")).to_have_text(
        ["Green flags", "Red flags", "To ask HR or the recruiter", "To ask the hiring manager"]
    )
    expect(shown.locator("h4:text('Green flags') + ul li")).to_have_text(
        ["The next steps and their timing were clear", "They laughed together at lunch (my own)"]
    )
    expect(shown.locator("h4:text('Red flags') + ul li")).to_have_text(
        ["Pressure to accept before my questions were answered"]
    )
    expect(shown).to_contain_text("the decision stays yours")
    expect(shown).to_contain_text("“with doubts”")
    hr = shown.locator("h4:text('To ask HR or the recruiter') + ul li .fit-question")
    expect(hr.first).to_have_text("What is the bonus scheme?")
    expect(hr).to_contain_text(["Could I have the offer in writing"])
    expect(
        shown.locator("h4:text('To ask the hiring manager') + ul li .fit-question")
    ).to_have_text(["What would my first project be?"])
    steps = shown.locator("h3:text('For the next round') + ul > li > strong")
    expect(steps).to_have_text([OFF_GUARD[0][0], OFF_GUARD[1][0]])
    link = shown.get_by_role(
        "link", name="Pressure to accept before my questions were answered", exact=True
    )
    expect(link).to_have_attribute(
        "href", site_url + "guide/pay-and-offers/#asking-for-time-to-decide"
    )


def test_off_guard_questions_go_to_the_practice_drill_one_or_all(page: Page, site_url):
    write_a_fit_note(page, site_url)
    first = records(page, "off_guard").first
    first.get_by_role("button", name=f"Add to my practice drill: {OFF_GUARD[0][0]}").click()
    expect(first.locator('[data-output="drill"]')).to_contain_text("In your practice drill")
    expect(first.get_by_role("link", name="Open my practice drill")).to_be_focused()
    assert drill_questions(page) == [OFF_GUARD[0][0]]
    expect(note(page).locator("h3:text('For the next round') + ul > li").first).to_contain_text(
        "Already in your practice drill"
    )
    practise = page.locator('[data-output="practise"]')
    expect(practise).to_contain_text("1 of these 2 questions is in your practice drill")
    practise.get_by_role("button", name="Add all to my practice drill").click()
    expect(practise).to_contain_text("Every question here is in your practice drill")
    expect(practise.get_by_role("button", name="Add all to my practice drill")).to_have_count(0)
    assert drill_questions(page) == [OFF_GUARD[0][0], OFF_GUARD[1][0]]
    page.reload()
    wait_for_python(page)
    expect(records(page, "off_guard").nth(1).locator('[data-output="drill"]')).to_contain_text(
        "In your practice drill"
    )
    page.goto(site_url + "worksheets/practice-drill/")
    own = page.locator(".ws-records--own_questions .ws-record")
    expect(own.first.get_by_label("Question", exact=True)).to_have_value(OFF_GUARD[0][0])
    expect(own).to_have_count(2)


def test_everything_survives_a_reload(page: Page, site_url):
    write_a_fit_note(page, site_url)
    before = saved(page)
    page.reload()
    expect(page.get_by_label("The next steps and their timing were clear")).to_be_checked()
    expect(page.get_by_label("Would I respect my manager?")).to_have_value("with-doubts")
    expect(records(page, "off_guard").first.get_by_label("How clear my answer was")).to_have_value(
        "lost"
    )
    expect(records(page, "own_flags").first.get_by_label("What I noticed")).to_have_value(
        "They laughed together at lunch"
    )
    wait_for_python(page)
    expect(note(page)).to_contain_text("You noted 2 green flags and 1 red flag")
    assert saved(page) == before


def test_the_markdown_export_holds_the_reflection_and_the_note(page: Page, site_url, tmp_path):
    write_a_fit_note(page, site_url)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export Markdown").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    text = path.read_text(encoding="utf-8")
    assert path.name == "fit-reflection.md"
    assert text.startswith("# My fit and reflection") and "## Decision note" in text
    assert "- What is the bonus scheme?" in text and "Relaxed, and kind to each other." in text


def test_the_workbook_exports_and_imports_the_reflection_and_the_drill(
    page: Page, site_url, tmp_path
):
    write_a_fit_note(page, site_url)
    page.locator('[data-output="practise"]').get_by_role(
        "button", name="Add all to my practice drill"
    ).click()
    expect(page.locator('[data-output="practise"]')).to_contain_text("Every question here")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    path = tmp_path / "workbook.json"
    download.value.save_as(path)
    workbook = json.loads(path.read_text(encoding="utf-8"))
    assert {"fit-reflection", "practice-drill"} <= set(workbook["worksheets"])
    before, drill_before = saved(page), saved(page, DRILL_KEY)
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase every worksheet").click()
    expect(records(page, "off_guard")).to_have_count(0)
    assert saved(page, DRILL_KEY) is None
    expect(note(page)).to_contain_text("the decision note writes itself")
    page.get_by_label("Import JSON").set_input_files(path)
    expect(page.locator(".worksheet-message")).to_contain_text("Imported")
    expect(records(page, "off_guard")).to_have_count(2)
    assert saved(page) == before and saved(page, DRILL_KEY) == drill_before
    expect(note(page)).to_contain_text("You noted 2 green flags and 1 red flag")


def test_erase_asks_first_and_cancel_keeps_the_notes(page: Page, site_url):
    write_a_fit_note(page, site_url)
    before = saved(page)
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Cancel").click()
    assert saved(page) == before
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase this worksheet").click()
    expect(records(page, "off_guard")).to_have_count(0)
    expect(page.get_by_label("The next steps and their timing were clear")).not_to_be_checked()
    assert saved(page) is None


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{ not json", "not valid JSON"),
        ('{"format": "second-round/fit-reflection", "version": 9}', "newer version"),
        (
            '{"format": "second-round/fit-reflection", "version": 1, "green_flags": ["pressed-to-accept"], '
            '"own_flags": [], "off_guard": [], "still_to_know": []}',
            "green flags i saw",
        ),
        (
            '{"format": "second-round/fit-reflection", "version": 1, "own_flags": [{"text": "x", "tone": "amber"}], '
            '"off_guard": [], "still_to_know": []}',
            "Flag 1",
        ),
    ],
)
def test_a_broken_import_changes_nothing(page: Page, site_url, tmp_path, content, says):
    write_a_fit_note(page, site_url)
    before = saved(page)
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    page.get_by_label("Import JSON").set_input_files(broken)
    message = page.locator(".worksheet-message")
    expect(message).to_contain_text(says)
    expect(message).to_contain_text("Your saved notes are unchanged")
    assert saved(page) == before


def test_the_decision_note_prints_alone(page: Page, site_url):
    write_a_fit_note(page, site_url)
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Print decision note").click()
    page.emulate_media(media="print")
    expect(note(page)).to_be_visible()
    expect(note(page)).to_contain_text("Before I say yes")
    for hidden in (
        ".md-header",
        ".md-sidebar--primary",
        ".worksheet-toolbar",
        ".ws-records--off_guard",
        ".ws-field--checkboxes",
        '[data-output="practise"]',
        ".admonition",
    ):
        expect(page.locator(hidden).first).to_be_hidden()


def test_hostile_text_stays_text_in_flags_questions_the_note_and_the_drill(
    page: Page, site_url, tmp_path
):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_sheet(page, site_url)
    add_own_flag(page, XSS, "red")
    page.get_by_label("How the team felt").fill(XSS)
    add_off_guard(page, XSS, "muddled")
    add_to_know(page, XSS)
    wait_for_python(page)
    expect(note(page).locator("h4:text('Red flags') + ul li")).to_have_text([f"{XSS} (my own)"])
    expect(note(page).locator(".fit-question")).to_contain_text([XSS])
    records(page, "off_guard").first.get_by_role(
        "button", name=f"Add to my practice drill: {XSS}"
    ).click()
    assert drill_questions(page) == [XSS]
    with page.expect_download() as download:
        page.get_by_role("button", name="Export Markdown").click()
    markdown = tmp_path / "fit.md"
    download.value.save_as(markdown)
    assert "<img" not in markdown.read_text(encoding="utf-8")
    page.reload()
    wait_for_python(page)
    expect(note(page)).to_contain_text(XSS)
    page.goto(site_url + "worksheets/practice-drill/")
    expect(
        page.locator(".ws-records--own_questions .ws-record").first.get_by_label(
            "Question", exact=True
        )
    ).to_have_value(XSS)
    assert page.locator('img[src="x"]').count() == 0
    assert dialogs == []


def test_the_reflection_works_from_the_keyboard(page: Page, site_url):
    open_sheet(page, site_url)
    wait_for_python(page)
    page.get_by_label("Everyone described the job the same way").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Add a flag of my own").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("What I noticed")).to_be_focused()
    page.keyboard.type("Typed with keys")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Green or red")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.get_by_role("button", name="Add a question").focus()
    page.keyboard.press("Enter")
    page.keyboard.type("A question typed with keys")
    add = page.get_by_role("button", name="Add to my practice drill: A question typed with keys")
    add.focus()
    page.keyboard.press("Enter")
    expect(
        records(page, "off_guard").first.get_by_role("link", name="Open my practice drill")
    ).to_be_focused()
    document = saved(page)
    assert document["green_flags"] == ["same-story-everywhere"]
    assert (
        document["own_flags"][0]["text"] == "Typed with keys"
        and document["own_flags"][0]["tone"] == "green"
    )
    assert drill_questions(page) == ["A question typed with keys"]
    expect(note(page)).to_contain_text("Typed with keys (my own)")
