"""Tests for worksheets.workbook: one JSON file for every worksheet, and reading imports that
are a workbook or a single worksheet's file (such as a STAR bank exported before workbooks)."""

import json

import pytest

from worksheets import workbook
from worksheets.document import DocumentError, saved, validate
from worksheets.registry import SPECS
from worksheets.spec import empty_document

CHOICES = {"competencies": {"teamwork", "conflict"}}
STORY = {
    "id": "s-3f2a",
    "title": "Rescued the café launch",
    "situation": "The launch was late.",
    "task": "I had to ship it.",
    "action": "I cut the scope.",
    "result": "Shipped 2 days early.",
    "competencies": ["teamwork"],
    "answers": "",
}
BANK = {"format": "second-round/star-bank", "version": 1, "stories": [STORY]}
PLAN = {
    "format": "second-round/interview-plan",
    "version": 1,
    "interview": {"when": "2026-12-01T10:00", "format": "panel", "place": "Head office"},
    "people": [
        {
            "id": "p-1",
            "name": "Dana Ortiz",
            "role": "Head of Data",
            "kind": "hiring-manager",
            "email": "",
            "met_before": True,
            "known": "",
            "wants": "",
            "questions": [
                {"id": "q-1", "text": "What does success look like?", "source": "", "must": True}
            ],
            "dismissed": [],
            "discussed": "",
            "unsaid": "",
        }
    ],
}


def normalised(document: dict) -> dict:
    spec = SPECS[document["format"].split("/")[1]]
    return validate(document, spec, None, saved(spec))


def test_a_workbook_round_trips_every_worksheet():
    documents = {"star-bank": normalised(BANK), "interview-plan": normalised(PLAN)}
    text = workbook.to_json(documents, SPECS)
    assert workbook.parse_import(text, SPECS, CHOICES) == documents


def test_the_workbook_is_pretty_readable_and_ends_with_a_newline():
    text = workbook.to_json({"star-bank": normalised(BANK)}, SPECS)
    assert text.endswith("}\n")
    assert '\n  "format": "second-round/workbook",\n' in text
    assert "Rescued the café launch" in text
    assert list(json.loads(text)["worksheets"]) == ["star-bank"]


def test_worksheets_come_in_the_site_order_whatever_the_input_order():
    documents = {"interview-plan": normalised(PLAN), "star-bank": normalised(BANK)}
    assert list(json.loads(workbook.to_json(documents, SPECS))["worksheets"]) == [
        "star-bank",
        "interview-plan",
    ]


def test_an_old_star_bank_file_still_imports():
    assert workbook.parse_import(json.dumps(BANK), SPECS, CHOICES) == {
        "star-bank": normalised(BANK)
    }


def test_an_empty_workbook_imports_nothing():
    text = json.dumps({"format": workbook.FORMAT, "version": 1, "worksheets": {}})
    assert workbook.parse_import(text, SPECS, CHOICES) == {}


def error_of(data: object) -> str:
    with pytest.raises(DocumentError) as raised:
        workbook.parse_import(json.dumps(data), SPECS, CHOICES)
    return str(raised.value)


def test_a_workbook_from_a_newer_site_is_refused():
    assert "newer version of Second Round" in error_of(
        {"format": workbook.FORMAT, "version": 2, "worksheets": {}}
    )


def test_a_workbook_without_worksheets_says_so():
    assert 'it has no "worksheets" field' in error_of({"format": workbook.FORMAT, "version": 1})


def test_an_unknown_worksheet_is_named():
    message = error_of({"format": workbook.FORMAT, "version": 1, "worksheets": {"diary": {}}})
    assert '"diary"' in message and "newer version" in message


def test_a_bad_worksheet_inside_a_workbook_is_named_with_its_title():
    bad = {**BANK, "stories": [{**STORY, "title": 5}]}
    message = error_of({"format": workbook.FORMAT, "version": 1, "worksheets": {"star-bank": bad}})
    assert message.startswith('In the STAR story bank: Story 1: "title" should be text')


def test_an_imported_choice_the_site_does_not_offer_is_refused():
    bad = json.loads(json.dumps(PLAN))
    bad["people"][0]["kind"] = "astronaut"
    assert '"astronaut"' in error_of(bad)


def test_a_deeply_nested_file_gets_a_message_not_a_crash():
    text = "[" * 100_000 + "]" * 100_000
    with pytest.raises(DocumentError, match="nested far too deeply"):
        workbook.parse_import(text, SPECS, CHOICES)


def test_the_summary_counts_each_worksheets_records():
    documents = {"star-bank": normalised(BANK), "interview-plan": normalised(PLAN)}
    assert workbook.summary(documents, SPECS) == "1 story and 1 person"
    assert workbook.summary({"star-bank": empty_document(SPECS["star-bank"])}, SPECS) == "0 stories"
    assert workbook.summary({}, SPECS) == "nothing"
