"""The first-round debrief worksheet: what happened in round one, turned into a prep plan for
round two (worksheets.prep_plan), with its stories ready to start in the STAR bank and the
people met ready to carry into the interview plan.

It reads the STAR bank, to mark the stories already written, and the interview plan, to mark
the people already in it. Its "stories_needed" list is also filled from the practice drill,
which adds a story there when the visitor has none for a question.
"""

from dataclasses import replace

from worksheets.concerns import CONCERN_KINDS, kind_of, written
from worksheets.interview_plan import PERSON as PLANNED_PERSON
from worksheets.interviewers import INTERVIEWER_KINDS
from worksheets.prep_plan import prep_plan
from worksheets.recovery import OUTCOMES
from worksheets.spec import Field, Records, Spec
from worksheets.text import folded, one_line, paragraphs

ANSWER = Records(
    noun="question",
    plural="questions",
    id_prefix="a",
    max_records=40,
    add_label="Add a question",
    title_field="question",
    untitled="New question",
    fields=(
        Field("question", "The question", "line"),
        Field("said", "What I said", "text"),
        Field(
            "now",
            "What I would say now",
            "text",
            hint="Keep the facts you gave; add the example, the number or the point you missed.",
        ),
        Field("next", "In your prep plan", "output"),
    ),
)

ACCOMPLISHMENT = Records(
    noun="accomplishment",
    plural="accomplishments",
    id_prefix="w",
    max_records=30,
    add_label="Add an accomplishment",
    title_field="what",
    untitled="New accomplishment",
    fields=(
        Field("what", "Accomplishment", "line"),
        Field(
            "proves",
            "What it would show them",
            "line",
            hint="The skill, quality or result it proves, for this job.",
        ),
    ),
)

CONCERN = Records(
    noun="concern",
    plural="concerns",
    id_prefix="c",
    max_records=20,
    add_label="Add a concern",
    title_field="concern",
    untitled="New concern",
    fields=(
        Field("concern", "Concern", "line"),
        Field(
            "about",
            "What it was about",
            "choice",
            choices=tuple((key, kind.label) for key, kind in CONCERN_KINDS.items()),
        ),
        Field(
            "sign",
            "What made me think so",
            "line",
            hint="A question they pressed on, a pause, a remark.",
        ),
    ),
)

# A person met is declared with the interview plan's own fields for a person, so carrying
# them into the plan copies like for like.
_PLANNED = {spec_field.name: spec_field for spec_field in PLANNED_PERSON.fields}
PERSON = replace(
    PLANNED_PERSON,
    fields=(
        _PLANNED["name"],
        _PLANNED["role"],
        _PLANNED["kind"],
        Field(
            "noticed",
            "What I noticed about them",
            "text",
            hint="What they asked about, what seemed to matter to them, how they reacted.",
        ),
        Field("carry", "Interview plan", "output"),
    ),
)

STORY_NEEDED = Records(
    noun="story",
    plural="stories",
    id_prefix="n",
    max_records=60,
    add_label="Add a story to write",
    title_field="text",
    untitled="New story to write",
    fields=(Field("text", "Story to write", "line"),),
)

SPEC = Spec(
    id="first-round-debrief",
    title="First-round debrief",
    document_noun="first-round debrief",
    version=1,
    reads=("star-bank", "interview-plan"),
    data=("questions_to_ask",),
    actions=(("print-plan", "Print prep plan"),),
    fields=(
        Field(
            "round_one",
            "Round one",
            "group",
            fields=(
                Field(
                    "outcome", "How did round one go?", "choice", choices=tuple(OUTCOMES.items())
                ),
                Field(
                    "went_well",
                    "What went well",
                    "text",
                    hint="The answers that landed, the moments they leaned in, what you would do again.",
                ),
                Field(
                    "went_poorly",
                    "What went poorly, and why",
                    "text",
                    hint="Say why too: a grilling, a meeting that drifted, an interviewer who did "
                    "all the talking, odd questions, nerves.",
                ),
                Field(
                    "learned",
                    "What I learned about the role and the company",
                    "text",
                    hint="One point a line. End a line with a question mark if it is still open, "
                    "or say you are not sure: the plan makes those questions to ask and facts "
                    "to research.",
                ),
            ),
        ),
        Field("answers", "Questions I wish I had answered differently", "records", records=ANSWER),
        Field(
            "accomplishments",
            "Accomplishments I did not get to use",
            "records",
            records=ACCOMPLISHMENT,
        ),
        Field("concerns", "Concerns the interviewer seemed to have", "records", records=CONCERN),
        Field("people", "People I met", "records", records=PERSON),
        Field("stories_needed", "Stories I still need", "records", records=STORY_NEEDED),
        Field("plan", "Your prep plan", "output"),
    ),
)


def review(document: dict, data: dict, others: dict) -> dict:
    """The prep plan; for each question, its story in the plan; and for each person met,
    whether they can be carried into the interview plan."""
    bank = (others.get("star-bank") or {}).get("stories", [])
    planned = (others.get("interview-plan") or {}).get("people", [])
    plan = prep_plan(document, data["questions_to_ask"], bank)
    return {
        "plan": plan,
        "answers": answer_states(document["answers"], plan["sections"][0]["items"]),
        "people": carry_states(document["people"], planned),
    }


