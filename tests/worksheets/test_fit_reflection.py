"""Tests for worksheets.fit_reflection: the spec, the decision note as the page receives it
through the service, the Markdown export, and imports that would mix up the flags' tones."""

import json
import re

import pytest

from worksheets import fit_reflection
from worksheets.document import DocumentError
from worksheets.registry import SPECS
from worksheets.service import handle
from worksheets.spec import empty_document
from worksheets.workbook import parse_import

GREEN = [
    {
        "id": "clear-next-steps",
        "name": "The next steps were clear",
        "tone": "green",
        "link": "guide/on-the-day.md#green-flags",
        "question": None,
        "ask": None,
    }
]
RED = [
    {
        "id": "pressed-to-accept",
        "name": "Pressure to accept",
        "tone": "red",
        "link": "guide/pay-and-offers.md#asking-for-time-to-decide",
        "question": "Could I have a few days to reply?",
        "ask": "hr",
    }
]
DATA = {"green_flags": GREEN, "red_flags": RED}
CHOICES = {"green_flags": {"clear-next-steps"}, "red_flags": {"pressed-to-accept"}}
HOSTILE = "<img src=x onerror=alert(1)>"


def filled(**changes) -> dict:
    document = empty_document(fit_reflection.SPEC)
    document.update(
        green_flags=["clear-next-steps"],
        red_flags=["pressed-to-accept"],
        own_flags=[
            {"id": "f-1", "text": "They laughed together", "tone": "green"},
            {"id": "f-2", "text": "The boss checked a phone", "tone": "red"},
        ],
        team="Relaxed and kind.",
        manager="with-doubts",
        off_guard=[
            {"id": "q-1", "question": "Why did you leave so soon?", "clarity": "clear", "now": ""},
            {
                "id": "q-2",
                "question": "Tell me about a time you failed",
                "clarity": "lost",
                "now": "",
            },
        ],
        still_to_know=[
            {"id": "k-1", "text": "What is the bonus scheme?", "ask": ""},
            {"id": "k-2", "text": "What would my first project be?", "ask": ""},
        ],
    )
    document.update(changes)
    return document


def call(op: str, document: dict, others: dict | None = None) -> dict:
    request = {
        "worksheet": "fit-reflection",
        "op": op,
        "document": document,
        "others": others or {},
        "data": DATA,
    }
    reply = json.loads(handle(json.dumps(request)))
    assert reply["ok"], reply
    return reply


def drill(*texts: str) -> dict:
    """The practice drill's saved document, with these questions of the visitor's own."""
    return {
        **empty_document(SPECS["practice-drill"]),
        "own_questions": [{"id": f"o-{n}", "text": text} for n, text in enumerate(texts)],
    }


def test_the_spec_reads_the_drill_and_takes_both_flag_lists():
    spec = fit_reflection.SPEC
    assert spec.id == "fit-reflection" and spec.reads == ("practice-drill",)
    assert spec.data == ("green_flags", "red_flags")
    fields = {field.name: field for field in spec.fields}
    assert (
        fields["green_flags"].choices == "green_flags"
        and fields["red_flags"].choices == "red_flags"
    )
    assert [label for _, label in fields["manager"].choices] == [
        "Not at all",
        "With doubts",
        "Mostly",
        "Yes, fully",
    ]
    assert ("print-note", "Print decision note") in spec.actions
    assert list(SPECS).index("fit-reflection") == len(SPECS) - 1


def test_an_empty_reflection_gets_an_empty_note():
    note = call("review", empty_document(fit_reflection.SPEC))["note"]
    assert note["empty"] is True


def test_the_review_gives_the_note_and_the_drill_state():
    reply = call("review", filled(), {"practice-drill": drill("why did you leave so soon?")})
    note = reply["note"]
    assert note["empty"] is False
    assert [flag["text"] for flag in note["flags"]["green"]] == [
        "The next steps were clear",
        "They laughed together",
    ]
    assert [flag["text"] for flag in note["flags"]["red"]] == [
        "Pressure to accept",
        "The boss checked a phone",
    ]
    assert note["felt"] == {"team": "Relaxed and kind.", "manager": "With doubts"}
    hr = [question["text"] for question in note["ask"]["hr"]]
    assert hr[0] == "What is the bonus scheme?" and "Could I have a few days to reply?" in hr
    assert [question["text"] for question in note["ask"]["manager"]] == [
        "What would my first project be?"
    ]
    assert [item["id"] for item in note["improvements"]] == ["q-2", "q-1"]
    assert [item["in_drill"] for item in note["improvements"]] == [False, True]
    assert reply["drill"]["to_add"] == ["Tell me about a time you failed"]


