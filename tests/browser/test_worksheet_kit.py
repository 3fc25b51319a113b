"""What the worksheet kit gives every worksheet, tried on each one the way a hostile or unlucky
visitor would: long text, damaged saved data, refused or full storage, odd browsers, huge and
deeply nested files, two tabs, many records. Each case runs on every worksheet page."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

READY = "The coach is ready"
LIMIT = 20_000


@dataclass(frozen=True)
class Sheet:
    path: str
    key: str
    add: str
    title: str  # the label of a record's title field
    title_key: str  # and its name in the saved document
    long: str  # the label of a record's long text field
    records: str  # the top-level records' list
    format: str
    noun: str


SHEETS = {
    "first-round-debrief": Sheet(
        "worksheets/first-round-debrief/",
        "second-round:first-round-debrief",
        "Add a question",
        "The question",
        "question",
        "What I said",
        "answers",
        "second-round/first-round-debrief",
        "questions",
    ),
    "star-bank": Sheet(
        "worksheets/star-stories/",
        "second-round:star-bank",
        "Add a story",
        "Title",
        "title",
        "Action",
        "stories",
        "second-round/star-bank",
        "stories",
    ),
    "interview-plan": Sheet(
        "worksheets/interview-plan/",
        "second-round:interview-plan",
        "Add a person",
        "Name",
        "name",
        "What I know about them",
        "people",
        "second-round/interview-plan",
        "people",
    ),
    "practice-drill": Sheet(
        "worksheets/practice-drill/",
        "second-round:practice-drill",
        "Add a question",
        "Question",
        "text",
        "Points I want to make (optional)",
        "own_questions",
        "second-round/practice-drill",
        "questions",
    ),
    "fit-reflection": Sheet(
        "worksheets/fit-reflection/",
        "second-round:fit-reflection",
        "Add a question",
        "Question",
        "question",
        "What I would say now",
        "off_guard",
        "second-round/fit-reflection",
        "questions",
    ),
}


@pytest.fixture(params=list(SHEETS))
def sheet(request) -> Sheet:
    return SHEETS[request.param]


def records(page: Page, sheet: Sheet):
    return page.locator(f".ws-records--{sheet.records} > .ws-list > .ws-record")


def add(page: Page, sheet: Sheet, title: str, long: str = "") -> None:
    page.get_by_role("button", name=sheet.add).click()
    card = records(page, sheet).last
    card.get_by_label(sheet.title, exact=True).fill(title)
    if long:
        card.get_by_label(sheet.long, exact=True).fill(long)


def saved(page: Page, sheet: Sheet) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{sheet.key}')"))


def wait_for_python(page: Page) -> None:
    expect(page.locator(".worksheet-status-text")).to_contain_text(READY, timeout=60_000)


def seed(page: Page, key: str, value: str) -> None:
    """Put `value` in storage before the page's first load (and only then)."""
    page.add_init_script(f"""if (!sessionStorage.getItem("seeded")) {{
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem({json.dumps(key)}, {json.dumps(value)});
    }}""")


def review_shown(card) -> None:
    """The card shows Python's output (not the waiting line)."""
    expect(card.locator("[data-output]").first).not_to_contain_text(
        "appears once the coach", timeout=30_000
    )


# 1. Print after a reload


def test_a_long_field_prints_whole_after_a_reload(page: Page, site_url, sheet):
    lines = "\n".join(f"Line {n} of a long answer that goes on." for n in range(1, 61))
    page.goto(site_url + sheet.path)
    add(page, sheet, "Long one", lines)
    page.reload()
    page.emulate_media(media="print")
    copy = records(page, sheet).first.locator(".ws-print-copy").filter(has_text="Line 60 of")
    expect(copy).to_be_visible()
    expect(copy).to_contain_text("Line 1 of a long answer")
    expect(records(page, sheet).first.get_by_label(sheet.long, exact=True)).to_be_hidden()
    assert copy.bounding_box()["height"] > 40 * 12


# 2. Limits show before they bite; the rest still works


