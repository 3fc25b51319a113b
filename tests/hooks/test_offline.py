"""The service worker the build writes (hooks/offline.py): at the site's root, with a
precache list that covers every page and the search index, each entry with the revision of
the file as built, and the Python runtime listed for the offline check but never precached."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from hooks.offline import precache_list

BUILD = re.compile(r"^const BUILD = (\{.*?\n\});$", re.MULTILINE | re.DOTALL)


@pytest.fixture(scope="module")
def build(built_site) -> dict:
    code = (built_site / "service-worker.js").read_text(encoding="utf-8")
    assert "__BUILD__" not in code
    return json.loads(BUILD.search(code).group(1))


def file_of(site: Path, path: str) -> Path:
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


def test_every_entry_is_a_file_of_the_site_with_its_own_revision(built_site, build):
    for entry in build["precache"]:
        content = file_of(built_site, entry["path"]).read_bytes()
        assert hashlib.sha256(content).hexdigest().startswith(entry["revision"]), entry["path"]


def test_every_page_the_search_index_and_the_site_scripts_are_precached(
    built_site, build, site_pages
):
    paths = {entry["path"] for entry in build["precache"]}
    assert set(site_pages) <= paths
    assert {
        "search/search_index.json",
        "assets/javascripts/offline.js",
        "404.html",
        "assets/javascripts/worksheet-kit/kit.js",
    } <= paths
    assert any(
        re.fullmatch(r"assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js", path) for path in paths
    )


def test_the_runtime_source_maps_and_the_worker_itself_are_not_precached(build):
    paths = [entry["path"] for entry in build["precache"]]
    assert not [
        path
        for path in paths
        if "runtime/" in path
        or path.endswith(".map")
        or path == "service-worker.js"
        or "/lunr/" in path
    ]


def test_the_runtime_is_listed_and_every_file_of_it_exists(built_site, build):
    runtime = build["runtime"]
    assert any(
        re.fullmatch(r"worksheets/runtime/worker/[0-9a-f]{12}/worker\.js", path) for path in runtime
    )
    assert any(path.endswith(".whl") for path in runtime)
    assert any(path.endswith("pyodide.asm.wasm") for path in runtime)
    assert all((built_site / path).is_file() for path in runtime)


def test_the_python_worker_is_published_under_its_hash_only(built_site):
    assert not (built_site / "worksheets" / "runtime" / "worker.js").exists()
    html = (built_site / "worksheets" / "star-stories" / "index.html").read_text(encoding="utf-8")
    worker = re.search(
        r'data-worker="\.\./\.\./(worksheets/runtime/worker/[0-9a-f]{12}/worker\.js)"', html
    )
    assert worker and (built_site / worker.group(1)).is_file()


def test_a_changed_file_changes_its_revision_and_nothing_else(tmp_path):
    (tmp_path / "guide").mkdir()
    (tmp_path / "index.html").write_text("home")
    (tmp_path / "guide" / "index.html").write_text("guide")
    before = {entry["path"]: entry["revision"] for entry in precache_list(tmp_path)}
    (tmp_path / "guide" / "index.html").write_text("guide, rewritten")
    after = {entry["path"]: entry["revision"] for entry in precache_list(tmp_path)}
    assert set(before) == set(after) == {"", "guide/"}
    assert before[""] == after[""] and before["guide/"] != after["guide/"]
