"""Render checklists from their data into page Markdown.

The list itself is HTML (a real checkbox with a real label per item), marked with
`markdown` attributes so that the links inside stay Markdown links: MkDocs then resolves
and validates them like any other link, and a broken one fails the strict build.
"""

from __future__ import annotations

import posixpath
from html import escape

from macros.data import Checklist, ChecklistItem, Link


def render(checklist: Checklist, page: str, heading_level: int = 3) -> str:
    """One checklist: a heading, its summary, the items and its controls."""
    if heading_level not in (2, 3, 4):
        raise ValueError(f"{page}: checklist heading_level must be 2, 3 or 4, not {heading_level}")
    heading = "#" * heading_level
    items = "\n".join(render_item(checklist.name, item, page) for item in checklist.items)
    return f"""
<section class="checklist" id="checklist-{checklist.name}" data-checklist="{checklist.name}" markdown="block">

{heading} {escape(checklist.title)} {{ #checklist-{checklist.name}-title }}

<p class="checklist-summary">{escape(checklist.summary)}</p>
<ul class="checklist-items" markdown="block">
{items}
</ul>
<p class="checklist-controls" hidden>
<button type="button" class="md-button checklist-print" data-print-target="checklist-{checklist.name}">Print this checklist</button>
<button type="button" class="md-button checklist-clear">Clear ticks</button>
<span class="checklist-status" role="status"></span>
</p>
</section>
"""


def render_item(checklist: str, item: ChecklistItem, page: str) -> str:
    box = f"cl-{checklist}-{item.id}"
    detail = (
        f'\n<p class="checklist-detail" id="{box}-detail">{escape(item.detail)}</p>'
        if item.detail
        else ""
    )
    described = f' aria-describedby="{box}-detail"' if item.detail else ""
    links = ""
    elsewhere = [link for link in item.links if link.to.split("#")[0] != page]
    if elsewhere:
        rendered = ", ".join(markdown_link(link, page) for link in elsewhere)
        links = f'\n<p class="checklist-links" markdown="span">Read: {rendered}</p>'
    return (
        f'<li class="checklist-item" data-item="{item.id}" markdown="block">\n'
        f'<input type="checkbox" class="checklist-box" id="{box}"{described}>'
        f'<label for="{box}">{escape(item.text)}</label>{detail}{links}\n</li>'
    )


def markdown_link(link: Link, page: str) -> str:
    """A Markdown link from `page` to a docs-relative target, for MkDocs to check."""
    target = posixpath.relpath(link.to, posixpath.dirname(page) or ".")
    label = link.label.replace("[", "\\[").replace("]", "\\]")
    return f"[{escape(label)}]({target})"


def render_pack(checklists: dict[str, Checklist], order: list[str], page: str) -> str:
    """Every checklist on one page, in the order the page gives; it must name each once."""
    missing = sorted(set(checklists) - set(order))
    unknown = sorted(set(order) - set(checklists))
    if missing or unknown or len(order) != len(set(order)):
        raise ValueError(
            f"{page}: checklist_pack must name every checklist once "
            f"(missing: {missing or 'none'}, unknown: {unknown or 'none'})"
        )
    return "\n".join(render(checklists[name], page, heading_level=2) for name in order)
