"""Tests for worksheets.plan_checks: each flag fires when it should and stays quiet when not."""

from itertools import count

import pytest

from worksheets import plan_checks
from worksheets.plan_checks import check_plan

BANK = [
    {
        "id": "ask-success",
        "text": "How will you judge success?",
        "topic": "first-90-days",
        "interviewers": ["hiring-manager", "executive"],
    },
    {
        "id": "ask-team",
        "text": "How does the team work together?",
        "topic": "team",
        "interviewers": ["hiring-manager", "peer"],
    },
    {
        "id": "ask-terms",
        "text": "What is the notice period?",
        "topic": "package",
        "interviewers": ["hr"],
    },
]


_ids = count(1)


def ask(text: str, source: str = "", must: bool = False) -> dict:
    return {"id": f"q-{next(_ids)}", "text": text, "source": source, "must": must}


def person(person_id: str, name: str, kind: str, *questions: dict) -> dict:
    return {
        "id": person_id,
        "name": name,
        "role": "",
        "kind": kind,
        "email": "",
        "met_before": False,
        "known": "",
        "wants": "",
        "questions": list(questions),
        "dismissed": [],
        "discussed": "",
        "unsaid": "",
    }


def plan_of(*people: dict, interview_format: str = "one-on-one") -> dict:
    return {
        "format": "second-round/interview-plan",
        "version": 1,
        "interview": {"when": "2026-12-01T10:00", "format": interview_format, "place": ""},
        "people": list(people),
    }


SUCCESS = "How will you judge success?"
DANA = person("p-1", "Dana Ortiz", "hiring-manager", ask(SUCCESS, "ask-success"))
SAM = person("p-2", "Sam Lee", "peer", ask("What does a normal week look like?"))
RIA = person("p-3", "Ria Shah", "hr", ask("What are the next steps?"))


def flags_from(rule, plan: dict) -> list[dict]:
    return rule(plan, BANK)


def test_a_sound_plan_gets_no_flags():
    assert check_plan(plan_of(DANA, SAM, RIA, interview_format="panel"), BANK) == []


def test_every_flag_has_tone_person_and_message():
    plan = plan_of(person("p-1", "", "peer"), person("p-2", "", "peer"))
    flags = check_plan(plan, BANK)
    assert flags
    for flag in flags:
        assert set(flag) == {"tone", "person", "message"}
        assert flag["tone"] in {"warn", "tip"}


def test_person_label_names_the_kind_or_counts_an_unnamed_person():
    assert plan_checks.person_label(DANA, 0) == "Dana Ortiz (Hiring manager)"
    assert plan_checks.person_label(person("p-2", "  ", ""), 1) == "Person 2"
    assert plan_checks.person_label(person("p-2", "", "hr"), 1) == "Person 2 (HR or recruiter)"


# Pay and terms


@pytest.mark.parametrize(
    "text",
    [
        "What salary range do you have in mind?",
        "Is there a BONUS scheme?",
        "How many days of annual leave come with the job?",
        "What benefits does the company offer?",
        "Can I take holidays in August?",
    ],
)
def test_pay_words_raised_with_someone_other_than_hr_are_flagged(text):
    plan = plan_of(person("p-1", "Dana Ortiz", "hiring-manager", ask(text)))
    [flag] = flags_from(plan_checks.pay_outside_hr, plan)
    assert flag["tone"] == "warn"
    assert flag["person"] == "p-1"
    assert "Dana Ortiz (Hiring manager)" in flag["message"]
    assert "HR" in flag["message"]


def test_a_bank_package_question_with_someone_other_than_hr_is_flagged():
    plan = plan_of(person("p-1", "", "", ask("What is the notice period?", "ask-terms")))
    [flag] = flags_from(plan_checks.pay_outside_hr, plan)
    assert "Person 1" in flag["message"]
    assert "pay and terms" in flag["message"]


def test_pay_questions_for_hr_are_not_flagged():
    questions = [ask("What is the salary?"), ask("Notice?", "ask-terms")]
    plan = plan_of(person("p-1", "Ria Shah", "hr", *questions))
    assert flags_from(plan_checks.pay_outside_hr, plan) == []


def test_pay_words_only_count_as_whole_words():
    questions = [ask("How do customers repay the loans?"), ask("What paycheck-style tools exist?")]
    plan = plan_of(person("p-1", "Dana Ortiz", "hiring-manager", *questions))
    assert flags_from(plan_checks.pay_outside_hr, plan) == []


# The same question to several people


def test_the_same_bank_question_for_two_people_names_both():
    first = person("p-1", "Dana Ortiz", "hiring-manager", ask(SUCCESS, "ask-success"))
    second = person("p-2", "Sam Lee", "peer", ask("How would YOU judge success?", "ask-success"))
    [flag] = flags_from(plan_checks.same_question, plan_of(first, second))
    assert flag["person"] is None
    assert "Dana Ortiz (Hiring manager) and Sam Lee (Future peer)" in flag["message"]


