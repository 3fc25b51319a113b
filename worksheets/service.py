"""The single entry point the worksheets' browser worker calls: handle(request) -> reply.

Requests and replies are JSON text, so no Python objects cross into JavaScript, and handle
never raises: every problem comes back as {"ok": false, "error": "..."} with a message the
page can show as it is. A request names its worksheet and operation:

    {"worksheet": "star-bank", "op": "review", "document": {...}, "others": {...}, "data": {...}}

Operations every worksheet has:

    review            {document, others, data} -> {ok, ...the worksheet's output}
    export-markdown   {document, others, data} -> {ok, text, filename, mime}
    export-workbook   {documents}              -> {ok, text, filename, mime}
    import            {text, choices}          -> {ok, documents: {worksheet id: document}, summary}

and a worksheet may add its own (worksheets.registry). "document" is the page's saved copy,
and "others" the saved documents of the worksheets it reads; they are checked like imported
files, leniently (see worksheets.document), before use. "data" holds the site data lists the
worksheet's spec names and "today", the visitor's own date ("2026-03-02").
"""

import json
from collections.abc import Callable

from worksheets import workbook
from worksheets.document import DocumentError, saved, show, validate
from worksheets.registry import SPECS, WORKSHEETS
from worksheets.spaced import parse_day
from worksheets.text import json_kind


class RequestError(ValueError):
    """A request the page built wrongly. The message names what was wrong."""


def handle(request: str) -> str:
    """Answer one JSON request from the page with a JSON reply."""
    try:
        reply = _dispatch(request)
    except (DocumentError, RequestError) as error:
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
    key = message.get("worksheet")
    if key not in WORKSHEETS:
        shown = json.dumps(key) if "worksheet" in message else "none"
        raise RequestError(
            f"The worksheet request names the worksheet {shown}; it should be one of "
            f"{', '.join(WORKSHEETS)}."
        )
    operations = {**COMMON, **getattr(WORKSHEETS[key], "OPERATIONS", {})}
    op = message.get("op")
    if not isinstance(op, str) or op not in operations:
        found = f'has the unknown "op" {json.dumps(op)}' if "op" in message else 'has no "op" field'
        raise RequestError(
            f"The worksheet request {found}; it should be one of {', '.join(operations)}."
        )
    return {"ok": True, **operations[op](message)}


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


def saved_document(message: dict) -> dict:
    """The worksheet's document from the page's storage, checked before use."""
    spec = SPECS[message["worksheet"]]
    if "document" not in message:
        raise RequestError(_needs(message, "document", f"the {spec.document_noun}"))
    return validate(message["document"], spec, None, saved(spec))


def others(message: dict) -> dict:
    """The saved documents of the worksheets this one reads. One that is missing or cannot
    be read counts as empty: it belongs to another page, which reports its problems."""
    sent = message.get("others") if isinstance(message.get("others"), dict) else {}
    read = {}
    for key in SPECS[message["worksheet"]].reads:
        try:
            read[key] = validate(sent.get(key), SPECS[key], None, saved(SPECS[key]))
        except DocumentError:
            read[key] = None
    return read


def site_data(message: dict) -> dict:
    """The site data lists the worksheet's spec names, and "today": the visitor's own date,
    "YYYY-MM-DD", which the page adds to every request."""
    data = message.get("data")
    if not isinstance(data, dict):
        raise RequestError(_needs(message, "data", "the site data (an object)"))
    if "today" in data and parse_day(data["today"]) is None:
        raise RequestError(
            f'The "{message["op"]}" request gives "today" as {show(data["today"])}; '
            'it should be a date such as "2026-03-02".'
        )
    return data


def _review(message: dict) -> dict:
    module = WORKSHEETS[message["worksheet"]]
    return module.review(saved_document(message), site_data(message), others(message))


def _export_markdown(message: dict) -> dict:
    module = WORKSHEETS[message["worksheet"]]
    text = module.to_markdown(saved_document(message), site_data(message), others(message))
    return {"text": text, "filename": f"{module.SPEC.id}.md", "mime": "text/markdown"}


def _export_workbook(message: dict) -> dict:
    documents = message.get("documents")
    if not isinstance(documents, dict):
        raise RequestError(_needs(message, "documents", "the saved documents (an object)"))
    checked = {
        key: validate(documents[key], spec, None, saved(spec))
        for key, spec in SPECS.items()
        if documents.get(key) is not None
    }
    text = workbook.to_json(checked, SPECS)
    return {"text": text, "filename": "second-round-workbook.json", "mime": "application/json"}


def _import(message: dict) -> dict:
    """Read a file the visitor chose: its choices must all be ones the site offers."""
    text = message.get("text")
    if not isinstance(text, str):
        raise RequestError(_needs(message, "text", "the file's text"))
    documents = workbook.parse_import(text, SPECS, _choices(message))
    return {"documents": documents, "summary": workbook.summary(documents, SPECS)}


def _choices(message: dict) -> dict[str, set[str]]:
    """The ids the site offers for each list of site data that choices come from (every
    worksheet's, since an import may be a workbook): {"competencies": [ids]}."""
    choices = message.get("choices")
    if not isinstance(choices, dict) or not all(
        isinstance(ids, list) and all(isinstance(item, str) for item in ids)
        for ids in choices.values()
    ):
        raise RequestError(_needs(message, "choices", "lists of ids by name"))
    return {name: set(ids) for name, ids in choices.items()}


COMMON: dict[str, Callable[[dict], dict]] = {
    "review": _review,
    "export-markdown": _export_markdown,
    "export-workbook": _export_workbook,
    "import": _import,
}


def _needs(message: dict, key: str, description: str) -> str:
    found = "it is missing" if key not in message else f"it is {json_kind(message[key])}"
    return f'The "{message["op"]}" request needs "{key}" as {description}, but {found}.'
