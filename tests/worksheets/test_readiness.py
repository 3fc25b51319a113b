"""Tests for worksheets.readiness: practised, due and never practised per competency, and the
list of practised questions with the day each comes back."""

from datetime import date, timedelta

from worksheets.drill_queue import Question
from worksheets.readiness import comes_back, readiness, schedule
from worksheets.spaced import Card, rate

TODAY = date(2026, 3, 2)
COMPETENCIES = [
    {"id": "a", "name": "Alpha", "hint": ""},
    {"id": "b", "name": "Bravo", "hint": ""},
    {"id": "c", "name": "Charlie", "hint": ""},
]
QUESTIONS = [
    Question("qa", "On Alpha?", "behavioural", ("a",)),
    Question("qab", "On Alpha and Bravo?", "behavioural", ("a", "b")),
    Question("qb", "On Bravo?", "situational", ("b",)),
]
OWN = Question("own:o-1", "My own?", "own", ())


def rated(rating: str, days_ago: int) -> Card:
    return rate(Card(), rating, TODAY - timedelta(days=days_ago))


def rows(cards: dict, questions=QUESTIONS, stories=None) -> dict:
    found = readiness(questions, cards, COMPETENCIES, stories or {"a": 2}, TODAY)
    return {
        row["name"]: (row["stories"], row["practised"], row["due"], row["never"])
        for row in found["rows"]
    }


def test_nothing_practised_counts_every_question_as_never():
    assert rows({}) == {"Alpha": (2, 0, 0, 2), "Bravo": (0, 0, 0, 2), "Charlie": (0, 0, 0, 0)}


def test_a_question_counts_under_each_competency_it_looks_for():
    cards = {"qab": rated("good", 0), "qb": rated("good", 2)}
    assert rows(cards) == {"Alpha": (2, 1, 0, 1), "Bravo": (0, 1, 1, 0), "Charlie": (0, 0, 0, 0)}


def test_again_today_counts_as_due_and_a_record_never_rated_as_never():
    cards = {"qa": rated("again", 0), "qb": Card()}
    assert rows(cards)["Alpha"] == (2, 0, 1, 1)
    assert rows(cards)["Bravo"] == (0, 0, 0, 2)


def test_own_questions_have_a_row_of_their_own_without_a_story_count():
    found = rows({OWN.key: rated("hard", 0)}, QUESTIONS + [OWN])
    assert found["My own questions"] == (None, 1, 0, 0)
    assert "My own questions" not in rows({})


def test_the_summary_counts_practised_and_due():
    def summary(cards, questions=QUESTIONS):
        return readiness(questions, cards, COMPETENCIES, {}, TODAY)["summary"]

    assert summary({}) == "Nothing practised yet, out of 3 questions. Press Next question to start."
    assert (
        summary({"qa": rated("good", 0)})
        == "You have practised 1 of 3 questions; none is due again today."
    )
    assert (
        summary({"qa": rated("good", 2)})
        == "You have practised 1 of 3 questions; 1 is due again today."
    )
    assert summary({"qa": rated("again", 0), "qb": rated("again", 0)}) == (
        "You have practised 2 of 3 questions; 2 are due again today."
    )
    assert summary({}, []) == "There are no questions to practise yet: add one of your own."


def test_the_schedule_lists_practised_questions_soonest_first():
    cards = {"qa": rated("easy", 0), "qab": rated("again", 0), "qb": rated("hard", 0)}
    listed = schedule(QUESTIONS, cards, TODAY)
    assert [(item["key"], item["comes_back"], item["rating"]) for item in listed] == [
        ("qab", "Later in this session", "Again"),
        ("qb", "Tomorrow", "Hard"),
        ("qa", "Friday 6 March", "Easy"),
    ]
    assert [item["due"] for item in listed] == [True, False, False]


def test_the_schedule_leaves_out_questions_never_rated_and_records_of_deleted_questions():
    cards = {"qa": Card(), "gone": rated("good", 0)}
    assert schedule(QUESTIONS, cards, TODAY) == []


def test_comes_back_says_due_now_today_or_the_day():
    assert comes_back(rated("good", 5), TODAY) == "Due now"
    assert comes_back(rated("good", 2), TODAY) == "Today"
    assert comes_back(rated("again", 0), TODAY) == "Later in this session"
    assert comes_back(Card(last_rating="good"), TODAY) == "Due now"
    assert (
        comes_back(rate(Card(), "easy", date(2026, 12, 30)), date(2026, 12, 30))
        == "Sunday 3 January 2027"
    )