def test_the_same_words_ignoring_case_spacing_and_punctuation_count_as_the_same():
    people = [
        person("p-1", "Dana Ortiz", "", ask("What's the  biggest challenge?")),
        person("p-2", "Sam Lee", "", ask("what's the biggest challenge")),
        person("p-3", "", "", ask("WHAT'S THE BIGGEST, CHALLENGE?!")),
    ]
    [flag] = flags_from(plan_checks.same_question, plan_of(*people))
    assert "Dana Ortiz, Sam Lee and Person 3" in flag["message"]


def test_a_repeat_is_a_warning_on_a_panel_and_a_tip_in_a_series():
    people = [person(f"p-{n}", f"Name {n}", "", ask("Why is the role open?")) for n in range(2)]
    [panel] = flags_from(plan_checks.same_question, plan_of(*people, interview_format="panel"))
    [series] = flags_from(plan_checks.same_question, plan_of(*people, interview_format="series"))
    assert (panel["tone"], series["tone"]) == ("warn", "tip")


def test_different_questions_or_one_person_are_not_repeats():
    same_person = person("p-1", "Dana Ortiz", "", ask("Why is it open?"), ask("why is it open"))
    assert flags_from(plan_checks.same_question, plan_of(same_person, SAM)) == []
    assert flags_from(plan_checks.same_question, plan_of(DANA, SAM, RIA)) == []


# Nothing to ask


def test_a_person_with_no_question_is_flagged():
    plan = plan_of(DANA, person("p-2", "Sam Lee", "peer", ask("   ")))
    [flag] = flags_from(plan_checks.nothing_to_ask, plan)
    assert flag["tone"] == "warn"
    assert flag["person"] == "p-2"
    assert flag["message"].startswith("You have no question ready for Sam Lee (Future peer).")


# Must-asks against the time


def musts(count: int) -> list[dict]:
    return [ask(f"Must question number {n}?", must=True) for n in range(count)]


def test_the_limits_follow_from_the_minutes():
    assert plan_checks.MUST_ASK_EACH_ALONE == 3
    assert plan_checks.MUST_ASK_EACH_SHARED == 2
    assert plan_checks.MUST_ASK_TOTAL_SHARED == 5


def test_more_must_asks_than_a_one_on_one_allows_are_flagged():
    quiet = plan_of(person("p-1", "Dana Ortiz", "hiring-manager", *musts(3)))
    loud = plan_of(person("p-1", "Dana Ortiz", "hiring-manager", *musts(4)))
    assert flags_from(plan_checks.too_many_must_asks, quiet) == []
    [flag] = flags_from(plan_checks.too_many_must_asks, loud)
    assert flag["person"] == "p-1"
    assert "4 must-ask questions for Dana Ortiz (Hiring manager)" in flag["message"]
    assert "Keep the 3" in flag["message"]


def test_a_series_allows_three_must_asks_each():
    people = [person(f"p-{n}", f"Name {n}", "", *musts(3)) for n in range(3)]
    plan = plan_of(*people, interview_format="series")
    assert flags_from(plan_checks.too_many_must_asks, plan) == []


def test_a_panel_allows_two_must_asks_each_and_five_in_all():
    two_each = [person(f"p-{n}", "", "", *musts(2)) for n in range(2)]
    plan = plan_of(*two_each, interview_format="panel")
    assert flags_from(plan_checks.too_many_must_asks, plan) == []

    three = plan_of(person("p-1", "", "", *musts(3)), interview_format="panel")
    [flag] = flags_from(plan_checks.too_many_must_asks, three)
    assert flag["person"] == "p-1"
    assert "shared" in flag["message"]

    six_in_all = [person(f"p-{n}", "", "", *musts(2)) for n in range(3)]
    plan = plan_of(*six_in_all, interview_format="group")
    [flag] = flags_from(plan_checks.too_many_must_asks, plan)
    assert flag["person"] is None
    assert "6 must-ask questions across the interview" in flag["message"]


# Names


def test_a_person_without_a_name_gets_a_tip():
    plan = plan_of(DANA, person("p-2", " ", "peer", ask("Why?")))
    [flag] = flags_from(plan_checks.unnamed, plan)
    assert (flag["tone"], flag["person"]) == ("tip", "p-2")
    assert flag["message"].startswith("Person 2 (Future peer) has no name yet.")


def test_hostile_text_is_quoted_back_as_plain_text():
    hostile = "<img src=x onerror=alert(1)> salary?"
    plan = plan_of(person("p-1", "<b>Dana</b>", "peer", ask(hostile)))
    [flag] = flags_from(plan_checks.pay_outside_hr, plan)
    assert "“<img src=x onerror=alert(1)> salary?”" in flag["message"]
    assert "<b>Dana</b> (Future peer)" in flag["message"]
