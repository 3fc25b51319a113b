"""Tests for worksheets.star_bank: the story bank's Markdown export (its rules are tested in
test_star and test_coverage, its document checks in test_document)."""

from worksheets.star_bank import NOT_WRITTEN, SPEC
from worksheets.star_bank import to_markdown as bank_markdown

COMPETENCIES = [
    {"id": "teamwork", "name": "Teamwork", "hint": ""},
    {"id": "conflict", "name": "Handling conflict", "hint": ""},
]


def story(**fields) -> dict:
    base = {
        "id": "s-1",
        "title": "",
        "situation": "",
        "task": "",
        "action": "",
        "result": "",
        "competencies": [],
        "answers": "",
    }
    base.update(fields)
    return base


def bank_of(*stories: dict) -> dict:
    return {"format": SPEC.format, "version": SPEC.version, "stories": list(stories)}


def to_markdown(bank: dict, competencies: list[dict]) -> str:
    return bank_markdown(bank, {"competencies": competencies}, {})


FULL = story(
    id="s-3f2a",
    title="Rescued the café launch",
    situation="The launch was late.",
    task="I had to ship it.",
    action="I cut the scope.",
    result="Shipped 2 days early.",
    competencies=["teamwork", "conflict"],
    answers="Biggest achievement",
)


# Markdown


def test_markdown_has_a_title_and_a_section_per_story():
    text = to_markdown(bank_of(FULL, story(id="s-2", title="Second")), COMPETENCIES)
    assert text.startswith("# My STAR stories\n\n2 stories exported from Second Round.\n")
    assert "\n## Rescued the café launch\n" in text
    assert "\n## Second\n" in text
    assert text.index("## Rescued") < text.index("## Second")


def test_markdown_shows_competency_names_and_the_answers_note():
    text = to_markdown(bank_of(FULL), COMPETENCIES)
    assert "- **Competencies:** Teamwork, Handling conflict\n" in text
    assert "- **Answers:** Biggest achievement" in text


def test_markdown_shows_an_unlisted_competency_by_its_id():
    text = to_markdown(bank_of(story(competencies=["renamed-away"])), COMPETENCIES)
    assert "- **Competencies:** renamed-away" in text


def test_markdown_leaves_out_empty_competencies_and_answers():
    text = to_markdown(bank_of(story(title="Bare")), COMPETENCIES)
    assert "**Competencies:**" not in text
    assert "**Answers:**" not in text


def test_markdown_lists_the_four_parts_in_star_order():
    text = to_markdown(bank_of(FULL), COMPETENCIES)
    expected = (
        "**Situation**\n\nThe launch was late.\n\n"
        "**Task**\n\nI had to ship it.\n\n"
        "**Action**\n\nI cut the scope.\n\n"
        "**Result**\n\nShipped 2 days early.\n"
    )
    assert text.endswith(expected)


def test_markdown_marks_unwritten_parts_and_untitled_stories():
    text = to_markdown(bank_of(story(situation="Only this.")), COMPETENCIES)
    assert "## Untitled story" in text
    assert text.count(NOT_WRITTEN) == 3
    assert NOT_WRITTEN == "_(not written yet)_"


def test_markdown_keeps_a_multi_line_title_on_one_heading_line():
    text = to_markdown(bank_of(story(title="Late\nlaunch")), COMPETENCIES)
    assert "## Late launch\n" in text


def test_markdown_tidies_windows_line_endings_and_trailing_spaces():
    text = to_markdown(bank_of(story(action="First step.  \r\nSecond step.\r\n")), COMPETENCIES)
    assert "**Action**\n\nFirst step.\nSecond step.\n\n**Result**" in text


def test_markdown_of_an_empty_bank_says_there_are_no_stories():
    text = to_markdown(bank_of(), COMPETENCIES)
    assert text == "# My STAR stories\n\nNo stories written yet.\n"


def test_markdown_counts_a_single_story_in_the_singular():
    assert "1 story exported" in to_markdown(bank_of(FULL), COMPETENCIES)


def test_markdown_shows_typed_html_as_text():
    text = to_markdown(
        bank_of(story(title="<b>Bold</b> & more", action="<img src=x>")), COMPETENCIES
    )
    assert "## &lt;b&gt;Bold&lt;/b&gt; &amp; more" in text
    assert "&lt;img src=x&gt;" in text and "<img" not in text
