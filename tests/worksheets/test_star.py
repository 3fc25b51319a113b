"""Tests for worksheets.star: each coaching rule, the level and the verdict."""

import pytest

from worksheets import star
from worksheets.text import speaking_seconds

SITUATION = "Our launch was three weeks late and the client had started to doubt us."  # 14 words
TASK = "As project lead I had to ship the release before the trade show in May."  # 15 words
ACTION_SENTENCE = (  # 22 words
    "I listed every open task with its owner, agreed a smaller scope with the client, "
    "and paired each developer with a tester. "
)
RESULT = "The release shipped two days early and the client renewed the contract for 40,000 pounds."


def make_story(**fields: str) -> dict:
    """A complete, well-told story, with any field replaced by the keyword arguments."""
    story = {
        "id": "s-1",
        "title": "Rescued the late launch",
        "situation": SITUATION,
        "task": TASK,
        "action": ACTION_SENTENCE * 5,
        "result": RESULT,
        "competencies": ["delivery"],
        "answers": "",
    }
    story.update(fields)
    return story


def points_for(story: dict, rule: str) -> list[dict]:
    return [point for point in star.review_story(story)["points"] if point["rule"] == rule]


def only_point(story: dict, rule: str) -> dict:
    points = points_for(story, rule)
    assert len(points) == 1, points
    return points[0]


def filler(count: int) -> str:
    """count neutral words that trigger no rule of their own."""
    return " ".join(["word"] * count)


# The review as a whole


def test_a_well_told_story_is_ready_with_only_good_points():
    review = star.review_story(make_story())
    assert review["level"] == "ready"
    assert {point["tone"] for point in review["points"]} == {"good"}
    assert review["verdict"] == (
        f"Ready to tell: about {review['speaking_seconds']} seconds spoken, "
        "with nothing left to fix."
    )


def test_review_reports_word_counts_per_part_and_speaking_time():
    review = star.review_story(make_story())
    assert review["words"] == {"situation": 14, "task": 15, "action": 110, "result": 16}
    assert review["speaking_seconds"] == speaking_seconds(14 + 15 + 110 + 16)


def test_every_point_has_rule_tone_field_and_message():
    review = star.review_story(make_story(title="", result="It went well."))
    for point in review["points"]:
        assert set(point) == {"rule", "tone", "field", "message"}
        assert point["tone"] in {"good", "tip", "warn"}
        assert point["message"]


def test_review_tolerates_a_story_missing_fields():
    review = star.review_story({"id": "s-1"})
    assert review["level"] == "empty"


# Missing parts and title


def test_empty_story_is_not_started_and_lists_what_each_part_needs():
    review = star.review_story(make_story(situation="", task="", action="", result=""))
    assert review["level"] == "empty"
    assert review["verdict"].startswith("Not started yet")
    assert review["speaking_seconds"] == 0
    missing = [point for point in review["points"] if point["rule"] == "missing-part"]
    assert [point["field"] for point in missing] == ["situation", "task", "action", "result"]
    assert all(point["tone"] == "warn" for point in missing)


def test_empty_story_gets_no_length_or_balance_points():
    review = star.review_story(make_story(situation="", task="", action="", result=""))
    rules = {point["rule"] for point in review["points"]}
    assert rules == {"missing-part"}


@pytest.mark.parametrize("part", star.PARTS)
def test_each_empty_part_is_a_warning_naming_it_and_what_to_write(part):
    point = only_point(make_story(**{part: ""}), "missing-part")
    assert point["tone"] == "warn"
    assert point["field"] == part
    assert f"The {star.PART_NAMES[part]} is not written yet." in point["message"]
    assert star.PART_GUIDANCE[part] in point["message"]


def test_a_part_with_only_punctuation_counts_as_missing():
    point = only_point(make_story(task=" ... "), "missing-part")
    assert point["field"] == "task"


@pytest.mark.parametrize("title", ["", "   "])
def test_missing_title_is_a_tip(title):
    point = only_point(make_story(title=title), "title")
    assert point["tone"] == "tip"
    assert point["field"] == "title"
    assert "title" in point["message"]


