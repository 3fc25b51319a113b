"""The site's data files: checklists, competencies, the questions to expect and to ask, the
green and red flags of a second interview, and the guide's worked examples.

Each file is loaded once per build and validated by the pydantic models below (the shared
field types and the error messages are in `schema`). The checklist macros, the printed pack,
the guide's questions page and the worksheets all read these objects, so each fact lives in
exactly one YAML file under `data/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ValidationInfo, field_validator, model_validator

from macros.schema import (
    DataError,
    DataFile,
    Entries,
    Id,
    Record,
    Tags,
    Text,
    load_yaml,
    missing_file,
    unique_ids,
    validate,
)
from worksheets.interviewers import INTERVIEWER_KINDS

QUESTION_KINDS = ("behavioural", "situational", "cv-probe", "recurring")
"""Questions to expect: "cv-probe" digs into the CV, "recurring" comes back every round."""

ASKED_OF = tuple(kind for kind in INTERVIEWER_KINDS if kind != "other")
"""The kinds of interviewer a question to ask is tagged with (worksheets.interviewers)."""

HR_ONLY_TOPIC = "package"
"""Pay, benefits and terms: questions for HR, never for the other interviewers."""


# -- checklists ---------------------------------------------------------------------------


class Link(Record):
    label: Text
    to: Text

    @field_validator("to")
    @classmethod
    def _is_a_page(cls, value: str) -> str:
        if not value.split("#")[0].endswith(".md"):
            raise ValueError(f"'{value}' is not a page (a path ending in .md)")
        return value


class ChecklistItem(Record):
    id: Id
    text: Text
    detail: Text = ""
    links: tuple[Link, ...] = ()


class ChecklistFile(DataFile):
    ENTRIES = {"items": "item"}

    title: Text
    summary: Text
    items: Entries[ChecklistItem]


class Checklist(ChecklistFile):
    """A checklist and its name, the file's stem ("day-of")."""

    name: str


# -- competencies and questions -------------------------------------------------------------


class Competency(Record):
    id: Id
    name: Text
    hint: Text


class CompetenciesFile(DataFile):
    ENTRIES = {"competencies": "competency"}

    competencies: Entries[Competency]


def _known(kind: str):
    """A check that an id is among those the validation context lists under `kind`."""

    def check(value: str, info: ValidationInfo) -> str:
        known, where = (info.context or {}).get(kind, (None, ""))
        if known is not None and value not in known:
            raise ValueError(f"'{value}' is not in {where}")
        return value

    return AfterValidator(check)


class Question(Record):
    """A question an interviewer may put to you, and the competencies it looks for."""

    id: Id
    text: Text
    kind: Literal[QUESTION_KINDS]
    competencies: Tags[Annotated[Id, _known("competencies")]]


class QuestionsToExpectFile(DataFile):
    ENTRIES = {"questions": "question"}

    questions: Entries[Question]


class Topic(Record):
    id: Id
    name: Text


