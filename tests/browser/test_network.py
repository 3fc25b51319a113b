"""Nothing is ever requested from a third party: every request of every page, its
workers included, goes to the local server."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.browser


def test_no_request_leaves_the_local_server(context: BrowserContext, site_url, site_pages):
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    for path in site_pages:
        page.goto(site_url + path, wait_until="networkidle")
    assert requests, "the pages made no request at all"
    outside = [
        url for url in requests if not url.startswith(("http://127.0.0.1:", "data:", "blob:"))
    ]
    assert outside == []