def test_one_field_over_the_limit_stops_nothing(page: Page, site_url, sheet, tmp_path):
    page.goto(site_url + sheet.path)
    add(page, sheet, "Too long", "x" * (LIMIT + 15))
    add(page, sheet, "Fine", "I did it myself and it worked.")
    counter = records(page, sheet).first.locator(".ws-counter")
    expect(counter).to_contain_text("15 characters over the 20,000 limit")
    wait_for_python(page)
    review_shown(records(page, sheet).nth(1))
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    path = tmp_path / "workbook.json"
    download.value.save_as(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert len(exported["worksheets"][sheet.key.split(":")[1]][sheet.records]) == 2


def test_a_counter_warns_near_the_limit(page: Page, site_url, sheet):
    page.goto(site_url + sheet.path)
    add(page, sheet, "Nearly", "y" * 18_500)
    expect(records(page, sheet).first.locator(".ws-counter")).to_have_text(
        "18,500 of 20,000 characters."
    )


# 3. No secure context; any script error is said


def test_adding_works_without_secure_context_apis(page: Page, site_url, sheet):
    page.add_init_script("delete Crypto.prototype.randomUUID;")
    page.goto(site_url + sheet.path)
    add(page, sheet, "First")
    add(page, sheet, "Second")
    expect(records(page, sheet)).to_have_count(2)
    ids = [record["id"] for record in saved(page, sheet)[sheet.records]]
    assert len(set(ids)) == 2 and all(ids)


def test_an_uncaught_script_error_shows_a_message(page: Page, site_url, sheet):
    page.goto(site_url + sheet.path)
    page.evaluate("setTimeout(() => { throw new Error('a test fault'); })")
    expect(page.locator(".worksheet-message")).to_contain_text(
        "Something went wrong on this page (a test fault)"
    )


# 4. Damaged saved data


def test_damaged_saved_records_are_kept_aside_and_the_rest_works(page: Page, site_url, sheet):
    good = {"id": "keep-me", sheet.title_key: "Still here"}
    damaged = {
        "format": sheet.format,
        "version": 1,
        sheet.records: [None, good, 7, {"id": "x", "title": 5, "name": 5}],
    }
    seed(page, sheet.key, json.dumps(damaged))
    page.goto(site_url + sheet.path)
    expect(page.locator(".worksheet-message")).to_contain_text("could not be read")
    expect(records(page, sheet)).to_have_count(2)
    expect(records(page, sheet).first.get_by_label(sheet.title, exact=True)).to_have_value(
        "Still here"
    )
    assert json.loads(page.evaluate(f"localStorage.getItem('{sheet.key}:unreadable')")) == damaged
    add(page, sheet, "Added after")
    expect(records(page, sheet)).to_have_count(3)
    wait_for_python(page)
    review_shown(records(page, sheet).first)


def test_saved_data_of_another_shape_starts_empty_and_is_kept(page: Page, site_url, sheet):
    seed(page, sheet.key, "null")
    page.goto(site_url + sheet.path)
    expect(page.locator(".worksheet-message")).to_contain_text("could not be read")
    add(page, sheet, "Fresh")
    assert page.evaluate(f"localStorage.getItem('{sheet.key}:unreadable')") == "null"


# 5. A deeply nested import


def test_a_deeply_nested_import_gets_a_message_quickly(page: Page, site_url, sheet, tmp_path):
    page.goto(site_url + sheet.path)
    add(page, sheet, "Keep me")
    wait_for_python(page)
    before = saved(page, sheet)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    began = time.monotonic()
    page.get_by_label("Import JSON").set_input_files(deep)
    expect(page.locator(".worksheet-message")).to_contain_text("nested far too deeply")
    assert time.monotonic() - began < 5
    assert saved(page, sheet) == before
    page.get_by_label(sheet.title, exact=True).first.fill("Python still answers")
    review_shown(records(page, sheet).first)


# 6. An import too big for storage


def test_an_import_the_browser_cannot_store_is_not_called_a_success(
    page: Page, site_url, sheet, tmp_path
):
    page.add_init_script("""const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
            if (value.length > 40000) throw new DOMException("full", "QuotaExceededError");
            return setItem.call(this, key, value);
        };""")
    page.goto(site_url + sheet.path)
    wait_for_python(page)
    # Twenty records (within every worksheet's limit) of 2,500 characters: over the 40,000 above.
    # The rest of the file is the worksheet's empty document, which holds its other lists.
    empty = page.evaluate(
        "JSON.parse(document.querySelector('.worksheet-data').textContent).spec.empty"
    )
    big = {
        **empty,
        sheet.records: [
            {"id": f"r-{n}", sheet.title_key: f"Record {n} " + "z" * 2500} for n in range(20)
        ],
    }
    file = tmp_path / "big.json"
    file.write_text(json.dumps(big), encoding="utf-8")
    page.get_by_label("Import JSON").set_input_files(file)
    message = page.locator(".worksheet-message")
    expect(message).to_contain_text("could not save", timeout=20_000)
    expect(message).not_to_contain_text("Imported")
    assert page.evaluate(f"localStorage.getItem('{sheet.key}')") is None


# 7. Storage refused


def test_refused_storage_is_said_and_erase_still_clears_the_page(
    page: Page, site_url, sheet, tmp_path
):
    page.add_init_script("""for (const name of ["getItem", "setItem", "removeItem"]) {
        Storage.prototype[name] = () => { throw new DOMException("no", "SecurityError"); };
    }""")
    page.goto(site_url + sheet.path)
    status = page.locator(".worksheet-status-text")
    expect(status).to_contain_text("not saving")
    expect(status).not_to_contain_text("saved in this browser")
    add(page, sheet, "Kept in the page")
    wait_for_python(page)
    expect(status).to_contain_text("not saving")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    path = tmp_path / "kept.json"
    download.value.save_as(path)
    assert "Kept in the page" in path.read_text(encoding="utf-8")
    page.get_by_role("button", name="Erase my data").click()
    page.get_by_role("button", name="Erase this worksheet").click()
    expect(records(page, sheet)).to_have_count(0)


# 9. Two tabs on one worksheet


def test_a_change_from_another_tab_does_not_steal_focus(page: Page, site_url, sheet):
    page.goto(site_url + sheet.path)
    add(page, sheet, "Mine")
    other = page.context.new_page()
    other.goto(site_url + sheet.path)
    field = records(page, sheet).first.get_by_label(sheet.long, exact=True)
    field.click()
    page.keyboard.type("typing here")
    other.get_by_role("button", name=sheet.add).click()
    expect(records(page, sheet)).to_have_count(2)
    expect(field).to_be_focused()
    page.keyboard.type(" and on")
    expect(field).to_have_value("typing here and on")


# 10. Many records


def test_thirty_records_do_not_make_the_page_scroll_sideways(page: Page, site_url, sheet):
    many = {
        "format": sheet.format,
        "version": 1,
        sheet.records: [
            {"id": f"r-{n}", sheet.title_key: f"A record with a longish title {n}"}
            for n in range(30)
        ],
    }
    seed(page, sheet.key, json.dumps(many))
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(site_url + sheet.path)
    wait_for_python(page)
    review_shown(records(page, sheet).last)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
