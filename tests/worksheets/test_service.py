"""Tests for worksheets.service: the JSON-in, JSON-out entry point the browser calls."""

import json

import pytest

from worksheets import bank, service

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
BANK = {"format": bank.FORMAT, "version": bank.VERSION, "stories": [STORY]}


def review_request(saved: object = BANK) -> dict:
    return {"op": "review", "bank": saved, "questions": QUESTIONS, "competencies": COMPETENCIES}


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


# review


def test_review_returns_a_review_per_story_id_and_coverage():
    reply = call(review_request())
    assert reply["ok"] is True
    assert list(reply["reviews"]) == ["s-3f2a"]
    assert reply["reviews"]["s-3f2a"]["level"] in {"needs-work", "nearly", "ready"}
    assert reply["coverage"]["gaps"] == ["disagreed-with-manager"]
    assert reply["coverage"]["questions"][0]["stories"] == ["s-3f2a"]


def test_review_of_an_empty_bank():
    reply = call(review_request(bank.empty_bank()))
    assert reply["reviews"] == {}
    assert reply["coverage"]["summary"].startswith("No stories yet")


def test_review_accepts_a_saved_story_with_a_competency_the_site_no_longer_lists():
    saved = {**BANK, "stories": [{**STORY, "competencies": ["renamed-away"]}]}
    reply = call(review_request(saved))
    assert reply["ok"] is True
    assert reply["coverage"]["gaps"] == ["team-project", "disagreed-with-manager"]


def test_review_of_a_corrupt_saved_bank_answers_with_the_bank_message():
    corrupt = {**BANK, "stories": [{**STORY, "action": 12}]}
    message = error(review_request(corrupt))
    assert message == (
        'Story 1 (“Rescued the launch”): "action" should be text, but it is a number.'
    )


def test_review_of_a_saved_bank_that_is_not_an_object_speaks_of_the_saved_bank():
    message = error(review_request([]))
    assert message.startswith("The saved story bank is not a story bank")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"questions": None}, 'The "review" request needs "questions" as a list, but it is null.'),
        (
            {"competencies": "x"},
            'The "review" request needs "competencies" as a list, but it is text.',
        ),
        (
            {"questions": [3]},
            'Question 1 in the "review" request should be an object, but it is a number.',
        ),
        (
            {"questions": [{"id": "q", "competencies": []}]},
            'Question 1 in the "review" request needs "text" as text, but it is missing.',
        ),
        (
            {"questions": [{"id": "q", "text": "Q?", "competencies": [1]}]},
            'Question 1 in the "review" request needs "competencies" as a list of ids, '
            "but it is a list.",
        ),
        (
            {"competencies": [{"id": "a", "name": "A"}, {"id": "b"}]},
            'Competency 2 in the "review" request needs "name" as text, but it is missing.',
        ),
    ],
)
def test_review_with_malformed_questions_or_competencies_names_the_problem(change, expected):
    assert error({**review_request(), **change}) == expected


def test_review_without_a_bank_says_it_is_missing():
    message = error({"op": "review", "questions": [], "competencies": []})
    assert message == 'The "review" request needs "bank" as the story bank, but it is missing.'


def test_review_without_questions_says_they_are_missing():
    message = error({"op": "review", "bank": BANK, "competencies": []})
    assert message == 'The "review" request needs "questions" as a list, but it is missing.'


# export-json and export-markdown


def test_export_json_returns_the_file_text_name_and_type():
    reply = call({"op": "export-json", "bank": BANK})
    assert reply["ok"] is True
    assert reply["filename"] == "star-stories.json"
    assert reply["mime"] == "application/json"
    assert json.loads(reply["text"]) == BANK


def test_exported_json_can_be_imported_again():
    exported = call({"op": "export-json", "bank": BANK})["text"]
    reply = call({"op": "import", "text": exported, "competencies": COMPETENCIES})
    assert reply == {"ok": True, "bank": BANK}


def test_export_markdown_returns_the_file_text_name_and_type():
    reply = call({"op": "export-markdown", "bank": BANK, "competencies": COMPETENCIES})
    assert reply["ok"] is True
    assert reply["filename"] == "star-stories.md"
    assert reply["mime"] == "text/markdown"
    assert reply["text"].startswith("# My STAR stories\n")
    assert "- **Competencies:** Teamwork" in reply["text"]


def test_export_markdown_needs_competencies():
    message = error({"op": "export-markdown", "bank": BANK})
    assert message == (
        'The "export-markdown" request needs "competencies" as a list, but it is missing.'
    )


def test_export_of_a_corrupt_saved_bank_answers_with_the_bank_message():
    message = error({"op": "export-json", "bank": {**BANK, "version": 7}})
    assert message.startswith("The saved story bank was made by a newer version of Second Round")


# import


def test_import_returns_the_normalised_bank():
    text = json.dumps({"format": bank.FORMAT, "version": 1, "stories": [{"title": "T"}]})
    reply = call({"op": "import", "text": text, "competencies": COMPETENCIES})
    assert reply["ok"] is True
    assert reply["bank"]["stories"][0]["id"] == "s-1"
    assert reply["bank"]["stories"][0]["situation"] == ""


def test_import_of_a_bad_file_answers_with_the_visitor_message():
    message = error({"op": "import", "text": "{oops", "competencies": COMPETENCIES})
    assert message.startswith("This file is not valid JSON:")
    assert "line 1, column 2" in message


def test_import_rejects_competencies_the_site_does_not_list():
    text = json.dumps({**BANK, "stories": [{**STORY, "competencies": ["ghost"]}]})
    message = error({"op": "import", "text": text, "competencies": COMPETENCIES})
    assert 'does not know: "ghost"' in message


def test_import_needs_the_file_text():
    message = error({"op": "import", "text": 5, "competencies": COMPETENCIES})
    assert message == 'The "import" request needs "text" as the file\'s text, but it is a number.'


# Malformed requests


def test_unknown_op_is_named_with_the_known_ones():
    message = error({"op": "delete-everything"})
    assert message == (
        'The worksheet request has the unknown "op" "delete-everything"; '
        "it should be one of review, export-json, export-markdown, import."
    )


def test_missing_op_is_reported():
    assert error({}).startswith('The worksheet request has no "op" field;')


def test_op_that_is_not_text_is_reported():
    assert 'the unknown "op" 3;' in error({"op": 3})


def test_request_that_is_not_json_gives_line_and_column():
    message = error("{not json")
    assert message.startswith("The worksheet request is not valid JSON:")
    assert "line 1, column 2" in message


def test_request_that_is_not_an_object_is_reported():
    assert error("[1, 2]") == "The worksheet request should be a JSON object, but it is a list."


def test_request_that_is_not_text_is_reported_without_raising():
    reply = json.loads(service.handle(None))
    assert reply == {
        "ok": False,
        "error": "The worksheet request should be JSON text, but it is NoneType.",
    }


def test_an_unexpected_failure_still_answers_with_an_error(monkeypatch):
    def broken(story):
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "review_story", broken)
    message = error(review_request())
    assert "unexpected problem (RuntimeError: boom)" in message
    assert "Reload the page" in message


def test_replies_keep_non_ascii_text_as_is():
    saved = {**BANK, "stories": [{**STORY, "title": "Café rescue"}]}
    reply_text = service.handle(json.dumps({"op": "export-json", "bank": saved}))
    assert "Café rescue" in reply_text
