"""The preview server (tools/preview.py) answers as a static host would: the right MIME
types, gzip where it helps, long caching only for versioned paths, 304 for what the browser
already has, the site's own 404 page, and a throttled link when asked for one."""

from __future__ import annotations

import gzip
import http.client
import os
import time

import pytest

from tools.preview import PreviewServer, Throttle

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"

TEXT = b"<!doctype html><title>Home</title>" + b"<p>Words that compress well. " * 200
WASM = b"\0asm\1\0\0\0" + bytes(range(256)) * 64
FILES = {
    "index.html": TEXT,
    "404.html": b"<!doctype html><title>Not here</title>",
    "guide/star-method/index.html": TEXT,
    "service-worker.js": b"self.addEventListener('fetch', () => {});" * 50,
    "search/search_index.json": b'{"docs": []}' * 100,
    "assets/javascripts/offline.js": b"(() => {})();" * 100,
    "assets/javascripts/bundle.a5f9d56c.min.js": b"var a=1;" * 200,
    "assets/stylesheets/main.57a0d79d.min.css": b"a{color:red}" * 200,
    "worksheets/runtime/pyodide/314.0.7/pyodide.asm.wasm": WASM,
    "worksheets/runtime/pyodide/314.0.7/pyodide.mjs": b"export const x = 1;" * 100,
    "worksheets/runtime/pyodide/314.0.7/python_stdlib.zip": b"PK\3\4" + os.urandom(2000),
    "worksheets/runtime/wheels/4fc05e69fc75/second_round-0.1.0-py3-none-any.whl": b"PK\3\4"
    + os.urandom(500),
    "worksheets/runtime/worker/98f738227abf/worker.js": b"self.onmessage = () => {};" * 50,
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    for path, content in FILES.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content)
    server = PreviewServer(root)
    yield server
    server.stop()


def get(server: PreviewServer, path: str, method: str = "GET", **headers: str):
    """(status, headers, body) of one request; header names use underscores for hyphens."""
    host, port = server.url.removeprefix("http://").rstrip("/").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request(
        method, path, headers={name.replace("_", "-"): value for name, value in headers.items()}
    )
    response = connection.getresponse()
    result = response.status, response.headers, response.read()
    connection.close()
    return result


@pytest.mark.parametrize(
    ("path", "mime"),
    [
        ("/", "text/html; charset=utf-8"),
        ("/worksheets/runtime/pyodide/314.0.7/pyodide.asm.wasm", "application/wasm"),
        ("/worksheets/runtime/pyodide/314.0.7/pyodide.mjs", "text/javascript; charset=utf-8"),
        ("/assets/javascripts/offline.js", "text/javascript; charset=utf-8"),
        ("/search/search_index.json", "application/json"),
        ("/assets/stylesheets/main.57a0d79d.min.css", "text/css; charset=utf-8"),
        ("/worksheets/runtime/pyodide/314.0.7/python_stdlib.zip", "application/zip"),
    ],
)
def test_each_kind_of_file_has_the_mime_type_browsers_insist_on(server, path, mime):
    status, headers, _ = get(server, path)
    assert (status, headers["Content-Type"]) == (200, mime)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/worksheets/runtime/pyodide/314.0.7/pyodide.asm.wasm",
        "/worksheets/runtime/pyodide/314.0.7/pyodide.mjs",
        "/search/search_index.json",
        "/assets/stylesheets/main.57a0d79d.min.css",
    ],
)
def test_text_and_webassembly_are_gzipped_for_a_browser_that_accepts_it(server, path):
    status, headers, body = get(server, path, Accept_Encoding="gzip, deflate, br")
    original = FILES["index.html" if path == "/" else path.lstrip("/")]
    assert (status, headers["Content-Encoding"], headers["Vary"]) == (
        200,
        "gzip",
        "Accept-Encoding",
    )
    assert gzip.decompress(body) == original
    assert int(headers["Content-Length"]) == len(body) < len(original)