def test_the_note_never_puts_a_flag_on_the_other_side():
    note = call("review", filled())["note"]
    green = {flag["text"] for flag in note["flags"]["green"]}
    red = {flag["text"] for flag in note["flags"]["red"]}
    assert not green & red
    assert "Pressure to accept" not in green and "They laughed together" not in red


def test_a_drill_saved_in_an_unreadable_shape_counts_as_empty():
    reply = call("review", filled(), {"practice-drill": {"format": "something-else"}})
    assert not any(item["in_drill"] for item in reply["note"]["improvements"])


def test_the_markdown_holds_the_reflection_and_the_note():
    text = call(
        "export-markdown", filled(), {"practice-drill": drill("Why did you leave so soon?")}
    )["text"]
    assert text.startswith("# My fit and reflection\n")
    for heading in (
        "## Flags I saw",
        "## How the team felt",
        "## Would I respect my manager?",
        "## Questions that caught me off guard",
        "## Decision note",
        "### The flags, weighed",
        "### Before I say yes",
        "### For the next round",
    ):
        assert f"\n{heading}\n" in text, heading
    assert "- They laughed together (my own)" in text
    assert "**To ask HR or the recruiter**\n\n- What is the bonus scheme?" in text
    assert (
        "**Why did you leave so soon?** (Clear): " in text
        and "Already in my practice drill." in text
    )
    assert text.index("Tell me about a time you failed** (I lost my way)") < text.index(
        "**Why did you leave so soon?**"
    )


def test_the_markdown_of_an_empty_reflection_says_so():
    text = call("export-markdown", empty_document(fit_reflection.SPEC))["text"]
    assert (
        "None noted yet." in text
        and "Nothing listed yet." in text
        and "No off-guard questions noted." in text
    )


def test_hostile_text_stays_text_in_the_markdown():
    document = filled(
        team=HOSTILE,
        own_flags=[{"id": "f-1", "text": HOSTILE, "tone": "red"}],
        off_guard=[{"id": "q-1", "question": HOSTILE, "clarity": "lost", "now": HOSTILE}],
        still_to_know=[{"id": "k-1", "text": HOSTILE + " salary", "ask": "manager"}],
    )
    text = call("export-markdown", document)["text"]
    assert "<img" not in text and text.count("&lt;img src=x onerror=alert(1)&gt;") >= 5


def test_hostile_text_reaches_the_page_as_plain_text_on_the_right_side():
    document = filled(own_flags=[{"id": "f-1", "text": HOSTILE, "tone": "red"}])
    note = call("review", document)["note"]
    assert {"text": HOSTILE, "url": "", "own": True} in note["flags"]["red"]
    assert all(flag["text"] != HOSTILE for flag in note["flags"]["green"])


def test_an_import_refuses_a_red_flag_ticked_as_green():
    document = filled(green_flags=["pressed-to-accept"])
    with pytest.raises(DocumentError, match=re.escape("“green flags i saw”")) as caught:
        parse_import(json.dumps(document), SPECS, CHOICES)
    assert "pressed-to-accept" in str(caught.value)


def test_an_import_refuses_an_unknown_tone_and_an_unknown_scale_value():
    with pytest.raises(DocumentError, match="Flag 1"):
        parse_import(
            json.dumps(filled(own_flags=[{"id": "f-1", "text": "x", "tone": "amber"}])),
            SPECS,
            CHOICES,
        )
    with pytest.raises(DocumentError, match="would i respect my manager"):
        parse_import(json.dumps(filled(manager="10")), SPECS, CHOICES)


def test_a_good_file_imports_whole_and_comes_back_the_same():
    document = filled()
    assert parse_import(json.dumps(document), SPECS, CHOICES) == {"fit-reflection": document}
