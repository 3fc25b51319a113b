"""Fixtures shared by every test: the real site built once, served on 127.0.0.1, and
Chromium launched from Debian's package (Playwright's own browser download is not used)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.build import mkdocs_build
from tests.support.static_server import StaticServer

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session with the strict configuration."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, f"mkdocs build failed:\n{result.stderr}"
    return site


@pytest.fixture(scope="session")
def site_server(built_site):
    server = StaticServer(built_site)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def site_url(site_server) -> str:
    return site_server.url


@pytest.fixture(scope="session")
def site_pages(built_site) -> list[str]:
    """Every page of the built site, as a path relative to its root ('' is the home page)."""
    pages = sorted(
        p.parent.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")
    )
    return ["" if page == "." else f"{page}/" for page in pages]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, headless, with no background calls to the outside world."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-gpu",
            # A fake microphone, allowed without asking (the practice drill records).
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
        ],
    }
