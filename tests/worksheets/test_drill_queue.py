"""Tests for worksheets.drill_queue: which question the practice drill asks next, and why."""

from datetime import date, timedelta

from worksheets.drill_queue import (
    AGAIN_GAP,
    OWN,
    Context,
    cards_by_question,
    drill_questions,
    queue,
    reason,
    story_counts,
)
from worksheets.spaced import Card, card_fields, rate

TODAY = date(2026, 3, 2)
COMPETENCIES = [
    {"id": key, "name": name, "hint": ""}
    for key, name in (("a", "Alpha"), ("b", "Bravo"), ("c", "Charlie"))
]
NAMES = {item["id"]: item["name"] for item in COMPETENCIES}
BANK = [
    {"id": "qa", "text": "Question on Alpha?", "kind": "behavioural", "competencies": ["a"]},
    {"id": "qb", "text": "Question on Bravo?", "kind": "behavioural", "competencies": ["b"]},
    {"id": "qc", "text": "Question on Charlie?", "kind": "situational", "competencies": ["c"]},
    {
        "id": "qab",
        "text": "Question on Alpha and Bravo?",
        "kind": "recurring",
        "competencies": ["a", "b"],
    },
]
# Two stories show Alpha, one shows Bravo, none shows Charlie.
STORIES = [
    {"id": f"s{n}", "title": f"Story {n}", "competencies": shown}
    for n, shown in enumerate((["a"], ["a", "gone"], ["b"]), start=1)
]


def document(*own: str) -> dict:
    return {
        "own_questions": [{"id": f"o-{n}", "text": text} for n, text in enumerate(own, start=1)],
        "practice": [],
    }


def questions(*own: str):
    return drill_questions(document(*own), BANK)


def context(
    cards: dict | None = None,
    session: list[str] | None = None,
    own: tuple = (),
    stories: list[dict] = STORIES,
    today: date = TODAY,
) -> Context:
    counts = story_counts(questions(*own), stories, COMPETENCIES)
    return Context(cards or {}, counts, today, session or [])


def order(
    cards: dict | None = None, session: list[str] | None = None, own: tuple = (), **extra
) -> list[str]:
    return [q.key for q in queue(questions(*own), context(cards, session, own, **extra))]


def rated(rating: str, days_ago: int) -> Card:
    return rate(Card(), rating, TODAY - timedelta(days=days_ago))


# The questions


def test_own_questions_come_first_without_blanks_and_with_tidy_spacing():
    found = questions("  Why  this\nteam? ", "   ")
    assert [q.key for q in found] == [OWN + "o-1", "qa", "qb", "qc", "qab"]
    assert (
        found[0].text == "Why this team?" and found[0].kind == "own" and found[0].competencies == ()
    )


def test_story_counts_by_question_ignore_competencies_the_site_does_not_know():
    assert story_counts(questions("Mine?"), STORIES, COMPETENCIES) == {
        OWN + "o-1": 0,
        "qa": 2,
        "qb": 1,
        "qc": 0,
        "qab": 3,
    }


def test_the_first_record_for_a_question_counts():
    good = {"question": "qa", **card_fields(rated("good", 0))}
    again = {"question": "qa", **card_fields(rated("again", 0))}
    assert cards_by_question([good, again])["qa"].last_rating == "good"


# New questions: weakest coverage first


def test_new_questions_come_weakest_coverage_first_own_questions_before_the_bank():
    assert order(own=("Mine?",)) == [OWN + "o-1", "qc", "qb", "qa", "qab"]


def test_with_no_stories_the_bank_keeps_its_order():
    assert order(stories=[]) == ["qa", "qb", "qc", "qab"]


def test_one_story_is_thin_and_two_or_more_are_covered_alike():
    # qa (2 stories) and qab (3) tie, so the bank's order decides.
    assert order().index("qb") < order().index("qa") < order().index("qab")


# Due questions first


def test_a_due_question_comes_before_new_ones_however_well_covered():
    cards = {"qab": rated("good", 2)}  # good: back in two days, so due today
    assert order(cards)[0] == "qab"


def test_the_longest_overdue_comes_first():
    cards = {"qa": rated("good", 3), "qab": rated("good", 9)}
    assert order(cards)[:2] == ["qab", "qa"]


def test_among_questions_due_the_same_day_weak_coverage_comes_first():
    cards = {"qa": rated("good", 2), "qc": rated("good", 2)}
    assert order(cards)[:2] == ["qc", "qa"]


def test_questions_not_due_yet_wait_behind_every_new_one_soonest_first():
    cards = {"qc": rated("easy", 0), "qb": rated("good", 0)}  # back in 4 and 2 days
    assert order(cards) == ["qa", "qab", "qb", "qc"]


# The session


def test_a_question_drawn_and_skipped_goes_behind_the_others_ready():
    assert order(session=["qc"]) == ["qb", "qa", "qab", "qc"]


def test_skipped_questions_come_back_in_the_order_they_were_drawn():
    assert order(session=["qb", "qc", "qa", "qab"]) == ["qb", "qc", "qa", "qab"]


def test_again_brings_a_question_back_only_after_a_few_others():
    cards = {"qc": rated("again", 0)}
    too_soon = ["qc"] + ["qb", "qa"][: AGAIN_GAP - 1]
    assert order(cards, too_soon)[0] != "qc"
    enough = ["qc", "qb", "qa", "qab"][: AGAIN_GAP + 1]
    assert order(cards, enough)[0] == "qc"


def test_when_nothing_is_ready_the_soonest_back_comes_first():
    cards = {
        key: rated(rating, 0)
        for key, rating in (("qa", "easy"), ("qb", "hard"), ("qc", "good"), ("qab", "easy"))
    }
    assert order(cards) == ["qb", "qc", "qa", "qab"]
    assert order(cards, session=["qb"]) == ["qc", "qa", "qab", "qb"]


# Why


def why(
    key: str, cards: dict | None = None, session: list[str] | None = None, own: tuple = ()
) -> str:
    question = next(q for q in questions(*own) if q.key == key)
    return reason(question, context(cards, session, own), NAMES)


def test_new_questions_say_how_well_the_stories_cover_them():
    assert why("qc") == "New to you, and none of your STAR stories shows Charlie yet."
    assert why("qb") == "New to you, and only one of your STAR stories fits it."
    assert why("qa") == "New to you."
    assert why(OWN + "o-1", own=("Mine?",)) == "One of your own questions, not practised yet."


def test_a_question_with_no_story_names_each_competency_it_looks_for():
    assert "Alpha or Bravo" in reason(questions()[3], context(stories=[]), NAMES)


def test_due_questions_say_since_when():
    assert why("qa", {"qa": rated("good", 2)}) == "Due again today."
    assert why("qa", {"qa": rated("good", 3)}) == "Due again: it was due yesterday."
    assert why("qa", {"qa": rated("good", 6)}) == "Due again: it was due on Thursday 26 February."


def test_again_skipped_and_early_questions_say_so():
    again = {"qc": rated("again", 0)}
    assert why("qc", again, ["qc", "qa", "qb", "qab"]).startswith("Back again")
    assert why("qc", session=["qc"]).startswith("Back round")
    early = why("qb", {"qb": rated("good", 0)})
    assert early.startswith("Nothing is due today") and "(on Wednesday 4 March)" in early
