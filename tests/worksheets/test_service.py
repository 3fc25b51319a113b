"""Tests for worksheets.service: the JSON-in, JSON-out entry point the browser calls, routing
each request by worksheet and operation."""

import json

from worksheets import service, star_bank
from worksheets.spec import empty_document

COMPETENCIES = [
    {"id": "teamwork", "name": "Teamwork", "hint": "Working with others."},
    {"id": "conflict", "name": "Conflict", "hint": "Handling disagreement."},
]
QUESTIONS = [
    {
        "id": "team-project",
        "text": "Describe a project you delivered as part of a team.",
        "kind": "behavioural",
        "competencies": ["teamwork"],
    },
    {
        "id": "disagreed-with-manager",
        "text": "Tell me about a time you disagreed with your manager.",
        "kind": "behavioural",
        "competencies": ["conflict"],
    },
]
STAR_DATA = {"competencies": COMPETENCIES, "questions_to_expect": QUESTIONS}
CHOICES = {"competencies": ["teamwork", "conflict"]}
TOPICS = [{"id": "team", "name": "The team"}, {"id": "package", "name": "Pay"}]
ASK = [
    {
        "id": "ask-team",
        "text": "How does the team split its work?",
        "topic": "team",
        "interviewers": ["hiring-manager", "peer"],
    },
    {
        "id": "ask-pay",
        "text": "How is the package reviewed?",
        "topic": "package",
        "interviewers": ["hr"],
    },
]
PLAN_DATA = {"questions_to_ask": ASK, "topics": TOPICS}
STORY = {
    "id": "s-3f2a",
    "title": "Rescued the launch",
    "situation": "The launch was late.",
    "task": "I had to ship it.",
    "action": "I cut the scope.",
    "result": "Shipped 2 days early.",
    "competencies": ["teamwork"],
    "answers": "",
}
BANK = {"format": "second-round/star-bank", "version": 1, "stories": [STORY]}
PERSON = {
    "id": "p-1",
    "name": "Dana Ortiz",
    "role": "Head of Data",
    "kind": "hiring-manager",
    "email": "dana@example.com",
    "met_before": False,
    "known": "",
    "wants": "",
    "questions": [],
    "dismissed": [],
    "discussed": "The data migration",
    "unsaid": "",
}
PLAN = {
    "format": "second-round/interview-plan",
    "version": 1,
    "interview": {"when": "2026-12-01T10:00", "format": "one-on-one", "place": ""},
    "people": [PERSON],
}


def star(op: str, **extra) -> dict:
    return {"worksheet": "star-bank", "op": op, "document": BANK, "data": STAR_DATA, **extra}


def plan(op: str, **extra) -> dict:
    return {
        "worksheet": "interview-plan",
        "op": op,
        "document": PLAN,
        "data": PLAN_DATA,
        "others": {"star-bank": BANK},
        **extra,
    }


def call(request: object) -> dict:
    """Send a request as the page does (JSON text) and decode the JSON reply."""
    text = request if isinstance(request, str) else json.dumps(request)
    reply = service.handle(text)
    assert isinstance(reply, str)
    return json.loads(reply)


def error(request: object) -> str:
    reply = call(request)
    assert reply["ok"] is False
    assert set(reply) == {"ok", "error"}
    return reply["error"]


# The STAR bank


def test_star_review_returns_a_review_per_story_id_and_coverage():
    reply = call(star("review"))
    assert reply["ok"] is True
    assert list(reply["reviews"]) == ["s-3f2a"]
    assert reply["reviews"]["s-3f2a"]["level"] in {"needs-work", "nearly", "ready"}
    assert reply["coverage"]["gaps"] == ["disagreed-with-manager"]


def test_star_review_of_an_empty_bank():
    reply = call(star("review", document=empty_document(star_bank.SPEC)))
    assert reply["reviews"] == {}
    assert reply["coverage"]["summary"].startswith("No stories yet")


def test_a_saved_story_may_keep_a_competency_the_site_no_longer_lists():
    saved = {**BANK, "stories": [{**STORY, "competencies": ["renamed-away"]}]}
    assert call(star("review", document=saved))["ok"] is True


def test_a_corrupt_saved_document_answers_with_the_document_message():
    corrupt = {**BANK, "stories": [{**STORY, "action": 12}]}
    assert error(star("review", document=corrupt)) == (
        'Story 1 (“Rescued the launch”): "action" should be text, but it is a number.'
    )


def test_a_saved_document_that_is_not_an_object_speaks_of_the_saved_document():
    assert error(star("review", document=[])).startswith("The saved story bank is not a story bank")


def test_review_without_a_document_says_it_is_missing():
    request = star("review")
    del request["document"]
    assert error(request) == (
        'The "review" request needs "document" as the story bank, but it is missing.'
    )


def test_review_without_site_data_says_it_is_missing():
    assert error(star("review", data=None)) == (
        'The "review" request needs "data" as the site data (an object), but it is null.'
    )


