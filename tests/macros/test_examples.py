"""The worked examples (data/examples.yml, macros.examples): the real ones pass the STAR
coach with nothing to fix, the file's schema names the file, entry and field of a mistake,
and the macros render an example and the length rule from the coach's own words."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from macros import examples
from macros.data import load_examples
from macros.schema import DataError
from worksheets.star import AIM_MAX_SECONDS, PART_NAMES, PARTS, describe_proportions, review_story
from worksheets.text import speaking_seconds, word_count

ROOT = Path(__file__).resolve().parents[2]
REAL = load_examples(ROOT / "data" / "examples.yml", ROOT / "data")

STORY = """\
    situation: >-
      Our launch was three weeks late and the client had started to doubt us.
    task: >-
      As project lead I had to ship the release before the trade show in May.
    action: >-
      I listed every open task with its owner, agreed a smaller scope with the client, and
      paired each developer with a tester. I listed every open task with its owner, agreed a
      smaller scope with the client, and paired each developer with a tester. I listed every
      open task with its owner, agreed a smaller scope with the client, and paired each
      developer with a tester. I listed every open task with its owner, agreed a smaller scope
      with the client, and paired each developer with a tester. I set up a daily check.
    result: >-
      The release shipped two days early and the client renewed for 40,000 pounds. I learned
      to cut scope early.
"""


def examples_file(tmp_path: Path, *entries: str) -> tuple[Path, Path]:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    body = "examples:\n" + "".join(
        textwrap.indent(textwrap.dedent(entry), "  ") for entry in entries
    )
    (folder / "examples.yml").write_text(body)
    return folder / "examples.yml", folder


def entry(
    example_id: str = "late-launch", kind: str = "behavioural", extra: str = "", story: str = STORY
) -> str:
    return (
        f"- id: {example_id}\n  kind: {kind}\n  title: A late launch\n"
        f"  question: Tell me about a deadline.\n{extra}"
        + textwrap.indent(textwrap.dedent(story), "  ")
    )


# -- the real examples --------------------------------------------------------------------------


def test_the_real_file_holds_a_behavioural_a_situational_and_a_failure_example():
    assert {example.kind for example in REAL} == {"behavioural", "situational", "failure"}


@pytest.mark.parametrize("example", REAL, ids=lambda example: example.id)
def test_every_real_example_passes_the_coach_with_nothing_to_fix(example):
    review = review_story(example.model_dump())
    assert review["level"] == "ready", review["points"]
    assert [p for p in review["points"] if p["tone"] in ("tip", "warn")] == []
    assert examples.complaints(example) == []


@pytest.mark.parametrize("example", REAL, ids=lambda example: example.id)
def test_every_real_result_says_what_was_learned_or_changed_since(example):
    result = example.result.lower()
    assert "i learned" in result or "since then" in result


def test_a_situational_answer_with_its_approach_and_aim_still_fits_the_time():
    for example in (e for e in REAL if e.kind == "situational"):
        said = sum(word_count(getattr(example, part)) for part in ("approach", *PARTS, "aim"))
        assert speaking_seconds(said) <= AIM_MAX_SECONDS, example.id


# -- the schema ---------------------------------------------------------------------------------


def test_a_good_file_loads(tmp_path):
    loaded = load_examples(*examples_file(tmp_path, entry()))
    assert [(e.id, e.kind, e.approach) for e in loaded] == [("late-launch", "behavioural", None)]


def test_a_missing_part_is_named(tmp_path):
    story = STORY.replace(
        "    task: >-\n      As project lead I had to ship the release before the trade show in May.\n",
        "",
    )
    with pytest.raises(DataError) as caught:
        load_examples(*examples_file(tmp_path, entry(story=story)))
    assert (
        str(caught.value)
        == "data/examples.yml: example 1 ('late-launch'): field 'task': is missing"
    )


def test_an_unknown_kind_is_refused(tmp_path):
    with pytest.raises(
        DataError, match="'anecdote' is not one of: behavioural, situational, failure"
    ):
        load_examples(*examples_file(tmp_path, entry(kind="anecdote")))


def test_a_situational_example_needs_an_approach_and_an_aim(tmp_path):
    with pytest.raises(DataError, match="a situational example needs 'approach'"):
        load_examples(*examples_file(tmp_path, entry(kind="situational")))


def test_only_a_situational_example_has_an_approach(tmp_path):
    with pytest.raises(DataError, match="'approach' is only for a situational example"):
        load_examples(*examples_file(tmp_path, entry(extra="  approach: First I would ask.\n")))


def test_an_id_used_twice_is_refused(tmp_path):
    with pytest.raises(DataError, match="'late-launch' is used twice"):
        load_examples(*examples_file(tmp_path, entry(), entry()))


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DataError, match="data/examples.yml: whole file: field 'examples'"):
        load_examples(tmp_path / "data" / "examples.yml", tmp_path / "data")


# -- rendering ----------------------------------------------------------------------------------


def test_an_example_renders_the_question_each_part_and_the_coach_s_verdict():
    html = examples.render(REAL, "billing-complaint")
    example = examples.find(REAL, "billing-complaint")
    assert html.startswith('<div class="worked-example" data-example="billing-complaint"')
    assert f'!!! example "{example.title}"' in html
    assert example.question in html
    for part in PARTS:
        assert f"**{PART_NAMES[part]}:**" in html
    assert "Ready to tell: about" in html


def test_a_situational_example_adds_the_approach_before_and_the_aim_after():
    html = examples.render(REAL, "late-supplier")
    assert html.index("How I would go about it") < html.index("**Situation:**")
    assert html.index("**Result:**") < html.index("What I would aim for")
    assert "the whole answer takes about" in html


def test_an_example_the_coach_would_fault_fails_the_build(tmp_path):
    weak = STORY.replace(
        "The release shipped two days early and the client renewed for 40,000 "
        "pounds. I learned\n      to cut scope early.",
        "It went well.",
    )
    loaded = load_examples(*examples_file(tmp_path, entry(story=weak)))
    with pytest.raises(
        examples.ExampleFails, match="does not pass the STAR coach: .*The Result has no number"
    ):
        examples.render(loaded, "late-launch")


def test_an_unknown_example_is_named_with_the_known_ones():
    with pytest.raises(
        examples.UnknownExample, match="unknown worked example 'nope'.*billing-complaint"
    ):
        examples.render(REAL, "nope")


def test_data_text_is_never_read_as_html_or_emphasis(tmp_path):
    story = STORY.replace("agreed a smaller scope", "agreed a <b>smaller</b> *scope*", 1)
    loaded = load_examples(*examples_file(tmp_path, entry(story=story)))
    html = examples.render(loaded, "late-launch")
    assert "&lt;b&gt;smaller&lt;/b&gt; \\*scope\\*" in html


def test_the_length_rule_renders_each_part_then_the_whole_answer_in_the_coach_s_words():
    rendered = examples.proportions().splitlines()
    described = describe_proportions()
    assert [line.split("**")[1] for line in rendered] == [
        *(f"{PART_NAMES[part]}." for part in PARTS),
        "The whole answer.",
    ]
    for line, key in zip(rendered, [*PARTS, "answer"], strict=True):
        assert line.endswith(described[key])
