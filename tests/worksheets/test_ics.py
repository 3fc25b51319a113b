"""Tests for worksheets.ics: the thank-you reminder as an RFC 5545 calendar file.

These read the file with the standard library only (they also run inside Pyodide);
tests/reference/test_ics_icalendar.py parses it with the icalendar package as well."""

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from worksheets import ics

NOW = datetime(2026, 11, 30, 18, 5, 9, tzinfo=UTC)
HOSTILE = 'Dana; "Ortiz", C:\\temp\\n <img src=x onerror=alert(1)>'


def person(person_id: str, name: str, role: str = "") -> dict:
    return {
        "id": person_id,
        "name": name,
        "role": role,
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


def plan_of(*people: dict, when: str = "2026-12-01T10:00") -> dict:
    return {
        "format": "second-round/interview-plan",
        "version": 1,
        "interview": {"when": when, "format": "panel", "place": ""},
        "people": list(people),
    }


PLAN = plan_of(person("p-1", "Dana Ortiz", "Head of Data"), person("p-2", ""))


def unfold(text: str) -> list[str]:
    """The content lines of an iCalendar text, folding undone (RFC 5545 section 3.1)."""
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]


def unescape(value: str) -> str:
    """A TEXT value as it was before escape_text."""
    unescaped = {"n": "\n", "N": "\n"}
    return re.sub(r"\\([\\;,nN])", lambda match: unescaped.get(match[1], match[1]), value)


def properties(text: str) -> list[tuple[str, str]]:
    return [tuple(line.split(":", 1)) for line in unfold(text)]


def value_of(text: str, name: str) -> str:
    """The value of the first property called name: the event's, before the alarm's."""
    return next(value for key, value in properties(text) if key == name)


# The file


def test_reminder_is_a_calendar_file_to_download():
    result = ics.reminder(PLAN, NOW)
    assert result["filename"] == "thank-you-reminder.ics"
    assert result["mime"] == "text/calendar"


def test_every_line_ends_with_crlf():
    text = ics.reminder(PLAN, NOW)["text"]
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert "\r" not in text.replace("\r\n", "")


