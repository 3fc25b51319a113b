"""What the printable interview-day sheet shows: when and where, each person with the
questions to ask them, and the STAR stories most ready to tell.

The sheet is read in a corridor minutes before going in, so it keeps only what helps then:
the must-ask questions apart from the rest, one line of what the visitor knows about each
person, and a handful of stories by title with their result as a reminder of the punchline.
Everything is plain text; the page puts it in the document with textContent.
"""

import re
from datetime import datetime

from worksheets.interviewers import INTERVIEW_FORMATS, INTERVIEWER_KINDS
from worksheets.star import review_story
from worksheets.text import squeezed, written_date

# The order in which stories are offered: the most ready first. Empty stories are left out.
LEVEL_ORDER = {"ready": 0, "nearly": 1, "needs-work": 2}

UNTITLED = "Untitled story"

# What an HTML datetime-local input gives: a local date and time, seconds optional.
_WHEN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?")


def parse_when(when: str) -> datetime | None:
    """The interview's local date and time (no time zone), or None if `when` is not one."""
    text = when.strip()
    if not _WHEN.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # well formed but impossible, such as 31 February
        return None


def readable_when(moment: datetime) -> str:
    """ "Tuesday 1 December 2026, 10:00"."""
    return f"{written_date(moment)}, {moment:%H:%M}"


def person_name(person: dict, position: int) -> str:
    """The person's name, or "Person 2" (counting from 1) when the visitor has not given it."""
    return squeezed(person["name"]) or f"Person {position + 1}"


def day_sheet(plan: dict, star_stories: list[dict], top: int = 5) -> dict:
    """The day sheet's title, logistics, people and top stories, and whether it is empty."""
    logistics = _logistics(plan["interview"])
    people = [
        _person_row(person, position)
        for position, person in enumerate(plan["people"])
        if _has_content(person)
    ]
    stories = top_stories(star_stories, top)
    when = parse_when(plan["interview"]["when"])
    title = f"Interview day: {readable_when(when)}" if when else "Interview day"
    return {
        "title": title,
        "logistics": logistics,
        "people": people,
        "stories": stories,
        "empty": not (logistics or people or stories),
    }


def _logistics(interview: dict) -> list[dict]:
    """When, format and place, each only if the visitor has filled it in."""
    moment = parse_when(interview["when"])
    when = readable_when(moment) if moment else squeezed(interview["when"])
    rows = [
        ("When", when),
        ("Format", INTERVIEW_FORMATS.get(interview["format"], "")),
        ("Where", squeezed(interview["place"])),
    ]
    return [{"label": label, "value": value} for label, value in rows if value]


def _has_content(person: dict) -> bool:
    """A person row the visitor has started; a blank one added by mistake stays off the sheet."""
    texts = [person["name"], person["role"], person["kind"], person["known"]]
    texts += [question["text"] for question in person["questions"]]
    return any(text.strip() for text in texts)


def _person_row(person: dict, position: int) -> dict:
    questions = [question for question in person["questions"] if question["text"].strip()]
    must = [squeezed(question["text"]) for question in questions if question["must"]]
    other = [squeezed(question["text"]) for question in questions if not question["must"]]
    return {
        "name": person_name(person, position),
        "role": squeezed(person["role"]),
        "kind_label": INTERVIEWER_KINDS.get(person["kind"], ""),
        "must_ask": must,
        "other_questions": other,
        "known": squeezed(person["known"]),
    }


def top_stories(stories: list[dict], top: int) -> list[dict]:
    """The `top` stories most worth having to hand, as {title, result}.

    Ranked by review level (ready, nearly ready, needs work), then by how many competencies
    a story shows, since a story that shows several can answer more questions; ties keep the
    bank's order. Stories with nothing written are skipped.
    """
    written = []
    for story in stories:
        level = review_story(story)["level"]
        if level in LEVEL_ORDER:
            shown = len(set(story.get("competencies", [])))
            written.append((LEVEL_ORDER[level], -shown, story))
    ranked = [story for *_, story in sorted(written, key=lambda row: row[:2])]
    return [
        {
            "title": squeezed(story.get("title", "")) or UNTITLED,
            "result": squeezed(story.get("result", "")),
        }
        for story in ranked[:top]
    ]
