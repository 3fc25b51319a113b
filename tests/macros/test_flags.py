"""data/flags.yml, the green and red flags of the fit and reflection worksheet: the real file
loads and is split by tone, and each kind of mistake fails naming the file, entry and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.data import load_site_data
from macros.schema import DataError
from tests.macros.test_data import FLAGS, load_error, make_data

ROOT = Path(__file__).resolve().parents[2]
LABEL = "data/flags.yml"


def broken(tmp_path, old: str, new: str) -> DataError:
    assert old in FLAGS, old
    return load_error(tmp_path, flags=FLAGS.replace(old, new))


def test_the_real_flags_load_both_tones_each_with_a_guide_heading():
    data = load_site_data(ROOT / "data")
    tones = {flag.tone for flag in data.flags}
    assert tones == {"green", "red"} and len(data.flags) >= 12
    assert all(flag.link.startswith("guide/") and "#" in flag.link for flag in data.flags)
    assert all(
        flag.question and flag.ask in ("hr", "manager") for flag in data.flags if flag.tone == "red"
    )


def test_as_json_splits_the_flags_by_tone_into_two_choice_lists():
    plain = load_site_data(ROOT / "data").as_json("green_flags", "red_flags")
    assert {flag["tone"] for flag in plain["green_flags"]} == {"green"}
    assert {flag["tone"] for flag in plain["red_flags"]} == {"red"}
    assert set(plain["red_flags"][0]) == {"id", "name", "tone", "link", "question", "ask"}


def test_a_good_flags_file_loads(tmp_path):
    flags = load_site_data(make_data(tmp_path)).flags
    assert [(flag.id, flag.tone) for flag in flags] == [
        ("clear-next-steps", "green"),
        ("pressed-to-accept", "red"),
    ]
    assert flags[1].ask == "hr" and flags[0].question is None


def test_a_missing_name_names_file_entry_and_field(tmp_path):
    error = broken(tmp_path, "    name: The next steps were clear\n", "")
    assert str(error) == f"{LABEL}: flag 1 ('clear-next-steps'): field 'name': is missing"


def test_an_unknown_tone_lists_the_tones(tmp_path):
    error = broken(tmp_path, "tone: green", "tone: amber")
    assert (error.file, error.entry, error.field) == (LABEL, "flag 1 ('clear-next-steps')", "tone")
    assert error.problem == "'amber' is not one of: green, red"


def test_a_link_must_be_a_guide_page_and_heading(tmp_path):
    error = broken(tmp_path, "link: guide/on-the-day.md#green-flags", "link: guide/on-the-day.md")
    assert (error.entry, error.field) == ("flag 1 ('clear-next-steps')", "link")
    assert "is not a guide page and heading" in error.problem


def test_a_red_flag_needs_its_question(tmp_path):
    error = broken(tmp_path, "    question: Could I have a few days to reply?\n", "")
    assert (error.file, error.entry) == (LABEL, "flag 2 ('pressed-to-accept')")
    assert "a red flag needs 'question'" in error.problem


def test_a_red_flag_needs_someone_to_ask(tmp_path):
    error = broken(tmp_path, "    ask: hr\n", "")
    assert (
        error.entry == "flag 2 ('pressed-to-accept')" and "a red flag needs 'ask'" in error.problem
    )


def test_a_question_goes_to_hr_or_the_manager(tmp_path):
    error = broken(tmp_path, "ask: hr", "ask: ceo")
    assert (error.entry, error.field, error.problem) == (
        "flag 2 ('pressed-to-accept')",
        "ask",
        "'ceo' is not one of: hr, manager",
    )


def test_a_green_flag_has_no_question(tmp_path):
    error = broken(
        tmp_path,
        "    link: guide/on-the-day.md#green-flags\n",
        "    link: guide/on-the-day.md#green-flags\n    question: Why?\n",
    )
    assert (
        error.entry == "flag 1 ('clear-next-steps')"
        and error.problem == "'question' is only for a red flag"
    )


def test_an_unknown_key_names_the_allowed_ones(tmp_path):
    error = broken(tmp_path, "    tone: green\n", "    tone: green\n    colour: green\n")
    assert (error.field, error.problem) == (
        "colour",
        "unknown key (allowed: id, name, tone, link, question, ask)",
    )


def test_a_flag_id_used_twice_names_the_second(tmp_path):
    error = broken(tmp_path, "id: pressed-to-accept", "id: clear-next-steps")
    assert str(error) == f"{LABEL}: flag 2: field 'id': 'clear-next-steps' is used twice"


def test_a_missing_flags_file_is_named(tmp_path):
    folder = make_data(tmp_path)
    (folder / "flags.yml").unlink()
    with pytest.raises(DataError) as caught:
        load_site_data(folder)
    assert str(caught.value) == f"{LABEL}: whole file: field 'flags': the file is missing"
