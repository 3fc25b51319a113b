"""Tests for worksheets.next_round: improvements come from the off-guard questions, weakest
answer first, and the practice drill's list is read to say which are already there."""

import pytest

from worksheets.next_round import drill_questions, drill_status, improvements


def question(record_id: str, text: str, clarity: str = "", now: str = "") -> dict:
    return {"id": record_id, "question": text, "clarity": clarity, "now": now}


def drill(*texts: str) -> dict:
    return {
        "format": "second-round/practice-drill",
        "version": 1,
        "own_questions": [{"id": f"o-{n}", "text": text} for n, text in enumerate(texts)],
    }


def test_the_drill_is_read_folded_and_an_absent_drill_is_empty():
    assert drill_questions(drill("Why  US?", "What is your weakness?")) == {
        "why us?",
        "what is your weakness?",
    }
    assert drill_questions(None) == set()
    assert drill_questions({"format": "second-round/practice-drill", "version": 1}) == set()


def test_the_weakest_answers_come_first_and_ties_keep_the_visitors_order():
    off_guard = [
        question("q-1", "Clear one", "clear"),
        question("q-2", "Unrated"),
        question("q-3", "Lost one", "lost"),
        question("q-4", "Mostly", "mostly-clear"),
        question("q-5", "Muddled one", "muddled"),
        question("q-6", "Lost two", "lost"),
        question("q-7", "   ", "lost"),
    ]
    ranked = improvements(off_guard, set())
    assert [item["id"] for item in ranked] == ["q-3", "q-6", "q-5", "q-2", "q-4", "q-1"]
    assert [item["clarity"] for item in ranked] == [
        "I lost my way",
        "I lost my way",
        "Muddled",
        "",
        "Mostly clear",
        "Clear",
    ]


@pytest.mark.parametrize(
    ("clarity", "now", "says", "link"),
    [
        ("lost", "", "Write what you would say now", "guide/star-method/#the-star-method"),
        ("muddled", "", "Write what you would say now", "guide/star-method/#the-star-method"),
        ("lost", "Better answer.", "rehearse it aloud", "guide/on-the-day/#remember-to-breathe"),
        ("", "", "Rate how clear your answer was", None),
        ("mostly-clear", "", "mostly held", None),
        ("clear", "", "answered clearly", None),
    ],
)
def test_each_answer_gets_the_step_its_clarity_calls_for(clarity, now, says, link):
    item = improvements([question("q-1", "Why this company?", clarity, now)], set())[0]
    assert says in item["step"]
    assert [found["url"] for found in item["links"]] == ([link] if link else [])


def test_an_unclear_answer_is_an_improvement_and_a_clear_one_is_only_kept_up():
    unclear, clear = improvements(
        [question("q-1", "A", "muddled"), question("q-2", "B", "clear")], set()
    )
    assert "Write" in unclear["step"] and "Keep it" in clear["step"]


def test_a_question_that_asks_for_a_story_points_to_the_star_bank():
    item = improvements([question("q-1", "Tell me about a time you failed", "lost")], set())[0]
    assert [link["url"] for link in item["links"]] == [
        "guide/star-method/#the-star-method",
        "worksheets/star-stories/",
    ]
    item = improvements([question("q-1", "Give me an example of a conflict", "clear")], set())[0]
    assert [link["url"] for link in item["links"]] == ["worksheets/star-stories/"]


def test_each_improvement_says_whether_it_is_already_in_the_drill():
    in_drill = drill_questions(drill("why us?"))
    first, second = improvements(
        [question("q-1", "Why  us?", "lost"), question("q-2", "Why now?", "lost")], in_drill
    )
    assert first["in_drill"] is True and second["in_drill"] is False


def test_drill_status_lists_what_add_all_would_add_each_once():
    off_guard = [
        question("q-1", "Why us?"),
        question("q-2", "Why now?"),
        question("q-3", "WHY NOW?"),
        question("q-4", ""),
    ]
    status = drill_status(off_guard, drill_questions(drill("Why us?")))
    assert status["questions"] == {
        "q-1": {"text": "Why us?", "in_drill": True},
        "q-2": {"text": "Why now?", "in_drill": False},
        "q-3": {"text": "WHY NOW?", "in_drill": False},
    }
    assert status["to_add"] == ["Why now?"]
    assert status["summary"].startswith("1 of these 3 questions is in your practice drill")


@pytest.mark.parametrize(
    ("texts", "in_drill", "says"),
    [
        ([], (), "Add the questions that caught you off guard above"),
        (["Why us?"], (), "This question is not in your practice drill yet"),
        (["Why us?", "Why now?"], (), "None of these 2 questions is in your practice drill yet"),
        (["Why us?", "Why now?", "Why?"], ("Why us?", "Why now?"), "2 of these 3 questions are in"),
        (["Why us?"], ("why us?",), "Every question here is in your practice drill"),
    ],
)
def test_the_drill_summary_counts_what_is_there(texts, in_drill, says):
    off_guard = [question(f"q-{n}", text) for n, text in enumerate(texts)]
    status = drill_status(off_guard, drill_questions(drill(*in_drill)))
    assert status["summary"].startswith(says)
    assert status["to_add"] == [
        text for text in texts if text.lower() not in {t.lower() for t in in_drill}
    ]
