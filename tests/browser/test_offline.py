"""Offline and updates, in Chromium: after one online visit the whole site works with the
server gone, and a rebuilt site replaces the old one whole, one reload after the browser has
found it, with no file of the old version asked for again.

Each test has a server of its own: one is stopped (Playwright's offline switch may not reach
what module workers and the service worker fetch, a stopped server does), the other has its
files swapped for a second build.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.support.build import mkdocs_build
from tests.support.static_server import StaticServer

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
READY_OFFLINE = "Ready to use offline."
NEW_VERSION = "A new version is ready"
PYTHON_READY = "performance.getEntriesByName('worksheet:python-ready').length > 0"
RESTORED = "performance.getEntriesByName('worksheet:python-ready')[0].detail.restored"
# What a second build needs from the project (node_modules is linked, not copied).
PROJECT = (
    "docs",
    "data",
    "macros",
    "worksheets",
    "hooks",
    "overrides",
    "mkdocs.yml",
    "pyproject.toml",
    "README.md",
)
NEW_SENTENCE = "This sentence only exists in the second build."


def offline_line(page: Page):
    return page.locator(".offline-status")


def visit_until_ready_offline(page: Page, url: str) -> None:
    """A first visit: a guide page, then a worksheet until Python is stored for next time."""
    page.goto(url + "guide/star-method/")
    expect(offline_line(page)).to_contain_text("Pages ready to use offline", timeout=30_000)
    page.goto(url + "worksheets/star-stories/")
    expect(offline_line(page)).to_contain_text(READY_OFFLINE, timeout=90_000)


def wait_for_python(page: Page) -> None:
    page.wait_for_function(PYTHON_READY, timeout=60_000)


def test_after_one_visit_every_kind_of_page_works_with_the_server_gone(page: Page, built_site):
    server = StaticServer(built_site)
    url = server.url
    try:
        page.goto(url)
        expect(offline_line(page)).to_be_visible(timeout=30_000)
        visit_until_ready_offline(page, url)
    finally:
        server.stop()
    page.context.set_offline(True)

    page.goto(url + "guide/research/")  # never visited
    expect(page.locator("h1")).to_contain_text("Research")

    page.goto(url + "checklists/")
    page.locator(".checklist-item label").first.click()
    page.reload()
    expect(page.locator(".checklist-box").first).to_be_checked()

    page.keyboard.press("/")
    expect(page.locator(".md-search-result__meta")).not_to_have_text(
        "Initializing search", timeout=10_000
    )
    page.get_by_role("textbox", name="Search").press_sequentially("handshake")
    expect(
        page.locator(".md-search-result__item").filter(has_text="On the day").first
    ).to_be_visible()

    page.goto(url + "worksheets/interview-plan/")  # never visited: it shares the runtime
    wait_for_python(page)
    page.get_by_role("button", name="Add a person").click()
    page.get_by_label("Name", exact=True).fill("Offline Person")
    expect(page.locator(".worksheet-status-text")).to_contain_text("The coach is ready")


@pytest.fixture
def second_build(built_site, tmp_path) -> Path:
    """The site built again from a copy of the project with a guide page and the worksheets
    package changed, so the pages, the wheel and the site's version all differ."""
    project = tmp_path / "project"
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, project / name)
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    with (project / "docs" / "guide" / "myths.md").open("a", encoding="utf-8") as page:
        page.write(f"\n{NEW_SENTENCE}\n")
    with (project / "worksheets" / "__init__.py").open("a", encoding="utf-8") as package:
        package.write("\n# changed for the second build\n")
    site = tmp_path / "second-site"
    result = mkdocs_build(project / "mkdocs.yml", site)
    assert result.returncode == 0, f"the second build failed:\n{result.stderr}"
    return site


def test_a_new_build_is_in_use_one_reload_after_the_browser_finds_it(
    page: Page, built_site, second_build, tmp_path
):
    served = tmp_path / "served"
    served.symlink_to(built_site)
    server = StaticServer(served)
    url = server.url
    try:
        visit_until_ready_offline(page, url)
        first_version = offline_line(page).get_attribute("data-version")

        swap = tmp_path / "swap"
        swap.symlink_to(second_build)
        os.replace(swap, served)  # the deploy: the same address now serves the second build

        # The next visit still shows the first build, whole, while the browser fetches the new
        # service worker (it checks on every visit) and installs the new version.
        page.goto(url + "guide/myths/")
        expect(offline_line(page)).to_contain_text(NEW_VERSION, timeout=30_000)
        expect(page.get_by_text(NEW_SENTENCE)).to_have_count(0)

        requested = []
        page.context.on("request", lambda request: requested.append(request.url))
        page.reload()
        expect(page.get_by_text(NEW_SENTENCE)).to_be_visible()
        expect(offline_line(page)).not_to_contain_text(NEW_VERSION)
        assert offline_line(page).get_attribute("data-version") != first_version

        page.goto(url + "worksheets/star-stories/")
        wait_for_python(page)
        assert page.evaluate(RESTORED) is False, "a snapshot made with the old wheel was used"
    finally:
        server.stop()
    old, new = runtime_folders(built_site), runtime_folders(second_build)
    assert old - new and new - old, "the two builds should differ in their wheels"
    assert any(folder in url for url in requested for folder in new - old)
    assert not [url for url in requested for folder in old - new if folder in url]


def runtime_folders(site: Path) -> set[str]:
    """A build's versioned runtime folders: '/worksheets/runtime/wheels/<hash>/' and the like."""
    runtime = site / "worksheets" / "runtime"
    return {
        f"/worksheets/runtime/{kind.name}/{version.name}/"
        for kind in runtime.iterdir()
        for version in kind.iterdir()
    }
