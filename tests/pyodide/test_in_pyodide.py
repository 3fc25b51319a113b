"""The worksheet tests, run again inside real Pyodide (Python 3.14 on WebAssembly, the
runtime the site's browser pages use) under Node, by tests/pyodide/run_tests.mjs, against
the worksheets wheel built by the same hook that puts it in the site.

Every test that passes under CPython must also pass there: the same count, none failing.
`make test` installs Pyodide (npm ci) and pytest's wheels, so nothing here is skipped."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from hooks.worksheets_runtime import build_wheel

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "tests" / "pyodide" / "run_tests.mjs"
NEEDED = {
    ROOT / "node_modules" / "pyodide" / "pyodide.mjs": "npm ci",
    ROOT / ".cache" / "pyodide-wheels" / ".installed": "make test",
}


def collected_under_cpython() -> int:
    """How many tests pytest collects from tests/worksheets here, under CPython."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/worksheets",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = re.search(r"^(\d+) tests? collected", result.stdout, re.MULTILINE)
    assert found, (
        f"could not count the worksheet tests:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
    )
    return int(found.group(1))


def test_worksheet_tests_pass_inside_pyodide(tmp_path):
    for path, fix in NEEDED.items():
        assert path.exists(), f"{path.relative_to(ROOT)} is missing: run `{fix}`"
    node = shutil.which("node")
    assert node, "Node is not on PATH; it runs Pyodide for this test"

    name, wheel_bytes = build_wheel(ROOT)
    wheel = tmp_path / name
    wheel.write_bytes(wheel_bytes)

    result = subprocess.run(
        [node, str(RUNNER), str(wheel)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=240,
    )
    output = result.stdout
    tail = f"Output from Pyodide (last lines):\n{output[-3000:]}"

    assert result.returncode == 0, f"exit code {result.returncode}\n{tail}"
    assert re.search(r"^Pyodide .*Python 3\.14", output, re.MULTILINE), tail
    assert re.search(
        r"^worksheets from .*site-packages/worksheets/__init__\.py", output, re.MULTILINE
    ), tail
    passed = re.search(r"^(\d+) passed\b", output, re.MULTILINE)
    assert passed, tail
    assert int(passed.group(1)) == collected_under_cpython(), tail
