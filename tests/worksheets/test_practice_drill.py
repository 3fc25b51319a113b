"""Tests for worksheets.practice_drill through the service, as the page calls it: the review,
drawing the next question, rating an answer, choosing a story, the Markdown export, and the
schedule's numbers in imported files (the spec's "number" kind)."""

import json

import pytest

from worksheets import service, workbook
from worksheets.document import DocumentError, saved, validate
from worksheets.practice_drill import SPEC
from worksheets.registry import SPECS
from worksheets.spec import Field, empty_document

TODAY = "2026-03-02"
COMPETENCIES = [
    {"id": "teamwork", "name": "Teamwork", "hint": ""},
    {"id": "conflict", "name": "Conflict", "hint": ""},
]
QUESTIONS = [
    {
        "id": "team-project",
        "text": "Describe a project you delivered as part of a team.",
        "kind": "behavioural",
        "competencies": ["teamwork"],
    },
    {
        "id": "disagreed",
        "text": "Tell me about a time you disagreed with your manager.",
        "kind": "behavioural",
        "competencies": ["conflict"],
    },
    {
        "id": "why-leave",
        "text": "Why do you want to leave?",
        "kind": "recurring",
        "competencies": [],
    },
]
DATA = {"competencies": COMPETENCIES, "questions_to_expect": QUESTIONS, "today": TODAY}
STORY = {
    "id": "s-1",
    "title": "  Rescued   the launch ",
    "situation": "",
    "task": "",
    "action": "",
    "result": "",
    "competencies": ["teamwork"],
    "answers": "",
}
OTHER_STORY = {**STORY, "id": "s-2", "title": "", "competencies": []}
BANK = {"format": "second-round/star-bank", "version": 1, "stories": [OTHER_STORY, STORY]}
XSS = "<img src=x onerror=alert(1)>"


def drill(**fields) -> dict:
    return {**empty_document(SPEC), **fields}


def call(op: str, document: dict | None = None, data: dict = DATA, **extra) -> dict:
    message = {
        "worksheet": "practice-drill",
        "op": op,
        "document": document or drill(),
        "data": data,
        "others": {"star-bank": BANK},
        **extra,
    }
    return json.loads(service.handle(json.dumps(message)))


def ok(op: str, document: dict | None = None, **extra) -> dict:
    reply = call(op, document, **extra)
    assert reply["ok"], reply
    return reply


# The spec


def test_the_document_holds_its_settings_own_questions_and_a_hidden_schedule():
    assert empty_document(SPEC) == {
        "format": "second-round/practice-drill",
        "version": 1,
        "seconds": "",
        "own_questions": [],
        "practice": [],
    }
    practice = next(f for f in SPEC.fields if f.name == "practice")
    assert not practice.shown
    assert all(not f.shown for f in practice.records.fields if f.kind != "hidden")


def test_the_drill_sits_between_the_plan_and_the_fit_note_in_the_workbook():
    order = list(SPECS)
    assert order.index("interview-plan") < order.index("practice-drill")
    assert SPEC.reads == ("star-bank",)


def test_a_number_field_must_be_hidden():
    with pytest.raises(ValueError, match="a number has no form control"):
        Field("count", "Count", "number")


# The review


def test_the_review_gives_readiness_the_schedule_and_the_time_for_each_answer():
    reply = ok("review")
    assert reply["seconds"] == 120
    assert reply["schedule"] == []
    assert reply["readiness"]["rows"][0] == {
        "name": "Teamwork",
        "stories": 1,
        "practised": 0,
        "due": 0,
        "never": 1,
    }
    assert reply["readiness"]["summary"].startswith("Nothing practised yet, out of 3 questions")


def test_each_own_question_says_where_it_stands():
    own = [
        {"id": f"o-{n}", "text": text, "notes": ""}
        for n, text in enumerate(
            ("Why this team?", "Why now?", "What next?", "Which pay?", ""), start=1
        )
    ]
    document = drill(own_questions=own)
    for key, rating in (("own:o-2", "good"), ("own:o-3", "again")):
        document["practice"] = ok("rate", document, question=key, rating=rating)["practice"]
    document["practice"].append(
        {
            "id": "pr-old",
            "question": "own:o-4",
            "story": "",
            "due": "2026-03-01",
            "interval": 1,
            "ease": 2.5,
            "reps": 1,
            "lapses": 0,
            "last_rating": "hard",
        }
    )
    assert ok("review", document)["own"] == {
        "o-1": "Not practised yet: the drill asks your own questions first.",
        "o-2": "Comes back on Wednesday 4 March (last rated Good).",
        "o-3": "Comes back later in this session (last rated Again).",
        "o-4": "Due again today (last rated Hard).",
        "o-5": "Write the question and it joins the drill.",
    }


@pytest.mark.parametrize(("chosen", "seconds"), [("90", 90), ("180", 180), ("", 120), ("7", 120)])
def test_the_time_for_each_answer_is_the_choice_or_two_minutes(chosen, seconds):
    assert ok("review", drill(seconds=chosen))["seconds"] == seconds


