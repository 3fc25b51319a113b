"""Turning a story bank into files the visitor can keep: JSON to import again later, and
Markdown to read, print or paste into notes."""

import json

from worksheets.bank import FORMAT, STORY_KEYS, VERSION
from worksheets.star import PART_NAMES, PARTS
from worksheets.text import count_noun

NOT_WRITTEN = "_(not written yet)_"


def to_json(bank: dict) -> str:
    """The bank as pretty JSON, keys in a fixed order, ending with a newline.

    Keys follow the order of a story's fields rather than the alphabet, so the file reads
    naturally (title, then situation, task, action, result) if someone opens it.
    """
    document = {
        "format": FORMAT,
        "version": VERSION,
        "stories": [{key: story[key] for key in STORY_KEYS} for story in bank["stories"]],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_markdown(bank: dict, competencies: list[dict]) -> str:
    """The bank as a readable Markdown document, one section per story."""
    names = {competency["id"]: competency["name"] for competency in competencies}
    stories = bank["stories"]
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
    title = " ".join(story["title"].split()) or "Untitled story"
    blocks = [f"## {title}"]
    details = []
    if story["competencies"]:
        shown = ", ".join(names.get(item, item) for item in story["competencies"])
        details.append(f"- **Competencies:** {shown}")
    if story["answers"].strip():
        details.append(f"- **Answers:** {' '.join(story['answers'].split())}")
    if details:
        blocks.append("\n".join(details))
    for part in PARTS:
        blocks.append(f"**{PART_NAMES[part]}**")
        blocks.append(_paragraphs(story[part]) or NOT_WRITTEN)
    return "\n\n".join(blocks)


def _paragraphs(text: str) -> str:
    """The visitor's text with Windows line endings and trailing spaces tidied away."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()
