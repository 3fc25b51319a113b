"""Which question the practice drill asks next, and why.

The questions are the visitor's own (the list "My own questions to practise") and the site's
questions to expect. Each has a place in the schedule (worksheets.spaced) and a coverage: how
many of the visitor's STAR stories show a competency the question looks for. An own question
names no competency, so no story is known to fit it: it counts as uncovered.

A question is ready when it is due (today or earlier) or has never been practised. The next
question is the first of these groups that has one, and the first within it:

1. A question rated Again in this session, once AGAIN_GAP other questions have been drawn
   since (the earliest drawn first): it comes back while the answer is still fresh, but not
   straight away.
2. Ready questions not yet drawn in this session:
   a. due before new: that is the moment repetition fixes an answer, and there are only
      ever a few;
   b. then the weakest coverage first: no story, one story, two or more (COVERED). Practising
      aloud is how a visitor finds out they have no story for a question;
   c. then the longest overdue first, then own questions before the bank's, each list in
      its own order.
3. Ready questions already drawn in this session (skipped, or rated Again too recently),
   the earliest drawn first.
4. When nothing is ready, the question that comes back soonest, then those already drawn.

The session is the list of question keys the page has drawn since it loaded, oldest first;
the page keeps it, so a reload starts a new session.
"""

from dataclasses import dataclass
from datetime import date

from worksheets.coverage import coverage
from worksheets.spaced import Card, card_from, day_words, status

OWN = "own:"
AGAIN_GAP = 3
COVERED = 2

KIND_NAMES = {
    "behavioural": "Behavioural",
    "situational": "Situational",
    "cv-probe": "About your CV",
    "recurring": "Asked in every round",
    "own": "My own question",
}


@dataclass(frozen=True)
class Question:
    key: str  # a bank question's id, or OWN + the id of the visitor's own question
    text: str
    kind: str  # a bank question's kind, or "own"
    competencies: tuple[str, ...]


def drill_questions(document: dict, bank: list[dict]) -> list[Question]:
    """Every question to practise: the visitor's own (those with words), then the bank's."""
    own = [
        Question(OWN + item["id"], " ".join(item["text"].split()), "own", ())
        for item in document["own_questions"]
        if item["text"].strip()
    ]
    return own + [
        Question(item["id"], item["text"], item["kind"], tuple(item["competencies"]))
        for item in bank
    ]


def cards_by_question(practice: list[dict]) -> dict[str, Card]:
    """Each question's card from the saved schedule; the first record for a question counts."""
    cards: dict[str, Card] = {}
    for record in practice:
        cards.setdefault(record["question"], card_from(record))
    return cards


def story_counts(
    questions: list[Question], stories: list[dict], competencies: list[dict]
) -> dict[str, int]:
    """How many STAR stories show a competency each question looks for, by question key."""
    rows = coverage(
        stories,
        [{"id": q.key, "text": q.text, "competencies": list(q.competencies)} for q in questions],
        competencies,
    )["questions"]
    return {row["id"]: len(row["stories"]) for row in rows}


@dataclass(frozen=True)
class Context:
    """What the order depends on besides the questions themselves."""

    cards: dict[str, Card]
    counts: dict[str, int]
    today: date
    session: list[str]

    def card(self, question: Question) -> Card:
        return self.cards.get(question.key, Card())

    def last_turn(self, question: Question) -> int | None:
        """Where in the session the question was last drawn; None if it was not."""
        turns = [index for index, key in enumerate(self.session) if key == question.key]
        return turns[-1] if turns else None


def group(question: Question, context: Context) -> int:
    """Which group of the module's order a question is in (1 to 4)."""
    card = context.card(question)
    turn = context.last_turn(question)
    if status(card, context.today) == "later":
        return 4
    if turn is None:
        return 2
    drawn_since = len(context.session) - 1 - turn
    return 1 if card.last_rating == "again" and drawn_since >= AGAIN_GAP else 3


def queue(questions: list[Question], context: Context) -> list[Question]:
    """The questions in the order the drill asks them."""
    position = {question.key: index for index, question in enumerate(questions)}

    def rank(question: Question) -> tuple:
        place = group(question, context)
        card = context.card(question)
        turn = context.last_turn(question)
        if place == 2:
            new = status(card, context.today) == "new"
            overdue = (context.today - card.due).days if card.due else 0
            weakness = min(context.counts.get(question.key, 0), COVERED)
            return place, new, weakness, -overdue, position[question.key]
        if place == 4 and turn is None:
            return place, -1, card.due, position[question.key]
        return place, turn

    return sorted(questions, key=rank)


def reason(question: Question, context: Context, names: dict[str, str]) -> str:
    """Why the drill asks this question now, in a sentence."""
    card = context.card(question)
    place = group(question, context)
    if place == 1:
        return "Back again: you rated it Again a few questions ago, so here it is once more."
    if place == 3:
        return "Back round: every other question ready today has had a turn."
    if place == 4:
        return (
            f"Nothing is due today, so here is the question that comes back soonest "
            f"({day_words(card.due, context.today)}). Practising early does no harm."
        )
    if status(card, context.today) == "due":
        if card.due and card.due < context.today:
            return f"Due again: it was due {day_words(card.due, context.today)}."
        return "Due again today."
    return _new_reason(question, context.counts.get(question.key, 0), names)


def _new_reason(question: Question, count: int, names: dict[str, str]) -> str:
    if question.kind == "own":
        return "One of your own questions, not practised yet."
    if count == 0:
        shown = " or ".join(names.get(item, item) for item in question.competencies)
        return f"New to you, and none of your STAR stories shows {shown} yet."
    if count == 1:
        return "New to you, and only one of your STAR stories fits it."
    return "New to you."
