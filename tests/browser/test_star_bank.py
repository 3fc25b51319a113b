"""The STAR story bank as a visitor uses it, in Chromium: Python's feedback, saving,
export and import, deleting with undo, hostile text, and a page that works before Python."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"
STORY = {
    "Title": "Rescued the billing migration",
    "Situation": "Our billing system was being replaced and the cut-over was three weeks away.",
    "Task": "I was responsible for proving that 40,000 customer accounts moved across intact.",
    "Action": (
        "I wrote reconciliation scripts that compared every balance, I ran them nightly, "
        "and I walked the finance lead through each mismatch until we agreed a fix. "
        "I also set up a rollback plan and rehearsed it twice with the operations team."
    ),
    "Result": "We switched over on the planned date with zero billing errors and saved 12 days of manual checks.",
}
READY = "The coach is ready"


def open_bank(page: Page, site_url: str) -> None:
    page.goto(site_url + "worksheets/star-stories/")


def wait_for_python(page: Page) -> None:
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)


def add_story(page: Page, fields: dict[str, str]) -> None:
    page.get_by_role("button", name="Add a story").click()
    card = page.locator(".ws-record").last
    for label, text in fields.items():
        card.get_by_label(label, exact=True).fill(text)


def saved_bank(page: Page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('second-round:star-bank')"))


def test_a_story_gets_feedback_from_python(page: Page, site_url):
    open_bank(page, site_url)
    add_story(page, STORY)
    wait_for_python(page)
    feedback = page.locator('[data-output="feedback"]').first
    expect(feedback.locator(".story-verdict")).not_to_be_empty()
    expect(feedback).to_contain_text("seconds spoken")
    expect(feedback.locator(".story-point--good").first).to_be_visible()
    page.locator(".ws-record").first.get_by_label("Result", exact=True).fill("It went well.")
    expect(feedback).to_contain_text("The Result has no number in it")


def test_coverage_lists_the_questions_a_tagged_story_answers(page: Page, site_url):
    open_bank(page, site_url)
    add_story(page, STORY)
    page.locator(".ws-record").first.get_by_label("Problem solving").check()
    wait_for_python(page)
    summary = page.locator(".star-coverage-summary")
    expect(summary).not_to_contain_text("0 of")
    grid = page.locator(".star-coverage-grid")
    expect(grid.locator("thead th").nth(1)).to_have_attribute("title", STORY["Title"])
    expect(grid.locator(".star-tick-mark").first).to_be_visible()
    expect(page.locator(".star-gap").first).to_contain_text("No story yet")


def test_stories_survive_a_reload(page: Page, site_url):
    open_bank(page, site_url)
    add_story(page, STORY)
    add_story(page, {"Title": "Second story"})
    page.reload()
    cards = page.locator(".ws-record")
    expect(cards).to_have_count(2)
    for label, text in STORY.items():
        expect(cards.first.get_by_label(label, exact=True)).to_have_value(text)
    expect(cards.nth(1).locator(".ws-record-heading")).to_have_text("Story 2: Second story")


def test_typing_is_saved_while_python_is_still_loading(page: Page, site_url, site_server):
    site_server.delays[".wasm"] = 8
    try:
        open_bank(page, site_url)
        add_story(page, {"Title": "Typed before Python", "Action": "I did it myself."})
        expect(page.locator(".worksheet-status-text")).not_to_contain_text(READY)
        assert saved_bank(page)["stories"][0]["title"] == "Typed before Python"
        page.reload()
        expect(page.get_by_label("Title", exact=True)).to_have_value("Typed before Python")
    finally:
        site_server.delays.clear()


def test_a_clear_message_when_python_cannot_load(page: Page, site_url, site_server):
    site_server.refused.add(".whl")
    try:
        open_bank(page, site_url)
        add_story(page, {"Title": "Still saved"})
        expect(page.locator(".worksheet-status-text")).to_contain_text(
            "could not load", timeout=30_000
        )
        assert saved_bank(page)["stories"][0]["title"] == "Still saved"
        expect(page.get_by_role("button", name="Export JSON")).to_be_disabled()
    finally:
        site_server.refused.clear()


def test_export_json_and_markdown_then_read_them_back(page: Page, site_url, tmp_path):
    open_bank(page, site_url)
    add_story(page, STORY)
    wait_for_python(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert exported["format"] == "second-round/workbook"
    assert exported["worksheets"]["star-bank"]["stories"][0]["action"] == STORY["Action"]
    with page.expect_download() as download:
        page.get_by_role("button", name="Export Markdown").click()
    markdown_path = tmp_path / download.value.suggested_filename
    download.value.save_as(markdown_path)
    markdown = markdown_path.read_text(encoding="utf-8")
    assert f"## {STORY['Title']}" in markdown and STORY["Result"] in markdown


def test_export_erase_and_import_back(page: Page, site_url, tmp_path):
    open_bank(page, site_url)
    for number in (1, 2, 3):
        add_story(page, {**STORY, "Title": f"Story number {number}"})
    wait_for_python(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    path = tmp_path / "bank.json"
    download.value.save_as(path)
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase this worksheet").click()
    expect(page.locator(".ws-record")).to_have_count(0)
    assert page.evaluate("localStorage.getItem('second-round:star-bank')") is None
    page.get_by_label("Import JSON").set_input_files(path)
    expect(page.locator(".ws-record")).to_have_count(3)
    expect(page.locator(".worksheet-message")).to_contain_text("Imported 3 stories")
    page.reload()
    expect(page.locator(".ws-record-heading")).to_have_text(
        ["Story 1: Story number 1", "Story 2: Story number 2", "Story 3: Story number 3"]
    )


def test_erase_asks_first_and_keeps_everything_if_cancelled(page: Page, site_url):
    open_bank(page, site_url)
    add_story(page, {"Title": "Keep me"})
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Cancel").click()
    expect(page.locator(".ws-record")).to_have_count(1)
    assert saved_bank(page)["stories"][0]["title"] == "Keep me"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{ not json", "not valid JSON"),
        ('["a", "list"]', "Nothing was imported"),
        ('{"format": "second-round/star-bank", "version": 99, "stories": []}', "newer version"),
        (
            '{"format": "second-round/star-bank", "version": 1, "stories": [{"title": 5}]}',
            "Story 1",
        ),
    ],
)
def test_a_broken_import_leaves_the_saved_stories_untouched(
    page: Page, site_url, tmp_path, content, says
):
    open_bank(page, site_url)
    add_story(page, STORY)
    wait_for_python(page)
    before = saved_bank(page)
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    page.get_by_label("Import JSON").set_input_files(broken)
    message = page.locator(".worksheet-message")
    expect(message).to_contain_text(says)
    expect(message).to_contain_text("Your saved notes are unchanged")
    assert saved_bank(page) == before
    expect(page.locator(".ws-record")).to_have_count(1)


def test_pasted_html_is_shown_as_text_everywhere(page: Page, site_url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_bank(page, site_url)
    fields = {
        label: f"{XSS} {label} stuff"
        for label in ("Title", "Situation", "Task", "Action", "Result")
    }
    add_story(
        page,
        {
            **fields,
            "Answers (optional): the first-round question or accomplishment it answers": XSS,
        },
    )
    page.locator(".ws-record").first.get_by_label("Teamwork").check()
    wait_for_python(page)
    expect(page.locator('[data-output="feedback"]').first).to_contain_text("stuff")
    expect(page.locator(".ws-record-heading").first).to_have_text(f"Story 1: {fields['Title']}")
    expect(page.locator(".star-coverage-grid")).to_contain_text(fields["Title"])
    page.reload()
    wait_for_python(page)
    expect(page.get_by_label("Action", exact=True)).to_have_value(fields["Action"])
    assert page.locator('img[src="x"]').count() == 0
    assert dialogs == []


def test_add_duplicate_reorder_delete_and_undo(page: Page, site_url):
    open_bank(page, site_url)
    add_story(page, {"Title": "First"})
    add_story(page, {"Title": "Second"})
    headings = page.locator(".ws-record-heading")
    page.locator(".ws-record").first.get_by_role("button", name="Duplicate").click()
    expect(headings).to_have_text(["Story 1: First", "Story 2: First (copy)", "Story 3: Second"])
    page.locator(".ws-record").last.get_by_role("button", name="Move up").click()
    expect(headings).to_have_text(["Story 1: First", "Story 2: Second", "Story 3: First (copy)"])
    expect(page.locator(".ws-record").nth(1).get_by_role("button", name="Move up")).to_be_focused()
    page.locator(".ws-record").first.get_by_role("button", name="Delete").click()
    expect(headings).to_have_text(["Story 1: Second", "Story 2: First (copy)"])
    expect(page.get_by_role("button", name="Undo")).to_be_focused()
    page.keyboard.press("Enter")
    expect(headings).to_have_text(["Story 1: First", "Story 2: Second", "Story 3: First (copy)"])
    page.reload()
    expect(headings).to_have_text(["Story 1: First", "Story 2: Second", "Story 3: First (copy)"])


def test_the_bank_works_from_the_keyboard(page: Page, site_url):
    open_bank(page, site_url)
    page.get_by_role("button", name="Add a story").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Title", exact=True)).to_be_focused()
    page.keyboard.type("Typed with keys")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Situation", exact=True)).to_be_focused()
    assert saved_bank(page)["stories"][0]["title"] == "Typed with keys"


def test_print_shows_the_stories_without_site_chrome_or_controls(page: Page, site_url):
    open_bank(page, site_url)
    add_story(page, STORY)
    page.emulate_media(media="print")
    for hidden in (
        ".md-header",
        ".md-sidebar--primary",
        ".md-footer",
        ".worksheet-toolbar",
        ".ws-record-actions",
        ".admonition",
    ):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator(".ws-card")).to_be_visible()
    expect(page.locator(".ws-print-copy", has_text=STORY["Action"])).to_be_visible()
    expect(page.get_by_label("Title", exact=True)).to_have_value(STORY["Title"])
    card = page.locator(".ws-record").first
    assert card.evaluate("card => getComputedStyle(card).breakInside") == "avoid"


def test_the_worksheet_requests_nothing_from_another_host(page: Page, site_url):
    requests = []
    page.context.on("request", lambda request: requests.append(request.url))
    open_bank(page, site_url)
    add_story(page, STORY)
    wait_for_python(page)
    assert any(url.endswith(".wasm") for url in requests), "the runtime was not seen loading"
    assert [url for url in requests if not url.startswith(site_url)] == []


@pytest.mark.parametrize("path", ["", "guide/star-method/", "checklists/"])
def test_pages_without_a_worksheet_load_no_pyodide(page: Page, site_url, path):
    requests = []
    page.context.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + path, wait_until="networkidle")
    assert requests
    assert [url for url in requests if "/worksheets/runtime/" in url or "pyodide" in url] == []


def test_a_second_tab_sees_the_first_tabs_changes(page: Page, site_url):
    open_bank(page, site_url)
    other = page.context.new_page()
    open_bank(other, site_url)
    add_story(page, {"Title": "Written in tab one"})
    expect(other.locator(".ws-record-heading")).to_have_text(["Story 1: Written in tab one"])
    expect(other.locator(".worksheet-message")).to_contain_text("changed in another tab")


SNAPSHOT_SAVED = "performance.getEntriesByName('worksheet:cached-for-next-visit').length > 0"
RESTORED = "performance.getEntriesByName('worksheet:python-ready')[0].detail.restored"


def test_a_return_visit_restores_python_from_its_snapshot(page: Page, site_url):
    open_bank(page, site_url)
    wait_for_python(page)
    assert page.evaluate(RESTORED) is False
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)
    wasm = []
    page.context.on(
        "response", lambda response: response.url.endswith(".wasm") and wasm.append(response)
    )
    page.reload()
    add_story(page, STORY)
    wait_for_python(page)
    assert page.evaluate(RESTORED) is True
    assert wasm and all(response.from_service_worker for response in wasm)
    page.get_by_label("Result", exact=True).fill("It went well.")
    expect(page.locator('[data-output="feedback"]').first).to_contain_text(
        "The Result has no number in it"
    )


def test_a_damaged_snapshot_is_replaced_and_python_still_starts(page: Page, site_url):
    open_bank(page, site_url)
    wait_for_python(page)
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)
    page.evaluate("""async () => {
        const cache = await caches.open("second-round-runtime");
        const key = (await cache.keys()).find((request) => request.url.endsWith("/interpreter-snapshot.bin"));
        await cache.put(key, new Response(new Uint8Array([1, 2, 3])));
    }""")
    page.reload()
    add_story(page, STORY)
    wait_for_python(page)
    assert page.evaluate(RESTORED) is False
    expect(page.locator('[data-output="feedback"]').first).to_contain_text("seconds spoken")


def test_unreadable_saved_data_is_kept_aside_not_overwritten(page: Page, site_url):
    page.add_init_script("""if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("second-round:star-bank", "{ half a bank");
    }""")
    open_bank(page, site_url)
    expect(page.locator(".worksheet-message")).to_contain_text("could not be read")
    add_story(page, {"Title": "A fresh start"})
    expect(page.locator(".worksheet-message")).to_contain_text("could not be read")
    assert (
        page.evaluate("localStorage.getItem('second-round:star-bank:unreadable')")
        == "{ half a bank"
    )
    assert saved_bank(page)["stories"][0]["title"] == "A fresh start"


def test_erasing_notes_also_deletes_the_interpreter_snapshot(page: Page, site_url):
    """The snapshot is a memory image taken after Python read the notes, so it goes too."""
    open_bank(page, site_url)
    add_story(page, {"Title": "Private story"})
    wait_for_python(page)
    page.wait_for_function(SNAPSHOT_SAVED, timeout=30_000)
    count = """async () => (await (await caches.open("second-round-runtime")).keys())
        .filter((request) => request.url.endsWith("/interpreter-snapshot.bin")).length"""
    assert page.evaluate(count) == 1
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase this worksheet").click()
    page.wait_for_function(f"async () => (await ({count})()) === 0", timeout=10_000)
