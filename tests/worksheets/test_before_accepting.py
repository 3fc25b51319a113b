"""Tests for worksheets.before_accepting: each open question goes to the person who can answer
it, pay and terms to HR, and the red flags seen and doubts about the manager add theirs."""

import pytest

from worksheets.before_accepting import MEET_AGAIN, open_questions, route

RED = [
    {
        "id": "vague-why-open",
        "name": "Vague about why the role is open",
        "tone": "red",
        "link": "guide/questions-to-ask.md#find-out-why-the-role-is-open",
        "question": "Why is the role open?",
        "ask": "manager",
    },
    {
        "id": "pressed-to-accept",
        "name": "Pressure to accept",
        "tone": "red",
        "link": "guide/pay-and-offers.md#asking-for-time-to-decide",
        "question": "Could I have the offer in writing and a few days to reply?",
        "ask": "hr",
    },
]


def reflection(*points, red=(), manager="") -> dict:
    """points: (text, who) pairs for "What I still need to know"."""
    return {
        "red_flags": list(red),
        "manager": manager,
        "still_to_know": [
            {"id": f"k-{n}", "text": text, "ask": who} for n, (text, who) in enumerate(points)
        ],
    }


def texts(asked: dict, who: str) -> list[str]:
    return [question["text"] for question in asked[who]]


@pytest.mark.parametrize(
    "text",
    [
        "What is the salary range?",
        "How are bonuses paid?",
        "How much annual leave is there?",
        "What does the pension look like?",
        "Is there a probation period?",
        "When would the start date be?",
        "How many remote days a week are allowed?",
        "What notice period is in the contract?",
    ],
)
def test_pay_and_terms_go_to_hr(text):
    assert route(text, "") == "hr"


@pytest.mark.parametrize(
    "text",
    [
        "Who would I work with most closely?",
        "What would my first project be?",
        "How do you give feedback?",
        "Could we repay the technical debt this year?",
    ],
)
def test_the_work_goes_to_the_manager(text):
    assert route(text, "") == "manager"


def test_the_visitors_choice_wins():
    assert route("What is the salary range?", "manager") == "manager"
    assert route("Who is on the team?", "hr") == "hr"
    assert route("Who is on the team?", "boss") == "manager"


def test_questions_are_grouped_by_who_answers_them_in_the_visitors_order():
    asked = open_questions(
        reflection(
            ("Who is on the team?", ""),
            ("What is the salary range?", ""),
            ("What is the first project?", ""),
            ("  ", ""),
        ),
        RED,
    )
    assert texts(asked, "manager") == ["Who is on the team?", "What is the first project?"]
    assert texts(asked, "hr") == ["What is the salary range?"]
    assert asked["hr"][0] == {"text": "What is the salary range?", "why": "", "url": ""}


def test_each_red_flag_seen_adds_its_question_for_its_person_with_the_reason():
    asked = open_questions(reflection(red=["vague-why-open", "pressed-to-accept"]), RED)
    assert texts(asked, "manager") == ["Why is the role open?"]
    assert texts(asked, "hr") == ["Could I have the offer in writing and a few days to reply?"]
    reason = asked["manager"][0]
    assert reason["why"] == "It tests a red flag you saw: Vague about why the role is open."
    assert reason["url"] == "guide/questions-to-ask/#find-out-why-the-role-is-open"


def test_an_unknown_red_flag_adds_nothing():
    asked = open_questions(reflection(red=["gone-flag"]), RED)
    assert asked["hr"] == [] and asked["manager"] == []


def test_a_question_asked_twice_is_listed_once():
    asked = open_questions(
        reflection(("Why is the role OPEN?", ""), ("why is  the role open?", "")), RED
    )
    assert texts(asked, "manager") == ["Why is the role OPEN?"]
    asked = open_questions(reflection(("Why is the role open?", ""), red=["vague-why-open"]), RED)
    assert texts(asked, "manager") == ["Why is the role open?"] and asked["manager"][0]["why"] == ""


@pytest.mark.parametrize(
    ("manager", "asks"),
    [("not-at-all", True), ("with-doubts", True), ("mostly", False), ("fully", False), ("", False)],
)
def test_doubts_about_the_manager_ask_hr_for_another_conversation(manager, asks):
    asked = open_questions(reflection(manager=manager), RED)
    assert (MEET_AGAIN in texts(asked, "hr")) is asks
    assert MEET_AGAIN not in texts(asked, "manager")


def test_pay_sent_to_the_manager_gets_a_gentle_tip():
    asked = open_questions(reflection(("What is the salary range?", "manager")), RED)
    assert texts(asked, "manager") == ["What is the salary range?"]
    tip = asked["tips"][0]
    assert "mentions “salary”" in tip["text"] and "HR" in tip["text"]
    assert tip["link"]["url"] == "guide/pay-and-offers/#when-to-ask-about-the-package"


def test_with_no_question_about_pay_hr_is_reminded_of_the_offer_in_writing():
    asked = open_questions(reflection(("Who is on the team?", "")), RED)
    assert [tip["link"]["url"] for tip in asked["tips"]] == [
        "guide/pay-and-offers/#an-offer-on-the-spot"
    ]
    asked = open_questions(reflection(("What is the salary range?", "")), RED)
    assert asked["tips"] == []
