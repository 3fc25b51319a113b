"""Put the worksheets' browser runtime into the built site.

Three things: the `worksheets` package built as a wheel and Pyodide's runtime files copied
from its pinned npm package (neither committed nor kept in docs/), and the Python worker
script (docs/worksheets/runtime/worker.js). All land under `worksheets/runtime/` with a
version or content hash in the path, so a browser (and the service worker that serves them)
never mixes an old file with a new page, whatever caching the host does. The paths are
published in `config.extra.worksheets_runtime` for the worksheet macro.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

RUNTIME = "worksheets/runtime"
# The files Pyodide's loader fetches at start-up; nothing else from the package is served.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# The Python worker's source in docs/; it is published under its hash only.
WORKER = "worksheets/runtime/worker.js"

# What on_config prepared for on_post_build: the Pyodide folder, the wheel's and the worker's bytes.
_built: dict = {}


def on_config(config):
    project = Path(config.config_file_path).parent
    pyodide = project / "node_modules" / "pyodide"
    version = pyodide_version(pyodide)
    wheel_name, wheel_bytes = build_wheel(project)
    digest = hashlib.sha256(wheel_bytes).hexdigest()[:12]
    worker = (Path(config.docs_dir) / WORKER).read_bytes()
    _built.update(wheel=wheel_bytes, pyodide=pyodide, worker=worker)
    config.extra["worksheets_runtime"] = {
        "worker": f"{RUNTIME}/worker/{hashlib.sha256(worker).hexdigest()[:12]}/worker.js",
        "pyodide": f"{RUNTIME}/pyodide/{version}/",
        "wheel": f"{RUNTIME}/wheels/{digest}/{wheel_name}",
    }
    return config


def on_files(files, config):
    """Keep the worker from being copied to its unversioned path: on_post_build writes it."""
    worker = files.get_file_from_path(WORKER)
    if worker is None:
        raise PluginError(f"the Python worker script is missing: docs/{WORKER}")
    files.remove(worker)
    return files


def on_post_build(config):
    site = Path(config.site_dir)
    paths = config.extra["worksheets_runtime"]
    for name in PYODIDE_FILES:
        copy_if_changed(_built["pyodide"] / name, site / paths["pyodide"] / name)
    for name in ("wheel", "worker"):
        target = site / paths[name]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_built[name])


def pyodide_version(folder: Path) -> str:
    manifest = folder / "package.json"
    if not manifest.is_file():
        raise PluginError(
            f"Pyodide runtime not found in {folder}: run 'npm ci' (or 'make build'), "
            "which installs the version pinned in package-lock.json."
        )
    return json.loads(manifest.read_text(encoding="utf-8"))["version"]


def build_wheel(project: Path) -> tuple[str, bytes]:
    """Build the worksheets wheel with the project's build backend; return its name and bytes.

    Hatchling's wheels are reproducible, so unchanged code keeps the same hash and URL.
    """
    from hatchling.build import build_wheel as hatch_build  # build-time only

    with tempfile.TemporaryDirectory(prefix="worksheets-wheel-") as out, contextlib.chdir(project):
        name = hatch_build(out)
        return name, (Path(out) / name).read_bytes()


def copy_if_changed(source: Path, target: Path) -> None:
    """Copy unless the same bytes are already there, so `mkdocs serve` rebuilds stay quick."""
    if (
        target.is_file()
        and target.stat().st_size == source.stat().st_size
        and target.stat().st_mtime >= source.stat().st_mtime
    ):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
