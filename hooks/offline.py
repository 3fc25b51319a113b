"""Publish the site's service worker with the list of files it keeps for offline use.

docs/service-worker.js is the worker's code. This hook writes it to the site's root (so its
scope is the whole site, also under a sub-path such as a GitHub Pages project site) with
BUILD filled in: every file to precache, each with its revision (the start of its SHA-256),
the Python runtime's files (not precached: the worker only checks whether they are stored,
to say whether the worksheets work offline), and a version made from all of these, so the
worker's bytes change exactly when the site does. It runs after hooks/worksheets_runtime.py,
which writes the runtime.

`mkdocs serve` gets no service worker: it would answer from the previous build while you edit.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from mkdocs.exceptions import PluginError

SOURCE = "service-worker.js"  # in docs/, published at the site's root
MARKER = "__BUILD__"
# Not precached: the Python runtime (~13 MB; the worksheets' worker stores it once Python has
# started), the worker itself, source maps, search language packs (the site is in English
# only) and the sitemaps.
SKIPPED_FOLDERS = ("worksheets/runtime/", "assets/javascripts/lunr/")
SKIPPED_FILES = (SOURCE, "sitemap.xml", "sitemap.xml.gz")
SKIPPED_SUFFIXES = (".map",)
REVISION_LENGTH = 16

_state: dict = {"serving": False, "source": None}


def on_startup(command, dirty):
    _state["serving"] = command == "serve"


def on_files(files, config):
    """Take the worker's code out of the copied files: on_post_build writes it, filled in."""
    source = files.get_file_from_path(SOURCE)
    if source is None:
        raise PluginError(f"the service worker's code is missing: docs/{SOURCE}")
    _state["source"] = Path(source.abs_src_path)
    files.remove(source)
    return files


def on_post_build(config):
    if _state["serving"]:
        return
    site = Path(config.site_dir)
    build = {
        "precache": precache_list(site),
        "runtime": runtime_list(site, config.extra["worksheets_runtime"]),
    }
    build["version"] = revision(json.dumps(build, sort_keys=True).encode())
    code = _state["source"].read_text(encoding="utf-8")
    if code.count(MARKER) != 1:
        raise PluginError(f"docs/{SOURCE} must hold {MARKER} exactly once (where BUILD goes)")
    (site / SOURCE).write_text(code.replace(MARKER, json.dumps(build, indent=1)), encoding="utf-8")


def precache_list(site: Path) -> list[dict[str, str]]:
    """Every file a page may need, by address relative to the site's root ('' is the home
    page, 'guide/x/' a page), with its revision."""
    entries = []
    for file in sorted(path for path in site.rglob("*") if path.is_file()):
        relative = file.relative_to(site).as_posix()
        if kept_offline(relative):
            address = relative.removesuffix("index.html") if file.name == "index.html" else relative
            entries.append({"path": address, "revision": revision(file.read_bytes())})
    return entries


def kept_offline(relative: str) -> bool:
    return not (
        relative.startswith(SKIPPED_FOLDERS)
        or relative in SKIPPED_FILES
        or relative.endswith(SKIPPED_SUFFIXES)
    )


def runtime_list(site: Path, paths: dict[str, str]) -> list[str]:
    """The files a worksheet needs to start Python: the worker, the wheel and Pyodide's."""
    pyodide = site / paths["pyodide"]
    files = [
        paths["worker"],
        paths["wheel"],
        *(paths["pyodide"] + file.name for file in sorted(pyodide.iterdir())),
    ]
    missing = [path for path in files if not (site / path).is_file()]
    if missing:
        raise PluginError(f"the worksheets' runtime is incomplete in {site}: {', '.join(missing)}")
    return files


def revision(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:REVISION_LENGTH]
