"""Spaced repetition for the practice drill: when a question comes back, given how the last
answer went.

A simplified SM-2, the algorithm behind most flashcard apps, counted in whole days. Each
question has an interval (days until it comes back), an ease (how fast that interval grows)
and a run of successful answers. After an answer the visitor rates it:

    Again   it did not come: the question comes back later in this session (due today),
            the run starts over and the ease drops by 0.2. If it had been answered well
            before, that counts as a lapse.
    Hard    it came, with effort: the interval grows by a fifth (at least a day) and the
            ease drops by 0.15.
    Good    the interval is multiplied by the ease (at least one day more than Hard).
    Easy    the interval is multiplied by the ease and EASY_BONUS (at least one day more than
            Good) and the ease rises by 0.15.

The first good answer, or the first after an Again, sets the interval from FIRST_INTERVALS
(Hard 1 day, Good 2, Easy 4). The ease starts at 2.5 and stays between 1.3 and 3.0, and no
interval is longer than MAX_INTERVAL: an interview is usually days or weeks away, not months,
so questions come back sooner than a flashcard app would bring them.

Dates are the visitor's calendar days, "YYYY-MM-DD", and "today" is always passed in (the
page sends its own date), so the same answers always give the same schedule.
"""

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from worksheets.text import written_date

RATINGS = ("again", "hard", "good", "easy")
RATING_NAMES = {"again": "Again", "hard": "Hard", "good": "Good", "easy": "Easy"}

START_EASE = 2.5
MIN_EASE = 1.3
MAX_EASE = 3.0
EASE_CHANGE = {"again": -0.2, "hard": -0.15, "good": 0.0, "easy": 0.15}
FIRST_INTERVALS = {"hard": 1, "good": 2, "easy": 4}
HARD_GROWTH = 1.2
EASY_BONUS = 1.3
MAX_INTERVAL = 30

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Card:
    """One question's place in the schedule. A card never rated has no due date."""

    due: date | None = None
    interval: int = 0  # days from the last answer to `due`
    ease: float = START_EASE
    reps: int = 0  # answers in a row rated Hard, Good or Easy
    lapses: int = 0  # times rated Again after a run of good answers
    last_rating: str = ""


def rate(card: Card, rating: str, today: date) -> Card:
    """The card after an answer rated `rating` today."""
    if rating not in RATINGS:
        raise ValueError(f"unknown rating {rating!r}: it should be one of {', '.join(RATINGS)}")
    ease = round(min(MAX_EASE, max(MIN_EASE, card.ease + EASE_CHANGE[rating])), 2)
    if rating == "again":
        return Card(
            due=today,
            interval=0,
            ease=ease,
            reps=0,
            lapses=card.lapses + (card.reps > 0),
            last_rating=rating,
        )
    interval = _interval(card, rating)
    return Card(
        due=today + timedelta(days=interval),
        interval=interval,
        ease=ease,
        reps=card.reps + 1,
        lapses=card.lapses,
        last_rating=rating,
    )


def _interval(card: Card, rating: str) -> int:
    """Days until the question comes back after a successful answer."""
    if card.reps == 0:
        return FIRST_INTERVALS[rating]
    hard = max(card.interval + 1, round(card.interval * HARD_GROWTH))
    good = max(hard + 1, round(card.interval * card.ease))
    easy = max(good + 1, round(card.interval * card.ease * EASY_BONUS))
    return min(MAX_INTERVAL, {"hard": hard, "good": good, "easy": easy}[rating])


def status(card: Card, today: date) -> str:
    """ "new" (never rated), "due" (today or earlier) or "later"."""
    if not card.last_rating:
        return "new"
    return "due" if card.due is None or card.due <= today else "later"


def parse_day(text: object) -> date | None:
    """A "YYYY-MM-DD" date, or None for anything else."""
    if not isinstance(text, str) or not _DAY.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def card_from(fields: dict) -> Card:
    """A card from its saved fields. Values out of range (from a file edited by hand) are
    brought back into range, and unreadable ones start afresh, so a schedule always loads."""
    rating = fields.get("last_rating")
    return Card(
        due=parse_day(fields.get("due")),
        interval=_whole(fields.get("interval"), 0, MAX_INTERVAL),
        ease=round(min(MAX_EASE, max(MIN_EASE, _number(fields.get("ease"), START_EASE))), 2),
        reps=_whole(fields.get("reps"), 0, None),
        lapses=_whole(fields.get("lapses"), 0, None),
        last_rating=rating if rating in RATINGS else "",
    )


def card_fields(card: Card) -> dict:
    """A card as the fields it is saved with."""
    return {
        "due": card.due.isoformat() if card.due else "",
        "interval": card.interval,
        "ease": card.ease,
        "reps": card.reps,
        "lapses": card.lapses,
        "last_rating": card.last_rating,
    }


def _number(value: object, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return default
    return value


def _whole(value: object, low: int, high: int | None) -> int:
    number = _number(value, low)
    if high is not None:
        number = min(number, high)
    return max(low, round(number))


def day_name(day: date, today: date) -> str:
    """ "Thursday 5 March", with the year when it is not this year's."""
    return written_date(day, with_year=day.year != today.year)


def day_words(day: date, today: date) -> str:
    """A day as a sentence says it: "today", "tomorrow", "yesterday" or "on Thursday 5 March"."""
    near = {0: "today", 1: "tomorrow", -1: "yesterday"}.get((day - today).days)
    return near or f"on {day_name(day, today)}"
