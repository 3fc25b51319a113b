"""Tests for worksheets.document: reading, checking and normalising a worksheet's document,
through the STAR story bank's spec (the plan's nested records are tested in test_plan_spec)."""

import json

import pytest

from worksheets import workbook
from worksheets.document import DocumentError as BankError
from worksheets.document import saved, validate
from worksheets.registry import SPECS
from worksheets.spec import MAX_FIELD_CHARS, blank_record, empty_document
from worksheets.star_bank import SPEC, STORY

KNOWN = {"teamwork", "conflict", "influence"}


def full_story(**fields) -> dict:
    story = {
        "id": "s-3f2a",
        "title": "Rescued the launch",
        "situation": "The launch was late.",
        "task": "I had to ship it.",
        "action": "I cut the scope.",
        "result": "Shipped 2 days early.",
        "competencies": ["teamwork", "conflict"],
        "answers": "Biggest achievement",
    }
    story.update(fields)
    return story


STORY_KEYS = ["id", "title", "situation", "task", "action", "result", "competencies", "answers"]


def parse_bank(text: str, known: set[str]) -> dict:
    return workbook.parse_import(text, SPECS, {"competencies": known})["star-bank"]


def validate_bank(data: object, known: set[str] | None = None) -> dict:
    return validate(data, SPEC, None if known is None else {"competencies": known}, saved(SPEC))


def document(*stories, **top) -> dict:
    doc = {"format": SPEC.format, "version": SPEC.version, "stories": list(stories)}
    doc.update(top)
    return doc


def parse(doc: object, known: set[str] = KNOWN) -> dict:
    return parse_bank(json.dumps(doc), known)


def error_of(doc: object, known: set[str] = KNOWN) -> str:
    return import_error(json.dumps(doc), known)


def import_error(text: str, known: set[str] = KNOWN) -> str:
    with pytest.raises(BankError) as raised:
        parse_bank(text, known)
    return str(raised.value)


# Constants and the empty bank


def test_format_version_and_limits():
    assert SPEC.format == "second-round/star-bank"
    assert SPEC.version == 1
    assert STORY.max_records == 200
    assert MAX_FIELD_CHARS == 20_000


def test_empty_bank_is_a_valid_bank_with_no_stories():
    assert empty_document(SPEC) == {"format": SPEC.format, "version": 1, "stories": []}
    assert parse(empty_document(SPEC)) == empty_document(SPEC)


def test_a_blank_story_with_an_id_is_a_valid_story():
    story = {**blank_record(STORY), "id": "s-new"}
    assert list(story) == STORY_KEYS
    assert parse({**empty_document(SPEC), "stories": [story]})["stories"] == [story]


def test_empty_bank_returns_a_fresh_object_each_time():
    first = empty_document(SPEC)
    first["stories"].append({})
    assert empty_document(SPEC)["stories"] == []


# Reading good banks


def test_a_complete_story_comes_back_unchanged():
    result = parse(document(full_story()))
    assert result == document(full_story())


def test_story_keys_come_back_in_a_fixed_order():
    shuffled = dict(reversed(list(full_story().items())))
    result = parse(document(shuffled))
    assert list(result["stories"][0]) == STORY_KEYS


def test_missing_optional_fields_default_to_empty():
    result = parse(document({"id": "a"}))
    assert result["stories"][0] == {
        "id": "a",
        "title": "",
        "situation": "",
        "task": "",
        "action": "",
        "result": "",
        "competencies": [],
        "answers": "",
    }


def test_extra_top_level_fields_are_dropped():
    result = parse(document(exported_at="2025-01-01"))
    assert result == empty_document(SPEC)


def test_repeated_competencies_are_kept_once_in_order():
    result = parse(document(full_story(competencies=["conflict", "teamwork", "conflict"])))
    assert result["stories"][0]["competencies"] == ["conflict", "teamwork"]


def test_a_byte_order_mark_at_the_start_is_accepted():
    assert parse_bank("\ufeff" + json.dumps(empty_document(SPEC)), KNOWN) == empty_document(SPEC)


def test_exactly_the_limits_are_accepted():
    long_text = "x" * MAX_FIELD_CHARS
    stories = [{"id": f"id-{n}"} for n in range(STORY.max_records - 1)]
    result = parse(document(*stories, {"action": long_text}))
    assert len(result["stories"]) == STORY.max_records
    assert result["stories"][-1]["action"] == long_text


