"""What the data files' pydantic models share: the field types, the strict YAML loader, and
the translation of pydantic's errors into messages that name the file, the entry and the field.

A model describes a file's shape (`DataFile`) and its entries (`Record`); `validate` runs it
and turns the first error into a `DataError` such as
`data/checklists/day-of.yml: item 2 ('breathe'): field 'text': is missing`. The models live
beside the code that reads them: `macros.data` (checklists, competencies, questions) and
`macros.benchmark` (data/benchmark.json). Build-time only: `worksheets/` never imports this.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from pathlib import Path
from typing import Annotated, Any, ClassVar

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidationError,
)

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class DataError(ValueError):
    """A data file breaks its schema: says which file, which entry and which field."""

    def __init__(self, file: Path | str, entry: str, field: str, problem: str):
        self.file, self.entry, self.field, self.problem = str(file), entry, field, problem
        super().__init__(f"{self.file}: {entry}: field '{field}': {problem}")


# -- field types ---------------------------------------------------------------------------

Text = Annotated[str, Strict(), StringConstraints(strip_whitespace=True, min_length=1)]
"""Non-empty text, stripped of surrounding white space."""

Id = Annotated[
    str, Strict(), StringConstraints(strip_whitespace=True, min_length=1, pattern=ID_PATTERN)
]
"""A stable id: lowercase letters, digits and single hyphens."""

Number = Annotated[float, Strict(), Field(ge=0)]
"""A number that is not negative (a whole number is accepted; true/false is not)."""

Count = Annotated[int, Strict(), Field(ge=0)]
"""A whole number that is not negative."""

Flag = Annotated[bool, Strict()]


def _each_once(values: tuple) -> tuple:
    for position, value in enumerate(values):
        if value in values[:position]:
            raise ValueError(f"'{value}' is listed twice")
    return values


T = typing.TypeVar("T")
Entries = Annotated[tuple[T, ...], Field(min_length=1)]
"""A non-empty list in the file (a tuple once loaded)."""

Tags = Annotated[tuple[T, ...], Field(min_length=1), AfterValidator(_each_once)]
"""A non-empty list of values (ids, kinds), each at most once."""


class Record(BaseModel):
    """One entry of a data file: frozen once loaded, and no key outside its fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class DataFile(Record):
    """A whole file. ENTRIES names the entries of its top-level lists ({"items": "item"}),
    SECTIONS its top-level mappings that messages name on their own ("environment")."""

    ENTRIES: ClassVar[dict[str, str]] = {}
    SECTIONS: ClassVar[frozenset[str]] = frozenset()


# -- reading and validating ----------------------------------------------------------------

FileModel = typing.TypeVar("FileModel", bound=DataFile)


def validate(
    model: type[FileModel], raw: Any, label: str, context: dict | None = None
) -> FileModel:
    """Validate a file's parsed content; the first problem becomes a DataError."""
    try:
        return model.model_validate(raw, context=context)
    except ValidationError as error:
        raise data_error(model, raw, label, error.errors()[0]) from error


def unique_ids(entries: tuple, label: str, kind: str) -> None:
    """Fail on the second entry that reuses an id."""
    seen: set[str] = set()
    for position, entry in enumerate(entries, 1):
        if entry.id in seen:
            raise DataError(label, f"{kind} {position}", "id", f"'{entry.id}' is used twice")
        seen.add(entry.id)


def data_error(model: type[DataFile], raw: Any, label: str, error: dict) -> DataError:
    """One pydantic error as a DataError: its location split into entry and field."""
    loc = error["loc"]
    if len(loc) >= 2 and loc[0] in model.ENTRIES and isinstance(loc[1], int):
        entry, rest = entry_name(model.ENTRIES[loc[0]], loc[1] + 1, _entry_raw(raw, loc)), loc[2:]
    elif loc and loc[0] in model.SECTIONS:
        entry, rest = str(loc[0]), loc[1:]
    else:
        entry, rest = "top level", loc
    return DataError(label, entry, field_name(rest), problem(model, error))


