"""Render a worksheet page from its spec: the form (Jinja templates in macros/templates/),
the data its page script and Python need, and the script itself.

The form works without Python: the page script saves typing to browser storage at once,
and Python (in a Web Worker) adds its output when it has loaded. Everything here is
rendered at build time from the spec and validated site data, so no visitor text passes
through it; Jinja escapes every value all the same.
"""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from mkdocs.utils import get_relative_url

from worksheets.registry import SPECS
from worksheets.spec import Field, Spec, spec_json

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=False,
)


class UnknownWorksheet(LookupError):
    """A page asked for a worksheet the worksheets package does not declare."""


def render(
    worksheet_id: str, site_data: dict[str, list[dict]], page_url: str, runtime: dict[str, str]
) -> str:
    """The whole worksheet: form, templates, data and script tag, as HTML for the page."""
    if worksheet_id not in SPECS:
        raise UnknownWorksheet(
            f"unknown worksheet '{worksheet_id}' (worksheets.registry has: {', '.join(SPECS)})"
        )
    spec = SPECS[worksheet_id]
    root = get_relative_url(".", page_url)

    def url(path: str) -> str:
        return f"{root.rstrip('/')}/{path}" if root != "." else path

    urls = {name: url(path) for name, path in runtime.items()}
    urls["script"] = url(f"assets/javascripts/worksheets/{spec.id}.js")
    urls["root"] = f"{root.rstrip('/')}/"  # for links from Python's output to other pages
    return TEMPLATES.get_template("worksheet.html").render(
        spec=spec,
        urls=urls,
        choices=choices_of(spec, site_data),
        payload=Markup(payload(spec, site_data)),
    )


def choices_of(spec: Spec, site_data: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Each choice field's options, by field name: listed in the spec or taken from site data."""
    found: dict[str, list[dict]] = {}
    for field in _all_fields(spec.fields):
        if field.kind not in ("choice", "checkboxes") or field.open_choices:
            continue
        if isinstance(field.choices, str):
            options = [
                {"id": item["id"], "name": item["name"], "hint": item.get("hint", "")}
                for item in site_data[field.choices]
            ]
        else:
            options = [{"id": key, "name": name, "hint": ""} for key, name in field.choices]
        if found.setdefault(field.name, options) != options:
            raise ValueError(f"worksheet {spec.id}: two choice fields are named {field.name!r}")
    return found


def data_choices() -> set[str]:
    """The lists of site data that any worksheet's choices come from ("competencies")."""
    return {
        field.choices
        for spec in SPECS.values()
        for field in _all_fields(spec.fields)
        if isinstance(field.choices, str) and field.choices
    }


def _all_fields(fields: tuple[Field, ...]):
    for field in fields:
        yield field
        yield from _all_fields(field.fields)
        if field.records:
            yield from _all_fields(field.records.fields)


def payload(spec: Spec, site_data: dict[str, list[dict]]) -> str:
    """What the page script needs, as JSON safe inside a <script> element: the spec, the site
    data the worksheet's rules read, and where every worksheet keeps its notes (for the
    workbook's export, import and erase)."""
    content = {
        "spec": spec_json(spec),
        "data": {name: site_data[name] for name in spec.data},
        "worksheets": [spec_json(other) for other in SPECS.values()],
        # An import may carry every worksheet, so it is checked against every worksheet's choices.
        "choices": {name: [item["id"] for item in site_data[name]] for name in data_choices()},
    }
    return json.dumps(content, ensure_ascii=False).replace("</", "<\\/")