def test_a_titled_story_gets_no_title_point():
    assert points_for(make_story(), "title") == []


# Speaking time


@pytest.mark.parametrize(
    ("total_words", "tone"),
    [
        (96, "warn"),  # 44 s: too short
        (97, "tip"),  # 45 s: a little short
        (128, "tip"),  # 59 s
        (130, "good"),  # 60 s
        (260, "good"),  # 120 s
        (262, "tip"),  # 121 s: a little long
        (325, "tip"),  # 150 s
        (327, "warn"),  # 151 s: too long
    ],
)
def test_speaking_time_tone_follows_the_60_to_120_second_aim(total_words, tone):
    story = make_story(situation="", task="", result="", action=filler(total_words))
    point = only_point(story, "speaking-time")
    assert point["tone"] == tone
    assert f"About {speaking_seconds(total_words)} seconds spoken" in point["message"]


def test_too_short_story_says_what_to_add():
    point = only_point(make_story(action="I fixed it."), "speaking-time")
    assert point["tone"] == "warn"
    assert "Add the steps you took" in point["message"]
    assert "Aim for 60 to 120 seconds" in point["message"]


def test_too_long_story_says_what_to_cut():
    point = only_point(make_story(action=ACTION_SENTENCE * 15), "speaking-time")
    assert point["tone"] == "warn"
    assert "Shorten the Situation" in point["message"]


def test_speaking_time_counts_all_four_parts():
    point = only_point(make_story(), "speaking-time")
    assert "(155 words)" in point["message"]


# Action share


def test_action_that_is_the_largest_part_is_good():
    point = only_point(make_story(), "action-share")
    assert point["tone"] == "good"
    assert "71%" in point["message"]


def test_small_action_is_a_tip_with_its_percentage():
    story = make_story(situation="", task=filler(70), action=filler(30), result="")
    point = only_point(story, "action-share")
    assert point["tone"] == "tip"
    assert point["field"] == "action"
    assert point["message"].startswith("The Action is only 30% of your words.")
    assert "at least 40%" in point["message"]


def test_action_over_40_percent_but_not_the_largest_part_is_a_tip_naming_the_larger_part():
    story = make_story(situation=filler(45), task=filler(15), action=filler(40), result="")
    point = only_point(story, "action-share")
    assert point["tone"] == "tip"
    assert "40% of your words, but the Situation is longer (45%)." in point["message"]


def test_no_action_share_point_when_the_action_is_empty():
    assert points_for(make_story(action=""), "action-share") == []


# "I" not "we"


def test_more_we_than_i_in_the_action_is_a_warning_quoting_both_counts():
    action = "We planned it. Our team agreed. They asked us. I wrote the memo."
    point = only_point(make_story(action=action), "first-person")
    assert point["tone"] == "warn"
    assert point["field"] == "action"
    assert "3 times" in point["message"]
    assert "only 1 time" in point["message"]
    assert "say what you did" in point["message"]


def test_action_with_no_i_words_says_never():
    point = only_point(make_story(action="We built it and we shipped it."), "first-person")
    assert "“me” never" in point["message"]


def test_we_and_i_words_are_counted_case_insensitively_with_curly_apostrophes():
    action = "WE’RE late, we’ve slipped, We'd better move. I’m on it."
    point = only_point(make_story(action=action), "first-person")
    assert point["tone"] == "warn"
    assert "3 times" in point["message"]


def test_words_containing_we_or_i_letters_are_not_pronouns():
    action = "Weekly users saw a mystery in the interim figures."
    assert points_for(make_story(action=action), "first-person") == []


def test_action_told_with_more_i_than_we_is_good():
    point = only_point(make_story(action="I led it and my plan worked for us."), "first-person")
    assert point["tone"] == "good"


def test_equal_i_and_we_gives_no_first_person_point():
    assert points_for(make_story(action="I asked and we agreed."), "first-person") == []


# Measurable result


