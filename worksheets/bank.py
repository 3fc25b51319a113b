"""The story bank: the document the worksheet saves in the browser and exports as a file.

A bank reaches this code from two places it cannot trust: a JSON file the visitor imports, and
the page's own saved copy, which may be damaged or left over from an older version of the site.
Both are checked here. A good bank comes back normalised (every field present, in a fixed
order, every story with a unique id); anything else raises BankError with a message written
for the visitor.
"""

import json
from dataclasses import dataclass

from worksheets.text import count_noun, json_kind

FORMAT = "second-round/star-bank"
VERSION = 1

# Far more stories than anyone prepares for interviews; the cap keeps the review, which runs
# over every story as the visitor types, quick.
MAX_STORIES = 200
# About 3,000 words, ten times a long answer, so only a pasting accident reaches it.
MAX_FIELD_CHARS = 20_000

STORY_KEYS = ("id", "title", "situation", "task", "action", "result", "competencies", "answers")

# Titles longer than this are cut short when a message names the story.
_LABEL_CHARS = 40


class BankError(ValueError):
    """A bank that cannot be read. str(error) is the message to show the visitor."""


@dataclass(frozen=True)
class _Origin:
    """Where a bank came from, for the wording of messages about the whole document."""

    name: str
    advice: str


_FILE = _Origin("This file", " Choose a .json file exported from Second Round's STAR worksheet.")
_SAVED = _Origin("The saved story bank", "")


def empty_bank() -> dict:
    return {"format": FORMAT, "version": VERSION, "stories": []}


def blank_story() -> dict:
    """A story with every field empty and no id yet: the page adds one when it adds a story."""
    return {key: [] if key == "competencies" else "" for key in STORY_KEYS}


def parse_bank(text: str, competency_ids: set[str]) -> dict:
    """Read an imported file: check it fully and return the normalised bank.

    Every competency a story lists must be one of competency_ids.
    """
    if not text.strip():
        raise BankError("This file is empty." + _FILE.advice)
    try:
        # Some editors start a saved file with a byte-order mark, which JSON does not allow.
        data = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        # Some of Python's messages end in a dangling "at" ("Invalid control character at").
        problem = error.msg.removesuffix(" at")
        raise BankError(
            f"This file is not valid JSON: {problem} at line {error.lineno}, "
            f"column {error.colno}.{_FILE.advice}"
        ) from None
    return _validate(data, competency_ids, _FILE)


def validate_bank(data: object, competency_ids: set[str] | None = None) -> dict:
    """Check a bank the page saved itself and return it normalised.

    With competency_ids None, competency ids are not checked against the site's list, so a
    bank saved before a competency was renamed still loads.
    """
    return _validate(data, competency_ids, _SAVED)


def _validate(data: object, competency_ids: set[str] | None, origin: _Origin) -> dict:
    document = _document(data, origin)
    stories = [
        _story(raw, position, competency_ids)
        for position, raw in enumerate(document["stories"], start=1)
    ]
    _check_unique_ids(stories)
    _fill_missing_ids(stories)
    return {"format": FORMAT, "version": VERSION, "stories": stories}


def _document(data: object, origin: _Origin) -> dict:
    """The top level: an object with the right format, a readable version and a story list."""
    name, advice = origin.name, origin.advice
    if not isinstance(data, dict):
        raise BankError(
            f"{name} is not a story bank: it should hold one JSON object, {{…}}, "
            f"but it holds {json_kind(data)}.{advice}"
        )
    if "format" not in data:
        raise BankError(
            f'{name} is not a Second Round story bank: it has no "format" field.{advice}'
        )
    if data["format"] != FORMAT:
        raise BankError(
            f'{name} is not a Second Round story bank: its "format" is {_show(data["format"])}, '
            f'not "{FORMAT}".{advice}'
        )
    _check_version(data, origin)
    if not isinstance(data.get("stories"), list):
        if "stories" in data:
            found = f'its "stories" field is {json_kind(data["stories"])}'
        else:
            found = 'it has no "stories" field'
        raise BankError(f"{name} has no list of stories: {found}.{advice}")
    if len(data["stories"]) > MAX_STORIES:
        stories = count_noun(len(data["stories"]), "story", "stories")
        raise BankError(
            f"{name} has {stories}; the limit is {MAX_STORIES:,}. "
            "Remove some stories and try again."
        )
    return data


