"""The stories to write or rework before round two: the first part of the debrief's prep plan.

They come from four places, in this order of importance: the concerns the interviewer seemed
to have that a story can answer (an open doubt costs offers), the questions the visitor wishes
they had answered differently (they often come back), the accomplishments they did not get to
use, and the stories they found missing while practising. Each offers the STAR story bank a
story to start from: its title, and the question or accomplishment it answers.

A story already in the bank, by the same title or with the same text in its "Answers" field
(so renaming a story there keeps it found), is marked and listed last: what is still to write
comes first.
"""

from worksheets.advice import advice
from worksheets.concerns import kind_of, written
from worksheets.text import find_phrases, folded, squeezed

TITLE_CHARS = 80

# A question that comes back every round is answered the same way each time, one layer deeper.
RECURRING = {
    "why-leaving": (
        "leaving",
        "leave your",
        "why did you leave",
        "why do you want to leave",
        "moving on",
    ),
    "why-us": (
        "why us",
        "why this company",
        "why do you want to work",
        "why do you want this",
        "why here",
    ),
    "weakness": ("weakness", "weaknesses", "weak point", "weak spot"),
    "resume-gap": ("gap", "gaps", "time out", "career break"),
}


def stories_to_write(document: dict, bank: list[dict]) -> list[dict]:
    """The stories section's items: to write first, then those already in the bank."""
    found = [
        *_from_concerns(document["concerns"]),
        *_from_answers(document["answers"]),
        *_from_accomplishments(document["accomplishments"]),
        *_from_needed(document["stories_needed"]),
    ]
    titles = {folded(story["title"]) for story in bank} - {""}
    answers = {folded(story["answers"]) for story in bank} - {""}
    items, seen = [], set()
    for item in found:
        key = folded(item["star"]["answers"])
        if key in seen:
            continue
        seen.add(key)
        item["in_bank"] = folded(item["star"]["title"]) in titles or key in answers
        items.append(item)
    return sorted(items, key=lambda item: item["in_bank"])


def story_seed(text: str) -> dict:
    """What the STAR bank's new story starts with: a short title, and the whole text in its
    "Answers" field (the first-round question or accomplishment it answers)."""
    text = squeezed(text)
    title = text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"
    return {"title": title, "answers": text}


def _story(text: str, detail: str, source: str, seed: str, *links: str) -> dict:
    return advice(text, detail, *links, source=source, star=story_seed(seed), in_bank=False)


def _from_concerns(concerns: list[dict]) -> list[dict]:
    items = []
    for concern in written(concerns):
        kind = kind_of(concern)
        if not kind.story:
            continue
        said = squeezed(concern["concern"])
        items.append(
            _story(
                f"Find a story that answers their doubt: “{said}”",
                f"{kind.story} Told well, it settles the doubt before they raise it again.",
                "concern",
                said,
                "choose-accomplishments",
                "star",
            )
        )
    return items


def _from_answers(answers: list[dict]) -> list[dict]:
    items = []
    for answer in answers:
        question = squeezed(answer["question"])
        if not question:
            continue
        now = squeezed(answer["now"])
        detail = (
            f"What you would say now: {now.rstrip('.')}. Back it with a real example and its result."
            if now
            else "Write what you would say now, then back it with a real example: "
            "what happened, what you did and how it ended."
        )
        recurring = [key for key, words in RECURRING.items() if find_phrases(question, words)]
        if recurring:
            detail += (
                " They may well ask it again: keep the facts you gave last time and add one layer."
            )
        items.append(
            _story(
                f"Rework your answer to “{question}”",
                detail,
                "question",
                question,
                "write-it-down",
                *(recurring[:1] or ["star"]),
            )
        )
    return items


def _from_accomplishments(accomplishments: list[dict]) -> list[dict]:
    items = []
    for accomplishment in accomplishments:
        what = squeezed(accomplishment["what"])
        if not what:
            continue
        proves = squeezed(accomplishment["proves"]).rstrip(".")
        detail = f"What it would show them: {proves}. " if proves else ""
        detail += "Shape it as a short story and plan a natural moment to bring it in."
        items.append(
            _story(
                f"Write up “{what}” as a story",
                detail,
                "accomplishment",
                what,
                "choose-accomplishments",
                "best-accomplishment",
            )
        )
    return items


def _from_needed(needed: list[dict]) -> list[dict]:
    items = []
    for story in needed:
        text = squeezed(story["text"])
        if not text:
            continue
        items.append(
            _story(
                f"Write the story you were missing: “{text}”",
                "You found you had no story ready for this. Write one in four parts: "
                "the situation, your task, what you did and the result.",
                "needed",
                text,
                "star",
            )
        )
    return items
