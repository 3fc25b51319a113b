"""Tests for worksheets.fit_balance: flags stay on the side of their tone, and the summary
weighs both sides without ever deciding for the visitor."""

import re

import pytest

from worksheets.fit_balance import MANAGER_SCALE, balance, flags_seen, page_url

GREEN = [
    {
        "id": "clear-next-steps",
        "name": "The next steps were clear",
        "tone": "green",
        "link": "guide/on-the-day.md#green-flags",
        "question": None,
        "ask": None,
    },
    {
        "id": "warm-peers",
        "name": "Peers spoke warmly",
        "tone": "green",
        "link": "guide/on-the-day.md#green-flags",
        "question": None,
        "ask": None,
    },
]
RED = [
    {
        "id": "vague-why-open",
        "name": "Vague about why the role is open",
        "tone": "red",
        "link": "guide/questions-to-ask.md#find-out-why-the-role-is-open",
        "question": "Why is the role open?",
        "ask": "manager",
    },
    {
        "id": "pressed-to-accept",
        "name": "Pressure to accept",
        "tone": "red",
        "link": "guide/pay-and-offers.md#asking-for-time-to-decide",
        "question": "Could I have a few days to reply?",
        "ask": "hr",
    },
]
DATA = {"green_flags": GREEN, "red_flags": RED}

# Words that would make the note decide for the visitor.
VERDICTS = re.compile(
    r"\b(you should (accept|decline|take|turn)|take the job|turn it down|"
    r"accept the offer|decline the offer|walk away|don't take|do not take)\b",
    re.I,
)


def reflection(green=(), red=(), own=(), manager="") -> dict:
    return {
        "green_flags": list(green),
        "red_flags": list(red),
        "manager": manager,
        "own_flags": [
            {"id": f"f-{n}", "text": text, "tone": tone} for n, (text, tone) in enumerate(own)
        ],
    }


def summary(**kwargs) -> str:
    document = reflection(**kwargs)
    return " ".join(balance(flags_seen(document, DATA), document["manager"]))


def test_a_ticked_flag_is_shown_by_its_name_with_its_guide_section():
    seen = flags_seen(reflection(green=["clear-next-steps"]), DATA)
    assert seen["green"] == [
        {"text": "The next steps were clear", "url": "guide/on-the-day/#green-flags", "own": False}
    ]
    assert seen["red"] == [] and seen["untoned"] == []


def test_guide_links_become_addresses_from_the_site_root():
    assert (
        page_url("guide/pay-and-offers.md#asking-for-time-to-decide")
        == "guide/pay-and-offers/#asking-for-time-to-decide"
    )
    assert page_url("guide/after.md") == "guide/after/"


def test_own_flags_go_to_the_side_the_visitor_chose_and_untoned_ones_are_set_apart():
    seen = flags_seen(
        reflection(
            own=[
                ("Lovely office", "green"),
                ("Cold welcome", "red"),
                ("Odd lunch", ""),
                ("   ", "red"),
            ]
        ),
        DATA,
    )
    assert [flag["text"] for flag in seen["green"]] == ["Lovely office"]
    assert [flag["text"] for flag in seen["red"]] == ["Cold welcome"]
    assert [flag["text"] for flag in seen["untoned"]] == ["Odd lunch"]
    assert all(flag["own"] and flag["url"] == "" for side in seen.values() for flag in side)


def test_an_id_is_only_looked_up_in_the_list_of_its_own_tone():
    """A red flag's id ticked in the green field (a hand-edited file) never turns red, nor
    borrows the red flag's words: the note never mixes up tones."""
    seen = flags_seen(reflection(green=["vague-why-open"]), DATA)
    assert seen["red"] == []
    assert seen["green"] == [{"text": "vague-why-open", "url": "", "own": False}]


def test_a_flag_the_site_no_longer_offers_is_kept_by_its_id():
    seen = flags_seen(reflection(red=["gone-flag"]), DATA)
    assert seen["red"] == [{"text": "gone-flag", "url": "", "own": False}]


def test_every_flag_lands_on_its_own_side_only():
    document = reflection(
        green=["clear-next-steps", "warm-peers"],
        red=["vague-why-open"],
        own=[("Mine green", "green"), ("Mine red", "red")],
    )
    seen = flags_seen(document, DATA)
    names = {flag["name"]: flag["tone"] for flag in GREEN + RED} | {
        "Mine green": "green",
        "Mine red": "red",
    }
    for side in ("green", "red"):
        assert {names[flag["text"]] for flag in seen[side]} == {side}


def test_no_flags_yet_asks_for_both_kinds():
    text = summary()
    assert "not ticked or written any flags" in text and "good and bad" in text


def test_only_green_flags_still_turns_to_what_was_not_seen():
    text = summary(green=["clear-next-steps", "warm-peers"])
    assert "2 green flags and 0 red flags" in text
    assert "what you did not get to see" in text


def test_only_red_flags_says_one_flag_is_not_a_verdict():
    text = summary(red=["vague-why-open"])
    assert "0 green flags and 1 red flag" in text
    assert "may be one bad moment" in text and "test it" in text


def test_two_red_flags_are_weighed_as_a_pattern():
    text = summary(green=["warm-peers"], red=["vague-why-open", "pressed-to-accept"])
    assert "pattern" in text and "good signs and worries" in text


def test_both_sides_are_weighed_by_what_matters_not_by_counting():
    text = summary(green=["clear-next-steps", "warm-peers"], red=["vague-why-open"])
    assert "good signs and worries" in text and "not by how many each side has" in text


def test_untoned_own_flags_are_named_so_they_can_be_weighed():
    assert "1 flag of your own has no colour yet" in summary(own=[("Odd lunch", "")])
    assert "2 flags of your own have no colour yet" in summary(own=[("A", ""), ("B", "")])


@pytest.mark.parametrize(
    ("manager", "says"),
    [
        ("", "not said yet whether you would respect your manager"),
        ("not-at-all", "“not at all”"),
        ("with-doubts", "“with doubts”"),
        ("mostly", "mostly respect"),
        ("fully", "fully respect"),
        ("something-old", "not said yet"),
    ],
)
def test_the_manager_is_weighed_on_their_own(manager, says):
    assert says in summary(manager=manager)


@pytest.mark.parametrize("green", [[], ["clear-next-steps"], ["clear-next-steps", "warm-peers"]])
@pytest.mark.parametrize("red", [[], ["vague-why-open"], ["vague-why-open", "pressed-to-accept"]])
@pytest.mark.parametrize("manager", [key for key, _ in MANAGER_SCALE])
def test_the_summary_never_decides_for_the_visitor(green, red, manager):
    text = summary(green=green, red=red, manager=manager)
    assert not VERDICTS.search(text), text
    assert "the decision stays yours" in text
