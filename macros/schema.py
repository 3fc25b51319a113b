"""A small schema checker for the YAML data files.

Every error names the file, the entry and the field, so that a broken data file fails the
build with a message that says exactly where to look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class DataError(ValueError):
    """A data file breaks its schema: says which file, which entry and which field."""

    def __init__(self, file: Path | str, entry: str, field: str, problem: str):
        self.file, self.entry, self.field, self.problem = str(file), entry, field, problem
        super().__init__(f"{self.file}: {entry}: field '{field}': {problem}")


@dataclass(frozen=True)
class Where:
    """The place being checked: a file and an entry within it."""

    file: str
    entry: str

    def error(self, field: str, problem: str) -> DataError:
        return DataError(self.file, self.entry, field, problem)


# A field check takes the raw value and the place, and returns the cleaned value.
Check = Callable[[Any, Where, str], Any]


def text(value: Any, where: Where, field: str) -> str:
    """A non-empty string."""
    if not isinstance(value, str):
        raise where.error(field, f"expected text, got {describe(value)}")
    if not value.strip():
        raise where.error(field, "is empty")
    return value.strip()


def identifier(value: Any, where: Where, field: str) -> str:
    """A stable id: lowercase letters, digits and single hyphens."""
    value = text(value, where, field)
    if not ID_PATTERN.match(value):
        raise where.error(field, f"'{value}' is not an id (use lowercase letters, digits and hyphens)")
    return value


def one_of(*choices: str) -> Check:
    def check(value: Any, where: Where, field: str) -> str:
        value = text(value, where, field)
        if value not in choices:
            raise where.error(field, f"'{value}' is not one of: {', '.join(choices)}")
        return value

    return check


def list_of(item: Check) -> Check:
    """A list whose every element passes `item`; the field is named with its position."""

    def check(value: Any, where: Where, field: str) -> list:
        if not isinstance(value, list):
            raise where.error(field, f"expected a list, got {describe(value)}")
        return [item(element, where, f"{field}[{index}]") for index, element in enumerate(value, 1)]

    return check


def mapping(value: Any, where: Where, field: str, required: dict[str, Check],
            optional: dict[str, Check] | None = None) -> dict[str, Any]:
    """Check a mapping's keys: every required key present, no key outside the two sets."""
    optional = optional or {}
    if not isinstance(value, dict):
        raise where.error(field, f"expected a mapping, got {describe(value)}")
    unknown = sorted(set(map(str, value)) - set(required) - set(optional))
    if unknown:
        allowed = ", ".join([*required, *optional])
        raise where.error(f"{field}.{unknown[0]}" if field else unknown[0],
                          f"unknown key (allowed: {allowed})")
    checked = {}
    for key, check in (required | optional).items():
        name = f"{field}.{key}" if field else key
        if key in value:
            checked[key] = check(value[key], where, name)
        elif key in required:
            raise where.error(name, "is missing")
    return checked


def unique_ids(entries: list[dict], file: str, kind: str) -> None:
    """Fail on the second entry that reuses an id."""
    seen: set[str] = set()
    for position, entry in enumerate(entries, 1):
        if entry["id"] in seen:
            raise DataError(file, f"{kind} {position}", "id", f"'{entry['id']}' is used twice")
        seen.add(entry["id"])


def describe(value: Any) -> str:
    """How a wrong value is named in a message: 'a list', 'a number', 'nothing'."""
    names = {type(None): "nothing", bool: "true/false", int: "a number", float: "a number",
             str: "text", list: "a list", dict: "a mapping"}
    return names.get(type(value), type(value).__name__)


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that refuses a key written twice in one mapping."""

    def construct_mapping(self, node, deep=False):
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        for key in keys:
            if keys.count(key) > 1:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key '{key}' appears twice", node.start_mark)
        return super().construct_mapping(node, deep=deep)


def load_yaml(path: Path, label: str) -> Any:
    """Parse one YAML file; a syntax error names the file and the line."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        entry = f"line {mark.line + 1}" if mark else "whole file"
        problem = getattr(error, "problem", None) or str(error)
        raise DataError(label, entry, "-", f"is not valid YAML: {problem}") from error
