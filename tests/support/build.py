"""Run a real `mkdocs build` the way a user does, and report what it said."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def mkdocs_build(config: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Build the site of `config` into `site_dir` (strict, as configured); never raises."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--config-file",
            str(config),
            "--site-dir",
            str(site_dir),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=config.parent,
        timeout=300,
    )