def test_export_markdown_names_the_file_after_the_worksheet():
    reply = call(star("export-markdown"))
    assert reply["filename"] == "star-bank.md" and reply["mime"] == "text/markdown"
    assert "## Rescued the launch" in reply["text"]


# The plan


def test_plan_review_gives_suggestions_checks_notes_and_the_day_sheet():
    reply = call(plan("review"))
    assert reply["ok"] is True
    assert reply["suggestions"]["p-1"] == ["ask-team"]
    assert any(check["person"] == "p-1" for check in reply["checks"])
    note = reply["notes"]["p-1"]
    assert "Dana" in note["body"] and note["mailto"].startswith("mailto:dana@example.com?")
    assert reply["day_sheet"]["stories"][0]["title"] == "Rescued the launch"


def test_plan_review_ignores_an_unreadable_star_bank():
    reply = call(plan("review", others={"star-bank": {"format": "nonsense"}}))
    assert reply["ok"] is True and reply["day_sheet"]["stories"] == []


def test_the_reminder_is_a_calendar_file():
    reply = call(plan("reminder"))
    assert reply["filename"].endswith(".ics") and reply["mime"] == "text/calendar"
    assert reply["text"].startswith("BEGIN:VCALENDAR\r\n")


def test_the_reminder_needs_the_interview_time():
    undated = {**PLAN, "interview": {**PLAN["interview"], "when": ""}}
    assert error(plan("reminder", document=undated))


def test_only_the_plan_has_a_reminder():
    assert 'unknown "op" "reminder"' in error(star("reminder"))


# The workbook


def test_export_workbook_carries_every_saved_worksheet_and_imports_again():
    reply = call(star("export-workbook", documents={"star-bank": BANK, "interview-plan": PLAN}))
    assert reply["filename"] == "second-round-workbook.json"
    imported = call(star("import", text=reply["text"], choices=CHOICES))
    assert imported["documents"]["star-bank"]["stories"][0]["title"] == "Rescued the launch"
    assert imported["documents"]["interview-plan"]["people"][0]["name"] == "Dana Ortiz"
    assert imported["summary"] == "1 story and 1 person"


def test_export_workbook_skips_worksheets_never_saved():
    reply = call(star("export-workbook", documents={"star-bank": BANK, "interview-plan": None}))
    assert list(json.loads(reply["text"])["worksheets"]) == ["star-bank"]


def test_import_of_a_bad_file_answers_with_the_visitor_message():
    assert error(star("import", text="{oops", choices=CHOICES)).startswith(
        "This file is not valid JSON"
    )


def test_import_rejects_competencies_the_site_does_not_list():
    file = json.dumps({**BANK, "stories": [{**STORY, "competencies": ["juggling"]}]})
    assert '"juggling"' in error(star("import", text=file, choices=CHOICES))


def test_import_needs_the_choices_the_site_offers():
    assert error(star("import", text="{}", choices={"competencies": [1]})) == (
        'The "import" request needs "choices" as lists of ids by name, but it is an object.'
    )


def test_import_needs_the_file_text():
    assert error(star("import", text=5)) == (
        'The "import" request needs "text" as the file\'s text, but it is a number.'
    )


# Malformed requests


def test_an_unknown_worksheet_is_named_with_the_known_ones():
    assert error({"worksheet": "diary", "op": "review"}) == (
        'The worksheet request names the worksheet "diary"; it should be one of '
        "first-round-debrief, star-bank, interview-plan, practice-drill, fit-reflection."
    )


def test_unknown_op_is_named_with_the_known_ones():
    assert error(star("delete-everything")) == (
        'The worksheet request has the unknown "op" "delete-everything"; '
        "it should be one of review, export-markdown, export-workbook, import."
    )


def test_missing_op_is_reported():
    assert error({"worksheet": "star-bank"}).startswith('The worksheet request has no "op" field;')


def test_request_that_is_not_json_gives_line_and_column():
    message = error("{not json")
    assert message.startswith("The worksheet request is not valid JSON:")
    assert "line 1, column 2" in message


def test_request_that_is_not_an_object_is_reported():
    assert error("[1, 2]") == "The worksheet request should be a JSON object, but it is a list."


def test_request_that_is_not_text_is_reported_without_raising():
    assert json.loads(service.handle(None)) == {
        "ok": False,
        "error": "The worksheet request should be JSON text, but it is NoneType.",
    }


def test_an_unexpected_failure_still_answers_with_an_error(monkeypatch):
    def broken(story):
        raise RuntimeError("boom")

    monkeypatch.setattr(star_bank, "review_story", broken)
    message = error(star("review"))
    assert "unexpected problem (RuntimeError: boom)" in message
    assert "Reload the page" in message


def test_replies_keep_non_ascii_text_as_is():
    saved = {**BANK, "stories": [{**STORY, "title": "Café rescue"}]}
    assert "Café rescue" in service.handle(json.dumps(star("export-markdown", document=saved)))
