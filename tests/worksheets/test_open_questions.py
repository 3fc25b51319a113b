"""Tests for worksheets.open_questions: facts to research and questions to ask next time."""

from worksheets.open_questions import facts_to_research, note_lines, questions_to_ask

BANK = [
    {
        "id": "team-shape",
        "text": "How is the team organised?",
        "topic": "team",
        "interviewers": ["peer"],
    },
    {
        "id": "strong-first-quarter",
        "text": "What would a strong first three months look like?",
        "topic": "first-90-days",
        "interviewers": ["hiring-manager"],
    },
    {
        "id": "any-hesitation",
        "text": "Is there anything that makes you hesitate?",
        "topic": "fit-concerns",
        "interviewers": ["hiring-manager"],
    },
]
FIT, SUCCESS = BANK[2]["text"], BANK[1]["text"]
NOTES = "- Team of six\n* Who would I report to?\r\n2) Not sure how on-call works.\n\n  "


def person(name: str, role: str = "") -> dict:
    return {"id": "m-1", "name": name, "role": role, "kind": ""}


def test_notes_are_read_one_point_a_line_without_bullets():
    assert note_lines(NOTES) == [
        "Team of six",
        "Who would I report to?",
        "Not sure how on-call works.",
    ]


def test_what_the_visitor_is_unsure_of_is_a_fact_to_research_first():
    items = facts_to_research(NOTES, [], "mixed")
    assert items[0]["text"] == "Find out: Not sure how on-call works"
    assert [item["text"] for item in items[1:]] == [
        "Check the job description against what you heard",
        "Catch up on the company since round one",
    ]


def test_the_people_met_are_named_and_a_poor_round_asks_whether_the_job_is_still_wanted():
    items = facts_to_research(
        "", [person("Dana Ortiz", "Head of Data"), person("Sam Lee"), person(" ")], "went-poorly"
    )
    assert (
        items[0]["text"]
        == "Think again about the people you met: Dana Ortiz (Head of Data) and Sam Lee"
    )
    assert items[1]["text"] == "Write down what you learned about the role and the company"
    assert items[-1]["links"][0]["url"] == "guide/research/#research-yourself-too"


def test_every_research_item_links_to_the_research_page():
    for item in facts_to_research(NOTES, [person("Dana")], "went-poorly"):
        assert all(link["url"].startswith("guide/research/") for link in item["links"])


def test_with_concerns_the_fit_question_comes_first_and_the_visitors_own_questions_next():
    items = questions_to_ask(NOTES, True, False, "mixed", BANK)
    assert [item["text"] for item in items] == [
        FIT,
        "Who would I report to?",
        SUCCESS,
        "Bring a fresh list for each person",
    ]
    assert (
        items[0]["links"][0]["url"]
        == "guide/questions-to-ask/#close-with-a-question-about-your-fit"
    )


def test_without_concerns_the_fit_question_comes_after_the_success_question():
    texts = [item["text"] for item in questions_to_ask("", False, False, "went-well", BANK)]
    assert texts == [SUCCESS, FIT, "Bring a fresh list for each person"]


def test_after_a_sales_pitch_the_success_question_is_to_be_asked_early():
    items = questions_to_ask("", False, True, "mixed", BANK)
    success = next(item for item in items if item["text"] == SUCCESS)
    assert "ask this early" in success["detail"]
    assert "guide/taking-charge/#when-round-one-was-a-sales-pitch" in [
        link["url"] for link in success["links"]
    ]


def test_a_bank_without_those_topics_still_gives_a_plan():
    assert [item["text"] for item in questions_to_ask("", True, False, "", BANK[:1])] == [
        "Bring a fresh list for each person"
    ]
