"""The thank-you reminder read by a real iCalendar parser: the icalendar package, which many
Python calendar tools use, must find the event, its times and alarm, and get back the
visitor's text exactly, hostile characters and all.

This lives apart from tests/worksheets because it needs a third-party package, which the
Pyodide run of those tests does not have."""

from datetime import UTC, datetime, timedelta

import icalendar

from worksheets import ics

NOW = datetime(2026, 11, 30, 18, 5, 9, tzinfo=UTC)
HOSTILE = 'Dana; "Ortiz", C:\\temp\\n <img src=x onerror=alert(1)> Zoë 😀 ' + "long " * 20


def person(person_id: str, name: str, role: str) -> dict:
    return {
        "id": person_id,
        "name": name,
        "role": role,
        "kind": "hr",
        "email": "",
        "met_before": False,
        "known": "",
        "wants": "",
        "questions": [],
        "dismissed": [],
        "discussed": "",
        "unsaid": "",
    }


PLAN = {
    "format": "second-round/interview-plan",
    "version": 1,
    "interview": {"when": "2026-12-01T10:00", "format": "panel", "place": ""},
    "people": [person("p-1", HOSTILE, "Lead, Data; Platform"), person("p-2", "Sam Lee", "")],
}


def parsed_event() -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(ics.reminder(PLAN, NOW)["text"])
    [event] = calendar.walk("VEVENT")
    return event


def test_icalendar_reads_the_calendar_properties():
    calendar = icalendar.Calendar.from_ical(ics.reminder(PLAN, NOW)["text"])
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == ics.PRODID


def test_icalendar_reads_the_summary_and_times():
    event = parsed_event()
    assert str(event["SUMMARY"]) == "Send thank-you notes"
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 12, 1, 13, 0)
    assert start.tzinfo is None  # floating: the visitor's own clock time
    assert event.decoded("DURATION") == timedelta(minutes=30)
    assert event.decoded("DTSTAMP") == NOW
    assert str(event["UID"]).endswith("@second-round.local")


def test_icalendar_reads_the_alarm():
    [alarm] = parsed_event().walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(0)
    assert str(alarm["DESCRIPTION"]) == ics.ALARM_TEXT


def test_hostile_text_in_the_description_round_trips_exactly():
    description = str(parsed_event()["DESCRIPTION"])
    expected = ics.description(PLAN, datetime(2026, 12, 1, 10, 0))
    assert description == expected
    assert f"- {' '.join(HOSTILE.split())} (Lead, Data; Platform)" in description.split("\n")
