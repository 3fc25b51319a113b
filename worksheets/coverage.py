"""Which interview questions the visitor's stories can answer, and which competencies no
story shows yet.

A story can answer a question when they share a competency. Competency ids a story lists but
the site no longer knows (say, after one was renamed) are ignored rather than treated as errors,
so an old saved bank still gets a coverage report.
"""

from worksheets.text import count_noun


def coverage(stories: list[dict], questions: list[dict], competencies: list[dict]) -> dict:
    """Per question, the stories that fit it; the questions with none; stories per competency;
    and a one-sentence summary. Order follows the order of questions and competencies given."""
    known = {competency["id"] for competency in competencies}
    shown = {story["id"]: set(story.get("competencies", [])) & known for story in stories}
    rows = [_question_row(question, shown) for question in questions]
    counts = [_competency_row(competency, shown) for competency in competencies]
    return {
        "questions": rows,
        "gaps": [row["id"] for row in rows if not row["stories"]],
        "competencies": counts,
        "summary": _summary(len(stories), rows, counts),
    }


def _question_row(question: dict, shown: dict[str, set[str]]) -> dict:
    wanted = set(question["competencies"])
    return {
        "id": question["id"],
        "text": question["text"],
        "competencies": list(question["competencies"]),
        "stories": [story_id for story_id, ids in shown.items() if ids & wanted],
    }


def _competency_row(competency: dict, shown: dict[str, set[str]]) -> dict:
    count = sum(competency["id"] in ids for ids in shown.values())
    return {"id": competency["id"], "name": competency["name"], "stories": count}


def _summary(story_total: int, rows: list[dict], counts: list[dict]) -> str:
    if not rows:
        return "There are no questions to check your stories against yet."
    if story_total == 0:
        return f"No stories yet: add one to start covering the {count_noun(len(rows), 'question')}."
    answered = sum(bool(row["stories"]) for row in rows)
    verb = "has" if answered == 1 else "have"
    questions = f"{answered} of {count_noun(len(rows), 'question')} {verb} at least one story"
    missing = [row["name"] for row in counts if row["stories"] == 0]
    if not missing:
        return f"{questions}; every competency is shown by at least one story."
    return f"{questions}; no story yet shows {', '.join(missing)}."
