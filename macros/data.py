"""The site's data files: checklists, competencies and behavioural questions.

Each file is loaded once per build and validated against its schema (see `schema`). The
checklist macros, the printed pack and the STAR worksheet all read these objects, so each
fact lives in exactly one YAML file under `data/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from macros.schema import (DataError, Where, identifier, list_of, load_yaml, mapping,
                           one_of, text, unique_ids)


@dataclass(frozen=True)
class Link:
    label: str
    to: str


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    detail: str = ""
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Checklist:
    name: str
    title: str
    summary: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Competency:
    id: str
    name: str
    hint: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    competencies: tuple[str, ...]


class UnknownChecklist(LookupError):
    """A page asked for a checklist that has no data file."""


@dataclass(frozen=True)
class SiteData:
    checklists: dict[str, Checklist]
    competencies: tuple[Competency, ...]
    questions: tuple[Question, ...]

    def checklist(self, name: str, page: str) -> Checklist:
        if name not in self.checklists:
            known = ", ".join(sorted(self.checklists)) or "none"
            raise UnknownChecklist(
                f"{page}: unknown checklist '{name}' (data/checklists/ has: {known})")
        return self.checklists[name]


def load_site_data(folder: Path) -> SiteData:
    """Load and validate every data file under `folder` (the project's data/)."""
    competencies = load_competencies(folder / "competencies.yml", folder)
    return SiteData(
        checklists=load_checklists(folder / "checklists", folder),
        competencies=competencies,
        questions=load_questions(folder / "questions.yml", folder, {c.id for c in competencies}),
    )


def label_of(path: Path, folder: Path) -> str:
    """A file's name as messages show it: data/checklists/day-of.yml."""
    return str(Path(folder.name) / path.relative_to(folder))


def entry_where(label: str, kind: str, position: int, raw: object) -> Where:
    """Name an entry by position and, when it has a usable one, by id: "item 3 ('arrive-early')"."""
    entry_id = raw.get("id") if isinstance(raw, dict) else None
    suffix = f" ('{entry_id}')" if isinstance(entry_id, str) and entry_id else ""
    return Where(label, f"{kind} {position}{suffix}")


def any_value(value: object, where: Where, field: str) -> object:
    """Accept the value as it is; its parts are checked one by one afterwards."""
    return value


def read_entries(path: Path, folder: Path, key: str, kind: str) -> tuple[str, list]:
    """Read a file shaped `key: [entries]` and return its label and the raw entries."""
    label = label_of(path, folder)
    if not path.is_file():
        raise DataError(label, "whole file", key, "the file is missing")
    document = mapping(load_yaml(path, label), Where(label, "top level"), "",
                       required={key: list_of(any_value)})
    if not document[key]:
        raise DataError(label, "top level", key, f"lists no {kind}")
    return label, document[key]


# -- checklists ---------------------------------------------------------------------------

def load_checklists(folder: Path, data_folder: Path) -> dict[str, Checklist]:
    files = sorted(folder.glob("*.yml"))
    if not files:
        raise DataError(label_of(folder, data_folder), "whole folder", "-", "holds no checklist")
    return {path.stem: load_checklist(path, data_folder) for path in files}


def load_checklist(path: Path, data_folder: Path) -> Checklist:
    label = label_of(path, data_folder)
    document = mapping(load_yaml(path, label), Where(label, "top level"), "",
                       required={"title": text, "summary": text,
                                 "items": list_of(any_value)})
    if not document["items"]:
        raise DataError(label, "top level", "items", "lists no items")
    items = [checklist_item(raw, label, position)
             for position, raw in enumerate(document["items"], 1)]
    unique_ids([{"id": item.id} for item in items], label, "item")
    return Checklist(path.stem, document["title"], document["summary"], tuple(items))


def checklist_item(raw: object, label: str, position: int) -> ChecklistItem:
    item = mapping(raw, entry_where(label, "item", position, raw), "", required={"id": identifier, "text": text},
                   optional={"detail": text, "links": list_of(link)})
    return ChecklistItem(item["id"], item["text"], item.get("detail", ""),
                         tuple(item.get("links", ())))


def link(raw: object, where: Where, field: str) -> Link:
    checked = mapping(raw, where, field, required={"label": text, "to": text})
    if not checked["to"].split("#")[0].endswith(".md"):
        raise where.error(f"{field}.to", f"'{checked['to']}' is not a page (a path ending in .md)")
    return Link(checked["label"], checked["to"])


# -- competencies and questions -------------------------------------------------------------

def load_competencies(path: Path, folder: Path) -> tuple[Competency, ...]:
    label, entries = read_entries(path, folder, "competencies", "competencies")
    checked = [mapping(raw, entry_where(label, "competency", position, raw), "",
                       required={"id": identifier, "name": text, "hint": text})
               for position, raw in enumerate(entries, 1)]
    unique_ids(checked, label, "competency")
    return tuple(Competency(**entry) for entry in checked)


def load_questions(path: Path, folder: Path, competency_ids: set[str]) -> tuple[Question, ...]:
    label, entries = read_entries(path, folder, "questions", "questions")
    questions = [question(raw, entry_where(label, "question", position, raw), competency_ids)
                 for position, raw in enumerate(entries, 1)]
    unique_ids([{"id": q.id} for q in questions], label, "question")
    return tuple(questions)


def question(raw: object, where: Where, competency_ids: set[str]) -> Question:
    checked = mapping(raw, where, "", required={
        "id": identifier, "text": text, "kind": one_of("behavioural", "situational"),
        "competencies": list_of(identifier)})
    for position, competency in enumerate(checked["competencies"], 1):
        if competency not in competency_ids:
            raise where.error(f"competencies[{position}]",
                              f"'{competency}' is not in data/competencies.yml")
    if not checked["competencies"]:
        raise where.error("competencies", "lists no competency")
    return Question(checked["id"], checked["text"], checked["kind"], tuple(checked["competencies"]))
