"""Tests for worksheets.plan_questions: which bank questions are suggested to whom."""

import copy

from worksheets.plan_questions import suggest

TOPIC_IDS = (
    "first-90-days",
    "team",
    "challenges",
    "strategy",
    "growth",
    "culture",
    "why-open",
    "next-steps",
    "fit-concerns",
    "package",
)
TOPICS = [{"id": topic, "name": topic.replace("-", " ").capitalize()} for topic in TOPIC_IDS]
ALL_KINDS = ["hiring-manager", "hr", "executive", "peer"]

# Each topic but package has four questions; "<topic>-<n>" is tagged with TAGS[n].
TAGS = (ALL_KINDS, ["hiring-manager", "executive"], ["hiring-manager", "peer"], ["hr", "peer"])


def question(question_id: str, topic: str, kinds: list[str]) -> dict:
    text = f"Question {question_id}?"
    return {"id": question_id, "text": text, "topic": topic, "interviewers": kinds}


BANK = [
    question(f"{topic}-{n}", topic, kinds)
    for topic in TOPIC_IDS
    if topic != "package"
    for n, kinds in enumerate(TAGS)
] + [question(f"package-{n}", "package", ["hr"]) for n in range(3)]


def person(person_id: str, kind: str, **fields) -> dict:
    base = {
        "id": person_id,
        "name": "",
        "role": "",
        "kind": kind,
        "email": "",
        "met_before": False,
        "known": "",
        "wants": "",
        "questions": [],
        "dismissed": [],
        "discussed": "",
        "unsaid": "",
    }
    base.update(fields)
    return base


def plan_of(*people: dict, interview_format: str = "one-on-one") -> dict:
    return {
        "format": "second-round/interview-plan",
        "version": 1,
        "interview": {"when": "2026-12-01T10:00", "format": interview_format, "place": ""},
        "people": list(people),
    }


def kept(source: str) -> dict:
    return {"id": "q-1", "text": "Kept question", "source": source, "must": False}


def topic_of(question_id: str) -> str:
    return question_id.rsplit("-", 1)[0]


TAGS_BY_ID = {item["id"]: item["interviewers"] for item in BANK}


# No repeats across the day


def test_no_bank_question_is_suggested_to_two_people_on_a_panel():
    plan = plan_of(
        person("p-1", "hiring-manager"),
        person("p-2", "hiring-manager"),
        person("p-3", "peer"),
        interview_format="panel",
    )
    suggestions = suggest(plan, BANK, TOPICS)
    every = [item for ids in suggestions.values() for item in ids]
    assert len(every) == 27
    assert len(set(every)) == len(every)


def test_every_person_gets_an_entry_even_with_nothing_left_to_suggest():
    everything = [item["id"] for item in BANK]
    plan = plan_of(person("p-1", "peer", dismissed=everything), person("p-2", "peer"))
    suggestions = suggest(plan, BANK, TOPICS)
    assert list(suggestions) == ["p-1", "p-2"]
    assert suggestions["p-1"] == []


def test_per_person_caps_the_suggestions():
    plan = plan_of(person("p-1", "hiring-manager"), person("p-2", "hr"))
    assert [len(ids) for ids in suggest(plan, BANK, TOPICS, per_person=3).values()] == [3, 3]


# What each person may be offered


def test_a_person_of_known_kind_gets_only_questions_tagged_for_that_kind():
    plan = plan_of(person("p-1", "peer"))
    suggested = suggest(plan, BANK, TOPICS, per_person=50)["p-1"]
    assert suggested
    assert all("peer" in TAGS_BY_ID[item] for item in suggested)


def test_a_known_kind_gets_the_most_targeted_question_of_a_topic_first():
    plan = plan_of(person("p-1", "hiring-manager"))
    # first-90-days-1 is tagged for two kinds, first-90-days-0 for all four.
    assert suggest(plan, BANK, TOPICS)["p-1"][0] == "first-90-days-1"


def test_other_or_no_kind_gets_the_most_widely_suited_question_first():
    for kind in ("other", ""):
        plan = plan_of(person("p-1", kind))
        assert suggest(plan, BANK, TOPICS)["p-1"][0] == "first-90-days-0", kind


def test_other_or_no_kind_may_get_a_question_suited_to_any_kind():
    plan = plan_of(person("p-1", "other"))
    suggested = suggest(plan, BANK, TOPICS, per_person=50)["p-1"]
    assert {"first-90-days-1", "first-90-days-2", "first-90-days-3"} <= set(suggested)