def entry_name(kind: str, position: int, raw: Any) -> str:
    """An entry by position and, when it has a usable one, by id: "item 3 ('arrive-early')"."""
    entry_id = raw.get("id") if isinstance(raw, dict) else None
    suffix = f" ('{entry_id}')" if isinstance(entry_id, str) and entry_id else ""
    return f"{kind} {position}{suffix}"


def _entry_raw(raw: Any, loc: tuple) -> Any:
    try:
        return raw[loc[0]][loc[1]]
    except (KeyError, IndexError, TypeError):
        return None


def field_name(parts: tuple) -> str:
    """('links', 0, 'to') -> 'links[1].to': names joined by dots, list positions from 1."""
    name = ""
    for part in parts:
        name += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "-"


def problem(model: type[DataFile], error: dict) -> str:
    """What is wrong, in the words the messages have always used."""
    kind, value, context = error["type"], error.get("input"), error.get("ctx") or {}
    expected = {
        "string_type": "text",
        "int_type": "a whole number",
        "int_from_float": "a whole number",
        "float_type": "a number",
        "bool_type": "true/false",
        "tuple_type": "a list",
        "list_type": "a list",
        "model_type": "a mapping",
        "dict_type": "a mapping",
        "model_attributes_type": "a mapping",
    }
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        allowed = ", ".join(fields_at(model, error["loc"][:-1]))
        return f"unknown key (allowed: {allowed})"
    if kind in expected:
        return f"expected {expected[kind]}, got {describe(value)}"
    if kind in ("string_too_short", "too_short"):
        return "is empty"
    if kind == "string_pattern_mismatch":
        return f"'{value}' is not an id (use lowercase letters, digits and hyphens)"
    if kind == "literal_error":
        choices = ", ".join(re.findall(r"'([^']*)'", str(context.get("expected", ""))))
        if not isinstance(value, str):
            return f"expected one of: {choices}, got {describe(value)}"
        return f"'{value}' is not one of: {choices}"
    if kind == "greater_than_equal":
        return f"{value} is negative"
    if kind in ("value_error", "assertion_error") and "error" in context:
        return str(context["error"])
    return error["msg"]


def fields_at(model: type[BaseModel], path: tuple) -> list[str]:
    """The field names of the model found at `path` inside `model` (for "allowed: ...")."""
    current: Any = model
    for part in path:
        current = _unwrap(current)
        if isinstance(part, int):
            args = [arg for arg in typing.get_args(current) if arg is not Ellipsis]
            current = args[0] if args else Any
        elif (
            isinstance(current, type)
            and issubclass(current, BaseModel)
            and part in current.model_fields
        ):
            current = current.model_fields[part].annotation
        else:
            return []
    current = _unwrap(current)
    return (
        list(current.model_fields)
        if isinstance(current, type) and issubclass(current, BaseModel)
        else []
    )


def _unwrap(annotation: Any) -> Any:
    """Annotated[X, ...] -> X; X | None -> X (the model inside an optional field)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = options[0]
        else:
            return annotation


def describe(value: Any) -> str:
    """How a wrong value is named in a message: 'a list', 'a number', 'nothing'."""
    names = {
        type(None): "nothing",
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        tuple: "a list",
        dict: "a mapping",
        dt.date: "a date",
        dt.datetime: "a date and time",
    }
    return names.get(type(value), type(value).__name__)


def missing_file(label: str, field: str, hint: str = "") -> DataError:
    return DataError(label, "whole file", field, f"the file is missing{hint}")


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        for key in keys:
            if keys.count(key) > 1:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key '{key}' appears twice", node.start_mark
                )
        return super().construct_mapping(node, deep=deep)


def load_yaml(path: Path, label: str) -> Any:
    """Parse one YAML file; a syntax error names the file and the line."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        entry = f"line {mark.line + 1}" if mark else "whole file"
        problem_text = getattr(error, "problem", None) or str(error)
        raise DataError(label, entry, "-", f"is not valid YAML: {problem_text}") from error
