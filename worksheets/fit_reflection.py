"""The fit and reflection worksheet, filled in after the interview: the flags seen, how the
team felt, the manager, the questions that caught the visitor off guard and what they still
need to know; and the decision note Python writes from them.

The note's parts live in their own modules: fit_balance (the flags, weighed both ways),
before_accepting (the open questions, for HR or the manager) and next_round (improvements,
and which off-guard questions are already in the practice drill, which this worksheet reads).
"""

from worksheets.before_accepting import ASK_WHO, open_questions
from worksheets.fit_balance import MANAGER_SCALE, TONES, balance, flags_seen
from worksheets.next_round import CLARITY_SCALE, DRILL, drill_questions, drill_status, improvements
from worksheets.spec import Field, Records, Spec, empty_document
from worksheets.text import one_line, paragraphs, squeezed

OWN_FLAG = Records(
    noun="flag",
    plural="flags",
    id_prefix="f",
    max_records=30,
    add_label="Add a flag of my own",
    title_field="text",
    untitled="New flag",
    fields=(
        Field("text", "What I noticed", "line"),
        Field("tone", "Green or red", "choice", choices=TONES),
    ),
)

OFF_GUARD = Records(
    noun="question",
    plural="questions",
    id_prefix="q",
    max_records=40,
    add_label="Add a question",
    title_field="question",
    untitled="New question",
    fields=(
        Field("question", "Question", "line"),
        Field("clarity", "How clear my answer was", "choice", choices=CLARITY_SCALE),
        Field(
            "now",
            "What I would say now",
            "text",
            hint="A few sentences: the point, the example and the result you wish you had given.",
        ),
        Field("drill", "Practice drill", "output"),
    ),
)

TO_KNOW = Records(
    noun="point",
    plural="points",
    id_prefix="k",
    max_records=30,
    add_label="Add something to find out",
    title_field="text",
    untitled="New point",
    fields=(
        Field("text", "What I need to know", "line"),
        Field(
            "ask",
            "Who to ask",
            "choice",
            choices=ASK_WHO,
            hint="Leave it unchosen and the coach decides: pay and terms to HR, the work to the manager.",
        ),
    ),
)

SPEC = Spec(
    id="fit-reflection",
    title="Fit and reflection",
    document_noun="fit reflection",
    version=1,
    reads=(DRILL,),
    data=("green_flags", "red_flags"),
    actions=(("print-note", "Print decision note"),),
    fields=(
        Field("green_flags", "Green flags I saw", "checkboxes", choices="green_flags"),
        Field("red_flags", "Red flags I saw", "checkboxes", choices="red_flags"),
        Field("own_flags", "Flags of my own", "records", records=OWN_FLAG),
        Field(
            "team",
            "How the team felt",
            "text",
            hint="How they spoke to each other and to you, and whether you could picture an "
            "ordinary week among them.",
        ),
        Field(
            "manager",
            "Would I respect my manager?",
            "choice",
            choices=MANAGER_SCALE,
            hint="The person you would report to: could you trust their judgement and learn "
            "from them?",
        ),
        Field("off_guard", "Questions that caught me off guard", "records", records=OFF_GUARD),
        Field("practise", "Practise them", "output"),
        Field(
            "still_to_know",
            "What I still need to know before I could say yes",
            "records",
            records=TO_KNOW,
        ),
        Field("note", "Decision note", "output"),
    ),
)


def review(document: dict, data: dict, others: dict) -> dict:
    """The decision note, and for each off-guard question whether it is in the practice
    drill, whose saved document is others["practice-drill"] (None before its first use)."""
    in_drill = drill_questions(others.get(DRILL))
    return {
        "note": decision_note(document, data, in_drill),
        "drill": drill_status(document["off_guard"], in_drill),
    }


def decision_note(document: dict, data: dict, in_drill: set[str]) -> dict:
    """The note's parts: the flags weighed, how it felt, what to ask before saying yes (by
    who answers it) and the improvements for the next round."""
    seen = flags_seen(document, data)
    return {
        "empty": document == empty_document(SPEC),
        "flags": {**seen, "summary": balance(seen, document["manager"])},
        "felt": {
            "team": document["team"].strip(),
            "manager": dict(MANAGER_SCALE).get(document["manager"], ""),
        },
        "ask": open_questions(document, data["red_flags"]),
        "improvements": improvements(document["off_guard"], in_drill),
    }


# -- Markdown --------------------------------------------------------------------------------

WHO_HEADINGS = {"hr": "To ask HR or the recruiter", "manager": "To ask the hiring manager"}


def to_markdown(document: dict, data: dict, others: dict) -> str:
    """The reflection as written, then the decision note."""
    note = decision_note(document, data, drill_questions(others.get(DRILL)))
    blocks = ["# My fit and reflection", _flags_markdown(note["flags"])]
    if note["felt"]["team"]:
        blocks.append(f"## How the team felt\n\n{paragraphs(document['team'])}")
    if note["felt"]["manager"]:
        blocks.append(f"## Would I respect my manager?\n\n{note['felt']['manager']}")
    blocks += [_off_guard_markdown(document["off_guard"]), _note_markdown(note)]
    return "\n\n".join(block for block in blocks if block) + "\n"


def _flags_markdown(flags: dict) -> str:
    parts = ["## Flags I saw"]
    for side, label in (
        ("green", "Green flags"),
        ("red", "Red flags"),
        ("untoned", "Not marked yet"),
    ):
        if flags[side]:
            items = "\n".join(
                f"- {one_line(flag['text'])}{' (my own)' if flag['own'] else ''}"
                for flag in flags[side]
            )
            parts.append(f"**{label}**\n\n{items}")
    return "\n\n".join(parts) if len(parts) > 1 else "## Flags I saw\n\nNone noted yet."


def _off_guard_markdown(off_guard: list[dict]) -> str:
    written = [record for record in off_guard if squeezed(record["question"])]
    if not written:
        return ""
    parts = ["## Questions that caught me off guard"]
    for position, record in enumerate(written, start=1):
        parts.append(f"### {position}. {one_line(record['question'])}")
        clarity = dict(CLARITY_SCALE).get(record["clarity"], "")
        if clarity:
            parts.append(f"How clear my answer was: {clarity}.")
        if record["now"].strip():
            parts.append(f"**What I would say now**\n\n{paragraphs(record['now'])}")
    return "\n\n".join(parts)


def _note_markdown(note: dict) -> str:
    parts = [
        "## Decision note",
        "### The flags, weighed",
        *note["flags"]["summary"],
        "### Before I say yes",
    ]
    for who, heading in WHO_HEADINGS.items():
        if note["ask"][who]:
            items = "\n".join(f"- {one_line(question['text'])}" for question in note["ask"][who])
            parts.append(f"**{heading}**\n\n{items}")
    if not note["ask"]["hr"] and not note["ask"]["manager"]:
        parts.append("Nothing listed yet.")
    parts += [one_line(tip["text"]) for tip in note["ask"]["tips"]]
    parts.append("### For the next round")
    steps = "\n".join(_step_markdown(item) for item in note["improvements"])
    parts.append(steps or "No off-guard questions noted.")
    return "\n\n".join(parts)


def _step_markdown(item: dict) -> str:
    clarity = f" ({item['clarity']})" if item["clarity"] else ""
    drilled = " Already in my practice drill." if item["in_drill"] else ""
    return f"- **{one_line(item['question'])}**{clarity}: {item['step']}{drilled}"