@pytest.mark.parametrize(
    ("result", "measure"),
    [
        ("Complaints fell by 40%.", "40%"),
        ("We saved £20k a year.", "£20k"),
        ("The fix saved $5m.", "$5m"),
        ("Support tickets dropped to 1,200.", "1,200"),
        ("Approval now takes 3 days.", "3 days"),
        ("It cut the wait by two weeks.", "two"),
        ("Sign-ups doubled.", "doubled"),
        ("Errors halved after launch.", "halved"),
        ("Costs fell 5 percent.", "5 percent"),
        ("It saved the team hours every month.", "hours"),
        ("The client had zero missed payments after that.", "zero"),
        ("Forty accounts were corrected before anyone noticed.", "Forty"),
        ("Complaints fell by about a third.", "third"),
        ("All twelve practices renewed.", "twelve"),
        ("Sign-ups rose by twenty-five percent.", "twenty"),
        ("It saved thousands of pounds.", "thousands"),
    ],
)
def test_result_with_a_number_or_measure_is_good_and_quoted(result, measure):
    point = only_point(make_story(result=result), "measurable-result")
    assert point["tone"] == "good"
    assert f"(“{measure}”)" in point["message"]


def test_result_without_a_number_is_a_tip_suggesting_one():
    story = make_story(result="I'm proud of it and the client was happy.")
    point = only_point(story, "measurable-result")
    assert point["tone"] == "tip"
    assert point["field"] == "result"
    assert "time saved, money, a percentage" in point["message"]


def test_one_on_its_own_is_not_read_as_a_number():
    """ "One" is far more often a pronoun than a count: "no one" measures nothing."""
    point = only_point(make_story(result="No one complained again."), "measurable-result")
    assert point["tone"] == "tip"


def test_number_words_inside_longer_words_do_not_count():
    point = only_point(make_story(result="Often the tension eased."), "measurable-result")
    assert point["tone"] == "tip"


def test_no_measurable_result_point_when_the_result_is_empty():
    assert points_for(make_story(result=""), "measurable-result") == []


# Brief situation


def test_situation_over_60_words_is_a_tip_with_its_length():
    story = make_story(situation=filler(61), action=ACTION_SENTENCE * 10)
    point = only_point(story, "brief-situation")
    assert point["tone"] == "tip"
    assert point["field"] == "situation"
    assert "61 words" in point["message"]


def test_situation_over_a_quarter_of_the_story_is_a_tip_with_its_share():
    story = make_story(situation=filler(30), task="", action=filler(50), result=filler(10))
    point = only_point(story, "brief-situation")
    assert "(33% of the story)" in point["message"]


def test_short_situation_share_is_not_judged_before_the_action_is_written():
    story = make_story(situation=filler(30), task=filler(10), action="", result="")
    assert points_for(story, "brief-situation") == []


def test_brief_situation_gets_no_point():
    assert points_for(make_story(), "brief-situation") == []


# Vague wording


def test_vague_words_are_quoted_with_their_part():
    story = make_story(
        situation="It was basically late.", action=ACTION_SENTENCE * 5 + "I fixed stuff."
    )
    point = only_point(story, "vague-wording")
    assert point["tone"] == "tip"
    assert "“basically” in the Situation" in point["message"]
    assert "“stuff” in the Action" in point["message"]
    assert point["field"] is None


def test_vague_words_in_one_part_name_that_part_as_the_field():
    story = make_story(result="Sales rose 5% and sort of stayed there.")
    point = only_point(story, "vague-wording")
    assert point["field"] == "result"
    assert "“sort of” in the Result" in point["message"]


def test_at_most_three_vague_words_are_quoted_and_the_rest_counted():
    action = "Basically I helped with various things, etc, and tried to fix stuff."
    point = only_point(make_story(action=action), "vague-wording")
    assert point["message"].count("“") == 3
    assert "(and 4 more)" in point["message"]


def test_vague_words_are_quoted_as_the_visitor_wrote_them():
    point = only_point(make_story(task="It was REALLY urgent."), "vague-wording")
    assert "“REALLY”" in point["message"]


