"""Tests for worksheets.concerns: each kind of concern gets its own advice and guide links."""

from worksheets.concerns import CONCERN_KINDS, UNSORTED, concerns_to_answer


def concern(text: str, about: str = "", sign: str = "") -> dict:
    return {"id": "c-1", "concern": text, "about": about, "sign": sign}


def test_every_kind_has_advice_and_at_least_one_link():
    for kind in (*CONCERN_KINDS.values(), UNSORTED):
        assert kind.label and kind.advice and kind.links


def test_a_concern_gets_its_kinds_advice_and_links():
    [item] = concerns_to_answer([concern("Too junior for the role", "level")])
    assert item["text"] == "“Too junior for the role”"
    assert item["about"] == CONCERN_KINDS["level"].label
    assert [link["url"] for link in item["links"]] == [
        "guide/how-answers-are-judged/#pitch-at-the-level-of-the-job"
    ]


def test_the_sign_the_visitor_noticed_is_quoted_and_a_story_answer_points_to_the_story():
    [item] = concerns_to_answer([concern("SQL", "skills", "They asked about it twice.")])
    assert item["detail"].startswith(
        "What you noticed: They asked about it twice. Answer with proof"
    )
    assert item["detail"].endswith("The story to write for it is in the list above.")


def test_a_concern_a_story_does_not_answer_says_nothing_of_a_story():
    [item] = concerns_to_answer([concern("Pay", "pay")])
    assert "story" not in item["detail"]
    assert item["links"][0]["url"].startswith("guide/pay-and-offers/")


def test_unwritten_concerns_are_left_out_and_unsorted_ones_ask_for_a_kind():
    items = concerns_to_answer([concern("   "), concern("Something felt off")])
    assert len(items) == 1 and "Say what the concern is about" in items[0]["detail"]
