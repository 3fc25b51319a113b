"""The interview plan worksheet: the interview, the people you will meet, the questions to ask
each of them, the thank-you notes afterwards and a one-page sheet for the day.

The rules live in their own modules: plan_questions (suggestions), plan_checks (what a coach
would flag), thank_you (notes and email links), ics (the reminder file) and day_sheet.
"""

from datetime import UTC, datetime

from worksheets.day_sheet import day_sheet
from worksheets.document import DocumentError
from worksheets.ics import reminder
from worksheets.interviewers import INTERVIEW_FORMATS, INTERVIEWER_KINDS
from worksheets.plan_checks import check_plan
from worksheets.plan_questions import suggest
from worksheets.spec import Field, Records, Spec
from worksheets.text import one_line, paragraphs
from worksheets.thank_you import draft_notes, mailto

QUESTION = Records(
    noun="question",
    plural="questions",
    id_prefix="q",
    max_records=40,
    add_label="Add my own question",
    title_field="text",
    untitled="New question",
    fields=(
        Field("text", "Question", "line"),
        Field("must", "Must ask", "checkbox"),
        Field("source", "Suggested question it came from", "hidden"),
    ),
)

PERSON = Records(
    noun="person",
    plural="people",
    id_prefix="p",
    max_records=30,
    add_label="Add a person",
    title_field="name",
    untitled="New person",
    fields=(
        Field("name", "Name", "line"),
        Field("role", "Role", "line"),
        Field("kind", "Kind of interviewer", "choice", choices=tuple(INTERVIEWER_KINDS.items())),
        Field("email", "Email (optional)", "email"),
        Field("met_before", "Met in round one", "checkbox"),
        Field(
            "known",
            "What I know about them",
            "text",
            hint="Their role, background, what they care about; what you saw in round one.",
        ),
        Field(
            "wants",
            "What they probably want to learn about me",
            "text",
            hint="The doubts or interests their job gives them about a new hire.",
        ),
        Field("questions", "Questions to ask", "records", records=QUESTION),
        Field("suggestions", "Suggested questions", "output"),
        Field("dismissed", "Suggestions removed", "checkboxes", shown=False, open_choices=True),
        Field(
            "discussed",
            "A point we discussed",
            "text",
            hint="After the interview: one thing you talked about that mattered to them.",
        ),
        Field(
            "unsaid",
            "Something I did not get to say",
            "text",
            hint="A strength, story or answer you wish you had given.",
        ),
        Field("note", "Thank-you note", "output"),
    ),
)

SPEC = Spec(
    id="interview-plan",
    title="Interview plan",
    document_noun="interview plan",
    version=1,
    reads=("star-bank",),
    data=("questions_to_ask", "topics"),
    actions=(("reminder", "Download reminder"), ("print-day-sheet", "Print day sheet")),
    fields=(
        Field(
            "interview",
            "The interview",
            "group",
            fields=(
                Field("when", "Date and time", "datetime"),
                Field("format", "Format", "choice", choices=tuple(INTERVIEW_FORMATS.items())),
                Field("place", "Place or video link", "line"),
            ),
        ),
        Field("people", "People you will meet", "records", records=PERSON),
        Field("checks", "What the coach noticed", "output"),
        Field("day_sheet", "Interview-day sheet", "output"),
    ),
)


def review(document: dict, data: dict, others: dict) -> dict:
    """Suggestions per person, the coach's flags, a note per person and the day sheet."""
    bank = data["questions_to_ask"]
    notes = draft_notes(document)
    by_id = {person["id"]: person for person in document["people"]}
    stories = (others.get("star-bank") or {}).get("stories", [])
    return {
        "suggestions": suggest(document, bank, data["topics"]),
        "checks": check_plan(document, bank),
        "notes": {key: {**note, "mailto": mailto(by_id[key], note)} for key, note in notes.items()},
        "day_sheet": day_sheet(document, stories),
    }


def _reminder(message: dict) -> dict:
    from worksheets.service import saved_document  # the service imports this module

    try:
        return reminder(saved_document(message), datetime.now(UTC))
    except ValueError as error:  # no interview time yet: the message says what to fill in
        raise DocumentError(str(error)) from None


OPERATIONS = {"reminder": _reminder}


def to_markdown(document: dict, data: dict, others: dict) -> str:
    """The plan as a Markdown document: the interview, then a section per person."""
    interview = document["interview"]
    kinds = dict(INTERVIEWER_KINDS)
    lines = ["# My interview plan"]
    facts = [
        ("When", interview["when"].replace("T", " ")),
        ("Format", INTERVIEW_FORMATS.get(interview["format"], "")),
        ("Where", interview["place"]),
    ]
    lines.append(
        "\n".join(f"- **{label}:** {one_line(value)}" for label, value in facts if value)
        or "No interview details yet."
    )
    for position, person in enumerate(document["people"], start=1):
        lines.append(_person_markdown(person, position, kinds))
    return "\n\n".join(lines) + "\n"


def _person_markdown(person: dict, position: int, kinds: dict) -> str:
    name = one_line(person["name"]) or f"Person {position}"
    about = ", ".join(
        part for part in (one_line(person["role"]), kinds.get(person["kind"], "")) if part
    )
    blocks = [f"## {name}" + (f" ({about})" if about else "")]
    if person["met_before"]:
        blocks.append("Met in round one.")
    for field_name, label in (
        ("known", "What I know about them"),
        ("wants", "What they probably want to learn about me"),
    ):
        if person[field_name].strip():
            blocks.append(f"**{label}**\n\n{paragraphs(person[field_name])}")
    questions = [
        f"- {'**Must ask:** ' if q['must'] else ''}{one_line(q['text'])}"
        for q in person["questions"]
        if q["text"].strip()
    ]
    if questions:
        blocks.append("**Questions to ask**\n\n" + "\n".join(questions))
    for field_name, label in (
        ("discussed", "A point we discussed"),
        ("unsaid", "Something I did not get to say"),
    ):
        if person[field_name].strip():
            blocks.append(f"**{label}**\n\n{paragraphs(person[field_name])}")
    return "\n\n".join(blocks)