def answer_states(answers: list[dict], stories: list[dict]) -> dict[str, dict]:
    """Per question, by id: a line on where its story stands, and the story's item (None
    while the question is blank), so the question's card can offer it to the STAR bank too."""
    to_write = [folded(item["star"]["answers"]) for item in stories if not item["in_bank"]]
    items = {folded(item["star"]["answers"]): item for item in stories}
    states = {}
    for answer in answers:
        key = folded(answer["question"])
        item = items.get(key)
        if item is None:
            status = "Write the question and your prep plan adds a story to write for it."
        elif item["in_bank"]:
            status = "Its story is in your STAR stories."
        else:
            status = (
                f"Story {to_write.index(key) + 1} of {len(to_write)} to write in your prep plan."
            )
        states[answer["id"]] = {"status": status, "item": item}
    return states


def carry_states(people: list[dict], planned: list[dict]) -> dict[str, str]:
    """Per person met, by id: "in-plan" when the interview plan has someone of that name,
    "unnamed" while they have no name, else "ready" to carry."""
    names = {folded(person["name"]) for person in planned}
    states = {}
    for person in people:
        name = folded(person["name"])
        states[person["id"]] = "unnamed" if not name else "in-plan" if name in names else "ready"
    return states


def to_markdown(document: dict, data: dict, others: dict) -> str:
    """The debrief, then its prep plan, as a Markdown document."""
    first = document["round_one"]
    blocks = ["# My first-round debrief"]
    if first["outcome"]:
        blocks.append(f"**How round one went:** {OUTCOMES[first['outcome']]}")
    for name, label in (
        ("went_well", "What went well"),
        ("went_poorly", "What went poorly, and why"),
        ("learned", "What I learned about the role and the company"),
    ):
        if first[name].strip():
            blocks.append(f"## {label}\n\n{paragraphs(first[name])}")
    blocks += _records_markdown(document)
    bank = (others.get("star-bank") or {}).get("stories", [])
    blocks.append(_plan_markdown(prep_plan(document, data["questions_to_ask"], bank)))
    return "\n\n".join(blocks) + "\n"


def _records_markdown(document: dict) -> list[str]:
    blocks = []
    answers = [answer for answer in document["answers"] if answer["question"].strip()]
    if answers:
        blocks.append("## Questions I wish I had answered differently")
        for answer in answers:
            parts = [f"### {one_line(answer['question'])}"]
            for name, label in (("said", "What I said"), ("now", "What I would say now")):
                if answer[name].strip():
                    parts.append(f"**{label}**\n\n{paragraphs(answer[name])}")
            blocks.append("\n\n".join(parts))
    lists = (
        (
            "Accomplishments I did not get to use",
            [
                one_line(a["what"]) + (f": {one_line(a['proves'])}" if a["proves"].strip() else "")
                for a in document["accomplishments"]
                if a["what"].strip()
            ],
        ),
        (
            "Concerns the interviewer seemed to have",
            [
                f"{one_line(c['concern'])} *({kind_of(c).label})*"
                + (f". What made me think so: {one_line(c['sign'])}" if c["sign"].strip() else "")
                for c in written(document["concerns"])
            ],
        ),
        ("People I met", [_person_line(p) for p in document["people"] if p["name"].strip()]),
        (
            "Stories I still need",
            [one_line(s["text"]) for s in document["stories_needed"] if s["text"].strip()],
        ),
    )
    blocks += [
        f"## {title}\n\n" + "\n".join(f"- {line}" for line in lines)
        for title, lines in lists
        if lines
    ]
    return blocks


def _person_line(person: dict) -> str:
    about = ", ".join(
        part
        for part in (one_line(person["role"]), INTERVIEWER_KINDS.get(person["kind"], ""))
        if part
    )
    noticed = one_line(person["noticed"])
    return (
        one_line(person["name"])
        + (f" ({about})" if about else "")
        + (f": {noticed}" if noticed else "")
    )


def _plan_markdown(plan: dict) -> str:
    blocks = ["# My prep plan", one_line(plan["summary"])]
    for section in plan["sections"]:
        blocks.append(f"## {section['title']}")
        if not section["items"]:
            blocks.append(section["empty"])
        blocks += [
            f"{number}. {_item_markdown(item)}"
            for number, item in enumerate(section["items"], start=1)
        ]
    return "\n\n".join(blocks)


def _item_markdown(item: dict) -> str:
    """One item: its words (the visitor's own escaped), then the guide's sections it points
    to, named in words, since a downloaded file has no site around it to link to."""
    line = f"**{one_line(item['text'])}**"
    if item.get("in_bank"):
        line += " (in my STAR bank)"
    if item["detail"]:
        line += f" {one_line(item['detail'])}"
    if item["links"]:
        line += f" *(See {'; '.join(map(_where, item['links']))})*"
    return line


def _where(link: dict) -> str:
    return link["page"] if link["label"] == link["page"] else f"{link['page']} › {link['label']}"
