"""Tests for worksheets.day_sheet: what the printable interview-day sheet shows."""

from datetime import datetime

import pytest

from worksheets import day_sheet as sheet
from worksheets.day_sheet import day_sheet
from worksheets.star import review_story

ACTION = (
    "I listed every open task with its owner, agreed a smaller scope with the client, "
    "and paired each developer with a tester. "
) * 5
READY = {
    "title": "Rescued the late launch",
    "situation": "Our launch was three weeks late and the client had started to doubt us.",
    "task": "As project lead I had to ship the release before the trade show in May.",
    "action": ACTION,
    "result": "The release shipped two days early and the client renewed for 40,000 pounds.",
    "answers": "",
}


def story(story_id: str, competencies: tuple[str, ...] = (), **fields) -> dict:
    """A story that review_story finds ready, with any field replaced."""
    return {"id": story_id, **READY, "competencies": list(competencies), **fields}


def nearly(story_id: str, competencies: tuple[str, ...] = ()) -> dict:
    return story(story_id, competencies, result="The release shipped early and the client stayed.")


def needs_work(story_id: str, competencies: tuple[str, ...] = ()) -> dict:
    return story(story_id, competencies, task="")


def empty(story_id: str) -> dict:
    return story(story_id, ("teamwork",), situation="", task="", action="", result="")


def person(person_id: str, **fields) -> dict:
    base = {
        "id": person_id,
        "name": "",
        "role": "",
        "kind": "",
        "email": "",
        "met_before": False,
        "known": "",
        "wants": "",
        "questions": [],
        "dismissed": [],
        "discussed": "",
        "unsaid": "",
    }
    base.update(fields)
    return base


def plan_of(*people: dict, when: str = "", interview_format: str = "", place: str = "") -> dict:
    return {
        "format": "second-round/interview-plan",
        "version": 1,
        "interview": {"when": when, "format": interview_format, "place": place},
        "people": list(people),
    }


def ask(text: str, must: bool = False) -> dict:
    return {"id": "q-1", "text": text, "source": "", "must": must}


# Times


def test_readable_when_writes_the_day_date_and_time_in_full():
    assert sheet.readable_when(datetime(2026, 12, 1, 10, 0)) == "Tuesday 1 December 2026, 10:00"
    assert sheet.readable_when(datetime(2027, 3, 7, 9, 5)) == "Sunday 7 March 2027, 09:05"


@pytest.mark.parametrize(
    ("when", "parsed"),
    [
        ("2026-12-01T10:00", datetime(2026, 12, 1, 10, 0)),
        (" 2026-12-01T10:00:30 ", datetime(2026, 12, 1, 10, 0, 30)),
        ("", None),
        ("2026-02-30T10:00", None),
        ("2026-12-01T10:00+01:00", None),
        ("1 December", None),
    ],
)
def test_parse_when_takes_only_a_local_date_and_time(when, parsed):
    assert sheet.parse_when(when) == parsed


# Title and logistics


def test_an_empty_plan_and_bank_make_an_empty_sheet():
    result = day_sheet(plan_of(person("p-1")), [])
    assert result == {
        "title": "Interview day",
        "logistics": [],
        "people": [],
        "stories": [],
        "empty": True,
    }


def test_logistics_show_when_format_and_place_readably():
    place = "  Head office,\n3rd floor "
    plan = plan_of(when="2026-12-01T10:00", interview_format="series", place=place)
    result = day_sheet(plan, [])
    assert result["title"] == "Interview day: Tuesday 1 December 2026, 10:00"
    assert result["logistics"] == [
        {"label": "When", "value": "Tuesday 1 December 2026, 10:00"},
        {"label": "Format", "value": "Series of one-on-ones"},
        {"label": "Where", "value": "Head office, 3rd floor"},
    ]
    assert result["empty"] is False


def test_logistics_leave_out_what_is_not_filled_in():
    logistics = day_sheet(plan_of(place="Video call"), [])["logistics"]
    assert logistics == [{"label": "Where", "value": "Video call"}]


# People


def test_each_person_shows_must_asks_apart_from_the_other_questions():
    dana = person(
        "p-1",
        name="Dana Ortiz",
        role="Head of Data",
        kind="hiring-manager",
        known="Ran  the\nmigration.",
        questions=[ask("First?", must=True), ask("Second?"), ask("  "), ask("Third?", must=True)],
    )
    [row] = day_sheet(plan_of(dana), [])["people"]
    assert row == {
        "name": "Dana Ortiz",
        "role": "Head of Data",
        "kind_label": "Hiring manager",
        "must_ask": ["First?", "Third?"],
        "other_questions": ["Second?"],
        "known": "Ran the migration.",
    }


def test_an_unnamed_person_is_numbered_by_place_and_a_blank_one_is_left_out():
    plan = plan_of(person("p-1"), person("p-2", kind="peer"))
    [row] = day_sheet(plan, [])["people"]
    assert (row["name"], row["kind_label"]) == ("Person 2", "Future peer")


def test_hostile_text_stays_plain_text():
    plan = plan_of(person("p-1", name="<img src=x onerror=alert(1)>"))
    assert day_sheet(plan, [])["people"][0]["name"] == "<img src=x onerror=alert(1)>"


# Stories


def titles(stories: list[dict], top: int = 5) -> list[str]:
    return [row["title"] for row in day_sheet(plan_of(), stories, top)["stories"]]


def test_the_story_fixtures_have_the_levels_they_claim():
    stories = (story("a"), nearly("b"), needs_work("c"), empty("d"))
    levels = [review_story(item)["level"] for item in stories]
    assert levels == ["ready", "nearly", "needs-work", "empty"]


def test_stories_rank_by_level_then_competencies_then_bank_order():
    stories = [
        needs_work("s-1", ("a", "b", "c", "d")),
        story("s-2", ("a",), title="Ready one"),
        nearly("s-3", ("a", "b", "c")),
        story("s-4", ("a", "b"), title="Ready two"),
        story("s-5", ("a", "b", "b"), title="Ready three"),  # a repeated id counts once
        empty("s-6"),
    ]
    stories[0]["title"] = "Needs work"
    stories[2]["title"] = "Nearly"
    assert titles(stories) == ["Ready two", "Ready three", "Ready one", "Nearly", "Needs work"]


def test_only_the_top_stories_are_kept_and_empty_ones_never():
    stories = [empty("s-0"), *(story(f"s-{n}", title=f"Story {n}") for n in range(1, 8))]
    assert titles(stories, top=3) == ["Story 1", "Story 2", "Story 3"]
    assert titles([empty("s-1")]) == []


def test_a_story_shows_its_result_and_a_title_even_when_untitled():
    [row] = day_sheet(plan_of(), [story("s-1", title="  ")])["stories"]
    assert row == {"title": "Untitled story", "result": READY["result"]}


def test_stories_alone_make_the_sheet_not_empty():
    assert day_sheet(plan_of(), [story("s-1")])["empty"] is False
