"""The practice drill worksheet: questions to rehearse aloud, a schedule of when each comes
back, and how ready the visitor is per competency.

The page draws one question at a time, times the answer and records it if asked; everything
that is a rule lives here and beside it: the order of questions (drill_queue), the schedule
(spaced, a simplified SM-2) and the readiness summary (readiness). The schedule is kept in
the document, in the hidden list "practice", and only ever changed through this module's
operations, so the page applies what Python decided.
"""

from datetime import date

from worksheets.coverage import coverage
from worksheets.drill_queue import (
    KIND_NAMES,
    OWN,
    Context,
    Question,
    cards_by_question,
    drill_questions,
    queue,
    reason,
    story_counts,
)
from worksheets.readiness import STATES, readiness, schedule
from worksheets.spaced import (
    RATING_NAMES,
    RATINGS,
    Card,
    card_fields,
    day_words,
    parse_day,
    rate,
    status,
)
from worksheets.spec import Field, Records, Spec
from worksheets.text import one_line, paragraphs

DURATIONS = (("60", "1 minute"), ("90", "1½ minutes"), ("120", "2 minutes"), ("180", "3 minutes"))
DEFAULT_SECONDS = "120"
NO_STORY = "none"  # the story choice "No story yet"

OWN_QUESTION = Records(
    noun="question",
    plural="questions",
    id_prefix="o",
    title_field="text",
    untitled="New question",
    add_label="Add a question",
    max_records=200,
    fields=(
        Field("text", "Question", "line"),
        Field(
            "notes",
            "Points I want to make (optional)",
            "text",
            hint="A few words to glance at after you answer, not a script to read out.",
        ),
        Field("progress", "Practice", "output"),
    ),
)

# One record per question practised: its place in the schedule (worksheets.spaced.Card),
# the story the visitor chose to tell, and whether the question went to the debrief's list
# of stories to write (so it goes there once).
PRACTICE = Records(
    noun="practice record",
    plural="practice records",
    id_prefix="pr",
    title_field="question",
    untitled="Practice record",
    add_label="",
    max_records=500,
    fields=(
        Field("question", "Question", "hidden"),
        Field("story", "Story I would tell", "hidden"),
        Field("in_prep", "Sent to the stories to write", "checkbox", shown=False),
        Field("due", "Comes back on", "hidden"),
        *(
            Field(name, name.replace("_", " ").capitalize(), "number", shown=False)
            for name in ("interval", "ease", "reps", "lapses")
        ),
        Field(
            "last_rating", "Last rating", "choice", choices=tuple(RATING_NAMES.items()), shown=False
        ),
    ),
)

SPEC = Spec(
    id="practice-drill",
    title="Practice drill",
    document_noun="practice drill",
    version=1,
    reads=("star-bank",),
    data=("competencies", "questions_to_expect"),
    fields=(
        Field(
            "seconds",
            "Time for each answer",
            "choice",
            choices=DURATIONS,
            hint="Two minutes unless you choose otherwise: room for a whole STAR story, "
            "and short enough to keep it tight.",
        ),
        Field("drill", "Practise a question", "output"),
        Field("readiness", "Readiness by competency", "output"),
        Field("schedule", "When each question comes back", "output"),
        Field("own_questions", "My own questions to practise", "records", records=OWN_QUESTION),
        Field("practice", "Practice schedule", "records", records=PRACTICE, shown=False),
    ),
)

KIND_ADVICE = {
    "behavioural": (
        "Answer with one true story: situation, task, what you did, and the result.",
        "guide/star-method/#the-star-method",
    ),
    "situational": (
        "Say the steps you would take, then back them with a time you did something close to it.",
        "guide/star-method/#answering-situational-questions",
    ),
    "cv-probe": (
        "Give the facts behind the line on your resume: your own part, the numbers and "
        "how they were measured.",
        "guide/how-answers-are-judged/#what-interviewers-score",
    ),
    "recurring": (
        "Keep the facts you gave in round one and add one layer of detail.",
        "guide/recurring-questions/#consistent-but-deeper",
    ),
    "own": ("Answer it as you would on the day, then rate how it went.", ""),
}


