"""The prep plan a first-round debrief turns into, in order of what matters most.

1. Stories to write or rework (worksheets.prep_stories): evidence wins round two, and each
   story takes the longest to prepare.
2. Round one itself (worksheets.recovery): recovery advice after a poor round, fixes and
   strengths after a mixed one, no coasting after a good one.
3. Concerns to answer, and how (worksheets.concerns).
4. Facts to research, then 5. questions to ask next time (worksheets.open_questions).
"""

from worksheets.concerns import concerns_to_answer, written
from worksheets.open_questions import facts_to_research, questions_to_ask
from worksheets.prep_stories import stories_to_write
from worksheets.recovery import causes, round_one
from worksheets.text import count_noun

NO_STORIES = (
    "Nothing to write yet. Add the questions you wish you had answered differently, the "
    "accomplishments you did not get to use and the concerns you sensed: each becomes a story "
    "to write here."
)
NO_CONCERNS = (
    "None noted. If you sensed a doubt in round one, however small, add it under the concerns "
    "the interviewer seemed to have: answering it early is worth more than any other preparation."
)


def prep_plan(document: dict, questions_bank: list[dict], star_stories: list[dict]) -> dict:
    """The plan: a one-line summary and its sections, each {id, title, items, empty}."""
    first = document["round_one"]
    outcome = first["outcome"]
    concerns = written(document["concerns"])
    stories = stories_to_write(document, star_stories)
    talked_at = "they-talked" in causes(first["went_poorly"])
    sections = [
        _section("stories", "Stories to write or rework", stories, NO_STORIES),
        round_one(outcome, first["went_well"], first["went_poorly"]),
        _section(
            "concerns", "Concerns to answer, and how", concerns_to_answer(concerns), NO_CONCERNS
        ),
        _section(
            "research",
            "Facts to research",
            facts_to_research(first["learned"], document["people"], outcome),
        ),
        _section(
            "ask",
            "Questions to ask next time",
            questions_to_ask(first["learned"], bool(concerns), talked_at, outcome, questions_bank),
        ),
    ]
    return {"summary": _summary(sections), "sections": sections}


def _section(key: str, title: str, items: list[dict], empty: str = "") -> dict:
    return {"id": key, "title": title, "items": items, "empty": empty}


def _summary(sections: list[dict]) -> str:
    by_id = {section["id"]: section["items"] for section in sections}
    to_write = sum(not item["in_bank"] for item in by_id["stories"])
    in_bank = len(by_id["stories"]) - to_write
    rest = [
        count_noun(len(by_id["concerns"]), "concern") + " to answer",
        count_noun(len(by_id["research"]), "fact") + " to research",
        count_noun(len(by_id["ask"]), "question") + " to ask",
    ]
    rest_said = f"{', '.join(rest[:-1])} and {rest[-1]}"
    if to_write:
        start = f"Start with the {count_noun(to_write, 'story', 'stories')} to write"
        done = (
            f" ({in_bank} more {'is' if in_bank == 1 else 'are'} already in your STAR bank)"
            if in_bank
            else ""
        )
        return f"{start}{done}. Then: {rest_said}."
    if in_bank:
        return f"Every story on the list is in your STAR bank. Next: {rest_said}."
    return f"No stories to write yet. The plan so far: {rest_said}."
