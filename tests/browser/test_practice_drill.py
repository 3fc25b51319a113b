"""The practice drill as a visitor uses it, in Chromium: questions drawn and rated with the
schedule and summary changing, five answers against the clock, pause and resume, an answer
recorded and played back on Chromium's fake microphone, "No story yet" sent to the debrief,
the keys, the workbook's export and import, and hostile text that stays text.

The date is fixed with Playwright's clock (Monday 2 March 2026), so "comes back on …" is
known; the clock also fast-forwards the countdown."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

XSS = "<img src=x onerror=alert(1)>"
READY = "The coach is ready"
MONDAY = datetime(2026, 3, 2, 9, 0)
KEY = "second-round:practice-drill"
STORY = {
    "id": "s-1",
    "title": "Calmed the release row",
    "situation": "Two leads disagreed.",
    "task": "I had to settle it.",
    "action": "I met both of them.",
    "result": "We shipped on time.",
    "competencies": ["conflict"],
    "answers": "",
}


def open_drill(page: Page, site_url: str, fixed_date: bool = True) -> None:
    if fixed_date:
        page.clock.install(time=MONDAY)
    page.goto(site_url + "worksheets/practice-drill/")
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)
    expect(page.get_by_role("button", name="Next question")).to_be_visible()


def question(page: Page):
    return page.locator(".drill-question")


def draw(page: Page, with_key: bool = False) -> str:
    before = question(page).text_content()
    if with_key:
        page.keyboard.press("n")
    else:
        page.get_by_role("button", name="Next question").click()
    expect(question(page)).not_to_have_text(before)
    return question(page).text_content()


def rate(page: Page, rating: str) -> str:
    page.get_by_role("button", name=rating, exact=True).click()
    expect(page.locator(".drill-rated")).not_to_be_empty()
    return page.locator(".drill-rated").text_content()


def schedule_rows(page: Page, count: int) -> list[list[str]]:
    """The schedule's rows, once Python's review has listed `count` of them."""
    rows = page.locator('[data-output="schedule"] tbody tr')
    expect(rows).to_have_count(count)
    return [row.locator("th, td").all_text_contents() for row in rows.all()]


def summary(page: Page):
    return page.locator(".drill-summary")


def saved(page: Page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))


def seed_story(page: Page) -> None:
    page.add_init_script(f"""if (!localStorage.getItem("second-round:star-bank")) localStorage.setItem(
        "second-round:star-bank", JSON.stringify({{format: "second-round/star-bank", version: 1, stories: [{json.dumps(STORY)}]}}));""")


def test_three_rated_answers_change_the_schedule_and_the_summary_and_survive_a_reload(
    page: Page, site_url
):
    open_drill(page, site_url)
    expect(summary(page)).to_contain_text("Nothing practised yet")
    asked = []
    for rating, says in (
        ("Again", "later in this session"),
        ("Hard", "comes back tomorrow"),
        ("Good", "comes back on Wednesday 4 March"),
    ):
        asked.append(draw(page))
        assert says in rate(page, rating)
    assert schedule_rows(page, 3) == [
        [asked[0], "Later in this session", "Again"],
        [asked[1], "Tomorrow", "Hard"],
        [asked[2], "Wednesday 4 March", "Good"],
    ]
    expect(summary(page)).to_contain_text("You have practised 3 of")
    expect(summary(page)).to_contain_text("1 is due again today")
    readiness = page.locator('[data-output="readiness"] tbody tr')
    expect(readiness.first.locator("th")).to_have_text("Leadership")
    assert [record["last_rating"] for record in saved(page)["practice"]] == [
        "again",
        "hard",
        "good",
    ]
    page.reload()
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)
    assert schedule_rows(page, 3)[2] == [asked[2], "Wednesday 4 March", "Good"]


def test_five_questions_against_a_one_minute_clock(page: Page, site_url):
    open_drill(page, site_url)
    page.get_by_label("Time for each answer").select_option("60")
    time_left = page.get_by_role("timer", name="Time left")
    expect(time_left).to_have_text("1:00")
    for _ in range(5):
        draw(page)
        expect(time_left).to_have_text("1:00")
        page.get_by_role("button", name="Start the clock").click()
        page.clock.fast_forward("00:31")
        expect(page.locator(".drill-clock-note")).to_have_text(
            "30 seconds left: head for your result."
        )
        page.clock.fast_forward("00:30")
        expect(time_left).to_have_text("0:00")
        expect(page.locator(".drill-clock-note")).to_contain_text("Time is up")
        expect(page.get_by_role("button", name="Start again")).to_be_visible()
        assert "Wednesday 4 March" in rate(page, "Good")
    assert {row[1] for row in schedule_rows(page, 5)} == {"Wednesday 4 March"}
    assert saved(page)["seconds"] == "60"


def test_the_clock_pauses_and_resumes(page: Page, site_url):
    open_drill(page, site_url)
    draw(page)
    time_left = page.get_by_role("timer", name="Time left")
    expect(time_left).to_have_text("2:00")
    page.get_by_role("button", name="Start the clock").click()
    page.clock.fast_forward("00:30")
    expect(time_left).to_have_text("1:30")
    page.get_by_role("button", name="Pause").click()
    expect(page.locator(".drill-clock-note")).to_have_text("Paused.")
    page.clock.fast_forward("01:00")
    expect(time_left).to_have_text("1:30")
    page.get_by_role("button", name="Resume").click()
    page.clock.fast_forward("00:10")
    expect(time_left).to_have_text("1:20")
    draw(page)
    expect(time_left).to_have_text("2:00")
    expect(page.get_by_role("button", name="Start the clock")).to_be_visible()


def test_an_answer_is_recorded_played_back_and_downloaded_but_never_kept(
    page: Page, site_url, tmp_path
):
    open_drill(page, site_url, fixed_date=False)
    draw(page)
    page.get_by_role("button", name="Record my answer").click()
    expect(page.get_by_role("button", name="Stop recording")).to_be_visible()
    page.wait_for_timeout(1500)
    page.get_by_role("button", name="Stop recording").click()
    audio = page.locator(".drill-recorder audio")
    expect(audio).to_be_visible()
    assert audio.get_attribute("src").startswith("blob:")
    page.evaluate("document.querySelector('.drill-recorder audio').play()")
    page.wait_for_function("document.querySelector('.drill-recorder audio').currentTime > 0.2")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download recording").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == "my-answer.webm" and path.stat().st_size > 1000
    assert not any(
        value.startswith("blob:") for value in page.evaluate("Object.values(localStorage)")
    )
    draw(page)
    expect(audio).to_be_hidden()
    page.reload()
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)
    expect(page.locator(".drill-recorder audio")).to_be_hidden()


@pytest.mark.parametrize(
    ("setup", "says"),
    [
        (
            "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('no', 'NotAllowedError'));",
            "The microphone was not allowed",
        ),
        (
            "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('none', 'NotFoundError'));",
            "No microphone was found",
        ),
        (
            "Object.defineProperty(navigator, 'mediaDevices', { value: undefined });",
            "This browser cannot record",
        ),
    ],
)
def test_a_refused_or_missing_microphone_is_explained(page: Page, site_url, setup, says):
    page.add_init_script(setup)
    open_drill(page, site_url, fixed_date=False)
    draw(page)
    page.keyboard.press("r")
    expect(page.locator(".drill-record-note")).to_contain_text(says)
    expect(page.get_by_role("button", name="Record my answer")).to_be_visible()
    rate(page, "Easy")  # the rest of the drill carries on


def test_no_story_yet_puts_the_question_on_the_debriefs_list_once(page: Page, site_url):
    seed_story(page)
    open_drill(page, site_url)
    text = draw(page)
    story = page.get_by_label("The story I would tell")
    expect(story.locator("optgroup")).to_have_count(1)
    expect(story.locator("option")).to_have_text(
        ["Choose a story…", "Calmed the release row", "No story yet"]
    )
    story.select_option("none")
    expect(page.locator(".drill-story-note")).to_contain_text("Added to “Stories I still need”")
    debrief = json.loads(page.evaluate("localStorage.getItem('second-round:first-round-debrief')"))
    assert [item["text"] for item in debrief["stories_needed"]] == [text]
    story.select_option("s-1")
    story.select_option("none")
    expect(page.locator(".drill-story-note")).to_contain_text("already on the list")
    debrief = json.loads(page.evaluate("localStorage.getItem('second-round:first-round-debrief')"))
    assert len(debrief["stories_needed"]) == 1
    assert saved(page)["practice"][0]["story"] == "none"
    page.goto(site_url + "worksheets/first-round-debrief/")
    needed = page.locator(".ws-records--stories_needed .ws-record")
    expect(needed.get_by_label("Story to write")).to_have_value(text)


def test_a_chosen_story_is_offered_again_with_the_question(page: Page, site_url):
    seed_story(page)
    open_drill(page, site_url)
    for _ in range(10):  # the conflict questions come after the uncovered ones
        text = draw(page)
        if (
            page.get_by_label("The story I would tell").locator("optgroup").get_attribute("label")
            == "Stories that fit this question"
        ):
            break
    page.get_by_label("The story I would tell").select_option("s-1")
    page.wait_for_function(
        f"JSON.parse(localStorage.getItem('{KEY}')).practice.some((r) => r.story === 's-1')"
    )
    page.reload()
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)
    for _ in range(12):
        if draw(page) == text:
            break
    expect(page.get_by_label("The story I would tell")).to_have_value("s-1")


def test_the_drill_runs_from_the_keyboard_and_keys_never_fire_while_typing(page: Page, site_url):
    open_drill(page, site_url)
    url = page.url
    expect(page.locator(".drill-keys kbd")).to_have_text(["N", "S", "Space", "R", "1", "4"])
    for name, key in (
        ("Next question", "N"),
        ("Start the clock", "S"),
        ("Record my answer", "R"),
        ("Good", "3"),
    ):
        expect(page.get_by_role("button", name=name, exact=True)).to_have_attribute(
            "aria-keyshortcuts", key
        )
    first = draw(page, with_key=True)
    assert page.url == url  # Material's own "n" (next page) did not fire
    page.keyboard.press("s")
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    assert not page.locator("[data-md-toggle='search']").is_checked()  # nor its "s" (search)
    page.locator("h1").click()
    page.keyboard.press("Space")
    expect(page.get_by_role("button", name="Resume")).to_be_visible()
    page.keyboard.press("4")
    expect(page.locator(".drill-rated")).to_contain_text("Rated Easy")
    page.keyboard.press("1")
    expect(page.locator(".drill-rated")).to_contain_text("You have rated this answer")
    page.get_by_role("button", name="Add a question").click()
    field = page.locator(".ws-records--own_questions .ws-record").last.get_by_label(
        "Question", exact=True
    )
    expect(field).to_be_focused()
    page.keyboard.type("ns 1234 r")
    expect(field).to_have_value("ns 1234 r")
    expect(question(page)).to_have_text(first)
    expect(page.get_by_role("button", name="Resume")).to_be_visible()
    page.get_by_role("button", name="Next question").focus()
    page.keyboard.press("Enter")
    expect(question(page)).to_have_text("ns 1234 r")  # own questions come first


def test_the_workbook_carries_the_schedule_and_own_questions(page: Page, site_url, tmp_path):
    open_drill(page, site_url)
    page.get_by_role("button", name="Add a question").click()
    page.keyboard.type("Why this team, and why now?")
    draw(page)
    rate(page, "Hard")
    draw(page)
    rate(page, "Easy")
    own = page.locator(".ws-records--own_questions .ws-record").first
    expect(own.locator('[data-output="progress"]')).to_have_text(
        "Comes back tomorrow (last rated Hard)."
    )
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    path = tmp_path / "workbook.json"
    download.value.save_as(path)
    workbook = json.loads(path.read_text(encoding="utf-8"))
    assert list(workbook["worksheets"]) == ["practice-drill"]
    before = saved(page)
    assert len(before["practice"]) == 2
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase every worksheet").click()
    expect(page.locator('[data-output="schedule"]')).to_contain_text("Nothing practised yet")
    expect(page.locator(".ws-records--own_questions .ws-record")).to_have_count(0)
    page.get_by_label("Import JSON").set_input_files(path)
    expect(page.locator(".worksheet-message")).to_contain_text("Imported 1 question")
    expect(page.locator('[data-output="schedule"] tbody tr')).to_have_count(2)
    assert saved(page) == before


def test_markdown_export_and_print_view(page: Page, site_url, tmp_path):
    open_drill(page, site_url)
    page.get_by_role("button", name="Add a question").click()
    page.keyboard.type("What would my first project be?")
    draw(page)
    rate(page, "Good")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export Markdown").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    text = path.read_text(encoding="utf-8")
    assert path.name == "practice-drill.md"
    assert "### What would my first project be?" in text
    assert "- **Wednesday 4 March:** What would my first project be? (last rated Good)" in text
    page.emulate_media(media="print")
    for hidden in (".worksheet-toolbar", '[data-output="drill"]', ".md-sidebar--primary"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(
        page.locator(".ws-records--own_questions").get_by_label("Question", exact=True)
    ).to_be_visible()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{ not json", "not valid JSON"),
        (
            '{"format": "second-round/practice-drill", "version": 1, "own_questions": [], "practice": '
            '[{"question": "q", "interval": "2"}]}',
            '"interval" should be a number',
        ),
        (
            '{"format": "second-round/practice-drill", "version": 1, "own_questions": [], "practice": '
            '[{"question": "q", "last_rating": "brilliant"}]}',
            "“last rating”",
        ),
        (
            '{"format": "second-round/practice-drill", "version": 1, "own_questions": [{"text": 5}]}',
            "Question 1",
        ),
    ],
)
def test_a_broken_import_changes_nothing(page: Page, site_url, tmp_path, content, says):
    open_drill(page, site_url)
    draw(page)
    rate(page, "Good")
    before = saved(page)
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    page.get_by_label("Import JSON").set_input_files(broken)
    message = page.locator(".worksheet-message")
    expect(message).to_contain_text(says)
    expect(message).to_contain_text("Your saved notes are unchanged")
    assert saved(page) == before


def test_hostile_text_in_own_questions_stays_text(page: Page, site_url, tmp_path):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_drill(page, site_url)
    page.get_by_role("button", name="Add a question").click()
    page.keyboard.type(XSS)
    page.get_by_label("Points I want to make (optional)").fill(XSS)
    draw(page)
    expect(question(page)).to_have_text(XSS)
    page.locator(".drill-notes summary").click()
    expect(page.locator(".drill-notes p")).to_have_text(XSS)
    page.get_by_label("The story I would tell").select_option("none")
    expect(page.locator(".drill-story-note")).to_contain_text("Added")
    rate(page, "Hard")
    assert schedule_rows(page, 1)[0][0] == XSS
    with page.expect_download() as download:
        page.get_by_role("button", name="Export Markdown").click()
    markdown = tmp_path / "drill.md"
    download.value.save_as(markdown)
    assert "<img" not in markdown.read_text(encoding="utf-8")
    page.reload()
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)
    expect(page.locator('[data-output="schedule"] tbody th')).to_have_text([XSS])
    page.goto(site_url + "worksheets/first-round-debrief/")
    expect(page.get_by_label("Story to write")).to_have_value(XSS)
    assert page.locator('img[src="x"]').count() == 0
    assert dialogs == []
