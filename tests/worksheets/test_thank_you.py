"""Tests for worksheets.thank_you: the draft notes and the mailto: link that opens one."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from worksheets import thank_you
from worksheets.thank_you import draft_note, draft_notes, mailto


def person(person_id: str = "p-1", **fields) -> dict:
    base = {
        "id": person_id,
        "name": "Dana Ortiz",
        "role": "Head of Data",
        "kind": "hiring-manager",
        "email": "dana@example.com",
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


def body_of(plan: dict, index: int = 0) -> str:
    return draft_note(plan, plan["people"][index], index)["body"]


# Greeting and signature


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Dana Ortiz", "Dana"),
        ("  Anne-Marie   O'Neill ", "Anne-Marie"),
        ("Dana", "Dana"),
        ("Dr Dana Ortiz", "Dr Dana Ortiz"),
        ("Ms Ortiz", "Ms Ortiz"),
        ("dana ortiz", "dana ortiz"),
        ("Mary Ann Smith", "Mary Ann Smith"),
        ("", "[Their name]"),
    ],
)
def test_greeting_uses_the_first_name_only_when_the_name_looks_like_first_last(name, greeted):
    assert thank_you.greeting_name(name) == greeted


def test_a_note_greets_by_first_name_and_ends_with_the_signature_placeholder():
    body = body_of(plan_of(person()))
    assert body.startswith("Dear Dana,\n\n")
    assert body.endswith("\n[Your name]")


def test_a_peer_is_greeted_less_formally():
    assert body_of(plan_of(person(kind="peer"))).startswith("Hi Dana,")


def test_a_note_never_names_a_job_title_it_was_not_given():
    body = body_of(plan_of(person()))
    assert "the role" in body
    assert "Head of Data" not in body  # the interviewer's own role is not the one applied for


# The visitor's own words


def test_the_point_discussed_and_what_was_unsaid_are_kept_as_typed():
    body = body_of(
        plan_of(
            person(
                discussed="  the move of   reporting\nto the cloud ",
                unsaid="I led the 2023 migration, on time;",
            )
        )
    )
    assert ": the move of reporting to the cloud. It made me even more sure" in body
    assert "One thing I did not get to mention: I led the 2023 migration, on time." in body


def test_text_that_already_ends_a_sentence_gets_no_extra_full_stop():
    assert thank_you.sentence("Was it ready?") == "Was it ready?"
    assert thank_you.sentence("We said “done.”") == "We said “done.”"
    assert thank_you.sentence("etc...") == "etc..."
    assert thank_you.sentence(" \n ") == ""


def test_without_a_point_the_fit_line_answers_what_they_wanted_to_learn():
    body = body_of(plan_of(person(wants="whether I can lead a small team")))
    assert "about me in particular: whether I can lead a small team. I hope" in body


def test_with_nothing_written_the_note_still_reads_as_a_whole():
    body = body_of(plan_of(person()))
    assert thank_you.FIT_ALONE in body
    assert "One thing I did not get to mention" not in body
    assert "\n\n\n" not in body


def test_someone_met_before_is_greeted_as_such():
    assert thank_you.MET_BEFORE in body_of(plan_of(person(met_before=True)))
    assert thank_you.MET_BEFORE not in body_of(plan_of(person()))


def test_hostile_text_is_kept_as_plain_text():
    body = body_of(plan_of(person(discussed="<img src=x onerror=alert(1)>")))
    assert "<img src=x onerror=alert(1)>." in body


# Fitting the kind and the format


def test_an_hr_note_mentions_the_next_steps():
    hr = draft_note(plan_of(person(kind="hr")), person(kind="hr"), 0)
    assert "next steps" in hr["subject"]
    assert thank_you.NEXT_STEPS in hr["body"]
    assert thank_you.NEXT_STEPS not in body_of(plan_of(person()))


def test_a_panel_note_thanks_them_for_the_panel():
    assert "the panel interview" in body_of(plan_of(person(), interview_format="panel"))


def test_three_notes_to_a_panel_differ_in_more_than_the_names():
    names = ("Ana Lee", "Ben Cho", "Cy Diaz")
    plan = plan_of(
        *(person(f"p-{n}", name=name, kind="peer") for n, name in enumerate(names)),
        interview_format="panel",
    )
    notes = draft_notes(plan)
    assert list(notes) == ["p-0", "p-1", "p-2"]
    bodies = [note["body"] for note in notes.values()]
    for name, body in zip(names, bodies, strict=True):
        assert body.startswith(f"Hi {name.split()[0]},")
    anonymous = [body.split("\n", 1)[1] for body in bodies]  # without the greeting line
    assert len(set(anonymous)) == 3
    first_lines = [body.split("\n\n")[1] for body in bodies]
    closings = [body.split("\n\n")[-1] for body in bodies]
    assert len(set(first_lines)) == 3
    assert len(set(closings)) == 3


# mailto:


def test_mailto_percent_encodes_the_subject_and_body():
    note = {"subject": "Q&A? Café ☕", "body": "Line one & two?\nLine = three #4 100%"}
    url = mailto(person(), note)
    address, _, query = url.partition("?")
    assert address == "mailto:dana@example.com"
    assert query.count("&") == 1 and query.count("?") == 0 and "#" not in query
    assert "subject=Q%26A%3F%20Caf%C3%A9%20%E2%98%95" in query
    assert "%0D%0A" in query and "\n" not in query
    fields = parse_qs(urlsplit(url).query)
    assert fields["subject"] == ["Q&A? Café ☕"]
    assert fields["body"] == ["Line one & two?\r\nLine = three #4 100%"]


def test_mailto_opens_a_real_draft_intact():
    plan = plan_of(person(discussed="pay & perks? no: the roadmap"))
    note = draft_note(plan, plan["people"][0], 0)
    url = mailto(plan["people"][0], note)
    body = unquote(url.split("&body=", 1)[1])
    assert body == note["body"].replace("\n", "\r\n")


@pytest.mark.parametrize(
    "email",
    [
        "",
        "   ",
        "dana",
        "dana@",
        "dana@example",
        "a b@example.com",
        "dana@example.com?cc=boss@example.com",
        "x@y.com,z@w.com",
    ],
)
def test_mailto_leaves_the_address_empty_when_it_is_not_plausible(email):
    url = mailto(person(email=email), {"subject": "Hi", "body": "Thanks"})
    assert url == "mailto:?subject=Hi&body=Thanks"


def test_mailto_trims_a_plausible_address():
    url = mailto(person(email="  dana.ortiz+jobs@example.co.uk "), {"subject": "Hi", "body": ""})
    assert url.startswith("mailto:dana.ortiz%2Bjobs@example.co.uk?")