class _Drill:
    """A document's questions and schedule, with what the rules need about the visitor."""

    def __init__(self, document: dict, data: dict, others: dict):
        self.document = document
        self.today = parse_day(data.get("today"))
        if self.today is None:
            raise _service().RequestError(
                'The drill needs the visitor\'s date as "today" in "data".'
            )
        self.stories = (others.get("star-bank") or {}).get("stories", [])
        self.names = {item["id"]: item["name"] for item in data["competencies"]}
        self.competencies = data["competencies"]
        self.questions = drill_questions(document, data["questions_to_expect"])
        self.cards = cards_by_question(document["practice"])

    def context(self, session: list[str]) -> Context:
        counts = story_counts(self.questions, self.stories, self.competencies)
        return Context(self.cards, counts, self.today, session)

    def question(self, key: str) -> Question:
        found = next((q for q in self.questions if q.key == key), None)
        if found is None:
            raise _service().RequestError(
                f"The drill has no question {key!r} (was it deleted?): draw the next question "
                "and try again."
            )
        return found

    def record(self, key: str) -> dict | None:
        return next((r for r in self.document["practice"] if r["question"] == key), None)


def review(document: dict, data: dict, others: dict) -> dict:
    """The readiness summary, the schedule of practised questions, where each of the
    visitor's own questions stands, and the time for each answer."""
    drill = _Drill(document, data, others)
    by_competency = {
        row["id"]: row["stories"]
        for row in coverage(drill.stories, [], drill.competencies)["competencies"]
    }
    return {
        "readiness": readiness(
            drill.questions, drill.cards, drill.competencies, by_competency, drill.today
        ),
        "schedule": schedule(drill.questions, drill.cards, drill.today),
        "own": {
            item["id"]: _own_progress(drill, OWN + item["id"]) for item in document["own_questions"]
        },
        "seconds": int(_seconds(document)),
    }


def _own_progress(drill: _Drill, key: str) -> str:
    """Where one of the visitor's own questions stands, in a sentence."""
    card = drill.cards.get(key, Card())
    if key not in {question.key for question in drill.questions}:
        return "Write the question and it joins the drill."
    state = status(card, drill.today)
    if state == "new":
        return "Not practised yet: the drill asks your own questions first."
    rated = f"(last rated {RATING_NAMES[card.last_rating]})"
    if state == "due":
        again = card.last_rating == "again" and card.due == drill.today
        return (
            f"Comes back later in this session {rated}." if again else f"Due again today {rated}."
        )
    return f"Comes back {day_words(card.due, drill.today)} {rated}."


def _seconds(document: dict) -> str:
    """The time for each answer: the visitor's choice, or two minutes."""
    return document["seconds"] if document["seconds"] in dict(DURATIONS) else DEFAULT_SECONDS


# -- operations: the page's buttons ------------------------------------------------------------


def _service():
    """worksheets.service, imported when first used: it imports this module (by the registry)."""
    from worksheets import service

    return service


def _drill_of(message: dict) -> _Drill:
    service = _service()
    return _Drill(
        service.saved_document(message), service.site_data(message), service.others(message)
    )


def _next(message: dict) -> dict:
    """The question to ask next, why, and the stories the visitor could tell."""
    drill = _drill_of(message)
    context = drill.context(_session(message))
    ordered = queue(drill.questions, context)
    if not ordered:
        return {"question": None}
    question = ordered[0]
    tip, guide = KIND_ADVICE[question.kind]
    saved = drill.record(question.key)
    return {
        "question": {
            "key": question.key,
            "text": question.text,
            "kind": KIND_NAMES[question.kind],
            "competencies": [drill.names.get(item, item) for item in question.competencies],
            "reason": reason(question, context, drill.names),
            "tip": tip,
            "guide": guide,
            "story": saved["story"] if saved else "",
            "notes": next(
                (
                    item["notes"]
                    for item in drill.document["own_questions"]
                    if OWN + item["id"] == question.key
                ),
                "",
            ),
            "stories": _story_choices(question, drill.stories),
        }
    }


def _story_choices(question: Question, stories: list[dict]) -> list[dict]:
    """The STAR bank's stories, those showing a competency the question looks for first."""
    wanted = set(question.competencies)
    choices = [
        {
            "id": story["id"],
            "title": " ".join(story["title"].split()) or "Untitled story",
            "fits": bool(wanted & set(story["competencies"])),
        }
        for story in stories
    ]
    return sorted(choices, key=lambda choice: not choice["fits"])