@pytest.mark.parametrize("today", ["2026-02-30", "tomorrow", 20260302])
def test_a_page_that_sends_a_wrong_date_gets_a_clear_error(today):
    reply = call("review", data={**DATA, "today": today})
    assert not reply["ok"]
    assert 'gives "today" as' in reply["error"] and "2026-03-02" in reply["error"]


def test_a_page_that_sends_no_date_gets_a_clear_error():
    data = {key: value for key, value in DATA.items() if key != "today"}
    assert call("review", data=data) == {
        "ok": False,
        "error": 'The drill needs the visitor\'s date as "today" in "data".',
    }


# Next question


def test_next_draws_the_weakest_covered_question_with_its_stories_and_advice():
    question = ok("next", session=[])["question"]
    assert question["key"] == "disagreed"  # no story shows conflict
    assert question["kind"] == "Behavioural" and question["competencies"] == ["Conflict"]
    assert "none of your STAR stories shows Conflict" in question["reason"]
    assert question["guide"] == "guide/star-method/#the-star-method"
    assert question["story"] == ""
    assert question["stories"] == [
        {"id": "s-2", "title": "Untitled story", "fits": False},
        {"id": "s-1", "title": "Rescued the launch", "fits": False},
    ]


def test_stories_that_fit_the_question_are_offered_first():
    question = ok("next", session=["disagreed", "why-leave"])["question"]
    assert question["key"] == "team-project"
    assert [story["id"] for story in question["stories"]] == ["s-1", "s-2"]
    assert question["stories"][0]["fits"]


def test_own_questions_are_drawn_first_with_their_notes_and_no_guide_link():
    document = drill(own_questions=[{"id": "o-1", "text": XSS, "notes": "Say why *this* team."}])
    question = ok("next", document, session=[])["question"]
    assert question["key"] == "own:o-1" and question["text"] == XSS
    assert question["kind"] == "My own question" and question["guide"] == ""
    assert question["notes"] == "Say why *this* team."
    assert ok("next", session=[])["question"]["notes"] == ""


def test_next_with_no_questions_at_all_says_so():
    reply = call("next", data={**DATA, "questions_to_expect": []}, session=[])
    assert reply == {"ok": True, "question": None}


@pytest.mark.parametrize("session", [None, "qa", [1]])
def test_next_needs_the_session_as_a_list_of_keys(session):
    reply = call("next", session=session) if session is not None else call("next")
    assert reply["ok"] is (session is None)


# Rating


def test_rating_adds_the_question_to_the_schedule_and_says_when_it_comes_back():
    reply = ok("rate", question="disagreed", rating="good")
    assert reply["message"] == "Rated Good. This question comes back on Wednesday 4 March."
    assert reply["practice"] == [
        {
            "id": "pr-disagreed",
            "question": "disagreed",
            "story": "",
            "in_prep": False,
            "due": "2026-03-04",
            "interval": 2,
            "ease": 2.5,
            "reps": 1,
            "lapses": 0,
            "last_rating": "good",
        }
    ]


def test_three_ratings_change_the_schedule_and_the_summary():
    document = drill()
    for key, rating in (("disagreed", "again"), ("team-project", "hard"), ("why-leave", "easy")):
        document["practice"] = ok("rate", document, question=key, rating=rating)["practice"]
    review = ok("review", document)
    assert [(item["text"][:12], item["comes_back"]) for item in review["schedule"]] == [
        ("Tell me abou", "Later in this session"),
        ("Describe a p", "Tomorrow"),
        ("Why do you w", "Friday 6 March"),
    ]
    assert (
        review["readiness"]["summary"]
        == "You have practised 3 of 3 questions; 1 is due again today."
    )
    again = ok("rate", document, question="disagreed", rating="good")
    assert [r["question"] for r in again["practice"]] == ["disagreed", "team-project", "why-leave"]
    assert again["practice"][0]["due"] == "2026-03-04"


def test_again_says_the_question_comes_back_in_this_session():
    assert "later in this session" in ok("rate", question="why-leave", rating="again")["message"]


def test_the_schedule_keeps_the_record_and_story_it_had():
    document = drill(
        practice=[
            {
                "id": "pr-x",
                "question": "disagreed",
                "story": "s-1",
                "in_prep": True,
                "due": "",
                "interval": 0,
                "ease": 2.5,
                "reps": 0,
                "lapses": 0,
                "last_rating": "",
            }
        ]
    )
    practice = ok("rate", document, question="disagreed", rating="easy")["practice"]
    assert practice[0]["id"] == "pr-x" and practice[0]["story"] == "s-1"
    assert practice[0]["due"] == "2026-03-06"


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ({"question": "nope", "rating": "good"}, "no question 'nope'"),
        (
            {"question": "disagreed", "rating": "great"},
            "'great' is not one of again, hard, good, easy",
        ),
        ({"question": "disagreed"}, 'needs "rating" as text'),
    ],
)
def test_a_wrong_rating_request_is_refused_with_a_reason(extra, says):
    reply = call("rate", **extra)
    assert not reply["ok"] and says in reply["error"]


# The story to tell


