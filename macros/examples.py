"""The guide's worked STAR answers (data/examples.yml) and the STAR length rule, as Markdown.

Both come from the STAR coach in `worksheets.star`. `proportions()` writes out the length
rule the coach checks, in the coach's own words (`describe_proportions`, the same sentences
as the hints under the worksheet's boxes). `render()` shows one worked example with the
coach's verdict under it, and refuses an example the coach finds anything to fix in, so the
build fails before the guide can contradict its own coach.
"""

from __future__ import annotations

from html import escape

from macros.data import WorkedExample
from worksheets.star import PART_NAMES, PARTS, describe_proportions, review_story
from worksheets.text import speaking_seconds, word_count

INDENT = "    "


class UnknownExample(LookupError):
    """A page asked for an example that data/examples.yml does not hold."""


class ExampleFails(ValueError):
    """A worked example that the STAR coach would not call ready."""


def complaints(example: WorkedExample) -> list[str]:
    """What the coach would have the writer fix in an example: nothing, for a good one."""
    review = review_story(example.model_dump())
    found = [point["message"] for point in review["points"] if point["tone"] != "good"]
    if review["level"] != "ready" and not found:
        found.append(review["verdict"])
    return found


def find(examples: tuple[WorkedExample, ...], example_id: str) -> WorkedExample:
    for example in examples:
        if example.id == example_id:
            return example
    known = ", ".join(example.id for example in examples)
    raise UnknownExample(f"unknown worked example '{example_id}' (data/examples.yml has: {known})")


def render(examples: tuple[WorkedExample, ...], example_id: str) -> str:
    """One example as an admonition: the question, the answer part by part, and under it the
    coach's verdict on the story."""
    example = find(examples, example_id)
    problems = complaints(example)
    if problems:
        raise ExampleFails(
            f"worked example '{example.id}' does not pass the STAR coach: " + " / ".join(problems)
        )
    review = review_story(example.model_dump())

    def part(label: str, text: str) -> list[str]:
        return [f"{INDENT}**{label}:** {_text(text)}", ""]

    body = [f"{INDENT}**The question:** *“{_text(example.question)}”*", ""]
    if example.approach:
        body += part("How I would go about it", example.approach)
        body += [f"{INDENT}*The real story behind it:*", ""]
    for name in PARTS:
        body += part(PART_NAMES[name], getattr(example, name))
    if example.aim:
        body += part("What I would aim for", example.aim)
    verdict = f"The STAR coach on this story: *{_text(review['verdict'])}*"
    if example.approach:
        said = speaking_seconds(
            sum(map(word_count, (example.approach, example.aim))) + sum(review["words"].values())
        )
        verdict += (
            f" With the approach before it and the aim after it, the whole answer takes "
            f"about {said} seconds."
        )
    title = _text(example.title).replace('"', "&quot;")
    return "\n".join(
        [
            f'<div class="worked-example" data-example="{escape(example.id)}" markdown="block">',
            "",
            f'!!! example "{title}"',
            "",
            *body,
            f'<p class="worked-example-verdict" markdown="span">{verdict}</p>',
            "",
            "</div>",
        ]
    )


def proportions() -> str:
    """The STAR length rule as a Markdown list: each part, then the whole answer."""
    described = describe_proportions()
    items = [f"- **{PART_NAMES[name]}.** {_text(described[name])}" for name in PARTS]
    items.append(f"- **The whole answer.** {_text(described['answer'])}")
    return "\n".join(items)


def _text(text: str) -> str:
    """Data text inside Markdown: never read as HTML, and no stray emphasis."""
    return escape(" ".join(text.split()), quote=False).replace("*", "\\*").replace("_", "\\_")
