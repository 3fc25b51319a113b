"""The data files' schema: the real data loads, and each kind of mistake fails with a
message naming the file, the entry and the field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from macros.data import UnknownChecklist, load_site_data
from macros.schema import DataError

ROOT = Path(__file__).resolve().parents[2]

COMPETENCIES = """\
competencies:
  - id: teamwork
    name: Teamwork
    hint: Working well with others.
"""
QUESTIONS = """\
questions:
  - id: team-conflict
    text: Tell me about a time your team disagreed.
    kind: behavioural
    competencies: [teamwork]
"""
CHECKLIST = """\
title: The day of
summary: Use it on the morning of the interview.
items:
  - id: arrive-early
    text: Arrive early.
    detail: Ten minutes is enough.
    links:
      - label: On the day
        to: guide/on-the-day.md#breathe
  - id: breathe
    text: Breathe.
"""


def make_data(tmp_path: Path, checklist: str = CHECKLIST, competencies: str = COMPETENCIES,
              questions: str = QUESTIONS) -> Path:
    folder = tmp_path / "data"
    (folder / "checklists").mkdir(parents=True)
    (folder / "checklists" / "day-of.yml").write_text(textwrap.dedent(checklist))
    (folder / "competencies.yml").write_text(competencies)
    (folder / "questions.yml").write_text(questions)
    return folder


def load_error(tmp_path: Path, **files: str) -> DataError:
    with pytest.raises(DataError) as caught:
        load_site_data(make_data(tmp_path, **files))
    return caught.value


def test_the_real_data_files_are_valid():
    data = load_site_data(ROOT / "data")
    assert {"research", "day-before", "day-of", "after", "recovery"} <= set(data.checklists)
    assert all(checklist.items for checklist in data.checklists.values())
    assert data.questions and data.competencies


def test_a_good_checklist_loads_with_its_optional_fields(tmp_path):
    checklist = load_site_data(make_data(tmp_path)).checklists["day-of"]
    assert checklist.title == "The day of"
    assert [item.id for item in checklist.items] == ["arrive-early", "breathe"]
    assert checklist.items[0].detail == "Ten minutes is enough."
    assert checklist.items[0].links[0].to == "guide/on-the-day.md#breathe"
    assert checklist.items[1].links == ()


def test_missing_text_names_file_entry_and_field(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("    text: Breathe.\n", ""))
    assert str(error) == "data/checklists/day-of.yml: item 2 ('breathe'): field 'text': is missing"


def test_empty_text_is_refused(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("text: Breathe.", "text: '  '"))
    assert (error.entry, error.field, error.problem) == ("item 2 ('breathe')", "text", "is empty")


def test_duplicate_id_names_the_second_entry(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("id: breathe", "id: arrive-early"))
    assert str(error) == ("data/checklists/day-of.yml: item 2: field 'id': "
                          "'arrive-early' is used twice")


def test_unknown_key_names_the_key_and_the_allowed_ones(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("text: Breathe.", "text: Breathe.\n    colour: red"))
    assert error.file == "data/checklists/day-of.yml"
    assert (error.entry, error.field) == ("item 2 ('breathe')", "colour")
    assert "unknown key (allowed: id, text, detail, links)" in str(error)


def test_wrong_type_says_what_was_expected_and_found(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("text: Breathe.", "text: [Breathe]"))
    assert str(error) == ("data/checklists/day-of.yml: item 2 ('breathe'): field 'text': "
                          "expected text, got a list")


def test_wrong_type_in_a_nested_link(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("to: guide/on-the-day.md#breathe", "to: 3"))
    assert (error.entry, error.field) == ("item 1 ('arrive-early')", "links[1].to")
    assert "expected text, got a number" in error.problem


def test_link_must_point_to_a_page(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("guide/on-the-day.md#breathe", "https://example.com"))
    assert (error.field, error.problem) == ("links[1].to", "'https://example.com' is not a page (a path ending in .md)")


def test_bad_id_is_refused(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("id: breathe", "id: Breathe Deeply"))
    assert error.field == "id" and "is not an id" in error.problem


def test_missing_top_level_field(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("summary: Use it on the morning of the interview.\n", ""))
    assert str(error) == "data/checklists/day-of.yml: top level: field 'summary': is missing"


def test_yaml_syntax_error_names_the_line(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("  - id: breathe", "  - id: [breathe"))
    assert error.file == "data/checklists/day-of.yml"
    assert error.entry.startswith("line ")
    assert "is not valid YAML" in error.problem


def test_a_key_written_twice_is_refused(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("text: Breathe.", "text: Breathe.\n    text: Again."))
    assert "key 'text' appears twice" in error.problem


def test_question_with_unknown_competency(tmp_path):
    error = load_error(tmp_path, questions=QUESTIONS.replace("[teamwork]", "[teamwork, juggling]"))
    assert str(error) == ("data/questions.yml: question 1 ('team-conflict'): field 'competencies[2]': "
                          "'juggling' is not in data/competencies.yml")


def test_question_kind_must_be_known(tmp_path):
    error = load_error(tmp_path, questions=QUESTIONS.replace("kind: behavioural", "kind: tricky"))
    assert error.field == "kind" and "not one of: behavioural, situational" in error.problem


def test_missing_competencies_file(tmp_path):
    folder = make_data(tmp_path)
    (folder / "competencies.yml").unlink()
    with pytest.raises(DataError, match="data/competencies.yml: whole file: field 'competencies': the file is missing"):
        load_site_data(folder)


def test_unknown_checklist_name_names_the_page_and_the_known_ones(tmp_path):
    data = load_site_data(make_data(tmp_path))
    with pytest.raises(UnknownChecklist) as caught:
        data.checklist("day-after", "guide/after.md")
    assert str(caught.value) == "guide/after.md: unknown checklist 'day-after' (data/checklists/ has: day-of)"