# Generated ids


def test_missing_ids_are_generated_from_position():
    result = parse(document({"title": "A"}, {"id": "keep"}, {"title": "C"}))
    assert [story["id"] for story in result["stories"]] == ["s-1", "keep", "s-3"]


def test_blank_ids_count_as_missing():
    result = parse(document({"id": "  "}, {"id": ""}))
    assert [story["id"] for story in result["stories"]] == ["s-1", "s-2"]


def test_generated_ids_avoid_ids_already_in_use():
    result = parse(document({"title": "first"}, {"id": "s-1"}, {"id": "s-1-2"}))
    assert [story["id"] for story in result["stories"]] == ["s-1-3", "s-1", "s-1-2"]


def test_generated_ids_are_the_same_every_time():
    doc = document({"title": "A"}, {"title": "B"})
    assert parse(doc) == parse(doc)


# Errors in the document as a whole


def test_invalid_json_gives_line_and_column():
    message = import_error('{\n  "format": "x",\n  oops\n}')
    assert message.startswith("This file is not valid JSON:")
    assert "line 3, column 3" in message
    assert "Choose a .json file exported from Second Round" in message


def test_invalid_json_message_has_no_dangling_at():
    message = import_error('{"a": "x\ny"}')
    assert "Invalid control character at line 1" in message


@pytest.mark.parametrize("text", ["", "  \n"])
def test_an_empty_file_is_reported_as_empty(text):
    message = import_error(text)
    assert message.startswith("This file is empty.")


@pytest.mark.parametrize(
    ("value", "kind"), [([], "a list"), ("hi", "text"), (3, "a number"), (None, "null")]
)
def test_top_level_must_be_an_object(value, kind):
    message = error_of(value)
    assert f"it should hold one JSON object, {{…}}, but it holds {kind}." in message


def test_missing_format_is_reported():
    doc = document()
    del doc["format"]
    assert 'it has no "format" field' in error_of(doc)


def test_wrong_format_quotes_it():
    message = error_of(document(format="someone-else/notes"))
    assert 'not a Second Round workbook: its "format" is "someone-else/notes"' in message


def test_missing_version_is_reported():
    doc = document()
    del doc["version"]
    assert 'has no "version" field' in error_of(doc)


@pytest.mark.parametrize("version", ["1", 1.5, True, None])
def test_version_must_be_a_whole_number(version):
    message = error_of(document(version=version))
    assert f'has a "version" of {json.dumps(version)}, but it should be a whole number' in message


def test_newer_version_says_the_file_is_from_a_newer_site():
    message = error_of(document(version=2))
    assert message.startswith(
        "This file was made by a newer version of Second Round (format version 2); "
        "this page reads version 1."
    )
    assert "Reload the page" in message


@pytest.mark.parametrize("version", [0, -1])
def test_version_below_one_does_not_exist(version):
    assert f"format version {version}, which does not exist" in error_of(document(version=version))


def test_missing_stories_is_reported():
    doc = document()
    del doc["stories"]
    assert error_of(doc).startswith('This file has no list of stories: it has no "stories" field.')


def test_stories_must_be_a_list():
    message = error_of(document(stories={"a": 1}))
    assert 'its "stories" field is an object' in message


def test_too_many_stories_is_reported_with_the_limit():
    stories = [{"id": f"id-{n}"} for n in range(STORY.max_records + 1)]
    message = error_of(document(*stories))
    assert "This file has 201 stories; the limit is 200." in message


# Errors in one story


def test_a_story_that_is_not_an_object_is_named_by_position():
    message = error_of(document(full_story(id="a"), full_story(id="b"), "just text"))
    assert message.startswith("Story 3 is not a story:")
    assert "but this is text" in message


def test_a_field_of_the_wrong_type_names_the_story_and_field():
    message = error_of(document(full_story(situation=42)))
    assert message == (
        'Story 1 (“Rescued the launch”): "situation" should be text, but it is a number.'
    )


def test_a_story_without_a_usable_title_is_named_by_position_only():
    message = error_of(document({"title": 7}))
    assert message == 'Story 1: "title" should be text, but it is a number.'


