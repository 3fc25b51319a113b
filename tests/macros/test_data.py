"""The data files' schema: the real data loads, and each kind of mistake fails with a
message naming the file, the entry and the field."""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from macros.data import ASKED_OF, QuestionToAsk, UnknownChecklist, load_site_data
from macros.schema import DataError
from worksheets.interviewers import INTERVIEWER_KINDS

ROOT = Path(__file__).resolve().parents[2]

COMPETENCIES = """\
competencies:
  - id: teamwork
    name: Teamwork
    hint: Working well with others.
"""
QUESTIONS_TO_EXPECT = """\
questions:
  - id: team-conflict
    text: Tell me about a time your team disagreed.
    kind: behavioural
    competencies: [teamwork]
  - id: why-leaving
    text: Why do you want to leave?
    kind: recurring
    competencies: [teamwork]
"""
QUESTIONS_TO_ASK = """\
topics:
  - id: team
    name: The team
  - id: package
    name: Pay and terms
questions:
  - id: team-size
    text: How big is the team?
    topic: team
    interviewers: [hiring-manager, peer]
  - id: salary-range
    text: What is the salary range?
    topic: package
    interviewers: [hr]
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
FLAGS = """\
flags:
  - id: clear-next-steps
    name: The next steps were clear
    tone: green
    link: guide/on-the-day.md#green-flags
  - id: pressed-to-accept
    name: Pressure to accept at once
    tone: red
    link: guide/pay-and-offers.md#asking-for-time-to-decide
    question: Could I have a few days to reply?
    ask: hr
