"""The single entry point the worksheet's browser worker calls: handle(request) -> reply.

Requests and replies are JSON text, so no Python objects cross into JavaScript, and handle
never raises: every problem comes back as {"ok": false, "error": "..."} with a message the
page can show as it is. The requests, by "op":

    review           {bank, questions, competencies} -> {ok, reviews: {story id: review}, coverage}
    export-json      {bank}                          -> {ok, text, filename, mime}
    export-markdown  {bank, competencies}            -> {ok, text, filename, mime}
    import           {text, competencies}            -> {ok, bank}

"bank" is the page's saved copy; it is checked like an imported file before use.
"""

import json
from collections.abc import Callable

from worksheets.bank import BankError, parse_bank, validate_bank
from worksheets.coverage import coverage
from worksheets.export import to_json, to_markdown
from worksheets.star import review_story
from worksheets.text import json_kind

# The fields service code relies on in each competency and question the page sends.
COMPETENCY_FIELDS = {"id": str, "name": str}
QUESTION_FIELDS = {"id": str, "text": str, "competencies": list}


class RequestError(ValueError):
    """A request the page built wrongly. The message names what was wrong."""


def handle(request: str) -> str:
    """Answer one JSON request from the page with a JSON reply; see OPERATIONS."""
    try:
        reply = _dispatch(request)
    except (BankError, RequestError) as error:
        reply = {"ok": False, "error": str(error)}
    except Exception as error:  # the page must always get an answer it can show
        reply = {
            "ok": False,
            "error": (
                f"The worksheet hit an unexpected problem ({type(error).__name__}: {error}). "
                "Reload the page and try again."
            ),
        }
    return json.dumps(reply, ensure_ascii=False)


def _dispatch(request: object) -> dict:
    message = _parse(request)
    op = message.get("op")
    if not isinstance(op, str) or op not in OPERATIONS:
        if "op" in message:
            found = f'has the unknown "op" {json.dumps(op)}'
        else:
            found = 'has no "op" field'
        raise RequestError(
            f"The worksheet request {found}; it should be one of {', '.join(OPERATIONS)}."
        )
    return {"ok": True, **OPERATIONS[op](message)}


def _parse(request: object) -> dict:
    if not isinstance(request, str):
        raise RequestError(
            f"The worksheet request should be JSON text, but it is {type(request).__name__}."
        )
    try:
        message = json.loads(request)
    except json.JSONDecodeError as error:
        raise RequestError(
            f"The worksheet request is not valid JSON: {error.msg} at line {error.lineno}, "
            f"column {error.colno}."
        ) from None
    if not isinstance(message, dict):
        raise RequestError(
            f"The worksheet request should be a JSON object, but it is {json_kind(message)}."
        )
    return message


def _review(message: dict) -> dict:
    """Feedback on every story, keyed by story id, and the question coverage of the bank."""
    competencies = _objects(message, "competencies", COMPETENCY_FIELDS, "Competency")
    questions = _objects(message, "questions", QUESTION_FIELDS, "Question")
    stories = _saved_bank(message)["stories"]
    return {
        "reviews": {story["id"]: review_story(story) for story in stories},
        "coverage": coverage(stories, questions, competencies),
    }


def _export_json(message: dict) -> dict:
    text = to_json(_saved_bank(message))
    return {"text": text, "filename": "star-stories.json", "mime": "application/json"}


def _export_markdown(message: dict) -> dict:
    competencies = _objects(message, "competencies", COMPETENCY_FIELDS, "Competency")
    text = to_markdown(_saved_bank(message), competencies)
    return {"text": text, "filename": "star-stories.md", "mime": "text/markdown"}


def _import(message: dict) -> dict:
    """Read a file the visitor chose; its competencies must all be ones the site knows."""
    competencies = _objects(message, "competencies", COMPETENCY_FIELDS, "Competency")
    text = message.get("text")
    if not isinstance(text, str):
        raise RequestError(_needs(message, "text", "the file's text"))
    return {"bank": parse_bank(text, {competency["id"] for competency in competencies})}


OPERATIONS: dict[str, Callable[[dict], dict]] = {
    "review": _review,
    "export-json": _export_json,
    "export-markdown": _export_markdown,
    "import": _import,
}


def _saved_bank(message: dict) -> dict:
    """The bank from the page's storage, checked like an imported one.

    Its competency ids are not checked against the site's list: a bank saved before a
    competency was renamed should still load, and coverage ignores ids it does not know.
    """
    if "bank" not in message:
        raise RequestError(_needs(message, "bank", "the story bank"))
    return validate_bank(message["bank"])


def _objects(message: dict, key: str, fields: dict[str, type], noun: str) -> list[dict]:
    """A list of objects from the request, each with the given fields of the given types."""
    items = message.get(key)
    if not isinstance(items, list):
        raise RequestError(_needs(message, key, "a list"))
    for number, item in enumerate(items, start=1):
        where = f'{noun} {number} in the "{message["op"]}" request'
        if not isinstance(item, dict):
            raise RequestError(f"{where} should be an object, but it is {json_kind(item)}.")
        for field, kind in fields.items():
            _check_field(item, field, kind, where)
    return items


def _check_field(item: dict, field: str, kind: type, where: str) -> None:
    value = item.get(field)
    if kind is list:
        fits = isinstance(value, list) and all(isinstance(entry, str) for entry in value)
        expected = "a list of ids"
    else:
        fits, expected = isinstance(value, str), "text"
    if not fits:
        found = "it is missing" if field not in item else f"it is {json_kind(value)}"
        raise RequestError(f'{where} needs "{field}" as {expected}, but {found}.')


def _needs(message: dict, key: str, description: str) -> str:
    found = "it is missing" if key not in message else f"it is {json_kind(message[key])}"
    return f'The "{message["op"]}" request needs "{key}" as {description}, but {found}.'
