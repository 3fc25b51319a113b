"""The STAR story bank worksheet: its spec, its review and its Markdown export.

The coaching rules live in worksheets.star and the question coverage in
worksheets.coverage; this module says what a story bank holds and joins them up.
"""

from worksheets.coverage import coverage
from worksheets.spec import Field, Records, Spec
from worksheets.star import PART_HINTS, PART_NAMES, PARTS, review_story
from worksheets.text import count_noun, one_line, paragraphs

STORY = Records(
    noun="story",
    plural="stories",
    id_prefix="s",
    max_records=200,  # far more than anyone prepares; keeps the review quick as they type
    add_label="Add a story",
    add_in="toolbar",
    title_field="title",
    untitled="Untitled story",
    fields=(
        Field("title", "Title", "line"),
        *(Field(part, PART_NAMES[part], "text", hint=PART_HINTS[part]) for part in PARTS),
        Field("competencies", "Competencies it shows", "checkboxes", choices="competencies"),
        Field(
            "answers",
            "Answers (optional): the first-round question or accomplishment it answers",
            "line",
        ),
        Field("feedback", "Coach's feedback", "output"),
    ),
)

SPEC = Spec(
    id="star-bank",
    title="STAR story bank",
    document_noun="story bank",
    version=1,
    data=("competencies", "questions_to_expect"),
    fields=(
        Field("stories", "Your stories", "records", records=STORY),
        Field("coverage", "Coverage: which questions your stories answer", "output"),
    ),
)

NOT_WRITTEN = "_(not written yet)_"


def review(document: dict, data: dict, others: dict) -> dict:
    """Feedback on every story, keyed by story id, and the question coverage of the bank."""
    stories = document["stories"]
    return {
        "reviews": {story["id"]: review_story(story) for story in stories},
        "coverage": coverage(stories, data["questions_to_expect"], data["competencies"]),
    }


def to_markdown(document: dict, data: dict, others: dict) -> str:
    """The bank as a readable Markdown document, one section per story."""
    names = {competency["id"]: competency["name"] for competency in data["competencies"]}
    stories = document["stories"]
    intro = (
        f"{count_noun(len(stories), 'story', 'stories')} exported from Second Round."
        if stories
        else "No stories written yet."
    )
    sections = ["# My STAR stories", intro]
    sections += [_story_markdown(story, names) for story in stories]
    return "\n\n".join(sections) + "\n"


def _story_markdown(story: dict, names: dict[str, str]) -> str:
    """One story; a competency the site no longer lists is shown by its id."""
    title = one_line(story["title"]) or "Untitled story"
    blocks = [f"## {title}"]
    details = []
    if story["competencies"]:
        shown = ", ".join(one_line(names.get(item, item)) for item in story["competencies"])
        details.append(f"- **Competencies:** {shown}")
    if story["answers"].strip():
        details.append(f"- **Answers:** {one_line(story['answers'])}")
    if details:
        blocks.append("\n".join(details))
    for part in PARTS:
        blocks.append(f"**{PART_NAMES[part]}**")
        blocks.append(paragraphs(story[part]) or NOT_WRITTEN)
    return "\n\n".join(blocks)