def test_package_questions_go_to_hr_only_even_when_tagged_for_others():
    bank = [
        dict(item, interviewers=ALL_KINDS) if item["topic"] == "package" else item for item in BANK
    ]
    people = [person(f"p-{kind or 'none'}", kind) for kind in [*ALL_KINDS, "other", ""]]
    suggestions = suggest(plan_of(*people, interview_format="series"), bank, TOPICS, per_person=50)
    for person_id, ids in suggestions.items():
        has_package = any(topic_of(item) == "package" for item in ids)
        assert has_package == (person_id == "p-hr"), person_id


def test_dismissed_questions_are_not_suggested_to_that_person():
    plan = plan_of(person("p-1", "hiring-manager", dismissed=["first-90-days-1", "team-1"]))
    suggested = suggest(plan, BANK, TOPICS, per_person=50)["p-1"]
    assert "first-90-days-1" not in suggested
    assert "team-1" not in suggested
    assert suggested[0] == "first-90-days-2"


def test_a_question_kept_by_anyone_is_suggested_to_no_one():
    plan = plan_of(
        person("p-1", "hiring-manager", questions=[kept("team-0"), kept("")]),
        person("p-2", "hiring-manager"),
    )
    suggestions = suggest(plan, BANK, TOPICS, per_person=50)
    assert all("team-0" not in ids for ids in suggestions.values())


# Spread and fairness


def test_suggestions_go_round_the_topics_before_repeating_one():
    plan = plan_of(person("p-1", "peer"))
    suggested = suggest(plan, BANK, TOPICS)["p-1"]
    assert len({topic_of(item) for item in suggested}) == 9


def test_turns_snake_so_the_first_person_does_not_take_all_the_best():
    bank = [question(f"team-{n}", "team", ["peer"]) for n in range(6)]
    plan = plan_of(person("p-1", "peer"), person("p-2", "peer"), person("p-3", "peer"))
    assert suggest(plan, bank, TOPICS, per_person=2) == {
        "p-1": ["team-0", "team-5"],
        "p-2": ["team-1", "team-4"],
        "p-3": ["team-2", "team-3"],
    }


def test_a_short_bank_is_shared_out_evenly():
    bank = [question(f"team-{n}", "team", ["peer"]) for n in range(7)]
    people = [person(f"p-{n}", "peer") for n in range(3)]
    counts = [len(ids) for ids in suggest(plan_of(*people), bank, TOPICS).values()]
    assert sorted(counts) == [2, 2, 3]


def test_a_panel_starts_each_person_on_team_culture_or_next_steps():
    people = [person(f"p-{n}", "hiring-manager") for n in range(3)]
    suggestions = suggest(plan_of(*people, interview_format="panel"), BANK, TOPICS)
    first_topics = [topic_of(ids[0]) for ids in suggestions.values()]
    assert first_topics == ["team", "culture", "next-steps"]


def test_in_a_series_each_person_starts_on_different_topics():
    people = [person(f"p-{n}", "hiring-manager") for n in range(3)]
    suggestions = suggest(plan_of(*people, interview_format="series"), BANK, TOPICS)
    openers = [{topic_of(item) for item in ids[:3]} for ids in suggestions.values()]
    assert len(set.union(*openers)) == 9  # three people, three topics each, none shared


def test_in_a_one_on_one_each_person_starts_on_the_first_topic():
    people = [person("p-1", "hiring-manager"), person("p-2", "hiring-manager")]
    suggestions = suggest(plan_of(*people), BANK, TOPICS)
    assert [topic_of(ids[0]) for ids in suggestions.values()] == ["first-90-days"] * 2


def test_a_topic_missing_from_the_site_list_comes_after_the_known_ones():
    bank = [question("odd-0", "unlisted", ["peer"]), question("team-0", "team", ["peer"])]
    assert suggest(plan_of(person("p-1", "peer")), bank, TOPICS)["p-1"] == ["team-0", "odd-0"]


# Determinism


def test_same_plan_same_suggestions_and_the_plan_is_left_unchanged():
    plan = plan_of(
        person("p-1", "hr", dismissed=["culture-3"]),
        person("p-2", "", questions=[kept("team-1")]),
        person("p-3", "executive"),
        interview_format="group",
    )
    before = copy.deepcopy(plan)
    first = suggest(plan, BANK, TOPICS)
    assert suggest(copy.deepcopy(plan), BANK, TOPICS) == first
    assert plan == before
