"""Every link the practice drill's questions can carry (how to answer each kind of question)
leads to a page and a section that exist in the built site, and every kind of question in
the site data has its advice."""

from __future__ import annotations

from pathlib import Path

from macros.data import QUESTION_KINDS
from tests.site.pages import article, page_file
from worksheets.drill_queue import KIND_NAMES
from worksheets.practice_drill import KIND_ADVICE

ROOT = Path(__file__).resolve().parents[2]


def test_every_kind_of_question_has_a_name_and_advice():
    assert set(KIND_ADVICE) == set(KIND_NAMES) == {*QUESTION_KINDS, "own"}


def test_every_advice_link_leads_to_its_page_and_section(built_site):
    for kind, (_, url) in KIND_ADVICE.items():
        if not url:
            continue
        path, _, anchor = url.partition("#")
        html = page_file(built_site, path)
        assert html.exists(), f"{kind}: no page at {path}"
        assert anchor in article(html).ids, f"{kind}: {path} has no #{anchor}"
