"""How ready the visitor is, from the practice drill's schedule: per competency, how many of
its questions are practised (and not due), due again, or never practised; and the list of
practised questions with the day each comes back.

A question that looks for two competencies counts under both. The visitor's own questions
name no competency, so they have a row of their own.
"""

from datetime import date

from worksheets.drill_queue import Question
from worksheets.spaced import RATING_NAMES, Card, day_name, status
from worksheets.text import count_noun

STATES = ("practised", "due", "never")
_STATE_OF = {"later": "practised", "due": "due", "new": "never"}


def readiness(
    questions: list[Question],
    cards: dict[str, Card],
    competencies: list[dict],
    stories_by_competency: dict[str, int],
    today: date,
) -> dict:
    """{"rows": a row per competency (and one for own questions), "summary": a sentence}."""
    states = {q.key: _STATE_OF[status(cards.get(q.key, Card()), today)] for q in questions}
    rows = [
        _row(
            competency["name"],
            stories_by_competency.get(competency["id"], 0),
            [states[q.key] for q in questions if competency["id"] in q.competencies],
        )
        for competency in competencies
    ]
    own = [states[q.key] for q in questions if q.kind == "own"]
    if own:
        rows.append(_row("My own questions", None, own))
    return {"rows": rows, "summary": _summary(list(states.values()))}


def _row(name: str, stories: int | None, states: list[str]) -> dict:
    return {"name": name, "stories": stories, **{state: states.count(state) for state in STATES}}


def _summary(states: list[str]) -> str:
    total = count_noun(len(states), "question")
    practised = len(states) - states.count("never")
    due = states.count("due")
    if not states:
        return "There are no questions to practise yet: add one of your own."
    if not practised:
        return f"Nothing practised yet, out of {total}. Press Next question to start."
    due_words = (
        f"{due} {'is' if due == 1 else 'are'} due again today" if due else "none is due again today"
    )
    return f"You have practised {practised} of {total}; {due_words}."


def schedule(questions: list[Question], cards: dict[str, Card], today: date) -> list[dict]:
    """Every practised question with the day it comes back, soonest first."""
    practised = [
        (q, cards[q.key])
        for q in questions
        if q.key in cards and status(cards[q.key], today) != "new"
    ]
    practised.sort(key=lambda pair: pair[1].due or today)
    return [
        {
            "key": q.key,
            "text": q.text,
            "comes_back": comes_back(card, today),
            "rating": RATING_NAMES[card.last_rating],
            "due": status(card, today) == "due",
        }
        for q, card in practised
    ]


def comes_back(card: Card, today: date) -> str:
    """When a rated question comes back, as a table cell says it."""
    if card.due is None or card.due < today:
        return "Due now"
    if card.due == today:
        return "Later in this session" if card.last_rating == "again" else "Today"
    if (card.due - today).days == 1:
        return "Tomorrow"
    return day_name(card.due, today)