"""

# The 27 behavioural and situational questions the STAR story bank's coverage was built on.
STAR_QUESTION_IDS = {
    "led-through-change",
    "led-without-authority",
    "developed-colleague",
    "team-depended-on-you",
    "difficult-colleague",
    "disagreed-with-manager",
    "settled-dispute",
    "tight-deadline",
    "competing-priorities",
    "missed-goal",
    "owned-mistake",
    "hardest-problem",
    "incomplete-information",
    "improved-process",
    "beyond-the-role",
    "unhappy-customer",
    "feedback-changed-work",
    "won-over-skeptics",
    "explained-complex-topic",
    "plans-changed-suddenly",
    "first-90-days",
    "deadline-at-risk",
    "teammate-not-delivering",
    "customer-asks-too-much",
    "error-after-delivery",
    "unfamiliar-problem",
    "manager-unreachable",
}
TOPICS = [
    ("first-90-days", "Success in the first 90 days and the first year"),
    ("team", "The team and how it works"),
    ("challenges", "Current challenges"),
    ("strategy", "Strategy and direction"),
    ("growth", "Growth and development"),
    ("culture", "Culture"),
    ("why-open", "Why the role is open"),
    ("next-steps", "Next steps"),
    ("fit-concerns", "Any concerns about my fit"),
    ("package", "Pay, benefits and terms"),
]


def make_data(
    tmp_path: Path,
    checklist: str = CHECKLIST,
    competencies: str = COMPETENCIES,
    questions_to_expect: str = QUESTIONS_TO_EXPECT,
    questions_to_ask: str = QUESTIONS_TO_ASK,
    flags: str = FLAGS,
) -> Path:
    folder = tmp_path / "data"
    (folder / "checklists").mkdir(parents=True)
    (folder / "checklists" / "day-of.yml").write_text(textwrap.dedent(checklist))
    (folder / "competencies.yml").write_text(competencies)
    (folder / "questions-to-expect.yml").write_text(questions_to_expect)
    (folder / "questions-to-ask.yml").write_text(questions_to_ask)
    (folder / "flags.yml").write_text(flags)
    return folder


def load_error(tmp_path: Path, **files: str) -> DataError:
    with pytest.raises(DataError) as caught:
        load_site_data(make_data(tmp_path, **files))
    return caught.value


# -- the real data ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real():
    return load_site_data(ROOT / "data")


def test_the_real_data_files_are_valid(real):
    assert {"research", "day-before", "day-of", "after", "recovery"} <= set(real.checklists)
    assert all(checklist.items for checklist in real.checklists.values())
    assert real.competencies and real.questions_to_expect and real.questions_to_ask


def test_the_real_questions_to_expect_cover_every_kind_and_keep_the_star_ids(real):
    assert len(real.questions_to_expect) >= 40
    kinds = Counter(q.kind for q in real.questions_to_expect)
    assert set(kinds) == {"behavioural", "situational", "cv-probe", "recurring"}
    assert {q.id for q in real.questions_to_expect} >= STAR_QUESTION_IDS
    assert all(q.competencies for q in real.questions_to_expect)


def test_the_real_topics_are_the_ten_in_order(real):
    assert [(t.id, t.name) for t in real.topics] == TOPICS


def test_the_real_questions_to_ask_are_spread_over_topics_and_interviewers(real):
    assert len(real.questions_to_ask) >= 60
    per_topic = Counter(q.topic for q in real.questions_to_ask)
    per_kind = Counter(kind for q in real.questions_to_ask for kind in q.interviewers)
    assert all(per_topic[topic_id] >= 4 for topic_id, _ in TOPICS), per_topic
    assert set(per_kind) == set(ASKED_OF) and min(per_kind.values()) >= 12, per_kind
    assert all(q.interviewers == ("hr",) for q in real.questions_to_ask if q.topic == "package")


def test_the_real_bank_asks_why_the_role_is_open(real):
    why_open = [q for q in real.questions_to_ask if q.topic == "why-open"]
    assert any(
        "why is this role open" in q.text.lower() and "person" in q.text.lower() for q in why_open
    )


def test_interviewer_kinds_come_from_the_worksheets_package():
    assert tuple(kind for kind in INTERVIEWER_KINDS if kind != "other") == ASKED_OF


def test_as_json_gives_plain_dicts_of_each_collection(real):
    plain = real.as_json()
    assert set(plain) == {
        "checklists",
        "competencies",
        "questions_to_expect",
        "questions_to_ask",
        "topics",
        "green_flags",
        "red_flags",
    }
    assert plain["topics"][0] == {"id": "first-90-days", "name": TOPICS[0][1]}
    first = plain["questions_to_ask"][0]
    assert set(first) == {"id", "text", "topic", "interviewers"} and isinstance(
        first["interviewers"], list
    )
    assert set(plain["questions_to_expect"][0]) == {"id", "text", "kind", "competencies"}
    assert json.loads(json.dumps(plain)) == plain
    assert real.as_json("topics") == {"topics": plain["topics"]}
    with pytest.raises(KeyError, match="no collection named questions"):
        real.as_json("questions")


def test_loaded_records_are_frozen(real):
    with pytest.raises(ValueError):
        real.questions_to_ask[0].text = "Changed?"
    assert isinstance(real.questions_to_ask, tuple) and isinstance(
        real.questions_to_ask[0], QuestionToAsk
    )


# -- checklists -------------------------------------------------------------------------------


def test_a_good_checklist_loads_with_its_optional_fields(tmp_path):
    checklist = load_site_data(make_data(tmp_path)).checklists["day-of"]
    assert checklist.name == "day-of"
    assert checklist.title == "The day of"
    assert [item.id for item in checklist.items] == ["arrive-early", "breathe"]
    assert checklist.items[0].detail == "Ten minutes is enough."
    assert checklist.items[0].links[0].to == "guide/on-the-day.md#breathe"
    assert checklist.items[1].links == ()


def test_text_is_stripped(tmp_path):
    checklist = CHECKLIST.replace("text: Breathe.", "text: '  Breathe.  '")
    assert (
        load_site_data(make_data(tmp_path, checklist=checklist)).checklists["day-of"].items[1].text
        == "Breathe."
    )


def test_missing_text_names_file_entry_and_field(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("    text: Breathe.\n", ""))
    assert str(error) == "data/checklists/day-of.yml: item 2 ('breathe'): field 'text': is missing"
    assert (error.file, error.entry, error.field, error.problem) == (
        "data/checklists/day-of.yml",
        "item 2 ('breathe')",
        "text",
        "is missing",
    )


def test_empty_text_is_refused(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("text: Breathe.", "text: '  '"))
    assert (error.entry, error.field, error.problem) == ("item 2 ('breathe')", "text", "is empty")


def test_duplicate_id_names_the_second_entry(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("id: breathe", "id: arrive-early"))
    assert str(error) == (
        "data/checklists/day-of.yml: item 2: field 'id': 'arrive-early' is used twice"
    )


def test_unknown_key_names_the_key_and_the_allowed_ones(tmp_path):
    error = load_error(
        tmp_path, checklist=CHECKLIST.replace("text: Breathe.", "text: Breathe.\n    colour: red")
    )
    assert error.file == "data/checklists/day-of.yml"
    assert (error.entry, error.field) == ("item 2 ('breathe')", "colour")
    assert "unknown key (allowed: id, text, detail, links)" in str(error)


def test_unknown_key_in_a_nested_link_names_the_link_fields(tmp_path):
    error = load_error(
        tmp_path,
        checklist=CHECKLIST.replace("        to: guide", "        title: x\n        to: guide"),
    )
    assert (error.entry, error.field) == ("item 1 ('arrive-early')", "links[1].title")
    assert error.problem == "unknown key (allowed: label, to)"


def test_unknown_top_level_key(tmp_path):
    error = load_error(tmp_path, checklist="colour: red\n" + CHECKLIST)
    assert str(error) == (
        "data/checklists/day-of.yml: top level: field 'colour': "
        "unknown key (allowed: title, summary, items)"
    )


def test_wrong_type_says_what_was_expected_and_found(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("text: Breathe.", "text: [Breathe]"))
    assert str(error) == (
        "data/checklists/day-of.yml: item 2 ('breathe'): field 'text': expected text, got a list"
    )


def test_wrong_type_in_a_nested_link(tmp_path):
    error = load_error(
        tmp_path, checklist=CHECKLIST.replace("to: guide/on-the-day.md#breathe", "to: 3")
    )
    assert (error.entry, error.field) == ("item 1 ('arrive-early')", "links[1].to")
    assert "expected text, got a number" in error.problem


def test_an_entry_that_is_not_a_mapping(tmp_path):
    error = load_error(
        tmp_path, checklist=CHECKLIST.replace("  - id: breathe\n    text: Breathe.", "  - Breathe.")
    )
    assert (error.entry, error.field, error.problem) == (
        "item 2",
        "-",
        "expected a mapping, got text",
    )


def test_an_empty_file_is_refused(tmp_path):
    error = load_error(tmp_path, checklist="")
    assert (
        str(error)
        == "data/checklists/day-of.yml: top level: field '-': expected a mapping, got nothing"
    )


def test_an_empty_item_list_is_refused(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST[: CHECKLIST.index("items:")] + "items: []\n")
    assert (error.entry, error.field, error.problem) == ("top level", "items", "is empty")


def test_link_must_point_to_a_page(tmp_path):
    error = load_error(
        tmp_path, checklist=CHECKLIST.replace("guide/on-the-day.md#breathe", "https://example.com")
    )
    assert (error.field, error.problem) == (
        "links[1].to",
        "'https://example.com' is not a page (a path ending in .md)",
    )


def test_bad_id_is_refused(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("id: breathe", "id: Breathe Deeply"))
    assert (error.entry, error.field) == ("item 2 ('Breathe Deeply')", "id")
    assert (
        error.problem == "'Breathe Deeply' is not an id (use lowercase letters, digits and hyphens)"
    )


@pytest.mark.parametrize(
    "bad_id", ["breathe-", "-breathe", "breathe--deeply", "breathe_deeply", "Breathe"]
)
def test_ids_are_lowercase_words_joined_by_single_hyphens(tmp_path, bad_id):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("id: breathe", f"id: {bad_id}"))
    assert error.field == "id" and "is not an id" in error.problem


def test_missing_top_level_field(tmp_path):
    error = load_error(
        tmp_path,
        checklist=CHECKLIST.replace("summary: Use it on the morning of the interview.\n", ""),
    )
    assert str(error) == "data/checklists/day-of.yml: top level: field 'summary': is missing"


def test_yaml_syntax_error_names_the_line(tmp_path):
    error = load_error(tmp_path, checklist=CHECKLIST.replace("  - id: breathe", "  - id: [breathe"))
    assert error.file == "data/checklists/day-of.yml"
    assert error.entry.startswith("line ")
    assert "is not valid YAML" in error.problem


def test_a_key_written_twice_is_refused(tmp_path):
    error = load_error(
        tmp_path, checklist=CHECKLIST.replace("text: Breathe.", "text: Breathe.\n    text: Again.")
    )
    assert error.file == "data/checklists/day-of.yml" and error.entry.startswith("line ")
    assert "key 'text' appears twice" in error.problem


def test_missing_competencies_file(tmp_path):
    folder = make_data(tmp_path)
    (folder / "competencies.yml").unlink()
    with pytest.raises(
        DataError,
        match="data/competencies.yml: whole file: field 'competencies': the file is missing",
    ):
        load_site_data(folder)


def test_unknown_checklist_name_names_the_page_and_the_known_ones(tmp_path):
    data = load_site_data(make_data(tmp_path))
    with pytest.raises(UnknownChecklist) as caught:
        data.checklist("day-after", "guide/after.md")
    assert (
        str(caught.value)
        == "guide/after.md: unknown checklist 'day-after' (data/checklists/ has: day-of)"
    )


# -- questions to expect ---------------------------------------------------------------------


def test_good_questions_to_expect_load(tmp_path):
    data = load_site_data(make_data(tmp_path))
    assert [(q.id, q.kind, q.competencies) for q in data.questions_to_expect] == [
        ("team-conflict", "behavioural", ("teamwork",)),
        ("why-leaving", "recurring", ("teamwork",)),
    ]


def test_question_with_unknown_competency(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_expect=QUESTIONS_TO_EXPECT.replace("[teamwork]", "[teamwork, juggling]", 1),
    )
    assert str(error) == (
        "data/questions-to-expect.yml: question 1 ('team-conflict'): field 'competencies[2]': "
        "'juggling' is not in data/competencies.yml"
    )


def test_question_kind_must_be_known(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_expect=QUESTIONS_TO_EXPECT.replace("kind: behavioural", "kind: tricky"),
    )
    assert (error.entry, error.field) == ("question 1 ('team-conflict')", "kind")
    assert error.problem == "'tricky' is not one of: behavioural, situational, cv-probe, recurring"


def test_question_needs_a_competency(tmp_path):
    error = load_error(
        tmp_path, questions_to_expect=QUESTIONS_TO_EXPECT.replace("[teamwork]", "[]", 1)
    )
    assert (error.entry, error.field, error.problem) == (
        "question 1 ('team-conflict')",
        "competencies",
        "is empty",
    )


def test_question_lists_a_competency_once(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_expect=QUESTIONS_TO_EXPECT.replace("[teamwork]", "[teamwork, teamwork]", 1),
    )
    assert (error.field, error.problem) == ("competencies", "'teamwork' is listed twice")


def test_question_to_expect_with_wrong_type(tmp_path):
    error = load_error(
        tmp_path, questions_to_expect=QUESTIONS_TO_EXPECT.replace("[teamwork]", "teamwork", 1)
    )
    assert str(error) == (
        "data/questions-to-expect.yml: question 1 ('team-conflict'): field 'competencies': "
        "expected a list, got text"
    )


def test_duplicate_question_to_expect_id(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_expect=QUESTIONS_TO_EXPECT.replace("id: why-leaving", "id: team-conflict"),
    )
    assert (
        str(error)
        == "data/questions-to-expect.yml: question 2: field 'id': 'team-conflict' is used twice"
    )


def test_missing_questions_to_expect_file(tmp_path):
    folder = make_data(tmp_path)
    (folder / "questions-to-expect.yml").unlink()
    with pytest.raises(
        DataError,
        match="data/questions-to-expect.yml: whole file: field 'questions': the file is missing",
    ):
        load_site_data(folder)


# -- questions to ask ------------------------------------------------------------------------


def test_good_questions_to_ask_load(tmp_path):
    data = load_site_data(make_data(tmp_path))
    assert [(t.id, t.name) for t in data.topics] == [
        ("team", "The team"),
        ("package", "Pay and terms"),
    ]
    assert [(q.id, q.topic, q.interviewers) for q in data.questions_to_ask] == [
        ("team-size", "team", ("hiring-manager", "peer")),
        ("salary-range", "package", ("hr",)),
    ]


def test_unknown_interviewer_kind(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_ask=QUESTIONS_TO_ASK.replace(
            "[hiring-manager, peer]", "[hiring-manager, ceo]"
        ),
    )
    assert str(error) == (
        "data/questions-to-ask.yml: question 1 ('team-size'): field 'interviewers[2]': "
        "'ceo' is not one of: hiring-manager, hr, executive, peer"
    )


def test_other_is_not_a_kind_a_question_is_tagged_with(tmp_path):
    error = load_error(
        tmp_path, questions_to_ask=QUESTIONS_TO_ASK.replace("[hiring-manager, peer]", "[other]")
    )
    assert (error.field, error.problem) == (
        "interviewers[1]",
        "'other' is not one of: hiring-manager, hr, executive, peer",
    )


def test_unknown_topic(tmp_path):
    error = load_error(
        tmp_path, questions_to_ask=QUESTIONS_TO_ASK.replace("topic: team", "topic: weather")
    )
    assert str(error) == (
        "data/questions-to-ask.yml: question 1 ('team-size'): field 'topic': "
        "'weather' is not in the topics this file lists"
    )


def test_a_package_question_is_for_hr_only(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_ask=QUESTIONS_TO_ASK.replace("interviewers: [hr]", "interviewers: [hr, peer]"),
    )
    assert (error.file, error.entry, error.field) == (
        "data/questions-to-ask.yml",
        "question 2 ('salary-range')",
        "interviewers",
    )
    assert (
        error.problem == "a question in topic 'package' is for HR only: tag it [hr] alone, not peer"
    )


def test_a_question_needs_an_interviewer(tmp_path):
    error = load_error(
        tmp_path, questions_to_ask=QUESTIONS_TO_ASK.replace("[hiring-manager, peer]", "[]")
    )
    assert (error.entry, error.field, error.problem) == (
        "question 1 ('team-size')",
        "interviewers",
        "is empty",
    )


def test_unknown_key_in_a_question_to_ask(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_ask=QUESTIONS_TO_ASK.replace("topic: team\n", "topic: team\n    kind: hr\n"),
    )
    assert str(error) == (
        "data/questions-to-ask.yml: question 1 ('team-size'): field 'kind': "
        "unknown key (allowed: id, text, topic, interviewers)"
    )


def test_missing_field_in_a_topic(tmp_path):
    error = load_error(
        tmp_path, questions_to_ask=QUESTIONS_TO_ASK.replace("    name: The team\n", "")
    )
    assert str(error) == "data/questions-to-ask.yml: topic 1 ('team'): field 'name': is missing"


def test_bad_topic_id(tmp_path):
    error = load_error(
        tmp_path, questions_to_ask=QUESTIONS_TO_ASK.replace("  - id: team\n", "  - id: The Team\n")
    )
    assert (error.entry, error.field) == ("topic 1 ('The Team')", "id")
    assert "is not an id" in error.problem


def test_wrong_type_in_a_question_to_ask(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_ask=QUESTIONS_TO_ASK.replace("text: How big is the team?", "text: 42"),
    )
    assert str(error) == (
        "data/questions-to-ask.yml: question 1 ('team-size'): field 'text': "
        "expected text, got a number"
    )


def test_duplicate_question_to_ask_id(tmp_path):
    error = load_error(
        tmp_path, questions_to_ask=QUESTIONS_TO_ASK.replace("id: salary-range", "id: team-size")
    )
    assert (
        str(error) == "data/questions-to-ask.yml: question 2: field 'id': 'team-size' is used twice"
    )


def test_duplicate_topic_id(tmp_path):
    topics = "    name: Pay and terms\n"
    error = load_error(
        tmp_path,
        questions_to_ask=QUESTIONS_TO_ASK.replace(
            topics, topics + "  - id: team\n    name: The team again\n"
        ),
    )
    assert str(error) == "data/questions-to-ask.yml: topic 3: field 'id': 'team' is used twice"


def test_yaml_syntax_error_in_questions_to_ask(tmp_path):
    error = load_error(
        tmp_path, questions_to_ask=QUESTIONS_TO_ASK.replace("topic: team", "topic: [team")
    )
    assert error.file == "data/questions-to-ask.yml"
    assert error.entry.startswith("line ") and "is not valid YAML" in error.problem


def test_key_written_twice_in_questions_to_ask(tmp_path):
    error = load_error(
        tmp_path,
        questions_to_ask=QUESTIONS_TO_ASK.replace(
            "topic: team\n", "topic: team\n    topic: team\n"
        ),
    )
    assert (
        error.file == "data/questions-to-ask.yml" and "key 'topic' appears twice" in error.problem
    )


def test_missing_questions_to_ask_file(tmp_path):
    folder = make_data(tmp_path)
    (folder / "questions-to-ask.yml").unlink()
    with pytest.raises(
        DataError,
        match="data/questions-to-ask.yml: whole file: field 'questions': the file is missing",
    ):
        load_site_data(folder)
