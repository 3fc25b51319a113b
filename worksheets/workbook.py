"""The workbook: one JSON file that carries every worksheet, to keep or move to another device.

    {"format": "second-round/workbook", "version": 1,
     "worksheets": {"star-bank": {...its document...}, "interview-plan": {...}}}

An import may be a workbook or a single worksheet's own file (such as a STAR story bank
exported before the workbook existed); either way it comes back as documents by worksheet
id, each checked strictly against its spec.
"""

import json

from worksheets.document import (
    FILE,
    DocumentError,
    check_object,
    check_version,
    read_json,
    show,
    validate,
)
from worksheets.spec import Spec
from worksheets.text import count_noun, json_kind

FORMAT = "second-round/workbook"
VERSION = 1


def to_json(documents: dict[str, dict], specs: dict[str, Spec]) -> str:
    """Every worksheet's document in one file, in the site's order of worksheets.

    Keys follow the spec's field order rather than the alphabet, so the file reads naturally
    (a story's title, then situation, task, action, result) if someone opens it.
    """
    workbook = {
        "format": FORMAT,
        "version": VERSION,
        "worksheets": {key: documents[key] for key in specs if key in documents},
    }
    return json.dumps(workbook, indent=2, ensure_ascii=False) + "\n"


def parse_import(text: str, specs: dict[str, Spec], choices: dict) -> dict[str, dict]:
    """Read an imported file: a workbook or one worksheet's file; documents by worksheet id."""
    data = read_json(text)
    by_format = {spec.format: spec for spec in specs.values()}
    if isinstance(data, dict) and data.get("format") in by_format:
        spec = by_format[data["format"]]
        return {spec.id: validate(data, spec, choices, FILE)}
    workbook = check_object(data, "workbook", FORMAT, FILE)
    check_version(workbook, VERSION, FILE)
    return _worksheets(workbook, specs, choices)


def _worksheets(workbook: dict, specs: dict[str, Spec], choices: dict) -> dict[str, dict]:
    inside = workbook.get("worksheets")
    if not isinstance(inside, dict):
        found = (
            f'its "worksheets" field is {json_kind(inside)}'
            if "worksheets" in workbook
            else 'it has no "worksheets" field'
        )
        raise DocumentError(f"This file holds no worksheets: {found}.{FILE.advice}")
    unknown = [key for key in inside if key not in specs]
    if unknown:
        raise DocumentError(
            f"This file holds a worksheet this page does not know ({show(unknown[0])}); it may "
            "come from a newer version of Second Round. Reload the page and try again."
        )
    documents = {}
    for key, document in inside.items():
        try:
            documents[key] = validate(document, specs[key], choices, FILE)
        except DocumentError as error:
            raise DocumentError(f"In the {specs[key].title}: {error}") from None
    return documents


def summary(documents: dict[str, dict], specs: dict[str, Spec]) -> str:
    """What an import holds, in words: "3 stories and 2 people"."""
    parts = []
    for key, document in documents.items():
        records = specs[key].main_records
        if records is not None:
            count = len(document[records.name])
            parts.append(count_noun(count, records.records.noun, records.records.plural))
    if not parts:
        return "nothing"
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