class QuestionToAsk(Record):
    """A question for you to ask, its topic, and the kinds of interviewer it suits."""

    id: Id
    text: Text
    topic: Annotated[Id, _known("topics")]
    interviewers: Tags[Literal[ASKED_OF]]

    @field_validator("interviewers")
    @classmethod
    def _package_is_for_hr(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        if info.data.get("topic") == HR_ONLY_TOPIC and value != ("hr",):
            others = ", ".join(kind for kind in value if kind != "hr")
            raise ValueError(
                f"a question in topic '{HR_ONLY_TOPIC}' is for HR only: "
                f"tag it [hr] alone, not {others}"
            )
        return value


class QuestionsToAskFile(DataFile):
    ENTRIES = {"topics": "topic", "questions": "question"}

    topics: Entries[Topic]
    questions: Entries[QuestionToAsk]


# -- worked examples (data/examples.yml) ------------------------------------------------------

EXAMPLE_KINDS = ("behavioural", "situational", "failure")


class WorkedExample(Record):
    """A worked answer for the guide: a question and a STAR story; a situational answer also
    has the approach said before the story and the aim said after it."""

    id: Id
    kind: Literal[EXAMPLE_KINDS]
    title: Text
    question: Text
    approach: Text | None = None
    situation: Text
    task: Text
    action: Text
    result: Text
    aim: Text | None = None

    @model_validator(mode="after")
    def _approach_and_aim_only_when_situational(self) -> WorkedExample:
        situational = self.kind == "situational"
        for name in ("approach", "aim"):
            if situational and getattr(self, name) is None:
                raise ValueError(
                    f"a situational example needs '{name}' (the steps you would "
                    "take, and the outcome you would aim for)"
                )
            if not situational and getattr(self, name) is not None:
                raise ValueError(f"'{name}' is only for a situational example, not '{self.kind}'")
        return self


class ExamplesFile(DataFile):
    ENTRIES = {"examples": "example"}

    examples: Entries[WorkedExample]


# -- green and red flags (data/flags.yml) ------------------------------------------------------

FLAG_TONES = ("green", "red")
ASKED_BEFORE_ACCEPTING = ("hr", "manager")
"""Who a red flag's question goes to before accepting: HR (or the recruiter) or the manager."""

GUIDE_LINK = re.compile(r"guide/[a-z0-9-]+\.md#[a-z0-9-]+")


class FitFlag(Record):
    """A good sign or a worry to notice in a second interview; a worry comes with the
    question that tests it before accepting, and who to ask."""

    id: Id
    name: Text
    tone: Literal[FLAG_TONES]
    link: Text
    question: Text | None = None
    ask: Literal[ASKED_BEFORE_ACCEPTING] | None = None

    @field_validator("link")
    @classmethod
    def _is_a_guide_heading(cls, value: str) -> str:
        if not GUIDE_LINK.fullmatch(value):
            raise ValueError(
                f"'{value}' is not a guide page and heading (guide/<page>.md#<heading-id>)"
            )
        return value

    @model_validator(mode="after")
    def _red_flags_say_how_to_test_them(self) -> FitFlag:
        for name in ("question", "ask"):
            if self.tone == "red" and getattr(self, name) is None:
                raise ValueError(
                    f"a red flag needs '{name}' (the question that tests the worry, "
                    "and who to ask it: hr or manager)"
                )
            if self.tone == "green" and getattr(self, name) is not None:
                raise ValueError(f"'{name}' is only for a red flag")
        return self


class FlagsFile(DataFile):
    ENTRIES = {"flags": "flag"}

    flags: Entries[FitFlag]


# -- the whole set --------------------------------------------------------------------------


class UnknownChecklist(LookupError):
    """A page asked for a checklist that has no data file."""


@dataclass(frozen=True)
class SiteData:
    checklists: dict[str, Checklist]
    competencies: tuple[Competency, ...]
    questions_to_expect: tuple[Question, ...]
    questions_to_ask: tuple[QuestionToAsk, ...]
    topics: tuple[Topic, ...]
    flags: tuple[FitFlag, ...]

    def checklist(self, name: str, page: str) -> Checklist:
        if name not in self.checklists:
            known = ", ".join(sorted(self.checklists)) or "none"
            raise UnknownChecklist(
                f"{page}: unknown checklist '{name}' (data/checklists/ has: {known})"
            )
        return self.checklists[name]

    def as_json(self, *names: str) -> dict[str, list[dict[str, Any]]]:
        """The named collections (all of them by default) as lists of plain dicts, ready for
        json.dumps: {"competencies": [{"id": ..., "name": ..., "hint": ...}, ...], ...}."""
        collections = {
            "checklists": tuple(self.checklists.values()),
            "competencies": self.competencies,
            "questions_to_expect": self.questions_to_expect,
            "questions_to_ask": self.questions_to_ask,
            "topics": self.topics,
            "green_flags": tuple(flag for flag in self.flags if flag.tone == "green"),
            "red_flags": tuple(flag for flag in self.flags if flag.tone == "red"),
        }
        unknown = sorted(set(names) - set(collections))
        if unknown:
            raise KeyError(
                f"no collection named {', '.join(unknown)} (known: {', '.join(collections)})"
            )
        return {
            name: [record.model_dump(mode="json") for record in collections[name]]
            for name in names or collections
        }


def load_site_data(folder: Path) -> SiteData:
    """Load and validate every data file under `folder` (the project's data/)."""
    competencies = load_competencies(folder / "competencies.yml", folder)
    topics, questions_to_ask = load_questions_to_ask(folder / "questions-to-ask.yml", folder)
    return SiteData(
        checklists=load_checklists(folder / "checklists", folder),
        competencies=competencies,
        questions_to_expect=load_questions_to_expect(
            folder / "questions-to-expect.yml",
            folder,
            (c.id for c in competencies),
            label_of(folder / "competencies.yml", folder),
        ),
        questions_to_ask=questions_to_ask,
        topics=topics,
        flags=load_flags(folder / "flags.yml", folder),
    )


def label_of(path: Path, folder: Path) -> str:
    """A file's name as messages show it: data/checklists/day-of.yml."""
    return str(Path(folder.name) / path.relative_to(folder))


def read(path: Path, folder: Path, first_key: str) -> tuple[str, Any]:
    """A file's label and parsed content; a missing file is named with its main key."""
    label = label_of(path, folder)
    if not path.is_file():
        raise missing_file(label, first_key)
    return label, load_yaml(path, label)


def load_checklists(folder: Path, data_folder: Path) -> dict[str, Checklist]:
    files = sorted(folder.glob("*.yml"))
    if not files:
        raise DataError(label_of(folder, data_folder), "whole folder", "-", "holds no checklist")
    return {path.stem: load_checklist(path, data_folder) for path in files}


def load_checklist(path: Path, data_folder: Path) -> Checklist:
    label, raw = read(path, data_folder, "items")
    checked = validate(ChecklistFile, raw, label)
    unique_ids(checked.items, label, "item")
    return Checklist(name=path.stem, **dict(checked))


def load_competencies(path: Path, folder: Path) -> tuple[Competency, ...]:
    label, raw = read(path, folder, "competencies")
    checked = validate(CompetenciesFile, raw, label)
    unique_ids(checked.competencies, label, "competency")
    return checked.competencies


def load_questions_to_expect(
    path: Path, folder: Path, competency_ids, competencies_label: str
) -> tuple[Question, ...]:
    label, raw = read(path, folder, "questions")
    checked = validate(
        QuestionsToExpectFile,
        raw,
        label,
        context={"competencies": (set(competency_ids), competencies_label)},
    )
    unique_ids(checked.questions, label, "question")
    return checked.questions


def load_questions_to_ask(
    path: Path, folder: Path
) -> tuple[tuple[Topic, ...], tuple[QuestionToAsk, ...]]:
    label, raw = read(path, folder, "questions")
    # A question's topic must be one this file lists; a broken topic entry fails first anyway.
    raw_topics = raw.get("topics") if isinstance(raw, dict) else None
    topic_ids = (
        {topic.get("id") for topic in raw_topics if isinstance(topic, dict)}
        if isinstance(raw_topics, list)
        else set()
    )
    checked = validate(
        QuestionsToAskFile,
        raw,
        label,
        context={"topics": (topic_ids, "the topics this file lists")},
    )
    unique_ids(checked.topics, label, "topic")
    unique_ids(checked.questions, label, "question")
    return checked.topics, checked.questions


def load_flags(path: Path, folder: Path) -> tuple[FitFlag, ...]:
    label, raw = read(path, folder, "flags")
    checked = validate(FlagsFile, raw, label)
    unique_ids(checked.flags, label, "flag")
    return checked.flags


def load_examples(path: Path, folder: Path) -> tuple[WorkedExample, ...]:
    """The worked examples; read only by the pages that show one (macros.examples)."""
    label, raw = read(path, folder, "examples")
    checked = validate(ExamplesFile, raw, label)
    unique_ids(checked.examples, label, "example")
    return checked.examples
