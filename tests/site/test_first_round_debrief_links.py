"""Every link the first-round debrief's prep plan can produce leads to a page and a section
that exist in the built site, and the site data its rules look up is there."""

from __future__ import annotations

from itertools import product
from pathlib import Path

from macros.data import load_site_data
from tests.site.pages import article, page_file
from worksheets.advice import LINKS, PAGE_TITLES
from worksheets.concerns import CONCERN_KINDS
from worksheets.first_round_debrief import SPEC
from worksheets.open_questions import FIT_TOPIC, SUCCESS_TOPIC
from worksheets.prep_plan import prep_plan
from worksheets.recovery import CAUSE_WORDS, OUTCOMES
from worksheets.spec import empty_document

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = [
    "Why are you leaving?",
    "Why us?",
    "Your weakness?",
    "What about the gap?",
    "Any other",
]


def test_every_link_in_the_table_leads_to_its_page_and_section(built_site):
    for key, link in LINKS.items():
        html = page_file(built_site, link.page)
        assert html.exists(), f"{key}: no page at {link.page}"
        page = article(html)
        headings = {anchor: text for _, anchor, text in page.headings}
        assert [text for tag, _, text in page.headings if tag == "h1"] == [
            PAGE_TITLES[link.page]
        ], key
        if link.anchor:
            assert link.anchor in page.ids, f"{key}: {link.page} has no #{link.anchor}"
            assert headings[link.anchor] == link.label, key


def every_plan() -> list[dict]:
    """Plans for every outcome, every cause of a poor round and every kind of concern."""
    questions = load_site_data(ROOT / "data").as_json("questions_to_ask")["questions_to_ask"]
    plans = []
    causes = ["", *(words[0] for words in CAUSE_WORDS.values())]
    for outcome, cause, about in product(["", *OUTCOMES], causes, ["", *CONCERN_KINDS]):
        document = empty_document(SPEC)
        document["round_one"].update(
            outcome=outcome,
            went_poorly=cause,
            went_well="Good",
            learned="Not sure of the team?\nunsure of pay",
        )
        document["concerns"] = [{"id": "c", "concern": "A doubt", "about": about, "sign": ""}]
        document["answers"] = [
            {"id": f"a-{n}", "question": question, "said": "", "now": ""}
            for n, question in enumerate(QUESTIONS)
        ]
        document["accomplishments"] = [{"id": "w", "what": "Won", "proves": ""}]
        document["stories_needed"] = [{"id": "n", "text": "Needed"}]
        document["people"] = [{"id": "m", "name": "Dana", "role": "", "kind": ""}]
        plans.append(prep_plan(document, questions, []))
    return plans


def test_every_link_the_rules_produce_comes_from_the_checked_table():
    known = {link.url for link in LINKS.values()}
    produced = {
        link["url"]
        for plan in every_plan()
        for section in plan["sections"]
        for item in section["items"]
        for link in item["links"]
    }
    assert produced == known, "a link in the table that no rule produces is dead code"


def test_the_questions_the_plan_draws_on_are_in_the_site_data():
    topics = {
        question["topic"]
        for question in load_site_data(ROOT / "data").as_json("questions_to_ask")[
            "questions_to_ask"
        ]
    }
    assert {FIT_TOPIC, SUCCESS_TOPIC} <= topics
