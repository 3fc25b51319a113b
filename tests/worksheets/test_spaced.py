"""Tests for worksheets.spaced: the simplified SM-2 that decides when a practised question
comes back, its saved form and how its dates are said."""

from datetime import date, timedelta

import pytest

from worksheets.spaced import (
    FIRST_INTERVALS,
    MAX_EASE,
    MAX_INTERVAL,
    MIN_EASE,
    START_EASE,
    Card,
    card_fields,
    card_from,
    day_name,
    day_words,
    parse_day,
    rate,
    status,
)

TODAY = date(2026, 3, 2)  # a Monday


def after(*ratings: str, start: date = TODAY, gap_days: int | None = None) -> Card:
    """The card after a run of ratings, each given on the day the card came back (or
    gap_days after the previous answer)."""
    card, day = Card(), start
    for rating in ratings:
        card = rate(card, rating, day)
        day = card.due if gap_days is None else day + timedelta(days=gap_days)
    return card


# The first answer


@pytest.mark.parametrize("rating", ["hard", "good", "easy"])
def test_a_first_good_answer_comes_back_after_its_first_interval(rating):
    card = rate(Card(), rating, TODAY)
    assert card.interval == FIRST_INTERVALS[rating]
    assert card.due == TODAY + timedelta(days=FIRST_INTERVALS[rating])
    assert (card.reps, card.lapses, card.last_rating) == (1, 0, rating)


def test_first_intervals_grow_from_hard_to_easy():
    assert FIRST_INTERVALS["hard"] < FIRST_INTERVALS["good"] < FIRST_INTERVALS["easy"]


def test_again_comes_back_today_and_is_not_a_lapse_the_first_time():
    card = rate(Card(), "again", TODAY)
    assert card.due == TODAY and card.interval == 0
    assert (card.reps, card.lapses, card.last_rating) == (0, 0, "again")


# Later answers


def test_good_multiplies_the_interval_by_the_ease():
    card = after("good", "good")
    assert card.interval == round(FIRST_INTERVALS["good"] * START_EASE)
    third = rate(card, "good", card.due)
    assert third.interval == round(card.interval * card.ease)


def test_each_rating_gives_a_longer_interval_than_the_one_below_it():
    card = after("good", "good")
    intervals = [
        rate(card, rating, card.due).interval for rating in ("again", "hard", "good", "easy")
    ]
    assert intervals == sorted(intervals) and len(set(intervals)) == 4
    assert intervals[0] == 0


def test_hard_still_moves_the_question_at_least_a_day_further():
    card = after("hard")
    for _ in range(5):
        longer = rate(card, "hard", card.due)
        assert longer.interval >= card.interval + 1
        card = longer


def test_the_ease_falls_with_again_and_hard_rises_with_easy_and_stays_in_its_range():
    assert after("again").ease == START_EASE - 0.2
    assert after("hard").ease == START_EASE - 0.15
    assert after("good").ease == START_EASE
    assert after("easy").ease == START_EASE + 0.15
    assert after(*["again"] * 20).ease == MIN_EASE
    assert after(*["easy"] * 20).ease == MAX_EASE


def test_no_interval_is_longer_than_the_maximum():
    assert after(*["easy"] * 12).interval == MAX_INTERVAL


def test_the_ease_is_kept_to_two_decimals():
    card = after("hard", "hard", "easy", "hard")
    assert card.ease == round(card.ease, 2)
    assert len(str(card.ease)) <= 4


# Lapses


def test_again_after_good_answers_is_a_lapse_and_starts_the_run_over():
    card = after("good", "good", "again")
    assert (card.reps, card.lapses, card.interval) == (0, 1, 0)
    assert card.due == TODAY + timedelta(days=2 + 5)  # the day it was forgotten
    relearnt = rate(card, "good", card.due)
    assert relearnt.interval == FIRST_INTERVALS["good"]
    assert relearnt.lapses == 1


