"""The guide's lists of questions to ask: rendered per kind of interviewer, grouped by topic,
escaped; and the real "Questions to ask" page lists every question of the data."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from macros import questions
from macros.data import ASKED_OF, load_site_data
from tests.macros.test_data import QUESTIONS_TO_ASK, make_data

ROOT = Path(__file__).resolve().parents[2]


def fixture_data(tmp_path: Path, questions_to_ask: str = QUESTIONS_TO_ASK):
    return load_site_data(make_data(tmp_path, questions_to_ask=questions_to_ask))


def listed(markup: str) -> list[tuple[str, str]]:
    """(question id, text) of every list item, in order."""
    return [
        (qid, html.unescape(text))
        for qid, text in re.findall(r'<li data-question="([^"]+)">([^<]*)</li>', markup)
    ]


def test_a_kind_gets_only_its_questions(tmp_path):
    data = fixture_data(tmp_path)
    assert listed(questions.render(data, "hr")) == [("salary-range", "What is the salary range?")]
    assert listed(questions.render(data, "peer")) == [("team-size", "How big is the team?")]


def test_questions_are_grouped_by_topic_in_the_files_order(tmp_path):
    more = (
        QUESTIONS_TO_ASK
        + """\
  - id: team-week
    text: What is a normal week like?
    topic: team
    interviewers: [hr]
"""
    )
    markup = questions.render(fixture_data(tmp_path, more), "hr")
    assert re.findall(r'data-topic="([^"]+)"', markup) == ["team", "package"]
    assert "<summary>The team (1)</summary>" in markup
    assert "<summary>Pay and terms (1)</summary>" in markup
    assert [qid for qid, _ in listed(markup)] == ["team-week", "salary-range"]


def test_a_topic_without_questions_for_the_kind_is_left_out(tmp_path):
    markup = questions.render(fixture_data(tmp_path), "executive")
    assert "<details" not in markup and 'data-interviewer="executive"' in markup


def test_text_is_escaped(tmp_path):
    risky = QUESTIONS_TO_ASK.replace("How big is the team?", "'<b>Who</b> & how many?'").replace(
        "name: The team", "name: Team <i>& co</i>"
    )
    markup = questions.render(fixture_data(tmp_path, risky), "peer")
    assert "&lt;b&gt;Who&lt;/b&gt; &amp; how many?" in markup
    assert "Team &lt;i&gt;&amp; co&lt;/i&gt;" in markup
    assert "<b>" not in markup and "<i>" not in markup


def test_an_unknown_kind_is_refused_with_the_known_ones(tmp_path):
    with pytest.raises(
        questions.UnknownInterviewer,
        match="unknown kind of interviewer 'other' \\(questions are tagged with: "
        "hiring-manager, hr, executive, peer\\)",
    ):
        questions.render(fixture_data(tmp_path), "other")


def test_the_guide_page_lists_every_question_to_ask_under_each_of_its_kinds(built_site):
    page = (built_site / "guide" / "questions-to-ask" / "index.html").read_text(encoding="utf-8")
    data = load_site_data(ROOT / "data")
    blocks = dict(
        re.findall(
            r'<div class="questions-to-ask" data-interviewer="([a-z-]+)">(.*?)</div>', page, re.S
        )
    )
    assert list(blocks) == list(ASKED_OF)
    for kind, markup in blocks.items():
        expected = [
            (q.id, q.text)
            for topic in data.topics
            for q in data.questions_to_ask
            if q.topic == topic.id and kind in q.interviewers
        ]
        assert listed(markup) == expected, kind
    shown = {qid for markup in blocks.values() for qid, _ in listed(markup)}
    assert shown == {q.id for q in data.questions_to_ask}


def test_the_guide_page_asks_why_the_role_is_open_and_ends_with_what_to_do_next(built_site):
    page = (built_site / "guide" / "questions-to-ask" / "index.html").read_text(encoding="utf-8")
    assert 'data-question="why-role-is-open"' in page
    assert 'href="../on-the-day/#red-flags"' in page
    headings = re.findall(r'<h2 id="([^"]+)"', page)
    assert "what-to-do-next" in headings
    assert headings[-1] == "what-to-do-next"
    assert 'href="../../worksheets/star-stories/"' in page
