"""What round one left open: the facts to research before round two and the questions to ask
when it comes, the last two parts of the debrief's prep plan.

The visitor's notes on what they learned are read line by line: a line that asks something
("Who would I report to?") is a question to take back to them, and a line that admits not
knowing ("not sure how big the team is") is a fact to look up first. The rest of the advice
follows the guide's research page and its questions to ask.
"""

import re

from worksheets.advice import advice
from worksheets.text import find_phrases, squeezed

UNSURE_WORDS = (
    "not sure",
    "unsure",
    "unclear",
    "not clear",
    "no idea",
    "don't know",
    "do not know",
    "didn't find out",
    "did not find out",
    "to find out",
    "wonder",
    "wondering",
    "vague",
    "tbc",
    "to be confirmed",
    "to check",
    "need to check",
)

FIT_TOPIC = "fit-concerns"
SUCCESS_TOPIC = "first-90-days"

# Bullets and numbering at the start of a line of notes.
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s*")


def note_lines(text: str) -> list[str]:
    """The visitor's notes as separate points: one a line, bullets and numbers removed."""
    lines = (_BULLET.sub("", line) for line in text.replace("\r\n", "\n").split("\n"))
    return [squeezed(line) for line in lines if squeezed(line)]


def _asks(line: str) -> bool:
    return line.rstrip(" )»”\"'").endswith("?")


def facts_to_research(learned: str, people: list[dict], outcome: str) -> list[dict]:
    """The research section's items, most pressing first."""
    items = [
        advice(
            f"Find out: {line.rstrip('.')}",
            "You left round one unsure of this. The job description, the company's own news "
            "or someone who works there may settle it; if not, ask in round two.",
            "insiders",
            "the-job",
        )
        for line in note_lines(learned)
        if not _asks(line) and find_phrases(line, UNSURE_WORDS)
    ]
    named = [_who(person) for person in people if squeezed(person["name"])]
    if named:
        items.append(
            advice(
                f"Think again about the people you met: {_and_list(named)}",
                "You know a little about them now. What is their stake in this hire, and what do "
                "they still need to settle about you before they say yes?",
                "their-angle",
            )
        )
    items.append(
        advice(
            "Check the job description against what you heard"
            if note_lines(learned)
            else "Write down what you learned about the role and the company",
            "Go through the description line by line with your notes from round one, and write a "
            "proof of your own beside each duty. A line you cannot fill is a gap to prepare for.",
            "the-job",
        )
    )
    items.append(
        advice(
            "Catch up on the company since round one",
            "News, launches, new leaders, projects coming up: one or two recent, well-chosen "
            "references show them you are still paying attention.",
            "company-news",
        )
    )
    if outcome == "went-poorly":
        items.append(
            advice(
                "Decide whether you still want this job",
                "A poor meeting can show something true about a company. Be honest about what "
                "matters most to you, and what you would need to see in round two to settle your doubts.",
                "research-yourself",
            )
        )
    return items


def questions_to_ask(
    learned: str, has_concerns: bool, talked_at: bool, outcome: str, bank: list[dict]
) -> list[dict]:
    """The section of questions to ask next time, in the order to prepare them."""
    own = [
        advice(
            line,
            "You left round one with this open. Ask it early, of the person best "
            "placed to answer, so there is time to follow up.",
            "fresh-list",
        )
        for line in note_lines(learned)
        if _asks(line)
    ]
    fit = _from_topic(
        bank,
        FIT_TOPIC,
        (
            "You sensed doubts in round one. Asked near the end, this brings any that remain into "
            "the open while you are still there to answer them."
            if has_concerns
            else "It brings any doubt about you into the open while you are still there to answer it."
        ),
        "fit-question",
        "ask-about-fit",
    )
    early = talked_at or outcome == "went-poorly"
    success = _from_topic(
        bank,
        SUCCESS_TOPIC,
        (
            "Round one told you little about what they expect, so ask this early, while there is "
            "time to answer with a story that matches."
            if early
            else "Questions about success make them picture you doing the job well."
        ),
        "success-questions",
        *(["sales-pitch"] if talked_at else []),
    )
    fresh = advice(
        "Bring a fresh list for each person",
        "Do not reuse your round-one questions. Plan two or three for each person you will "
        "meet, suited to their role.",
        "myth-asked-already",
        "interview-plan",
    )
    ordered = [*fit, *own, *success] if has_concerns else [*own, *success, *fit]
    return [*ordered, fresh]


def _from_topic(bank: list[dict], topic: str, why: str, *links: str) -> list[dict]:
    """The first question of the site's list on a topic, as an item; none if the list has none."""
    question = next((q for q in bank if q["topic"] == topic), None)
    return [advice(question["text"], why, *links)] if question else []


def _who(person: dict) -> str:
    role = squeezed(person["role"])
    return f"{squeezed(person['name'])} ({role})" if role else squeezed(person["name"])


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
