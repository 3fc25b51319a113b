"""One document format for every worksheet: the versioned envelope, the limits, and the checks
a document must pass, all driven by the worksheet's spec (worksheets.spec).

A document reaches this code from two places it cannot trust: a JSON file the visitor
imports, and the page's own saved copy, which may be damaged or left over from an older
version of the site. Both are checked here. A good document comes back normalised (every
field present, in the spec's order, every record with a unique id); anything else raises
DocumentError with a message written for the visitor.

Imports are checked strictly: a choice the site does not offer, a text over MAX_FIELD_CHARS
or more records than the limit are refused. Saved copies are checked leniently: a choice the
site no longer offers (say, a renamed competency) is kept, so an old saved document still
loads, and limits are left to the page, which shows them as the visitor types; so one long
field never stops the feedback on the rest, and an export always works.
"""

import json
import math
import re
from dataclasses import dataclass

from worksheets.spec import MAX_FIELD_CHARS, Field, Records, Spec, empty_value, stored
from worksheets.text import count_noun, json_kind

# Titles longer than this are cut short when a message names a record.
_LABEL_CHARS = 40
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?")
# Our files nest five levels deep at most. Far deeper JSON would exhaust the interpreter's
# stack (in the browser, before Python's own recursion limit), so it is refused unread.
MAX_NESTING = 64
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(r"[\[\]{}]")


class DocumentError(ValueError):
    """A document that cannot be read. str(error) is the message to show the visitor."""


@dataclass(frozen=True)
class Origin:
    """Where a document came from, for the wording of messages about the whole of it."""

    name: str
    advice: str


FILE = Origin("This file", " Choose a .json file exported from Second Round's worksheets.")


def saved(spec: Spec) -> Origin:
    return Origin(f"The saved {spec.document_noun}", "")


def read_json(text: str) -> object:
    """The value in an imported file's text, or a DocumentError saying why there is none."""
    if not text.strip():
        raise DocumentError("This file is empty." + FILE.advice)
    if _too_deep(text):
        raise DocumentError(
            "This file is nested far too deeply to be a Second Round file." + FILE.advice
        )
    try:
        # Some editors start a saved file with a byte-order mark, which JSON does not allow.
        return json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        # Some of Python's messages end in a dangling "at" ("Invalid control character at").
        problem = error.msg.removesuffix(" at")
        raise DocumentError(
            f"This file is not valid JSON: {problem} at line {error.lineno}, "
            f"column {error.colno}.{FILE.advice}"
        ) from None


def _too_deep(text: str) -> bool:
    """Whether brackets outside strings nest deeper than MAX_NESTING."""
    depth = 0
    for bracket in _BRACKET.finditer(_STRING.sub("", text)):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > MAX_NESTING:
            return True
    return False


def validate(data: object, spec: Spec, choices: dict | None, origin: Origin) -> dict:
    """Check a whole document against its spec and return it normalised.

    choices maps a data-list name ("competencies") to the ids the site offers; with None,
    choices are not checked (a saved copy), otherwise they are (an import).
    """
    document = _envelope(data, spec, origin)
    checker = _Checker(choices)
    body = {}
    for spec_field in stored(spec.fields):
        if spec_field.kind == "records":
            # Only the main list must be there: it is what tells a worksheet's file apart,
            # and a worksheet that grows a second list still reads its older files.
            body[spec_field.name] = checker.records(
                document,
                spec_field,
                spec_field.records,
                "",
                origin,
                required=spec_field is spec.main_records,
            )
        else:
            body[spec_field.name] = checker.value(document, spec_field, origin.name)
    # Other top-level keys are dropped, not refused: a file may carry notes of its own.
    return {"format": spec.format, "version": spec.version, **body}


def check_version(data: dict, version_now: int, origin: Origin) -> None:
    name, advice = origin.name, origin.advice
    if "version" not in data:
        raise DocumentError(
            f'{name} has no "version" field, so this page cannot tell how to read it.{advice}'
        )
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise DocumentError(
            f'{name} has a "version" of {show(version)}, but it should be a whole number '
            f"such as {version_now}.{advice}"
        )
    if version > version_now:
        raise DocumentError(
            f"{name} was made by a newer version of Second Round (format version {version}); "
            f"this page reads version {version_now}. Reload the page to get the newest "
            "version, then try again."
        )
    if version < 1:
        raise DocumentError(
            f"{name} says it is format version {version}, which does not exist; "
            f"this page reads version {version_now}.{advice}"
        )