@pytest.mark.parametrize("phrase", star.VAGUE_PHRASES)
def test_every_listed_vague_phrase_is_found(phrase):
    point = only_point(make_story(task=f"The {phrase} part."), "vague-wording")
    assert f"“{phrase}” in the Task" in point["message"]


def test_no_vague_wording_point_for_specific_wording():
    story = make_story(action="I adjusted everything and justified the thinking.")
    assert points_for(story, "vague-wording") == []


# Level and verdict


def test_any_warning_means_needs_work_and_the_verdict_counts_problems_and_tips():
    review = star.review_story(make_story(result="", title=""))
    assert review["level"] == "needs-work"
    assert review["verdict"] == "Needs work: 1 problem to fix and 1 tip."


def test_needs_work_verdict_without_tips_mentions_only_problems():
    review = star.review_story(make_story(task="", result="", action=ACTION_SENTENCE * 6))
    assert review["verdict"] == "Needs work: 2 problems to fix."


def test_tips_only_means_nearly_ready():
    review = star.review_story(make_story(title="", result="The client was pleased."))
    assert review["level"] == "nearly"
    assert review["verdict"] == "Nearly ready: 2 tips to polish it."


# The coach's own words pass the coach


# The rules that judge one part on its own, beyond the vague-wording rule that reads them all.
SINGLE_PART_RULES = {
    "situation": [star.brief_situation],
    "task": [],
    "action": [star.first_person],
    "result": [star.measurable_result],
}


def complaints_about(part: str, text: str) -> list[dict]:
    """The tips and warnings the rules that read one part give when it holds `text`."""
    story = {"title": "A hint", part: text}
    counts = {name: 0 for name in star.PARTS} | {part: len(text.split())}
    rules = [star.vague_wording, *SINGLE_PART_RULES[part]]
    return [point for rule in rules for point in rule(story, counts) if point["tone"] != "good"]


@pytest.mark.parametrize("part", star.PARTS)
def test_the_hint_under_each_box_passes_the_coach(part):
    assert complaints_about(part, star.PART_HINTS[part]) == []


@pytest.mark.parametrize("part", star.PARTS)
def test_what_the_coach_says_to_write_in_an_empty_part_passes_the_coach(part):
    assert complaints_about(part, star.PART_GUIDANCE[part]) == []


def test_the_action_hint_asks_for_i_and_the_result_hint_shows_a_number():
    assert "“I”" in star.PART_HINTS["action"]
    assert (
        points_for(make_story(result=star.PART_HINTS["result"]), "measurable-result")[0]["tone"]
        == "good"
    )


# The proportions in words: the guide and the hints say what the checks check


def test_describe_proportions_gives_the_whole_answer_then_each_part():
    described = star.describe_proportions()
    assert list(described) == ["answer", *star.PARTS]
    assert all(described[part] == star.PART_HINTS[part] for part in star.PARTS)


def test_the_words_state_the_thresholds_the_coach_checks():
    described = star.describe_proportions()
    answer = described["answer"]
    assert f"{star.AIM_MIN_SECONDS} to {star.AIM_MAX_SECONDS} seconds" in answer
    low, high = (
        speaking_seconds(int(n)) for n in answer.split("about ")[1].split(" words")[0].split(" to ")
    )
    assert (low, high) == (star.AIM_MIN_SECONDS, star.AIM_MAX_SECONDS)
    assert f"under {star.SITUATION_MAX_WORDS} words" in described["situation"]
    assert "at most a quarter" in described["situation"] and star.SITUATION_MAX_SHARE == 0.25
    assert "at least two-fifths" in described["action"] and star.ACTION_MIN_SHARE == 0.40


def test_a_story_cut_to_the_described_proportions_is_ready():
    """A story built to the letter of the description: the coach finds nothing to fix."""
    story = make_story(
        situation=filler(star.SITUATION_MAX_WORDS - 20),  # under the limit, under a quarter
        task=filler(20),
        action="I " + filler(99),  # the largest part, half the story
        result="It saved 3 days. " + filler(36),
    )
    review = star.review_story(story)
    assert review["level"] == "ready", review["points"]
