"""What a careful coach would flag in an interview plan before the day.

check_plan runs the small rules in RULES (at the end) over the plan. Each returns its flags:
"warn" for something likely to hurt the interview, "tip" for something worth a minute's
thought. A flag about one person carries their id, so the page can show it beside them; a
flag about several people carries None and names them in its message.
"""

import re

from worksheets.day_sheet import person_name
from worksheets.interviewers import INTERVIEW_FORMATS, INTERVIEWER_KINDS
from worksheets.plan_questions import PACKAGE_KINDS, PACKAGE_TOPIC
from worksheets.text import find_phrases

# Words that put pay and terms on the table. Pay and benefits belong with HR or the
# recruiter, usually once an offer is near; raised with the people judging the work, they
# can make the package sound like the point. Matched as whole words, so "repay" is no match.
PAY_WORDS = (
    "pay",
    "salary",
    "salaries",
    "bonus",
    "bonuses",
    "benefits",
    "compensation",
    "remuneration",
    "wage",
    "wages",
    "pension",
    "pensions",
    "holiday",
    "holidays",
    "vacation",
    "vacations",
    "annual leave",
    "paid leave",
    "time off",
    "perks",
    "stock options",
    "share options",
)

# How many questions fit the time. Each question takes about MINUTES_PER_QUESTION minutes:
# asking it, listening to the answer and one follow-up. A one-on-one of 45 to 60 minutes
# usually keeps about YOUR_MINUTES_ALONE minutes at the end for the candidate's questions.
# In a panel or group that time is shared by everyone in the room: about YOUR_MINUTES_SHARED
# minutes in all, and no interviewer should get more than MUST_ASK_EACH_SHARED of them.
MINUTES_PER_QUESTION = 3
YOUR_MINUTES_ALONE = 10
YOUR_MINUTES_SHARED = 15
MUST_ASK_EACH_ALONE = YOUR_MINUTES_ALONE // MINUTES_PER_QUESTION  # 3
MUST_ASK_TOTAL_SHARED = YOUR_MINUTES_SHARED // MINUTES_PER_QUESTION  # 5
MUST_ASK_EACH_SHARED = 2
SHARED_FORMATS = frozenset({"panel", "group"})

QUOTE_MAX_CHARS = 80


def check_plan(plan: dict, questions_to_ask: list[dict]) -> list[dict]:
    """The flags for the plan, rule by rule, each rule's flags in the order of the people."""
    return [flag for rule in RULES for flag in rule(plan, questions_to_ask)]


def _flag(tone: str, person: str | None, message: str) -> dict:
    return {"tone": tone, "person": person, "message": message}


def person_label(person: dict, position: int) -> str:
    """ "Dana Ortiz (Hiring manager)", or "Person 2" when the name is not written yet."""
    kind = INTERVIEWER_KINDS.get(person["kind"], "")
    name = person_name(person, position)
    return f"{name} ({kind})" if kind else name


def _asked(person: dict) -> list[dict]:
    """The questions the visitor has written or kept for this person, blanks left out."""
    return [question for question in person["questions"] if question["text"].strip()]


def _quote(text: str) -> str:
    """The visitor's question on one line, shortened if long, in quotation marks."""
    text = " ".join(text.split())
    if len(text) > QUOTE_MAX_CHARS:
        text = text[: QUOTE_MAX_CHARS - 1].rstrip() + "…"
    return f"“{text}”"