def test_nothing_is_gzipped_for_a_browser_that_does_not_ask(server):
    _, headers, body = get(server, "/")
    assert "Content-Encoding" not in headers and body == FILES["index.html"]


@pytest.mark.parametrize(
    "path",
    [
        "/worksheets/runtime/pyodide/314.0.7/python_stdlib.zip",
        "/worksheets/runtime/wheels/4fc05e69fc75/second_round-0.1.0-py3-none-any.whl",
    ],
)
def test_already_compressed_files_are_sent_as_they_are(server, path):
    _, headers, body = get(server, path, Accept_Encoding="gzip")
    assert "Content-Encoding" not in headers and body == FILES[path.lstrip("/")]


@pytest.mark.parametrize(
    ("path", "cache"),
    [
        ("/worksheets/runtime/pyodide/314.0.7/pyodide.asm.wasm", IMMUTABLE),
        ("/worksheets/runtime/wheels/4fc05e69fc75/second_round-0.1.0-py3-none-any.whl", IMMUTABLE),
        ("/worksheets/runtime/worker/98f738227abf/worker.js", IMMUTABLE),
        ("/assets/javascripts/bundle.a5f9d56c.min.js", IMMUTABLE),
        ("/assets/stylesheets/main.57a0d79d.min.css", IMMUTABLE),
        ("/", REVALIDATE),
        ("/guide/star-method/", REVALIDATE),
        ("/service-worker.js", REVALIDATE),
        ("/search/search_index.json", REVALIDATE),
        ("/assets/javascripts/offline.js", REVALIDATE),
    ],
)
def test_only_paths_that_carry_a_version_are_cached_for_good(server, path, cache):
    assert get(server, path)[1]["Cache-Control"] == cache


def test_an_unchanged_file_is_answered_with_304_by_etag_or_by_date(server):
    _, headers, _ = get(server, "/guide/star-method/", Accept_Encoding="gzip")
    status, again, body = get(
        server, "/guide/star-method/", Accept_Encoding="gzip", If_None_Match=headers["ETag"]
    )
    assert (status, body, again["ETag"]) == (304, b"", headers["ETag"])
    status, _, body = get(server, "/guide/star-method/", If_Modified_Since=headers["Last-Modified"])
    assert (status, body) == (304, b"")


def test_the_gzipped_and_plain_copies_have_different_etags(server):
    gzipped = get(server, "/", Accept_Encoding="gzip")[1]["ETag"]
    plain = get(server, "/")[1]["ETag"]
    assert gzipped != plain
    assert get(server, "/", If_None_Match=gzipped)[0] == 200  # asks for plain, holds gzip


def test_a_head_request_has_the_headers_and_no_body(server):
    status, headers, body = get(server, "/", method="HEAD")
    assert (status, body, int(headers["Content-Length"])) == (200, b"", len(FILES["index.html"]))


def test_a_folder_without_its_slash_is_redirected(server):
    status, headers, _ = get(server, "/guide/star-method")
    assert (status, headers["Location"]) == (301, "/guide/star-method/")


def test_a_missing_page_gets_the_sites_404_page(server):
    status, headers, body = get(server, "/nowhere/")
    assert (status, body, headers["Cache-Control"]) == (404, FILES["404.html"], REVALIDATE)


def test_a_throttled_link_adds_latency_and_shares_its_speed(tmp_path):
    (tmp_path / "data.zip").write_bytes(os.urandom(100_000))
    server = PreviewServer(tmp_path, throttle=Throttle(bits_per_second=8_000_000, latency=0.05))
    try:
        began = time.monotonic()
        assert get(server, "/data.zip")[0] == 200
        elapsed = time.monotonic() - began
    finally:
        server.stop()
    assert elapsed >= 0.05 + 100_000 * 8 / 8_000_000 - 0.01  # latency, then 0.1 s of transfer


def test_throttled_answers_wait_for_each_other():
    link = Throttle(bits_per_second=8_000_000, latency=0)
    began = time.monotonic()
    link.wait_for_link(50_000)
    link.wait_for_link(50_000)
    assert time.monotonic() - began >= 0.09
