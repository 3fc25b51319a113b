"""Tests for worksheets.prep_plan: the debrief's plan comes in order of what matters most,
stories to write first, and a poor round one gets the guide's recovery advice."""

from worksheets.first_round_debrief import SPEC
from worksheets.prep_plan import prep_plan
from worksheets.spec import empty_document

ASK = [
    {
        "id": "strong-first-quarter",
        "text": "What would a strong first three months look like?",
        "topic": "first-90-days",
        "interviewers": ["hiring-manager"],
    },
    {
        "id": "any-hesitation",
        "text": "Is there anything in my background that makes you hesitate?",
        "topic": "fit-concerns",
        "interviewers": ["hiring-manager"],
    },
]


def debrief(outcome: str = "", went_poorly: str = "", **lists) -> dict:
    document = empty_document(SPEC)
    document["round_one"].update(outcome=outcome, went_poorly=went_poorly)
    for name, records in lists.items():
        document[name] = [{"id": f"{name}-{n}", **record} for n, record in enumerate(records)]
    return document


POOR = debrief(
    "went-poorly",
    "The manager did all the talking and I was nervous.",
    answers=[{"question": "Why are you leaving?", "said": "The commute.", "now": ""}],
    accomplishments=[{"what": "Cut invoice errors by 40%", "proves": "Attention to detail"}],
    concerns=[{"concern": "Not enough SQL", "about": "skills", "sign": ""}],
    stories_needed=[{"text": "A time I led without authority"}],
)


def section_ids(plan: dict) -> list[str]:
    return [section["id"] for section in plan["sections"]]


def test_the_plan_starts_with_stories_to_write_then_round_one_concerns_research_and_questions():
    plan = prep_plan(POOR, ASK, [])
    assert section_ids(plan) == ["stories", "round-one", "concerns", "research", "ask"]
    first = plan["sections"][0]["items"][0]
    assert first["star"] and not first["in_bank"]


def test_a_poor_round_one_debrief_gets_a_plan_whose_first_items_are_all_stories_to_write():
    stories = prep_plan(POOR, ASK, [])["sections"][0]["items"]
    assert [item["source"] for item in stories] == [
        "concern",
        "question",
        "accomplishment",
        "needed",
    ]
    assert all(item["star"]["title"] for item in stories)


def test_a_poor_round_one_gets_recovery_advice_linked_to_the_guide_not_generic_tips():
    round_one = prep_plan(POOR, ASK, [])["sections"][1]
    assert round_one["title"] == "Recovering from round one"
    urls = [link["url"] for item in round_one["items"] for link in item["links"]]
    assert "guide/first-round-review/#what-it-might-mean" in urls
    assert "guide/first-round-review/#recovery-checklist" in urls
    assert "guide/taking-charge/#open-with-it" in urls  # they did the talking
    assert all(item["links"] for item in round_one["items"])


def test_the_summary_counts_what_is_left_to_write_and_what_the_bank_already_has():
    bank = [{"id": "s-1", "title": "Cut invoice errors by 40%", "answers": ""}]
    summary = prep_plan(POOR, ASK, bank)["summary"]
    assert summary.startswith(
        "Start with the 3 stories to write (1 more is already in your STAR bank)."
    )
    assert "1 concern to answer" in summary


def test_an_empty_debrief_still_gets_a_plan_that_says_what_to_fill_in():
    plan = prep_plan(empty_document(SPEC), ASK, [])
    stories, round_one, concerns = plan["sections"][:3]
    assert stories["items"] == [] and "questions you wish" in stories["empty"]
    assert round_one["items"][0]["text"] == "Say how round one went"
    assert concerns["items"] == [] and concerns["empty"]
    assert plan["summary"].startswith("No stories to write yet.")


def test_every_item_has_words_and_every_link_is_relative_to_the_site_root():
    plan = prep_plan(POOR, ASK, [])
    for section in plan["sections"]:
        for item in section["items"]:
            assert item["text"].strip() and item["detail"].strip()
            for link in item["links"]:
                assert not link["url"].startswith(("/", "http", ".")), link