def test_no_story_yet_asks_to_add_the_question_to_the_prep_plan_once():
    first = ok("choose-story", question="disagreed", story="none")
    assert first["add_to_prep"] and first["question"] == QUESTIONS[1]["text"]
    assert first["practice"][0]["story"] == "none" and first["practice"][0]["last_rating"] == ""
    assert first["practice"][0]["in_prep"]
    again = ok(
        "choose-story", drill(practice=first["practice"]), question="disagreed", story="none"
    )
    assert not again["add_to_prep"]
    told = ok("choose-story", drill(practice=again["practice"]), question="disagreed", story="s-1")
    assert told["practice"][0]["story"] == "s-1" and told["practice"][0]["in_prep"]
    back = ok("choose-story", drill(practice=told["practice"]), question="disagreed", story="none")
    assert not back["add_to_prep"]
    review = ok("review", drill(practice=first["practice"]))
    assert review["schedule"] == []  # a story chosen is not a question practised


def test_choosing_a_story_is_remembered_for_the_next_draw():
    practice = ok("choose-story", question="disagreed", story="s-1")["practice"]
    assert not ok("choose-story", question="disagreed", story="s-1")["add_to_prep"]
    question = ok("next", drill(practice=practice), session=[])["question"]
    assert question["key"] == "disagreed" and question["story"] == "s-1"


def test_an_own_question_sent_to_the_prep_plan_keeps_its_words():
    document = drill(own_questions=[{"id": "o-1", "text": "  Why   this team? ", "notes": ""}])
    reply = ok("choose-story", document, question="own:o-1", story="none")
    assert reply["question"] == "Why this team?"


# Markdown


def test_the_markdown_lists_own_questions_readiness_and_the_schedule_with_text_escaped():
    document = drill(
        seconds="90",
        own_questions=[
            {"id": "o-1", "text": XSS, "notes": f"First\r\n{XSS}"},
            {"id": "o-2", "text": " ", "notes": "Dropped"},
        ],
    )
    document["practice"] = ok("rate", document, question="own:o-1", rating="good")["practice"]
    text = ok("export-markdown", document)["text"]
    assert text.startswith("# My practice drill\n\nTime for each answer: 1½ minutes.")
    assert "<img" not in text and "### &lt;img src=x onerror=alert(1)&gt;\n\nFirst\n&lt;img" in text
    assert "Dropped" not in text
    assert "| Teamwork | 1 | 0 | 0 | 1 |" in text
    assert "| My own questions |  | 1 | 0 | 0 |" in text
    assert "- **Wednesday 4 March:** &lt;img" in text and "(last rated Good)" in text


def test_an_empty_drill_exports_in_plain_words():
    text = ok("export-markdown")["text"]
    assert "Time for each answer: 2 minutes." in text
    assert "None yet." in text and "Nothing practised yet." in text


# Files: the schedule's numbers


def practice_record(**fields) -> dict:
    return {
        "id": "pr-a",
        "question": "disagreed",
        "story": "",
        "in_prep": False,
        "due": "2026-03-04",
        "interval": 2,
        "ease": 2.5,
        "reps": 1,
        "lapses": 0,
        "last_rating": "good",
        **fields,
    }


def imported(**fields) -> dict:
    text = json.dumps(drill(practice=[practice_record(**fields)]))
    return workbook.parse_import(text, SPECS, {"competencies": {"teamwork", "conflict"}})[
        "practice-drill"
    ]


def test_a_schedule_survives_export_and_import():
    exported = json.loads(
        ok(
            "export-workbook",
            documents={
                "practice-drill": drill(
                    practice=[practice_record()],
                    own_questions=[{"id": "o-1", "text": "Mine?", "notes": ""}],
                )
            },
        )["text"]
    )
    text = json.dumps(exported)
    back = workbook.parse_import(text, SPECS, {"competencies": set()})
    assert back["practice-drill"]["practice"] == [practice_record()]
    assert workbook.summary(back, SPECS) == "1 question"


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        (
            {"interval": "2"},
            'Practice record 1 (“disagreed”): "interval" should be a number, but it is text.',
        ),
        ({"ease": True}, '"ease" should be a number, but it is true (a yes/no value).'),
        ({"reps": None}, '"reps" should be a number, but it is null.'),
        ({"last_rating": "great"}, "“last rating” this page does not know"),
    ],
)
def test_an_import_with_a_broken_schedule_is_refused(fields, says):
    with pytest.raises(DocumentError) as raised:
        imported(**fields)
    assert says in str(raised.value)


def test_a_number_that_is_not_finite_is_refused():
    text = json.dumps(drill(practice=[practice_record()])).replace('"ease": 2.5', '"ease": NaN')
    with pytest.raises(DocumentError, match='"ease" should be a number, but it is NaN'):
        workbook.parse_import(text, SPECS, {})


def test_numbers_out_of_range_load_and_are_brought_into_range_when_rated():
    document = validate(
        drill(practice=[practice_record(interval=9999, ease=-4, reps=-1)]), SPEC, None, saved(SPEC)
    )
    practice = ok("rate", document, question="disagreed", rating="good")["practice"]
    assert practice[0]["interval"] == 2 and practice[0]["ease"] == 1.3
