"""Tests for worksheets.recovery: the advice on round one fits how it went and why."""

import pytest

from worksheets.recovery import CAUSE_ADVICE, causes, round_one


def texts(section: dict) -> list[str]:
    return [item["text"] for item in section["items"]]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("She grilled me on every date in my CV.", ["grilled"]),
        ("It was brief and went nowhere; he had not read my CV.", ["drifted"]),
        ("He did all the talking, a real sales pitch.", ["they-talked"]),
        ("They asked which fictional character I am. So odd.", ["odd-questions"]),
        ("She asked whether I plan to have children.", ["improper"]),
        ("I was nervous and rambled.", ["nerves"]),
        ("He was hostile, and I froze.", ["grilled", "nerves"]),
        ("I kept my answers short and sold my skills well.", []),
    ],
)
def test_the_causes_are_found_in_the_visitors_own_words(words, found):
    assert causes(words) == found


def test_a_poor_round_puts_the_fix_for_what_happened_first_then_the_guides_recovery_steps():
    section = round_one("went-poorly", "", "The interviewer was hostile.")
    assert texts(section)[0] == CAUSE_ADVICE["grilled"]["text"]
    assert texts(section)[1:] == [
        "Take the invitation as their verdict",
        "Choose the one accomplishment that proves you can do this job",
        "Weigh whether it was a warning sign",
        "Work through the recovery checklist",
    ]


def test_a_poor_round_with_no_reason_given_asks_for_one():
    section = round_one("went-poorly", "", "")
    assert texts(section)[0] == "Say what went poorly, and why"
    assert (
        section["items"][0]["links"][0]["url"]
        == "guide/first-round-review/#when-the-first-round-felt-bad"
    )


def test_a_mixed_round_keeps_what_went_well_in_the_visitors_words():
    section = round_one("mixed", "My migration story  landed.", "I rambled.")
    assert section["title"] == "Fixing what went wrong, keeping what worked"
    assert texts(section)[0] == CAUSE_ADVICE["nerves"]["text"]
    kept = next(item for item in section["items"] if item["text"] == "Do again what worked")
    assert "“My migration story landed.”" in kept["detail"]


def test_a_good_round_warns_against_coasting_first():
    section = round_one("went-well", "", "")
    assert texts(section)[:2] == [
        "Prepare as if you were starting fresh",
        "Bring back your strongest points",
    ]
    assert section["items"][0]["links"][0]["url"] == "guide/myths/#myth-1-round-two-is-a-formality"


def test_no_outcome_yet_asks_for_one():
    assert texts(round_one("", "", "")) == ["Say how round one went"]
