"""The guide as a reader follows it, in the built site: every checklist item points to the
section that explains it, every link into the checklists page lands on one checklist, every
guide and worksheet page ends with what to do next, and the guide's examples follow the
guide's own rules."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from macros.data import load_examples, load_site_data
from tests.site.pages import article, page_file, site_path
from worksheets import star
from worksheets.star import describe_proportions, review_story
from worksheets.text import words

ROOT = Path(__file__).resolve().parents[2]
DATA = load_site_data(ROOT / "data")
GUIDE = sorted(f"guide/{path.stem}/" for path in (ROOT / "docs" / "guide").glob("*.md"))
WORKSHEETS = sorted(
    f"worksheets/{path.stem}/" for path in (ROOT / "docs" / "worksheets").glob("*.md")
)


def content_links(site: Path, page: str):
    """The links a page's text makes: not the permalink signs beside its headings."""
    return [
        link for link in article(page_file(site, page)).links if "headerlink" not in link.classes
    ]


def anchors(site: Path, page: str) -> set[str]:
    return article(page_file(site, page)).ids


# -- checklists and the guide ---------------------------------------------------------------


def test_every_checklist_item_in_the_data_names_a_guide_section():
    unlinked = [
        f"{checklist.name}/{item.id}"
        for checklist in DATA.checklists.values()
        for item in checklist.items
        if not any(link.to.startswith("guide/") and "#" in link.to for link in item.links)
    ]
    assert unlinked == []


def test_every_checklist_item_on_the_pack_page_links_to_a_section_that_exists(built_site):
    links = content_links(built_site, "checklists/")
    problems = []
    for checklist in DATA.checklists.values():
        for item in checklist.items:
            mine = [
                link
                for link in links
                if "checklist-links" in link.classes
                and link.data.get("data-checklist") == checklist.name
                and link.data.get("data-item") == item.id
            ]
            targets = [site_path("checklists/", link.href) for link in mine]
            sections = [
                (path, anchor) for path, anchor in targets if path.startswith("guide/") and anchor
            ]
            if not sections:
                problems.append(f"{checklist.name}/{item.id}: no link to a guide section")
            for path, anchor in sections:
                if anchor not in anchors(built_site, path):
                    problems.append(f"{checklist.name}/{item.id}: {path} has no #{anchor}")
    assert problems == []


@pytest.mark.parametrize("page", GUIDE + WORKSHEETS)
def test_links_into_the_checklists_page_go_to_one_checklist(built_site, page):
    pack = anchors(built_site, "checklists/")
    known = {f"checklist-{name}" for name in DATA.checklists}
    for link in content_links(built_site, page):
        path, anchor = site_path(page, link.href)
        if path == "checklists/":
            assert anchor in known and anchor in pack, f"{page}: '{link.text}' goes to {link.href}"


# -- every page leads somewhere --------------------------------------------------------------


@pytest.mark.parametrize("page", GUIDE + WORKSHEETS)
def test_every_guide_and_worksheet_page_ends_with_what_to_do_next(built_site, page):
    found = article(page_file(built_site, page))
    sections = [anchor for level, anchor, _ in found.headings if level == "h2"]
    assert sections and sections[-1] == "what-to-do-next", f"{page} ends with '{sections[-1:]}'"
    onward = [
        link
        for link in found.links
        if link.section == "what-to-do-next" and "headerlink" not in link.classes
    ]
    assert onward, f"{page}: 'What to do next' links nowhere"


# -- the guide follows its own rules ----------------------------------------------------------


def test_the_star_page_states_the_rule_the_coach_checks(built_site):
    text = " ".join(article(page_file(built_site, "guide/star-method/")).blocks)
    for sentence in describe_proportions().values():
        assert " ".join(sentence.split()) in text


def test_the_star_page_shows_every_worked_example_as_ready(built_site):
    html = page_file(built_site, "guide/star-method/").read_text(encoding="utf-8")
    for example in load_examples(ROOT / "data" / "examples.yml", ROOT / "data"):
        block = re.search(
            rf'data-example="{example.id}".*?worked-example-verdict">(.*?)</p>', html, re.S
        )
        assert block, example.id
        assert "Ready to tell" in block.group(1), (example.id, block.group(1))


def admonitions(html: str, kind: str) -> list[str]:
    """The text of each admonition of one kind ("example") on a page."""
    blocks = re.findall(rf'<div class="admonition {kind}">(.*?)</div>', html, re.S)
    return [unescape(re.sub(r"<[^>]+>", " ", block)) for block in blocks]


@pytest.mark.parametrize("page", GUIDE)
def test_no_example_in_the_guide_says_we_more_than_i(built_site, page):
    """The STAR page warns against "we"; the guide's own samples (openers, notes, stories)
    must not do what it warns against. The coach's first-person rule judges each one."""
    html = page_file(built_site, page).read_text(encoding="utf-8")
    for text in admonitions(html, "example"):
        warned = [
            point for point in star.first_person({"action": text}, {}) if point["tone"] == "warn"
        ]
        assert warned == [], f"{page}: {text[:80]}"


def test_the_taking_charge_opener_tells_its_story_with_i_and_never_we(built_site):
    html = page_file(built_site, "guide/taking-charge/").read_text(encoding="utf-8")
    (opener,) = [text for text in admonitions(html, "example") if "inviting me back" in text]
    assert set(words(opener)) & star.WE_WORDS == set()
    review = review_story({"title": "Opener", "action": opener})
    assert [p["tone"] for p in review["points"] if p["rule"] == "first-person"] == ["good"]


def test_the_red_flag_about_why_the_role_is_open_links_to_the_question(built_site):
    links = content_links(built_site, "guide/on-the-day/")
    (flag,) = [
        link
        for link in links
        if link.section == "assess-them-while-they-assess-you"
        and "why the position is open" in link.text
    ]
    path, anchor = site_path("guide/on-the-day/", flag.href)
    assert (path, anchor) == ("guide/questions-to-ask/", "find-out-why-the-role-is-open")
    html = page_file(built_site, path).read_text(encoding="utf-8")
    assert 'data-question="why-role-is-open"' in html