def check_object(data: object, what: str, format_name: str, origin: Origin) -> dict:
    """The top level of a file: a JSON object whose "format" is format_name."""
    name, advice = origin.name, origin.advice
    if not isinstance(data, dict):
        raise DocumentError(
            f"{name} is not a {what}: it should hold one JSON object, {{…}}, "
            f"but it holds {json_kind(data)}.{advice}"
        )
    if "format" not in data:
        raise DocumentError(
            f'{name} is not a Second Round {what}: it has no "format" field.{advice}'
        )
    if data["format"] != format_name:
        raise DocumentError(
            f'{name} is not a Second Round {what}: its "format" is {show(data["format"])}, '
            f'not "{format_name}".{advice}'
        )
    return data


def _envelope(data: object, spec: Spec, origin: Origin) -> dict:
    document = check_object(data, spec.document_noun, spec.format, origin)
    check_version(document, spec.version, origin)
    return document


class _Checker:
    """Checks values field by field; one instance per document."""

    def __init__(self, choices: dict | None):
        self.choices = choices
        self.strict = choices is not None

    def records(
        self,
        parent: dict,
        spec_field: Field,
        records: Records,
        where: str,
        origin: Origin | None = None,
        required: bool = False,
    ) -> list[dict]:
        """A list of records; at the top level (origin given) one that is not a list is an
        error, and so is a missing one that is required."""
        name = spec_field.name
        raw = parent.get(name, [])
        if origin and (not isinstance(raw, list) or (required and name not in parent)):
            found = (
                f'its "{name}" field is {json_kind(parent[name])}'
                if name in parent
                else f'it has no "{name}" field'
            )
            raise DocumentError(
                f"{origin.name} has no list of {records.plural}: {found}.{origin.advice}"
            )
        if not isinstance(raw, list):
            raise DocumentError(f'{where}: "{name}" should be a list, but it is {json_kind(raw)}.')
        if self.strict and len(raw) > records.max_records:
            whose = origin.name if origin else where
            raise DocumentError(
                f"{whose} has {count_noun(len(raw), records.noun, records.plural)}; the limit is "
                f"{records.max_records:,}. Remove some {records.plural} and try again."
            )
        checked = [
            self.record(item, records, _label(item, records, position, where))
            for position, item in enumerate(raw, start=1)
        ]
        _check_unique_ids(checked, records, where)
        _fill_missing_ids(checked, records)
        return checked

    def record(self, raw: object, records: Records, label: str) -> dict:
        if not isinstance(raw, dict):
            raise DocumentError(
                f"{label} is not a {records.noun}: each {records.noun} should be a JSON object, "
                f"{{…}}, but this is {json_kind(raw)}."
            )
        _check_unknown(raw, records.fields, label, records.noun, ("id",))
        record_id = _text(raw.get("id", ""), "id", label, self.strict).strip()
        return {"id": record_id, **self.fields(raw, records.fields, label)}

    def fields(self, raw: dict, fields: tuple[Field, ...], label: str) -> dict:
        return {
            spec_field.name: self.value(raw, spec_field, label) for spec_field in stored(fields)
        }

    def value(self, raw: dict, spec_field: Field, label: str):
        if spec_field.name not in raw:
            return empty_value(spec_field)
        value = raw[spec_field.name]
        kind = spec_field.kind
        if kind == "records":
            return self.records(raw, spec_field, spec_field.records, label)
        if kind == "group":
            return self.group(value, spec_field, label)
        if kind == "checkbox":
            if not isinstance(value, bool):
                raise DocumentError(
                    f'{label}: "{spec_field.name}" should be true or false, but it is {json_kind(value)}.'
                )
            return value
        if kind == "checkboxes":
            return self.id_list(value, spec_field, label)
        if kind == "number":
            return _number(value, spec_field.name, label)
        text = _text(value, spec_field.name, label, self.strict)
        if kind == "choice" and text:
            self.known([text], spec_field, label)
        if kind == "datetime" and text and not _DATETIME.fullmatch(text):
            raise DocumentError(
                f'{label}: "{spec_field.name}" should be a date and time such as '
                f'"2026-12-01T10:30", but it is {show(text)}.'
            )
        return text

    def group(self, value: object, spec_field: Field, label: str) -> dict:
        where = spec_field.label
        if not isinstance(value, dict):
            raise DocumentError(
                f'{label}: "{spec_field.name}" should be an object, {{…}}, but it is {json_kind(value)}.'
            )
        _check_unknown(value, spec_field.fields, where, spec_field.label.lower(), ())
        return self.fields(value, spec_field.fields, where)

    def id_list(self, value: object, spec_field: Field, label: str) -> list[str]:
        """A list of ids, each once, in the order given."""
        name = spec_field.name
        if not isinstance(value, list):
            raise DocumentError(
                f'{label}: "{name}" should be a list of ids, such as ["teamwork"], '
                f"but it is {json_kind(value)}."
            )
        for number, item in enumerate(value, start=1):
            if not isinstance(item, str):
                raise DocumentError(
                    f'{label}: each entry in "{name}" should be an id in quotes, '
                    f"but entry {number} is {json_kind(item)}."
                )
        ids = list(dict.fromkeys(value))
        self.known(ids, spec_field, label)
        return ids

    def known(self, ids: list[str], spec_field: Field, label: str) -> None:
        """On an import, every id must be one the site offers for this field."""
        if self.choices is None or spec_field.open_choices:
            return
        offered = (
            self.choices.get(spec_field.choices, set())
            if isinstance(spec_field.choices, str)
            else {choice_id for choice_id, _ in spec_field.choices}
        )
        unknown = [item for item in ids if item not in offered]
        if unknown:
            noun = spec_field.label.lower()
            raise DocumentError(
                f"{label} has {'a value' if len(unknown) == 1 else 'values'} for “{noun}” "
                f"this page does not know: {_names(unknown)}. "
                f"The known ids are: {', '.join(sorted(offered))}."
            )