def _check_version(data: dict, origin: _Origin) -> None:
    name, advice = origin.name, origin.advice
    if "version" not in data:
        raise BankError(
            f'{name} has no "version" field, so this page cannot tell how to read it.{advice}'
        )
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise BankError(
            f'{name} has a "version" of {_show(version)}, but it should be a whole number '
            f"such as {VERSION}.{advice}"
        )
    if version > VERSION:
        raise BankError(
            f"{name} was made by a newer version of Second Round (format version {version}); "
            f"this page reads version {VERSION}. Reload the page to get the newest version, "
            "then try again."
        )
    if version < 1:
        raise BankError(
            f"{name} says it is format version {version}, which does not exist; "
            f"this page reads version {VERSION}.{advice}"
        )


def _story(raw: object, position: int, competency_ids: set[str] | None) -> dict:
    """One story, checked and normalised; its id is "" if it has none yet."""
    label = _label(raw, position)
    if not isinstance(raw, dict):
        raise BankError(
            f"{label} is not a story: each story should be a JSON object, {{…}}, "
            f"but this is {json_kind(raw)}."
        )
    unknown = [key for key in raw if key not in STORY_KEYS]
    if unknown:
        raise BankError(
            f"{label} has {'a field' if len(unknown) == 1 else 'fields'} this page does not "
            f"know: {_names(unknown)}. "
            f"A story can only have {', '.join(STORY_KEYS)}."
        )
    competencies = _competencies(raw, label, competency_ids)
    story = {
        key: competencies if key == "competencies" else _text(raw, key, label)
        for key in STORY_KEYS
    }
    if not story["id"].strip():
        story["id"] = ""
    return story


def _text(raw: dict, field: str, label: str) -> str:
    value = raw.get(field, "")
    if not isinstance(value, str):
        raise BankError(f'{label}: "{field}" should be text, but it is {json_kind(value)}.')
    if len(value) > MAX_FIELD_CHARS:
        raise BankError(
            f'{label}: the "{field}" text is {len(value):,} characters long; the limit is '
            f"{MAX_FIELD_CHARS:,}. Shorten it and try again."
        )
    return value


def _competencies(raw: dict, label: str, competency_ids: set[str] | None) -> list[str]:
    """The story's competency ids, each once, in the order given."""
    value = raw.get("competencies", [])
    if not isinstance(value, list):
        raise BankError(
            f'{label}: "competencies" should be a list of competency ids, such as '
            f'["teamwork"], but it is {json_kind(value)}.'
        )
    for number, item in enumerate(value, start=1):
        if not isinstance(item, str):
            raise BankError(
                f'{label}: each entry in "competencies" should be a competency id in quotes, '
                f"but entry {number} is {json_kind(item)}."
            )
    ids = list(dict.fromkeys(value))
    if competency_ids is not None:
        _check_known(ids, competency_ids, label)
    return ids


def _check_known(ids: list[str], competency_ids: set[str], label: str) -> None:
    unknown = [item for item in ids if item not in competency_ids]
    if unknown:
        raise BankError(
            f"{label} lists {'a competency' if len(unknown) == 1 else 'competencies'} "
            f"this page does not know: {_names(unknown)}. "
            f"The known ids are: {', '.join(sorted(competency_ids))}."
        )


def _check_unique_ids(stories: list[dict]) -> None:
    first_position: dict[str, int] = {}
    for position, story in enumerate(stories, start=1):
        story_id = story["id"]
        if story_id and story_id in first_position:
            raise BankError(
                f"Stories {first_position[story_id]} and {position} both have the id "
                f"{_show(story_id)}. Each story needs its own id: change or remove one of them."
            )
        first_position.setdefault(story_id, position)


def _fill_missing_ids(stories: list[dict]) -> None:
    """Give each story without an id one from its position ("s-3"), so the same file always
    gets the same ids, adding a suffix ("s-3-2") if another story already uses it."""
    taken = {story["id"] for story in stories}
    for position, story in enumerate(stories, start=1):
        if story["id"]:
            continue
        candidate, suffix = f"s-{position}", 2
        while candidate in taken:
            candidate, suffix = f"s-{position}-{suffix}", suffix + 1
        story["id"] = candidate
        taken.add(candidate)


def _label(raw: object, position: int) -> str:
    """How a message names a story: "Story 3", with its title when it has one."""
    title = raw.get("title") if isinstance(raw, dict) else None
    if isinstance(title, str) and title.strip():
        short = " ".join(title.split())
        if len(short) > _LABEL_CHARS:
            short = short[: _LABEL_CHARS - 1] + "…"
        return f"Story {position} (“{short}”)"
    return f"Story {position}"


def _show(value: object) -> str:
    """A value as it appears in JSON, cut short if long, for quoting in a message."""
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= _LABEL_CHARS else shown[: _LABEL_CHARS - 1] + "…"


def _names(items: list[str]) -> str:
    return ", ".join(_show(item) for item in items)

