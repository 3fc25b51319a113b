"""The real site: it builds strictly, carries every checklist item, and is self-contained."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from macros.data import load_site_data

ROOT = Path(__file__).resolve().parents[2]
ORIGINALITY = ROOT.parent / "shared" / "tools" / "check_originality.py"
GUIDE_PAGES = sorted(path.stem for path in (ROOT / "docs" / "guide").glob("*.md"))


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_every_guide_page_is_built_and_ends_with_what_to_do_next(built_site):
    for name in GUIDE_PAGES:
        html = page(built_site, f"guide/{name}")
        assert 'id="what-to-do-next"' in html, name


def test_the_pack_holds_every_item_of_every_checklist(built_site):
    html = page(built_site, "checklists")
    for checklist in load_site_data(ROOT / "data").checklists.values():
        for item in checklist.items:
            assert f'id="cl-{checklist.name}-{item.id}"' in html, (checklist.name, item.id)


def test_each_embedded_checklist_is_complete_on_its_guide_page(built_site):
    data = load_site_data(ROOT / "data")
    embedded = {}
    for name in GUIDE_PAGES:
        for checklist in re.findall(
            r'data-checklist="([a-z-]+)"', page(built_site, f"guide/{name}")
        ):
            embedded[checklist] = name
    assert set(embedded) == set(data.checklists)
    for checklist, guide in embedded.items():
        html = page(built_site, f"guide/{guide}")
        for item in data.checklists[checklist].items:
            assert f'id="cl-{checklist}-{item.id}"' in html


def test_no_page_loads_anything_from_another_site(built_site):
    external = re.compile(
        r'<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I
    )
    for html_file in built_site.rglob("*.html"):
        assert not external.search(html_file.read_text(encoding="utf-8")), html_file


def test_guide_pages_do_not_reference_the_python_runtime(built_site):
    for name in GUIDE_PAGES:
        html = page(built_site, f"guide/{name}")
        assert "pyodide" not in html.lower() and "star-bank.js" not in html, name


def test_the_runtime_is_in_the_site_but_not_in_docs(built_site):
    assert list(built_site.glob("worksheets/runtime/pyodide/*/pyodide.asm.wasm"))
    assert list(built_site.glob("worksheets/runtime/wheels/*/second_round-*.whl"))
    assert not list((ROOT / "docs").rglob("*.wasm"))


@pytest.mark.skipif(
    not ORIGINALITY.is_file(), reason="the source articles' checker is not beside this checkout"
)
def test_no_passage_is_copied_from_the_source_articles():
    result = subprocess.run(
        [sys.executable, str(ORIGINALITY), "docs", "macros", "worksheets", "data"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
