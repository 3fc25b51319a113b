"""Tests for worksheets.coverage: matching stories to questions through competencies."""

from worksheets.coverage import coverage

COMPETENCIES = [
    {"id": "teamwork", "name": "Teamwork", "hint": "Working with others."},
    {"id": "conflict", "name": "Conflict", "hint": "Handling disagreement."},
    {"id": "influence", "name": "Influence", "hint": "Changing minds."},
]
QUESTIONS = [
    {
        "id": "disagreed-with-manager",
        "text": "Tell me about a time you disagreed with your manager.",
        "kind": "behavioural",
        "competencies": ["conflict", "influence"],
    },
    {
        "id": "team-project",
        "text": "Describe a project you delivered as part of a team.",
        "kind": "behavioural",
        "competencies": ["teamwork"],
    },
    {
        "id": "persuade-stakeholder",
        "text": "What would you do if a stakeholder rejected your plan?",
        "kind": "situational",
        "competencies": ["influence"],
    },
]


def story(story_id: str, *competencies: str) -> dict:
    return {"id": story_id, "title": "", "competencies": list(competencies)}


def test_a_story_answers_every_question_sharing_a_competency():
    result = coverage([story("s-1", "influence")], QUESTIONS, COMPETENCIES)
    stories_per_question = {row["id"]: row["stories"] for row in result["questions"]}
    assert stories_per_question == {
        "disagreed-with-manager": ["s-1"],
        "team-project": [],
        "persuade-stakeholder": ["s-1"],
    }


def test_question_rows_keep_the_given_order_and_details():
    result = coverage([], QUESTIONS, COMPETENCIES)
    assert [row["id"] for row in result["questions"]] == [q["id"] for q in QUESTIONS]
    first = result["questions"][0]
    assert first["text"] == QUESTIONS[0]["text"]
    assert first["competencies"] == ["conflict", "influence"]


def test_stories_are_listed_in_bank_order():
    stories = [story("b", "teamwork"), story("a", "teamwork")]
    result = coverage(stories, QUESTIONS, COMPETENCIES)
    assert result["questions"][1]["stories"] == ["b", "a"]


def test_gaps_are_the_questions_without_a_story():
    result = coverage([story("s-1", "teamwork")], QUESTIONS, COMPETENCIES)
    assert result["gaps"] == ["disagreed-with-manager", "persuade-stakeholder"]


def test_competency_rows_count_stories_in_the_given_order():
    stories = [story("s-1", "teamwork", "conflict"), story("s-2", "teamwork")]
    result = coverage(stories, QUESTIONS, COMPETENCIES)
    assert result["competencies"] == [
        {"id": "teamwork", "name": "Teamwork", "stories": 2},
        {"id": "conflict", "name": "Conflict", "stories": 1},
        {"id": "influence", "name": "Influence", "stories": 0},
    ]


def test_unknown_competency_ids_in_stories_are_ignored():
    result = coverage([story("s-1", "renamed-away", "teamwork")], QUESTIONS, COMPETENCIES)
    assert result["questions"][1]["stories"] == ["s-1"]
    assert sum(row["stories"] for row in result["competencies"]) == 1


def test_a_story_with_only_unknown_ids_answers_nothing_even_if_a_question_uses_them():
    questions = [{"id": "q", "text": "Q?", "kind": "behavioural", "competencies": ["ghost"]}]
    result = coverage([story("s-1", "ghost")], questions, COMPETENCIES)
    assert result["gaps"] == ["q"]


def test_summary_counts_answered_questions_and_names_unshown_competencies():
    result = coverage([story("s-1", "teamwork")], QUESTIONS, COMPETENCIES)
    assert result["summary"] == (
        "1 of 3 questions has at least one story; no story yet shows Conflict, Influence."
    )


def test_summary_uses_plural_verb_for_several_answered_questions():
    result = coverage([story("s-1", "influence")], QUESTIONS, COMPETENCIES)
    assert result["summary"].startswith("2 of 3 questions have at least one story;")


def test_summary_when_every_competency_is_shown():
    stories = [story("s-1", "teamwork", "conflict", "influence")]
    result = coverage(stories, QUESTIONS, COMPETENCIES)
    assert result["summary"] == (
        "3 of 3 questions have at least one story; every competency is shown by at least one story."
    )


def test_summary_without_stories_invites_the_first_one():
    result = coverage([], QUESTIONS, COMPETENCIES)
    assert result["summary"] == "No stories yet: add one to start covering the 3 questions."
    assert result["gaps"] == [q["id"] for q in QUESTIONS]


def test_summary_without_questions_says_so():
    result = coverage([story("s-1", "teamwork")], [], COMPETENCIES)
    assert result["questions"] == []
    assert result["gaps"] == []
    assert result["summary"] == "There are no questions to check your stories against yet."