def test_again_twice_in_a_row_counts_one_lapse():
    card = after("good", "again", "again")
    assert card.lapses == 1


def test_the_ease_lost_to_a_lapse_slows_the_next_growth():
    steady = after("good", "good", "good", "good")
    lapsed = after("good", "again", "good", "good", "good", "good")
    assert lapsed.ease < steady.ease
    assert lapsed.interval < steady.interval


def test_an_unknown_rating_is_refused():
    with pytest.raises(ValueError, match="unknown rating 'great'"):
        rate(Card(), "great", TODAY)


# Status and due order


def test_status_is_new_until_rated_then_later_until_the_due_day():
    card = rate(Card(), "good", TODAY)
    assert status(Card(), TODAY) == "new"
    assert status(card, TODAY) == "later"
    assert status(card, TODAY + timedelta(days=1)) == "later"
    assert status(card, card.due) == "due"
    assert status(card, card.due + timedelta(days=10)) == "due"


def test_again_is_due_the_same_day():
    assert status(rate(Card(), "again", TODAY), TODAY) == "due"


def test_a_rated_card_with_no_date_counts_as_due():
    assert status(Card(last_rating="good"), TODAY) == "due"


def test_sorting_by_due_date_puts_the_weakest_answers_first():
    cards = {rating: rate(Card(), rating, TODAY) for rating in ("easy", "again", "good", "hard")}
    assert sorted(cards, key=lambda rating: cards[rating].due) == ["again", "hard", "good", "easy"]


# Dates


def test_dates_cross_month_and_year_ends():
    card = rate(Card(), "easy", date(2026, 12, 30))
    assert card.due == date(2027, 1, 3)
    assert card_fields(card)["due"] == "2027-01-03"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-03-02", date(2026, 3, 2)),
        ("2028-02-29", date(2028, 2, 29)),
        ("2026-02-30", None),
        ("2026-3-2", None),
        ("20260302", None),
        ("2026-W10-1", None),
        (" 2026-03-02", None),
        ("", None),
        (20260302, None),
        (None, None),
    ],
)
def test_parse_day_reads_only_year_month_day(text, day):
    assert parse_day(text) == day


def test_days_are_said_in_words():
    assert day_words(TODAY, TODAY) == "today"
    assert day_words(TODAY + timedelta(days=1), TODAY) == "tomorrow"
    assert day_words(TODAY - timedelta(days=1), TODAY) == "yesterday"
    assert day_words(date(2026, 3, 5), TODAY) == "on Thursday 5 March"
    assert day_words(date(2027, 1, 4), TODAY) == "on Monday 4 January 2027"
    assert day_name(date(2026, 3, 8), TODAY) == "Sunday 8 March"


# The saved form


def test_a_card_survives_its_saved_form():
    card = after("good", "hard", "again", "easy")
    assert card_from(card_fields(card)) == card


def test_a_blank_record_is_a_new_card():
    blank = {"due": "", "interval": 0, "ease": 0, "reps": 0, "lapses": 0, "last_rating": ""}
    card = card_from(blank)
    assert status(card, TODAY) == "new"
    assert card.ease == MIN_EASE  # an ease of 0 is brought into range
    assert card_from({}) == Card()


def test_values_out_of_range_are_brought_back_into_range():
    card = card_from(
        {
            "due": "soon",
            "interval": 900,
            "ease": 9,
            "reps": -3,
            "lapses": 2.6,
            "last_rating": "brilliant",
        }
    )
    assert card == Card(
        due=None, interval=MAX_INTERVAL, ease=MAX_EASE, reps=0, lapses=3, last_rating=""
    )


@pytest.mark.parametrize("odd", [True, "3", None, float("nan"), float("inf"), [2]])
def test_unreadable_numbers_start_afresh(odd):
    card = card_from({"interval": odd, "ease": odd, "reps": odd, "lapses": odd})
    assert (card.interval, card.ease, card.reps, card.lapses) == (0, START_EASE, 0, 0)
