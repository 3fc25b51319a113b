"""Tests for worksheets.first_round_debrief, through the service the page calls: the review
(the prep plan and who can be carried into the interview plan), the Markdown export, and the
debrief in the workbook and in imports."""

import json

import pytest

from worksheets import service, workbook
from worksheets.first_round_debrief import SPEC, carry_states
from worksheets.registry import SPECS
from worksheets.spec import empty_document

XSS = "<img src=x onerror=alert(1)>"
ASK = [
    {
        "id": "any-hesitation",
        "text": "Is there anything that makes you hesitate?",
        "topic": "fit-concerns",
        "interviewers": ["hiring-manager"],
    }
]
DANA = {
    "id": "m-1",
    "name": "Dana Ortiz",
    "role": "Head of Data",
    "kind": "hiring-manager",
    "noticed": "Kept asking about deadlines.",
}
SAM = {"id": "m-2", "name": "Sam Lee", "role": "Talent partner", "kind": "hr", "noticed": ""}


def debrief() -> dict:
    document = empty_document(SPEC)
    document["round_one"].update(
        outcome="went-poorly",
        went_well="The data story landed.",
        went_poorly="He did all the talking.",
        learned="Who decides?",
    )
    document["answers"] = [
        {
            "id": "a-1",
            "question": "Why are you leaving?",
            "said": "The commute.",
            "now": "The commute, and bigger projects.",
        }
    ]
    document["accomplishments"] = [{"id": "w-1", "what": "Cut invoice errors by 40%", "proves": ""}]
    document["concerns"] = [
        {"id": "c-1", "concern": "Not enough SQL", "about": "skills", "sign": ""}
    ]
    document["people"] = [DANA, SAM]
    document["stories_needed"] = [{"id": "n-1", "text": "Led without authority"}]
    return document


def call(document: dict, op: str = "review", others: dict | None = None) -> dict:
    request = {
        "worksheet": "first-round-debrief",
        "op": op,
        "document": document,
        "data": {"questions_to_ask": ASK},
        "others": others or {},
    }
    reply = json.loads(service.handle(json.dumps(request)))
    assert reply["ok"] is True, reply
    return reply


def plan_with(*names: str) -> dict:
    people = [{"id": f"p-{n}", "name": name} for n, name in enumerate(names)]
    return {"format": "second-round/interview-plan", "version": 1, "people": people}


def test_the_review_holds_the_plan_and_a_state_per_person():
    reply = call(debrief(), others={"interview-plan": plan_with(" dana  ortiz")})
    assert reply["plan"]["sections"][0]["id"] == "stories"
    assert reply["people"] == {"m-1": "in-plan", "m-2": "ready"}


def test_stories_in_the_saved_star_bank_are_marked():
    bank = {
        "format": "second-round/star-bank",
        "version": 1,
        "stories": [{"id": "s-1", "title": "Led without authority"}],
    }
    stories = call(debrief(), others={"star-bank": bank})["plan"]["sections"][0]["items"]
    assert [item["in_bank"] for item in stories] == [False, False, False, True]


def test_an_unreadable_star_bank_or_plan_counts_as_empty():
    reply = call(debrief(), others={"star-bank": {"format": "nope"}, "interview-plan": 7})
    assert not any(item["in_bank"] for item in reply["plan"]["sections"][0]["items"])
    assert set(reply["people"].values()) == {"ready"}


def test_a_person_with_no_name_cannot_be_carried_yet():
    assert carry_states([{**DANA, "name": "  "}], []) == {"m-1": "unnamed"}


def test_the_markdown_holds_the_debrief_then_the_plan():
    text = call(debrief(), "export-markdown")["text"]
    assert text.startswith("# My first-round debrief\n\n**How round one went:** It went poorly\n")
    assert text.index("## Questions I wish I had answered differently") < text.index(
        "# My prep plan"
    )
    assert "- Dana Ortiz (Head of Data, Hiring manager): Kept asking about deadlines." in text
    assert "## Stories to write or rework\n\n1. **Find a story that answers their doubt" in text
    assert "*(See Taking charge of the conversation › Open with it;" in text


def test_the_markdown_keeps_hostile_text_as_text():
    document = debrief()
    document["round_one"]["went_poorly"] = XSS
    document["answers"][0]["question"] = XSS
    document["people"][0]["name"] = XSS
    text = call(document, "export-markdown")["text"]
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text


def test_the_debrief_comes_first_in_the_workbook_and_round_trips():
    documents = {"star-bank": empty_document(SPECS["star-bank"]), "first-round-debrief": debrief()}
    text = workbook.to_json(documents, SPECS)
    assert list(json.loads(text)["worksheets"]) == ["first-round-debrief", "star-bank"]
    assert workbook.parse_import(text, SPECS, {"competencies": set()}) == documents


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d["round_one"].update(outcome="awful"), "how did round one go"),
        (lambda d: d["concerns"][0].update(about="money"), "what it was about"),
        (lambda d: d["people"][0].update(kind="boss"), "kind of interviewer"),
    ],
)
def test_an_import_with_a_choice_the_page_does_not_offer_is_refused(change, says):
    document = debrief()
    change(document)
    with pytest.raises(ValueError, match=says):
        workbook.parse_import(json.dumps(document), SPECS, {})


def test_each_question_says_where_its_story_stands_in_the_plan():
    document = debrief()
    document["answers"].append({"id": "a-2", "question": "", "said": "", "now": ""})
    bank = {
        "format": "second-round/star-bank",
        "version": 1,
        "stories": [{"id": "s-1", "title": "Led without authority"}],
    }
    answers = call(document, others={"star-bank": bank})["answers"]
    assert answers["a-1"]["status"] == "Story 2 of 3 to write in your prep plan."
    assert answers["a-1"]["item"]["star"]["title"] == "Why are you leaving?"
    assert answers["a-2"] == {
        "item": None,
        "status": "Write the question and your prep plan adds a story to write for it.",
    }
    document["stories_needed"][0]["text"] = "why are you  leaving?"
    bank["stories"][0]["answers"] = "Why are you leaving?"
    assert (
        call(document, others={"star-bank": bank})["answers"]["a-1"]["status"]
        == "Its story is in your STAR stories."
    )
