"""Improvements for the next round, from the questions that caught the visitor off guard, and
which of those questions are already in their practice drill.

The weakest answers come first: one where they lost their way, then a muddled one, then one
not yet rated, then the answers that mostly or fully held up. Each gets one next step, chosen
by how clear the answer was and whether the visitor has written what they would say now. A
question that asks for a past example also points to the STAR story bank.
"""

import re

from worksheets.text import folded, squeezed

DRILL = "practice-drill"
DRILL_LIST = "own_questions"

CLARITY_SCALE = (
    ("lost", "I lost my way"),
    ("muddled", "Muddled"),
    ("mostly-clear", "Mostly clear"),
    ("clear", "Clear"),
)
UNCLEAR = frozenset({"lost", "muddled"})
# Weakest first; a question not yet rated sits between the unclear and the clear ones.
ORDER = {"lost": 0, "muddled": 1, "": 2, "mostly-clear": 3, "clear": 4}

# Where a next step points: a section of the guide, or the STAR story bank.
STAR = {"label": "The STAR method", "url": "guide/star-method/#the-star-method"}
BREATHE = {"label": "Remember to breathe", "url": "guide/on-the-day/#remember-to-breathe"}
STAR_BANK = {
    "label": "Write it as a story in your STAR story bank",
    "url": "worksheets/star-stories/",
}

# The wording of a question that asks for a story from the visitor's past.
_ASKS_FOR_A_STORY = re.compile(
    r"\b(tell me about a time|tell us about a time|give (me|us) an example|describe a (time|situation)"
    r"|a time when|walk (me|us) through a time)\b",
    re.IGNORECASE,
)


def drill_questions(drill: dict | None) -> set[str]:
    """The questions in the visitor's practice drill, folded for comparing."""
    records = (drill or {}).get(DRILL_LIST, [])
    return {folded(record.get("text", "")) for record in records if isinstance(record, dict)}


def improvements(off_guard: list[dict], in_drill: set[str]) -> list[dict]:
    """One step per question written, weakest answer first (ties keep the visitor's order):
    {id, question, clarity, step, links, in_drill}, each link {label, url}."""
    written = [record for record in off_guard if squeezed(record["question"])]
    ranked = sorted(written, key=lambda record: ORDER.get(record["clarity"], ORDER[""]))
    return [_improvement(record, in_drill) for record in ranked]


def _improvement(record: dict, in_drill: set[str]) -> dict:
    question = squeezed(record["question"])
    step, link = _next_step(record["clarity"], bool(record["now"].strip()))
    links = [link] if link else []
    if _ASKS_FOR_A_STORY.search(question):
        links.append(STAR_BANK)
    return {
        "id": record["id"],
        "question": question,
        "clarity": dict(CLARITY_SCALE).get(record["clarity"], ""),
        "step": step,
        "links": links,
        "in_drill": folded(question) in in_drill,
    }


def _next_step(clarity: str, has_new_answer: bool) -> tuple[str, dict | None]:
    """What to do about one answer, and the guide section that helps."""
    if clarity in UNCLEAR and not has_new_answer:
        return (
            "Write what you would say now in a few sentences, then say it aloud until "
            "it comes without searching for words.",
            STAR,
        )
    if clarity in UNCLEAR:
        return (
            "You have a better answer now: rehearse it aloud until the first try comes "
            "out clear, and take a breath before you start.",
            BREATHE,
        )
    if clarity == "mostly-clear":
        return (
            "Your answer mostly held. Practise it once more so the surprise costs you "
            "nothing next time.",
            None,
        )
    if clarity == "clear":
        return (
            "It surprised you, yet you answered clearly. Keep it in your practice so it "
            "stays that way.",
            None,
        )
    return ("Rate how clear your answer was, so the weakest answers come first here.", None)


def drill_status(off_guard: list[dict], in_drill: set[str]) -> dict:
    """What the page needs to offer "Add to my practice drill": for each question written,
    the text to add and whether it is in the drill already; the texts "Add all" adds (each
    once, in order) and a summary line."""
    questions = {
        record["id"]: {
            "text": squeezed(record["question"]),
            "in_drill": folded(record["question"]) in in_drill,
        }
        for record in off_guard
        if squeezed(record["question"])
    }
    waiting: dict[str, str] = {}
    for q in questions.values():
        if not q["in_drill"]:
            waiting.setdefault(folded(q["text"]), q["text"])
    return {
        "questions": questions,
        "to_add": list(waiting.values()),
        "summary": _drill_summary(list(questions.values())),
    }


def _drill_summary(questions: list[dict]) -> str:
    if not questions:
        return (
            "Add the questions that caught you off guard above, and you can send them to "
            "your practice drill to rehearse aloud."
        )
    total = len(questions)
    ready = sum(question["in_drill"] for question in questions)
    if ready == total:
        return (
            "Every question here is in your practice drill, where it comes back until "
            "you can answer it with ease."
        )
    if total == 1:
        return "This question is not in your practice drill yet: add it to rehearse it aloud."
    if not ready:
        return (
            f"None of these {total} questions is in your practice drill yet: add them to "
            "rehearse them aloud."
        )
    return (
        f"{ready} of these {total} questions {'is' if ready == 1 else 'are'} in your "
        "practice drill; add the rest to rehearse them aloud."
    )
