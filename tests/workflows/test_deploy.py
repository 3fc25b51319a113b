"""The GitHub Pages workflow (.github/workflows/deploy.yml): it parses, runs on a push to
main, installs from the lock files, runs the tests that need no browser, builds, and
publishes site/ with the official Pages actions pinned to a major version."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "deploy.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def test_it_runs_on_a_push_to_main_and_may_publish_pages(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_the_build_installs_from_the_lock_files_tests_builds_and_uploads_in_that_order(workflow):
    names = [step["name"] for step in steps(workflow, "build")]
    wanted = ["uv sync --locked", "npm ci", "make check", "make build", "Upload site/"]
    positions = [next(i for i, name in enumerate(names) if fragment in name) for fragment in wanted]
    assert positions == sorted(positions), names
    upload = next(
        step for step in steps(workflow, "build") if "upload-pages-artifact" in step.get("uses", "")
    )
    assert upload["with"]["path"] == "site"


def test_the_deploy_job_publishes_after_the_build(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_every_action_is_an_official_one_pinned_to_a_major_version(workflow):
    used = [
        step["uses"] for job in workflow["jobs"] for step in steps(workflow, job) if "uses" in step
    ]
    assert used
    for action in used:
        assert re.fullmatch(r"actions/[a-z-]+@v\d+", action), action


def test_every_make_target_it_runs_exists(workflow):
    runs = [
        step["run"] for job in workflow["jobs"] for step in steps(workflow, job) if "run" in step
    ]
    assert runs
    for command in runs:
        target = command.removeprefix("make ").strip()
        result = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, f"{command}: {result.stderr}"