def _number(value: object, name: str, label: str) -> int | float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return value
    found = show(value) if isinstance(value, float) else json_kind(value)  # NaN, Infinity
    raise DocumentError(f'{label}: "{name}" should be a number, but it is {found}.')


def _text(value: object, name: str, label: str, strict: bool) -> str:
    if not isinstance(value, str):
        raise DocumentError(f'{label}: "{name}" should be text, but it is {json_kind(value)}.')
    if strict and len(value) > MAX_FIELD_CHARS:
        raise DocumentError(
            f'{label}: the "{name}" text is {len(value):,} characters long; the limit is '
            f"{MAX_FIELD_CHARS:,}. Shorten it and try again."
        )
    return value


def _check_unknown(
    raw: dict, fields: tuple[Field, ...], label: str, noun: str, also: tuple[str, ...]
) -> None:
    allowed = [*also, *(spec_field.name for spec_field in stored(fields))]
    unknown = [key for key in raw if key not in allowed]
    if unknown:
        raise DocumentError(
            f"{label} has {'a field' if len(unknown) == 1 else 'fields'} this page does not "
            f"know: {_names(unknown)}. A {noun} can only have {', '.join(allowed)}."
        )


def _check_unique_ids(records: list[dict], spec: Records, where: str) -> None:
    first_position: dict[str, int] = {}
    plural = spec.plural.capitalize() if not where else f"{where}: {spec.plural}"
    for position, record in enumerate(records, start=1):
        record_id = record["id"]
        if record_id and record_id in first_position:
            raise DocumentError(
                f"{plural} {first_position[record_id]} and {position} both have the id "
                f"{show(record_id)}. Each {spec.noun} needs its own id: change or remove one of them."
            )
        first_position.setdefault(record_id, position)


def _fill_missing_ids(records: list[dict], spec: Records) -> None:
    """Give each record without an id one from its position ("s-3"), so the same file always
    gets the same ids, adding a suffix ("s-3-2") if another record already uses it."""
    taken = {record["id"] for record in records}
    for position, record in enumerate(records, start=1):
        if record["id"]:
            continue
        candidate, suffix = f"{spec.id_prefix}-{position}", 2
        while candidate in taken:
            candidate, suffix = f"{spec.id_prefix}-{position}-{suffix}", suffix + 1
        record["id"] = candidate
        taken.add(candidate)


def _label(raw: object, records: Records, position: int, where: str) -> str:
    """How a message names a record: "Story 3", with its title when it has one; a nested
    record is named after its parent ("Person 2, question 1")."""
    noun = f"{where}, {records.noun}" if where else records.noun.capitalize()
    title = raw.get(records.title_field) if isinstance(raw, dict) else None
    if isinstance(title, str) and title.strip():
        short = " ".join(title.split())
        if len(short) > _LABEL_CHARS:
            short = short[: _LABEL_CHARS - 1] + "…"
        return f"{noun} {position} (“{short}”)"
    return f"{noun} {position}"


def show(value: object) -> str:
    """A value as it appears in JSON, cut short if long, for quoting in a message."""
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= _LABEL_CHARS else shown[: _LABEL_CHARS - 1] + "…"


def _names(items: list[str]) -> str:
    return ", ".join(show(item) for item in items)