def test_a_long_title_is_shortened_in_messages():
    message = error_of(document(full_story(title="A" * 100, task=None)))
    assert "A" * 39 + "…" in message
    assert "A" * 41 not in message


def test_null_fields_are_wrong_types_not_missing_ones():
    message = error_of(document(full_story(answers=None)))
    assert '"answers" should be text, but it is null' in message


def test_text_over_the_limit_names_the_field_and_both_lengths():
    message = error_of(document(full_story(action="x" * (MAX_FIELD_CHARS + 1))))
    assert 'the "action" text is 20,001 characters long; the limit is 20,000.' in message


def test_competencies_must_be_a_list():
    message = error_of(document(full_story(competencies="teamwork")))
    assert '"competencies" should be a list of ids' in message
    assert "but it is text" in message


def test_each_competency_must_be_text():
    message = error_of(document(full_story(competencies=["teamwork", 5])))
    assert "entry 2 is a number" in message


def test_unknown_competency_ids_are_named():
    message = error_of(document(full_story(competencies=["teamwork", "leadershp", "x"])))
    assert (
        'has values for “competencies it shows” this page does not know: "leadershp", "x".'
        in message
    )
    assert "The known ids are: conflict, influence, teamwork." in message


def test_a_single_unknown_competency_is_named_in_the_singular():
    message = error_of(document(full_story(competencies=["leadershp"])))
    assert (
        'has a value for “competencies it shows” this page does not know: "leadershp".' in message
    )


def test_unknown_keys_in_a_story_are_named():
    message = error_of(document(full_story(notes="x", colour="red")))
    assert 'has fields this page does not know: "notes", "colour".' in message
    assert "A story can only have id, title, situation" in message


def test_duplicate_story_ids_name_both_positions():
    message = error_of(document(full_story(id="a"), full_story(id="b"), full_story(id="a")))
    assert message.startswith('Stories 1 and 3 both have the id "a".')


# Saved banks


def test_validate_bank_normalises_a_saved_bank():
    saved = document({"id": "a", "title": "T"})
    assert validate_bank(saved)["stories"][0]["situation"] == ""


def test_validate_bank_accepts_competencies_the_site_no_longer_lists():
    saved = document(full_story(competencies=["renamed-away"]))
    assert validate_bank(saved)["stories"][0]["competencies"] == ["renamed-away"]


def test_validate_bank_checks_competencies_when_given_ids():
    saved = document(full_story(competencies=["renamed-away"]))
    with pytest.raises(BankError, match="renamed-away"):
        validate_bank(saved, KNOWN)


def test_validate_bank_messages_speak_of_the_saved_bank_not_a_file():
    with pytest.raises(BankError) as raised:
        validate_bank(document(version=9))
    message = str(raised.value)
    assert message.startswith("The saved story bank was made by a newer version")
    assert "file" not in message


def test_validate_bank_does_not_change_its_input():
    saved = document({"title": "T"})
    validate_bank(saved)
    assert saved["stories"][0] == {"title": "T"}


def test_a_saved_bank_may_go_over_the_limits_so_feedback_and_export_still_work():
    long_story = full_story(action="x" * (MAX_FIELD_CHARS + 1))
    many = [full_story(id=f"s-{n}") for n in range(STORY.max_records + 1)]
    assert validate_bank(document(long_story))["stories"][0]["action"] == long_story["action"]
    assert len(validate_bank(document(*many))["stories"]) == STORY.max_records + 1


def test_only_a_worksheets_main_list_must_be_in_its_file():
    """A worksheet with several lists (the debrief's questions, concerns, people…) reads a
    file that leaves the later ones out, but not one without its main list, nor a list that
    is not a list."""
    debrief = SPECS["first-round-debrief"]
    envelope = {"format": debrief.format, "version": 1}
    document = validate({**envelope, "answers": []}, debrief, {}, saved(debrief))
    assert document["people"] == [] and document["concerns"] == []
    with pytest.raises(BankError, match='has no list of questions: it has no "answers" field'):
        validate({**envelope, "people": []}, debrief, {}, saved(debrief))
    with pytest.raises(BankError, match='has no list of people: its "people" field is a number'):
        validate({**envelope, "answers": [], "people": 5}, debrief, {}, saved(debrief))
