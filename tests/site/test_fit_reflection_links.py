"""Every link the fit and reflection worksheet's decision note can give leads to a page and a
heading that exist in the built site: the flags' guide sections (data/flags.yml) and the
sections its rules point to."""

from __future__ import annotations

from pathlib import Path

from macros.data import load_site_data
from tests.site.pages import article, page_file
from worksheets import fit_reflection
from worksheets.next_round import CLARITY_SCALE
from worksheets.spec import empty_document

ROOT = Path(__file__).resolve().parents[2]


def every_branch(data: dict) -> list[dict]:
    """Reflections that between them reach every rule that gives a link."""
    base = empty_document(fit_reflection.SPEC)
    off_guard = [
        {
            "id": f"q-{n}-{now}",
            "question": "Tell me about a time you failed",
            "clarity": clarity,
            "now": "A better answer." if now else "",
        }
        for n, (clarity, _) in enumerate([*CLARITY_SCALE, ("", "")])
        for now in (0, 1)
    ]
    ticked = {
        "green_flags": [flag["id"] for flag in data["green_flags"]],
        "red_flags": [flag["id"] for flag in data["red_flags"]],
        "manager": "with-doubts",
    }
    return [
        {
            **base,
            **ticked,
            "off_guard": off_guard,
            "still_to_know": [{"id": "k-1", "text": "What is the salary?", "ask": "manager"}],
        },
        {**base, "still_to_know": [{"id": "k-1", "text": "Who is on the team?", "ask": ""}]},
    ]


def urls_in(value) -> set[str]:
    if isinstance(value, dict):
        found = {value["url"]} if isinstance(value.get("url"), str) and value["url"] else set()
        return found.union(*(urls_in(inner) for inner in value.values()))
    if isinstance(value, list):
        return set().union(*(urls_in(inner) for inner in value))
    return set()


def test_every_link_the_note_can_give_exists(built_site):
    data = load_site_data(ROOT / "data").as_json("green_flags", "red_flags")
    urls = set().union(
        *(urls_in(fit_reflection.review(document, data, {})) for document in every_branch(data))
    )
    assert len(urls) >= 10
    for url in sorted(urls):
        page, _, anchor = url.partition("#")
        built = page_file(built_site, page)
        assert built.is_file(), f"{url}: no such page"
        if anchor:
            assert anchor in article(built).ids, f"{url}: the page has no heading #{anchor}"
