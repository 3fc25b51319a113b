"""Tests for worksheets.prep_stories: where the stories to write come from, how each is
offered to the STAR bank, and how stories already in the bank are recognised."""

from worksheets.first_round_debrief import SPEC
from worksheets.prep_stories import TITLE_CHARS, stories_to_write, story_seed
from worksheets.spec import empty_document


def debrief(**lists) -> dict:
    document = empty_document(SPEC)
    for name, records in lists.items():
        document[name] = [{"id": f"{name}-{n}", **record} for n, record in enumerate(records)]
    return document


def answer(question: str, now: str = "") -> dict:
    return {"question": question, "said": "", "now": now}


def concern(text: str, about: str = "") -> dict:
    return {"concern": text, "about": about, "sign": ""}


def story(title: str, answers: str = "") -> dict:
    return {"id": "s-1", "title": title, "answers": answers}


def test_concerns_a_story_can_answer_become_stories_and_the_others_do_not():
    document = debrief(
        concerns=[
            concern("No people management", "skills"),
            concern("Why leave after a year", "motivation"),
            concern("Something about the team", ""),
        ]
    )
    texts = [item["star"]["title"] for item in stories_to_write(document, [])]
    assert texts == ["No people management", "Something about the team"]


def test_blank_records_make_no_story():
    document = debrief(
        answers=[answer("  ")],
        accomplishments=[{"what": "", "proves": "x"}],
        stories_needed=[{"text": ""}],
        concerns=[concern("", "skills")],
    )
    assert stories_to_write(document, []) == []


def test_a_story_already_in_the_bank_is_marked_and_listed_last():
    document = debrief(answers=[answer("Tell me about a conflict"), answer("Describe a failure")])
    items = stories_to_write(document, [story("  tell me ABOUT a conflict ")])
    assert [(item["star"]["title"], item["in_bank"]) for item in items] == [
        ("Describe a failure", False),
        ("Tell me about a conflict", True),
    ]


def test_a_story_renamed_in_the_bank_is_still_found_by_what_it_answers():
    document = debrief(accomplishments=[{"what": "Cut invoice errors by 40%", "proves": ""}])
    items = stories_to_write(document, [story("The invoice clean-up", "Cut invoice errors by 40%")])
    assert items[0]["in_bank"] is True


def test_the_same_text_from_two_places_is_one_story():
    document = debrief(
        answers=[answer("A time I led without authority")],
        stories_needed=[{"text": "a time I led  without authority"}],
    )
    items = stories_to_write(document, [])
    assert len(items) == 1 and items[0]["source"] == "question"


def test_a_long_question_gets_a_short_title_and_keeps_its_whole_text_in_answers():
    long = "Tell me about a time " + "you had to juggle many things at once " * 4
    seed = story_seed(long)
    assert len(seed["title"]) == TITLE_CHARS and seed["title"].endswith("…")
    assert seed["answers"] == " ".join(long.split())


def test_a_question_that_comes_back_every_round_links_to_how_to_answer_it_again():
    items = stories_to_write(debrief(answers=[answer("So why are you leaving your job?")]), [])
    assert "guide/recurring-questions/#why-are-you-leaving" in [
        link["url"] for link in items[0]["links"]
    ]
    assert "add one layer" in items[0]["detail"]


def test_what_the_visitor_would_say_now_is_quoted_back():
    items = stories_to_write(debrief(answers=[answer("Your weakness?", "I take on too much.")]), [])
    assert "What you would say now: I take on too much." in items[0]["detail"]
