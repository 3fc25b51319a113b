"""Render the worksheet pages' HTML: the form skeleton, its data and its scripts.

The form works without Python: the page script saves typing to browser storage at once,
and Python (in a Web Worker) adds its feedback when it has loaded. Everything here is
rendered at build time from validated data, so no visitor text ever passes through it.
"""

from __future__ import annotations

import json
from html import escape

from mkdocs.utils import get_relative_url

from macros.data import SiteData
from worksheets.bank import blank_story, empty_bank

STORY_FIELDS = (
    ("situation", "Situation", "Where and when: the context, in two or three sentences."),
    ("task", "Task", "What you were responsible for, or the problem you had to solve."),
    ("action", "Action", "What you did, step by step. Say “I”: this is the heart of the story."),
    ("result", "Result", "What changed because of you, with a number if you can."),
)


def render_star_bank(data: SiteData, page_url: str, runtime: dict[str, str]) -> str:
    """The STAR story bank: toolbar, story list, template, coverage and scripts."""
    root = get_relative_url(".", page_url)

    def url(path: str) -> str:
        return escape(f"{root.rstrip('/')}/{path}" if root != "." else path)

    return "\n".join([
        f'<div class="worksheet star-bank" data-worksheet="star-bank" '
        f'data-worker="{url(runtime["worker"])}" data-wheel="{url(runtime["wheel"])}" '
        f'data-pyodide="{url(runtime["pyodide"])}" data-service-worker="{url(runtime["service_worker"])}">',
        status_html(),
        toolbar_html(),
        '<p class="star-empty" hidden>No stories yet. Press <strong>Add a story</strong> to write your first.</p>',
        '<ol class="story-list" aria-label="Your stories"></ol>',
        '<div class="star-undo" role="status" aria-live="polite"></div>',
        coverage_html(),
        story_template(data),
        data_script(data),
        "</div>",
        f'<script type="module" src="{url("assets/javascripts/star-bank.js")}"></script>',
    ])


def status_html() -> str:
    return ('<div class="worksheet-status" role="status" aria-live="polite">'
            '<span class="worksheet-status-text">Your notes are saved in this browser as you type. '
            'Loading the coach (Python)…</span> '
            '<progress class="worksheet-progress" max="3" value="0" aria-label="Loading Python"></progress>'
            '</div>')


def toolbar_html() -> str:
    return """<div class="worksheet-toolbar" role="group" aria-label="Story bank actions">
<button type="button" class="md-button md-button--primary" data-action="add">Add a story</button>
<button type="button" class="md-button" data-action="export-markdown" data-needs-python disabled>Export Markdown</button>
<button type="button" class="md-button" data-action="export-json" data-needs-python disabled>Export JSON</button>
<label class="md-button worksheet-import" data-needs-python aria-disabled="true">Import JSON<input type="file" accept=".json,application/json" data-action="import" disabled></label>
<button type="button" class="md-button" data-action="print">Print</button>
<button type="button" class="md-button worksheet-danger" data-action="erase">Erase my data</button>
</div>
<p class="worksheet-message" role="alert"></p>"""


def coverage_html() -> str:
    return """<section class="star-coverage" aria-labelledby="coverage-title">
<h2 id="coverage-title">Coverage: which questions your stories answer</h2>
<p class="star-coverage-summary">Coverage appears here once the coach has loaded.</p>
<div class="star-coverage-table"></div>
</section>"""


def story_template(data: SiteData) -> str:
    """One story's form. The page clones it per story and replaces ID in ids and labels."""
    fields = "\n".join(
        f'<div class="story-field"><label for="ID-{name}">{label}</label>'
        f'<span class="story-hint" id="ID-{name}-hint">{escape(hint)}</span>'
        f'<textarea id="ID-{name}" name="{name}" rows="3" aria-describedby="ID-{name}-hint"></textarea></div>'
        for name, label, hint in STORY_FIELDS)
    boxes = "\n".join(
        f'<label class="story-competency" title="{escape(c.hint)}">'
        f'<input type="checkbox" name="competencies" value="{c.id}"> {escape(c.name)}</label>'
        for c in data.competencies)
    return f"""<template id="story-template">
<li class="story">
<article class="story-card" aria-labelledby="ID-heading">
<h3 class="story-heading" id="ID-heading">Untitled story</h3>
<div class="story-field"><label for="ID-title">Title</label>
<input type="text" id="ID-title" name="title" autocomplete="off"></div>
{fields}
<fieldset class="story-competencies"><legend>Competencies it shows</legend>
{boxes}
</fieldset>
<div class="story-field"><label for="ID-answers">Answers (optional): the first-round question or accomplishment it answers</label>
<input type="text" id="ID-answers" name="answers" autocomplete="off"></div>
<div class="story-actions" role="group" aria-label="Story actions">
<button type="button" class="md-button" data-story-action="up">Move up</button>
<button type="button" class="md-button" data-story-action="down">Move down</button>
<button type="button" class="md-button" data-story-action="duplicate">Duplicate</button>
<button type="button" class="md-button worksheet-danger" data-story-action="delete">Delete</button>
</div>
<section class="story-feedback" aria-label="Coach's feedback" aria-live="polite">
<p class="story-verdict">Feedback appears when the coach has loaded.</p>
<ul class="story-points"></ul>
</section>
</article>
</li>
</template>"""


def data_script(data: SiteData) -> str:
    """What the page and the worker need, as JSON: the data, and the empty bank and blank
    story (their shape, format and version come from the worksheets package, their home)."""
    payload = {
        "empty_bank": empty_bank(),
        "blank_story": blank_story(),
        "competencies": [{"id": c.id, "name": c.name, "hint": c.hint} for c in data.competencies],
        "questions": [{"id": q.id, "text": q.text, "kind": q.kind, "competencies": list(q.competencies)}
                      for q in data.questions],
    }
    text = json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="star-bank-data">{text}</script>'