def _and_list(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def pay_outside_hr(plan: dict, bank: list[dict]) -> list[dict]:
    """Pay, benefits and terms raised with anyone but HR."""
    package = {question["id"] for question in bank if question["topic"] == PACKAGE_TOPIC}
    flags = []
    for position, person in enumerate(plan["people"]):
        if person["kind"] in PACKAGE_KINDS:
            continue
        for question in _asked(person):
            found = find_phrases(question["text"], PAY_WORDS)
            if question["source"] not in package and not found:
                continue
            what = f"mentions “{found[0]}”" if found else "is about pay and terms"
            message = (
                f"Your question for {person_label(person, position)}, {_quote(question['text'])}, "
                f"{what}. Pay, benefits and holidays are best raised with HR or the recruiter, "
                "usually once an offer is near; with the people judging your work they can make "
                "the package sound like your main interest. Keep this question for HR, or reword "
                "it if it is about something else."
            )
            flags.append(_flag("warn", person["id"], message))
    return flags


def same_question(plan: dict, bank: list[dict]) -> list[dict]:
    """One question planned for two or more people: same bank question, or same wording."""
    shared = plan["interview"]["format"] in SHARED_FORMATS
    flags = []
    for group in _question_groups(plan["people"]):
        positions = list(dict.fromkeys(position for position, _ in group))
        if len(positions) < 2:
            continue
        names = _and_list([person_label(plan["people"][p], p) for p in positions])
        asked = f"You plan to ask {names} the same question: {_quote(group[0][1]['text'])}"
        if shared:
            tone = "warn"
            advice = (
                "In a panel or group everyone hears the first answer, so ask it once, of the "
                "person best placed to answer, and give the others a question of their own."
            )
        else:
            tone = "tip"
            advice = (
                "Interviewers compare notes afterwards. Unless you mean to compare their "
                "answers, give each person a question that suits their role."
            )
        flags.append(_flag(tone, None, f"{asked} {advice}"))
    return flags


def _question_groups(people: list[dict]) -> list[list[tuple[int, dict]]]:
    """The plan's questions, as (person position, question), grouped when they are the same
    question: the same bank source, or the same words whatever the case, spacing and
    punctuation. Groups and their members keep the plan's order."""
    entries = [
        (position, question)
        for position, person in enumerate(people)
        for question in _asked(person)
    ]
    groups: list[tuple[set[str], list[int]]] = []
    for index, (_, question) in enumerate(entries):
        keys = _sameness_keys(question)
        joined = [group for group in groups if group[0] & keys]
        for group in joined:
            groups.remove(group)
        merged_keys = keys.union(*(group[0] for group in joined))
        merged = sorted([index, *(member for group in joined for member in group[1])])
        groups.append((merged_keys, merged))
    groups.sort(key=lambda group: group[1][0])
    return [[entries[index] for index in members] for _, members in groups]


def _sameness_keys(question: dict) -> set[str]:
    """What makes two questions the same one: their bank source, or their words."""
    keys = set()
    words = " ".join(re.findall(r"\w+", question["text"].lower()))
    if words:
        keys.add(f"words:{words}")
    if question["source"]:
        keys.add(f"source:{question['source']}")
    return keys


def nothing_to_ask(plan: dict, bank: list[dict]) -> list[dict]:
    """A person the visitor has no question ready for."""
    return [
        _flag(
            "warn",
            person["id"],
            f"You have no question ready for {person_label(person, position)}. Having nothing "
            "to ask can look like a lack of interest: pick two or three from the suggestions, "
            "or write your own.",
        )
        for position, person in enumerate(plan["people"])
        if not _asked(person)
    ]


def too_many_must_asks(plan: dict, bank: list[dict]) -> list[dict]:
    """More must-ask questions than the time for questions allows."""
    interview_format = plan["interview"]["format"]
    each, why = _must_ask_limit(interview_format)
    musts = [sum(q["must"] for q in _asked(person)) for person in plan["people"]]
    flags = [
        _flag(
            "tip",
            person["id"],
            f"You marked {count} must-ask questions for {person_label(person, position)}. "
            f"{why} Keep the {each} that matter most as must-asks and ask the rest if time allows.",
        )
        for position, (person, count) in enumerate(zip(plan["people"], musts, strict=True))
        if count > each
    ]
    if interview_format in SHARED_FORMATS and sum(musts) > MUST_ASK_TOTAL_SHARED:
        message = (
            f"You marked {sum(musts)} must-ask questions across the interview. About "
            f"{YOUR_MINUTES_SHARED} minutes for your questions, at {MINUTES_PER_QUESTION} "
            f"minutes each, is time for {MUST_ASK_TOTAL_SHARED}: keep the "
            f"{MUST_ASK_TOTAL_SHARED} that matter most as must-asks."
        )
        flags.append(_flag("tip", None, message))
    return flags


def _must_ask_limit(interview_format: str) -> tuple[int, str]:
    """The most must-asks for one person in this format, and the reason in words."""
    if interview_format in SHARED_FORMATS:
        return MUST_ASK_EACH_SHARED, (
            f"In a {INTERVIEW_FORMATS[interview_format].lower()} interview the time for your "
            f"questions, about {YOUR_MINUTES_SHARED} minutes, is shared by everyone, so plan "
            f"no more than {MUST_ASK_EACH_SHARED} for each person."
        )
    return MUST_ASK_EACH_ALONE, (
        f"A one-on-one interview usually leaves about {YOUR_MINUTES_ALONE} minutes for your "
        f"questions, and each takes about {MINUTES_PER_QUESTION} minutes with the answer "
        f"and a follow-up: time for {MUST_ASK_EACH_ALONE}."
    )


def unnamed(plan: dict, bank: list[dict]) -> list[dict]:
    """A person with no name yet."""
    return [
        _flag(
            "tip",
            person["id"],
            f"{person_label(person, position)} has no name yet. Add it (the invitation email "
            "or the company's website usually gives it) so you can greet them and thank "
            "them by name.",
        )
        for position, person in enumerate(plan["people"])
        if not person["name"].strip()
    ]


RULES = (
    pay_outside_hr,
    same_question,
    nothing_to_ask,
    too_many_must_asks,
    unnamed,
)
