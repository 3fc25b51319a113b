"""A calendar file (RFC 5545) that reminds the visitor to send their thank-you notes.

A thank-you note counts most when it arrives within a day of the interview, and the
afternoon after an interview is when it is easiest to forget. So the reminder is a 30-minute
event REMINDER_DELAY after the interview starts, with an alarm, listing who to write to.

The start is a "floating" local time (no time zone), like the datetime-local field it comes
from: the calendar shows it at that clock time wherever the visitor is, which is what they
typed. The file is written by hand rather than with a library, since the worksheets run on
the standard library only; RFC 5545's rules that matter here are CRLF line ends, lines folded
at 75 octets and the escaping of TEXT values.
"""

import hashlib
import re
from datetime import UTC, datetime, timedelta

from worksheets.day_sheet import parse_when, person_name, readable_when
from worksheets.text import squeezed

FILENAME = "thank-you-reminder.ics"
MIME = "text/calendar"
PRODID = "-//Second Round//Interview plan//EN"
UID_DOMAIN = "second-round.local"

# Three hours after the start leaves time for the interview itself and the journey home, so
# the reminder comes the same afternoon, well within the 24 hours a note should be sent in.
REMINDER_DELAY = timedelta(hours=3)
REMINDER_LENGTH = "PT30M"
SUMMARY = "Send thank-you notes"
ALARM_TEXT = "Time to send your thank-you notes"

MAX_OCTETS = 75  # per physical line, not counting the CRLF (RFC 5545 section 3.1)

MISSING_TIME = (
    "Add the date and time of the interview first: the reminder is set for "
    "three hours after it starts."
)

# Control characters, which a TEXT value may not hold (tab and line breaks aside), and lone
# surrogates, which JSON text can carry but UTF-8 cannot encode.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def reminder(plan: dict, now_utc: datetime) -> dict:
    """The reminder as {text, filename, mime}; a ValueError says why when there is no
    usable interview time. now_utc is the moment of download, written as DTSTAMP."""
    start = _interview_start(plan["interview"]["when"])
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:{_uid(plan, start)}",
        f"DTSTAMP:{_utc(now_utc):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{start + REMINDER_DELAY:%Y%m%dT%H%M%S}",
        f"DURATION:{REMINDER_LENGTH}",
        f"SUMMARY:{escape_text(SUMMARY)}",
        f"DESCRIPTION:{escape_text(description(plan, start))}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT0M",
        f"DESCRIPTION:{escape_text(ALARM_TEXT)}",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    text = "".join(fold(line) + "\r\n" for line in lines)
    return {"text": text, "filename": FILENAME, "mime": MIME}


def _interview_start(when: str) -> datetime:
    if not when.strip():
        raise ValueError(MISSING_TIME)
    start = parse_when(when)
    if start is None:
        raise ValueError(
            f"The interview time “{squeezed(when)}” is not a date and time the reminder can use. "
            "Choose the interview's date and time again."
        )
    return start


def description(plan: dict, start: datetime) -> str:
    """The event's description: when the interview was, and who to write to."""
    people = [_person_line(person, position) for position, person in enumerate(plan["people"])]
    ask = (
        "Send a short thank-you note to each person you met, within 24 hours of the "
        f"interview ({readable_when(start)})"
    )
    if not people:
        return f"{ask}."
    return "\n".join([f"{ask}:", *people, "Your drafts are in the interview plan on Second Round."])


def _person_line(person: dict, position: int) -> str:
    role = squeezed(person["role"])
    name = person_name(person, position)
    return f"- {name} ({role})" if role else f"- {name}"


def _uid(plan: dict, start: datetime) -> str:
    """The same for the same interview, so importing the file twice gives one event.

    Built from the interview time and the people's ids, not their text, which the visitor
    may still be editing.
    """
    key = "\n".join([start.isoformat(), *(person["id"] for person in plan["people"])])
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def _utc(moment: datetime) -> datetime:
    """moment in UTC; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC)


def escape_text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 section 3.3.11 asks: backslash, semicolon, comma and
    line breaks. Control characters become spaces and lone surrogates U+FFFD."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _LONE_SURROGATE.sub("\ufffd", _CONTROL.sub(" ", value))
    for char, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(char, escaped)
    return value


def fold(line: str) -> str:
    """line folded so each physical line is at most MAX_OCTETS octets of UTF-8, never
    splitting a character; continuation lines start with a space (RFC 5545 section 3.1)."""
    parts: list[str] = []
    current, size, limit = [], 0, MAX_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1  # the leading space takes one
        current.append(char)
        size += octets
    parts.append("".join(current))
    return "\r\n ".join(parts)