def _rate(message: dict) -> dict:
    """Schedule a question after the visitor rated their answer; the updated schedule."""
    drill = _drill_of(message)
    question = drill.question(_text_of(message, "question"))
    rating = _text_of(message, "rating")
    if rating not in RATINGS:
        raise _service().RequestError(f"The rating {rating!r} is not one of {', '.join(RATINGS)}.")
    card = rate(drill.cards.get(question.key, Card()), rating, drill.today)
    practice = _with_record(drill, question.key, card_fields(card))
    return {"practice": practice, "message": _rated_message(question, card, drill.today)}


def _rated_message(question: Question, card: Card, today: date) -> str:
    if card.last_rating == "again":
        return "No harm done: it comes back later in this session, after a few other questions."
    when = day_words(card.due, today)
    return f"Rated {RATING_NAMES[card.last_rating]}. This question comes back {when}."


def _choose_story(message: dict) -> dict:
    """Remember the story the visitor would tell. Choosing "No story yet" asks the page to
    add the question to the debrief's list of stories still needed, the first time only."""
    drill = _drill_of(message)
    question = drill.question(_text_of(message, "question"))
    story = _text_of(message, "story")
    before = drill.record(question.key)
    add = story == NO_STORY and not (before and before["in_prep"])
    fields = {"story": story, **({"in_prep": True} if add else {})}
    return {
        "practice": _with_record(drill, question.key, fields),
        "add_to_prep": add,
        "question": question.text,
    }


def _with_record(drill: _Drill, key: str, fields: dict) -> list[dict]:
    """The schedule with `fields` set on the question's record, added if it has none."""
    practice = [dict(record) for record in drill.document["practice"]]
    record = next((r for r in practice if r["question"] == key), None)
    if record is None:
        record = {
            "id": _new_id(practice, key),
            "question": key,
            "story": "",
            "in_prep": False,
            **card_fields(Card()),
        }
        practice.append(record)
    record.update(fields)
    return practice


def _new_id(practice: list[dict], key: str) -> str:
    taken = {record["id"] for record in practice}
    candidate, suffix = f"pr-{key}", 2
    while candidate in taken:
        candidate, suffix = f"pr-{key}-{suffix}", suffix + 1
    return candidate


def _session(message: dict) -> list[str]:
    session = message.get("session", [])
    if not isinstance(session, list) or not all(isinstance(key, str) for key in session):
        raise _service().RequestError(
            'The "next" request needs "session" as a list of question keys.'
        )
    return session


def _text_of(message: dict, key: str) -> str:
    value = message.get(key)
    if not isinstance(value, str):
        raise _service().RequestError(f'The "{message["op"]}" request needs "{key}" as text.')
    return value


OPERATIONS = {"next": _next, "rate": _rate, "choose-story": _choose_story}


# -- Markdown --------------------------------------------------------------------------------


def to_markdown(document: dict, data: dict, others: dict) -> str:
    """The drill as Markdown: own questions, readiness by competency and the schedule."""
    output = review(document, data, others)
    blocks = [
        "# My practice drill",
        f"Time for each answer: {dict(DURATIONS)[_seconds(document)]}.",
    ]
    own = [item for item in document["own_questions"] if item["text"].strip()]
    blocks += ["## My own questions to practise"] + [_own_markdown(item) for item in own]
    if not own:
        blocks.append("None yet.")
    blocks += [
        "## Readiness by competency",
        output["readiness"]["summary"],
        _readiness_table(output["readiness"]["rows"]),
    ]
    when = [
        f"- **{row['comes_back']}:** {one_line(row['text'])} (last rated {row['rating']})"
        for row in output["schedule"]
    ]
    blocks += ["## When each question comes back", "\n".join(when) or "Nothing practised yet."]
    return "\n\n".join(blocks) + "\n"


def _own_markdown(item: dict) -> str:
    notes = paragraphs(item["notes"])
    return f"### {one_line(item['text'])}" + (f"\n\n{notes}" if notes else "")


def _readiness_table(rows: list[dict]) -> str:
    lines = ["| Competency | Stories | Practised | Due | Never |", "|---|---|---|---|---|"]
    for row in rows:
        stories = "" if row["stories"] is None else str(row["stories"])
        lines.append(
            f"| {row['name']} | {stories} | " + " | ".join(str(row[s]) for s in STATES) + " |"
        )
    return "\n".join(lines)
