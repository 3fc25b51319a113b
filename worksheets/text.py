"""Text helpers shared by the worksheets: words, speaking time, phrase finding and wording
for messages."""

import re
from collections.abc import Iterable
from functools import lru_cache

WORDS_PER_MINUTE = 130
"""Pace of a spoken interview answer. People read aloud at about 150 to 160 words a minute,
but someone answering a question pauses to think and should leave the interviewer time to
follow, so 130 gives a more honest estimate of how long a story takes to tell."""

# A word is a run of letters or digits, with inner apostrophes kept so "I'm" stays one word.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

# Letters, digits or apostrophes next to a phrase mean it is part of a longer word.
_WORD_EDGE = r"[\w'’]"


def words(text: str) -> list[str]:
    """The words of text, lower-cased, with curly apostrophes made straight so that
    "I’m" and "I'm" compare equal."""
    return [word.lower().replace("’", "'") for word in _WORD.findall(text)]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def speaking_seconds(word_total: int) -> int:
    """Roughly how many seconds it takes to say word_total words at WORDS_PER_MINUTE."""
    return round(word_total * 60 / WORDS_PER_MINUTE)


def find_phrases(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases that occur in text as whole words, ignoring case.

    Each is returned once, spelt as the text spells it, in order of first appearance, so a
    message can quote the visitor's own words back to them.
    """
    found: dict[str, str] = {}
    for match in _phrase_pattern(tuple(phrases)).finditer(text):
        key = " ".join(match.group().lower().split())
        found.setdefault(key, match.group())
    return list(found.values())


@lru_cache(maxsize=16)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so "a lot" is not cut short by a shorter phrase that starts the same way.
    ordered = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
    return re.compile(rf"(?<!{_WORD_EDGE})(?:{alternatives})(?!{_WORD_EDGE})", re.IGNORECASE)


def count_noun(count: int, singular: str, plural: str = "") -> str:
    """ "1 story", "3 stories": the count with the noun in the right number."""
    noun = singular if count == 1 else (plural or singular + "s")
    return f"{count:,} {noun}"


def json_kind(value: object) -> str:
    """What a value read from JSON is, in words a visitor knows: "a number", "a list"…"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def paragraphs(text: str) -> str:
    """The visitor's text for a Markdown file: Windows line endings and trailing spaces
    tidied away, and never read as HTML (see markdown_safe)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return markdown_safe("\n".join(lines).strip())


def squeezed(text: str) -> str:
    """The visitor's text on one line, as typed otherwise: trimmed, runs of spaces made one."""
    return " ".join(text.split())


def folded(text: str) -> str:
    """Text reduced for comparing what a visitor typed in two places: "Dana  ORTIZ " and
    "dana ortiz" fold to the same."""
    return squeezed(text).casefold()


def one_line(text: str) -> str:
    """The visitor's text on one line of a Markdown file, never read as HTML."""
    return markdown_safe(" ".join(text.split()))


def markdown_safe(text: str) -> str:
    """Text a Markdown viewer shows as typed: "<img …>" stays visible text, not an image."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Weekday and month names written out here rather than by strftime, whose names follow the
# machine's locale.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def written_date(day, with_year: bool = True) -> str:
    """ "Tuesday 1 December 2026" (or without the year) for a date or datetime."""
    year = f" {day.year}" if with_year else ""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}{year}"