def test_the_calendar_has_one_event_with_an_alarm_in_it():
    found = properties(ics.reminder(PLAN, NOW)["text"])
    names = [key for key, _ in found]
    begins_and_ends = [f"{key}:{value}" for key, value in found if key in ("BEGIN", "END")]
    assert begins_and_ends == [
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "BEGIN:VALARM",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    for required in ("VERSION", "PRODID", "UID", "DTSTAMP", "DTSTART", "DURATION", "SUMMARY"):
        assert required in names


def test_calendar_and_event_properties():
    text = ics.reminder(PLAN, NOW)["text"]
    assert value_of(text, "VERSION") == "2.0"
    assert value_of(text, "PRODID") == "-//Second Round//Interview plan//EN"
    assert value_of(text, "SUMMARY") == "Send thank-you notes"
    assert value_of(text, "DURATION") == "PT30M"
    assert value_of(text, "DTSTAMP") == "20261130T180509Z"


def test_the_reminder_starts_three_hours_after_the_interview_in_floating_local_time():
    start = value_of(ics.reminder(PLAN, NOW)["text"], "DTSTART")
    assert start == "20261201T130000"  # no Z and no TZID: the visitor's own clock time
    interview = datetime(2026, 12, 1, 10, 0)
    delay = datetime.strptime(start, "%Y%m%dT%H%M%S") - interview
    assert timedelta(0) < delay <= timedelta(hours=24)


def test_the_alarm_displays_a_message():
    alarm = unfold(ics.reminder(PLAN, NOW)["text"])
    alarm = alarm[alarm.index("BEGIN:VALARM") + 1 : alarm.index("END:VALARM")]
    assert "ACTION:DISPLAY" in alarm
    assert "TRIGGER:-PT0M" in alarm
    assert f"DESCRIPTION:{ics.ALARM_TEXT}" in alarm


def test_dtstamp_is_written_in_utc_whatever_zone_now_is_given_in():
    paris = timezone(timedelta(hours=1))
    now = datetime(2026, 11, 30, 19, 5, 9, tzinfo=paris)
    assert value_of(ics.reminder(PLAN, now)["text"], "DTSTAMP") == "20261130T180509Z"


def test_the_uid_is_stable_for_one_interview_and_ends_with_a_domain():
    uid = value_of(ics.reminder(PLAN, NOW)["text"], "UID")
    assert re.fullmatch(r"[0-9a-f]{32}@second-round\.local", uid)
    edited = plan_of(person("p-1", "Dana Ortiz-Lane", "Head of Data"), person("p-2", "Sam"))
    assert value_of(ics.reminder(edited, NOW + timedelta(days=1))["text"], "UID") == uid
    moved = plan_of(*PLAN["people"], when="2026-12-02T10:00")
    assert value_of(ics.reminder(moved, NOW)["text"], "UID") != uid


# The description


def test_the_description_lists_each_person_and_the_24_hours():
    description = unescape(value_of(ics.reminder(PLAN, NOW)["text"], "DESCRIPTION"))
    assert description == ics.description(PLAN, datetime(2026, 12, 1, 10, 0))
    lines = description.split("\n")
    assert "within 24 hours" in lines[0]
    assert "Tuesday 1 December 2026, 10:00" in lines[0]
    assert lines[1:3] == ["- Dana Ortiz (Head of Data)", "- Person 2"]


def test_the_description_still_reads_with_nobody_named():
    description = ics.description(plan_of(), datetime(2026, 12, 1, 10, 0))
    assert "\n" not in description
    assert "within 24 hours" in description


def test_hostile_text_is_escaped_and_comes_back_unchanged():
    plan = plan_of(person("p-1", HOSTILE, "Lead, Data; Platform"))
    text = ics.reminder(plan, NOW)["text"]
    value = value_of(text, "DESCRIPTION")
    escaped = 'Dana\\; "Ortiz"\\, C:\\\\temp\\\\n <img src=x onerror=alert(1)>'
    assert f"{escaped} (Lead\\, Data\\; Platform)" in value
    assert unescape(value) == ics.description(plan, datetime(2026, 12, 1, 10, 0))


# Escaping and folding


def test_escape_text_escapes_backslash_semicolon_comma_and_line_breaks():
    assert ics.escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"


def test_escape_text_replaces_what_text_may_not_hold():
    assert ics.escape_text("tab\there\x00bell\x07 lone\ud800") == "tab\there bell  lone\ufffd"


def test_a_short_line_is_not_folded():
    assert ics.fold("SUMMARY:Send thank-you notes") == "SUMMARY:Send thank-you notes"


def test_a_long_line_folds_at_75_octets_and_unfolds_to_the_original():
    line = "DESCRIPTION:" + "word " * 40
    folded = ics.fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 2
    assert len(physical[0].encode()) == 75
    assert all(len(part.encode()) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert folded.replace("\r\n ", "") == line


def test_folding_never_splits_a_multi_byte_character():
    line = "DESCRIPTION:" + "é€😀" * 30  # 2, 3 and 4 octets in UTF-8
    folded = ics.fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line
    whole = ics.reminder(plan_of(person("p-1", "Zoë " + "€😀" * 40)), NOW)["text"]
    assert all(len(part.encode()) <= 75 for part in whole.split("\r\n"))


# A missing or unusable time


def test_no_interview_time_gives_a_message_for_the_visitor():
    with pytest.raises(ValueError, match="Add the date and time of the interview first"):
        ics.reminder(plan_of(when="  "), NOW)


@pytest.mark.parametrize(
    "when", ["tomorrow", "2026-02-31T10:00", "2026-12-01", "2026-12-01T10:00Z"]
)
def test_an_unusable_interview_time_is_quoted_back(when):
    with pytest.raises(ValueError, match=re.escape(f"“{when}”")):
        ics.reminder(plan_of(when=when), NOW)


def test_a_time_with_seconds_is_accepted():
    text = ics.reminder(plan_of(when="2026-12-01T10:00:30"), NOW)["text"]
    assert value_of(text, "DTSTART") == "20261201T130030"
