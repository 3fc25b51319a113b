"""The checklist macros, run for real: a tiny fixture site is built with `mkdocs build`
using this project's macros module, and the rendered pages are read back."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tests.macros.test_data import (
    CHECKLIST,
    COMPETENCIES,
    FLAGS,
    QUESTIONS_TO_ASK,
    QUESTIONS_TO_EXPECT,
)
from tests.support.build import mkdocs_build

ROOT = Path(__file__).resolve().parents[2]

CONFIG = """\
site_name: Fixture
strict: true
validation:
  links: {not_found: warn, anchors: warn}
theme: {name: material, font: false}
plugins:
  - macros:
      module_name: macros
      on_error_fail: true
      on_undefined: strict
markdown_extensions: [attr_list, md_in_html, toc]
"""


@pytest.fixture(autouse=True)
def project_on_the_path(monkeypatch):
    """The fixture site reaches this project's packages (macros, worksheets) the way the real
    build does: `macros` found beside mkdocs.yml (a link, below), the project root on the path.
    (Naming the macros folder by its absolute path instead would put that folder itself on
    sys.path, where macros/worksheets.py would hide the worksheets package.)"""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))


def fixture_site(tmp_path: Path, index: str, checklist: str = CHECKLIST) -> Path:
    (tmp_path / "mkdocs.yml").write_text(CONFIG)
    (tmp_path / "macros").symlink_to(ROOT / "macros", target_is_directory=True)
    docs = tmp_path / "docs"
    (docs / "guide").mkdir(parents=True)
    (docs / "index.md").write_text(textwrap.dedent(index))
    (docs / "guide" / "on-the-day.md").write_text("# On the day\n\n## Breathe\n\nSlowly.\n")
    data = tmp_path / "data"
    (data / "checklists").mkdir(parents=True)
    (data / "checklists" / "day-of.yml").write_text(checklist)
    (data / "competencies.yml").write_text(COMPETENCIES)
    (data / "questions-to-expect.yml").write_text(QUESTIONS_TO_EXPECT)
    (data / "questions-to-ask.yml").write_text(QUESTIONS_TO_ASK)
    (data / "flags.yml").write_text(FLAGS)
    return tmp_path / "mkdocs.yml"


def build(tmp_path: Path, index: str, checklist: str = CHECKLIST):
    return mkdocs_build(fixture_site(tmp_path, index, checklist), tmp_path / "site")


def built_page(tmp_path: Path, index: str) -> str:
    result = build(tmp_path, index)
    assert result.returncode == 0, result.stderr
    return (tmp_path / "site" / "index.html").read_text()


def test_checklist_renders_each_item_as_a_labelled_checkbox(tmp_path):
    html = built_page(tmp_path, '# Home\n\n{{ checklist("day-of") }}\n')
    for item, text in (("arrive-early", "Arrive early."), ("breathe", "Breathe.")):
        box = f"cl-day-of-{item}"
        assert re.search(rf'<input type="checkbox" class="checklist-box" id="{box}"', html)
        assert f'<label for="{box}">{text}</label>' in html
    assert 'data-checklist="day-of"' in html


def test_checklist_heading_is_in_the_table_of_contents(tmp_path):
    html = built_page(tmp_path, '# Home\n\n{{ checklist("day-of", heading_level=2) }}\n')
    assert re.search(r'<h2 id="checklist-day-of-title">The day of', html)
    assert 'href="#checklist-day-of-title"' in html


def test_detail_describes_its_checkbox(tmp_path):
    html = built_page(tmp_path, '# Home\n\n{{ checklist("day-of") }}\n')
    assert 'aria-describedby="cl-day-of-arrive-early-detail"' in html
    assert (
        '<p class="checklist-detail" id="cl-day-of-arrive-early-detail">Ten minutes is enough.</p>'
        in html
    )


def test_links_become_relative_links_to_the_guide_page(tmp_path):
    html = built_page(tmp_path, '# Home\n\n{{ checklist("day-of") }}\n')
    assert '<a href="guide/on-the-day/#breathe">On the day</a>' in html


def test_text_from_data_is_escaped_not_interpreted(tmp_path):
    checklist = CHECKLIST.replace("text: Breathe.", "text: 'Breathe <b>slowly</b> & calmly.'")
    result = build(tmp_path, '# Home\n\n{{ checklist("day-of") }}\n', checklist)
    html = (tmp_path / "site" / "index.html").read_text()
    assert result.returncode == 0, result.stderr
    assert "Breathe &lt;b&gt;slowly&lt;/b&gt; &amp; calmly." in html


def test_a_link_to_a_missing_anchor_fails_the_strict_build(tmp_path):
    result = build(
        tmp_path,
        '# Home\n\n{{ checklist("day-of") }}\n',
        CHECKLIST.replace("#breathe", "#no-such-heading"),
    )
    assert result.returncode != 0
    assert "no-such-heading" in result.stderr


def test_unknown_checklist_in_a_page_fails_the_build_naming_page_and_name(tmp_path):
    result = build(tmp_path, '# Home\n\n{{ checklist("day-after") }}\n')
    assert result.returncode != 0
    assert "index.md: unknown checklist 'day-after' (data/checklists/ has: day-of)" in result.stderr


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (
            CHECKLIST.replace("    text: Breathe.\n", ""),
            "data/checklists/day-of.yml: item 2 ('breathe'): field 'text': is missing",
        ),
        (
            CHECKLIST.replace("id: breathe", "id: arrive-early"),
            "data/checklists/day-of.yml: item 2: field 'id': 'arrive-early' is used twice",
        ),
        (
            CHECKLIST.replace("text: Breathe.", "text: Breathe.\n    colour: red"),
            "data/checklists/day-of.yml: item 2 ('breathe'): field 'colour': unknown key",
        ),
        (
            CHECKLIST.replace("text: Breathe.", "text: 42"),
            "data/checklists/day-of.yml: item 2 ('breathe'): field 'text': expected text, got a number",
        ),
    ],
)
def test_a_broken_data_file_fails_the_build_with_its_message(tmp_path, broken, message):
    result = build(tmp_path, "# Home\n", broken)
    assert result.returncode != 0
    assert message in result.stderr


def test_the_pack_must_name_every_checklist(tmp_path):
    result = build(tmp_path, "# Home\n\n{{ checklist_pack([]) }}\n")
    assert result.returncode != 0
    assert "checklist_pack must name every checklist once (missing: ['day-of']" in result.stderr
