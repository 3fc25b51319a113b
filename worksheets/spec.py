"""How a worksheet is declared: its fields, once, in Python.

A worksheet's spec is the single source of its shape. The build renders the form from it
(macros/worksheets.py and its templates), the page script receives it as JSON to read and
fill that form, and worksheets.document checks saved and imported data against it. Adding a
field to a worksheet is one edit: a Field in the worksheet's SPEC.

A document is a JSON object: {"format", "version", then one key per top-level field}.
Field kinds, and the JSON value each holds:

    line, email, datetime, text, hidden   text ("" when empty); datetime is "YYYY-MM-DDTHH:MM"
    number                                 a number (0 when empty); kept by the worksheet's
                                           own script (shown=False), with no form control yet
    choice                                 "" or one of the choice ids
    checkbox                               true or false
    checkboxes                             a list of choice ids, each once
    group                                  an object holding the group's own fields
    records                                a list of objects, each with an "id" and the
                                           records' fields (a story, a person, a question)
    output                                 nothing: a place on the form where Python's
                                           output shows (a story's feedback), not saved

Choices are either listed in the spec or named after a list of site data ("competencies"),
which the build and the page supply. A field that is not `shown` has no form control: the
worksheet's own script manages it (for example, the suggestions a visitor dismissed).
"""

from dataclasses import dataclass

TEXT_KINDS = frozenset({"line", "email", "datetime", "text", "hidden"})
KINDS = TEXT_KINDS | {"number", "choice", "checkbox", "checkboxes", "group", "records", "output"}

# About 3,000 words, ten times a long answer, so only a pasting accident reaches it.
MAX_FIELD_CHARS = 20_000


@dataclass(frozen=True)
class Records:
    """A list of records the visitor adds, moves, duplicates and deletes: stories, people."""

    noun: str
    plural: str
    id_prefix: str
    fields: tuple["Field", ...]
    max_records: int
    add_label: str
    title_field: str
    untitled: str
    # Where "Add" sits: "toolbar" (the worksheet's toolbar) or "list" (under the list).
    add_in: str = "list"


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str
    hint: str = ""
    choices: tuple[tuple[str, str], ...] | str = ()
    shown: bool = True
    fields: tuple["Field", ...] = ()  # a group's fields
    records: Records | None = None
    # A list of ids with no fixed choices (a hidden checkboxes field): any ids are kept.
    open_choices: bool = False

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"field {self.name!r}: unknown kind {self.kind!r}")
        if (self.kind == "records") != (self.records is not None):
            raise ValueError(f"field {self.name!r}: a records field, and only one, has records")
        if self.kind == "number" and self.shown:
            raise ValueError(
                f"field {self.name!r}: a number has no form control; declare it shown=False"
            )


@dataclass(frozen=True)
class Spec:
    id: str
    title: str
    document_noun: str  # "story bank": how messages name a whole document
    version: int
    fields: tuple[Field, ...]
    # Other worksheets whose saved documents this one reads (the plan reads the STAR bank).
    reads: tuple[str, ...] = ()
    # The lists of site data its rules and choices need, sent with every request.
    data: tuple[str, ...] = ()
    # Its own toolbar buttons (action, label), handled by its page script; they need Python.
    actions: tuple[tuple[str, str], ...] = ()

    @property
    def format(self) -> str:
        return f"second-round/{self.id}"

    @property
    def storage_key(self) -> str:
        return f"second-round:{self.id}"

    @property
    def main_records(self) -> Field | None:
        """The first top-level list of records: what counts as "3 stories" in messages."""
        return next((f for f in self.fields if f.kind == "records"), None)


def empty_value(spec_field: Field):
    """The value a field holds before the visitor types anything."""
    if spec_field.kind == "checkbox":
        return False
    if spec_field.kind == "number":
        return 0
    if spec_field.kind in ("checkboxes", "records"):
        return []
    if spec_field.kind == "group":
        return blank_object(spec_field.fields)
    return ""


def stored(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """The fields a document holds: all but the output places."""
    return tuple(f for f in fields if f.kind != "output")


def blank_object(fields: tuple[Field, ...]) -> dict:
    return {f.name: empty_value(f) for f in stored(fields)}


def blank_record(records: Records) -> dict:
    """A record with every field empty and no id yet: the page adds one."""
    return {"id": "", **blank_object(records.fields)}


def empty_document(spec: Spec) -> dict:
    return {"format": spec.format, "version": spec.version, **blank_object(spec.fields)}


def spec_json(spec: Spec) -> dict:
    """What the page needs of a spec to read and fill its form, as JSON."""
    return {
        "id": spec.id,
        "title": spec.title,
        "storage_key": spec.storage_key,
        "reads": list(spec.reads),
        "empty": empty_document(spec),
        "max_chars": MAX_FIELD_CHARS,
        "fields": [_field_json(f) for f in stored(spec.fields)],
    }


def _field_json(spec_field: Field) -> dict:
    described = {"name": spec_field.name, "kind": spec_field.kind, "shown": spec_field.shown}
    if spec_field.kind == "group":
        described["fields"] = [_field_json(f) for f in stored(spec_field.fields)]
        described["blank"] = blank_object(spec_field.fields)
    if spec_field.records:
        records = spec_field.records
        described["records"] = {
            "noun": records.noun,
            "plural": records.plural,
            "id_prefix": records.id_prefix,
            "max": records.max_records,
            "title_field": records.title_field,
            "untitled": records.untitled,
            "blank": blank_record(records),
            "fields": [_field_json(f) for f in stored(records.fields)],
        }
    return described
