"""Drafts of the thank-you note to send each person after the interview.

A note that could have gone to anyone reads as a form letter, so each draft is built from
what the visitor wrote about that person: the point they discussed, why the visitor fits,
what they did not get to say. The wording around it changes with the person's place in the
plan (OPENINGS, POINT_LEADS, CLOSINGS and SIGN_OFFS are taken in turn) and with their kind
of role (what they could talk about, why the visitor fits, and for HR the next steps), so
notes to a panel do not read as one template with the names swapped.

The drafts are a starting point to edit, signed "[Your name]". The role applied for is not
in the plan, so a note says "the role" rather than guess a job title. The visitor's own
words are kept as typed, only put on one line and ended as a sentence.
"""

import re
from urllib.parse import quote

from worksheets.text import squeezed

SIGNATURE = "[Your name]"
NO_NAME = "[Their name]"

SUBJECTS = {
    "hiring-manager": "Thank you for our conversation",
    "hr": "Thank you, and the next steps",
    "executive": "Thank you for your time",
    "peer": "Thanks for meeting me",
}
DEFAULT_SUBJECT = "Thank you for meeting me"

GREETINGS = {"peer": "Hi"}
DEFAULT_GREETING = "Dear"

# What each kind of interviewer is placed to tell a candidate about.
TOPICS = {
    "hiring-manager": "the role and your team's plans",
    "hr": "the role and how the process works",
    "executive": "where the organisation is heading",
    "peer": "how the team works day to day",
}
DEFAULT_TOPIC = "the role"

MEETINGS = {"panel": "the panel interview", "group": "the group interview"}
DEFAULT_MEETING = "our conversation"

OPENINGS = (
    "Thank you for {meeting} and for everything you told me about {topic}.",
    "I am grateful for {meeting}, and for the chance to hear from you about {topic}.",
    "Many thanks for {meeting}. I came away with a much clearer picture of {topic}.",
)
MET_BEFORE = "It was good to see you again."

POINT_LEADS = (
    "One part of our conversation stood out for me: {point}",
    "I have kept thinking about something we discussed: {point}",
    "What stayed with me most was this: {point}",
)

# Why the visitor fits, said after the point they discussed, in terms of what this person
# cares about.
FIT_AFTER_POINT = {
    "hiring-manager": "It made me even more sure that I could do this job well for your team.",
    "hr": "It confirmed that this is a place where I would do my best work.",
    "executive": "It made me keener still to contribute to where the organisation is going.",
    "peer": "It made me look forward to working alongside you.",
}
DEFAULT_FIT_AFTER_POINT = "It made me even more sure that the role is a good fit for me."
FIT_FOR_WANTS = (
    "I understood that you wanted to learn one thing about me in particular: {wants} "
    "I hope my answers helped, and I would be glad to tell you more."
)
FIT_ALONE = "Everything I heard made me keener on the job, and more sure that I would do it well."

UNSAID = "One thing I did not get to mention: {unsaid}"
NEXT_STEPS = (
    "I look forward to hearing about the next steps; please let me know if you need "
    "anything more from me."
)

CLOSINGS = (
    "Thank you again for your time.",
    "Thanks again, and I hope we speak again soon.",
    "I enjoyed the conversation, and I hope to continue it.",
)
SIGN_OFFS = ("Best regards,", "Kind regards,", "With thanks,")

# Titles that mean a two-word name is not "First Last": "Dr Ortiz" stays as it is.
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})

# A plausible address: something, one @, and a domain of words joined by dots. No spaces,
# and none of the characters that would split or end an address in a mailto: URL.
_EMAIL = re.compile(r"[^\s@<>\",;?#]+@[\w-]+(?:\.[\w-]+)+")


def draft_notes(plan: dict) -> dict[str, dict]:
    """A draft note for each person in the plan, keyed by person id."""
    return {
        person["id"]: draft_note(plan, person, position)
        for position, person in enumerate(plan["people"])
    }


def draft_note(plan: dict, person: dict, position: int) -> dict:
    """The {subject, body} of a thank-you note to one person, the position-th in the plan."""
    kind = person["kind"]
    turn = position % len(OPENINGS)
    opening = OPENINGS[turn].format(
        meeting=MEETINGS.get(plan["interview"]["format"], DEFAULT_MEETING),
        topic=TOPICS.get(kind, DEFAULT_TOPIC),
    )
    unsaid = sentence(person["unsaid"])
    paragraphs = [
        f"{GREETINGS.get(kind, DEFAULT_GREETING)} {greeting_name(person['name'])},",
        f"{MET_BEFORE} {opening}" if person["met_before"] else opening,
        _fit_paragraph(person, turn),
        UNSAID.format(unsaid=unsaid) if unsaid else "",
        f"{NEXT_STEPS} {CLOSINGS[turn]}" if kind == "hr" else CLOSINGS[turn],
        f"{SIGN_OFFS[turn]}\n{SIGNATURE}",
    ]
    body = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    return {"subject": SUBJECTS.get(kind, DEFAULT_SUBJECT), "body": body}


def _fit_paragraph(person: dict, turn: int) -> str:
    """The point discussed with the fit it shows, else the fit to what they wanted to learn."""
    point, wants = sentence(person["discussed"]), sentence(person["wants"])
    if point:
        fit = FIT_AFTER_POINT.get(person["kind"], DEFAULT_FIT_AFTER_POINT)
        return f"{POINT_LEADS[turn].format(point=point)} {fit}"
    if wants:
        return FIT_FOR_WANTS.format(wants=wants)
    return FIT_ALONE


def greeting_name(name: str) -> str:
    """The first name when the name looks like "First Last", else the name as written."""
    name = squeezed(name)
    parts = name.split(" ")
    titled = parts[0].lower().rstrip(".") in TITLES
    if len(parts) == 2 and not titled and all(map(_is_name_word, parts)):
        return parts[0]
    return name or NO_NAME


def _is_name_word(word: str) -> bool:
    """A capitalised word of letters, perhaps with a hyphen or apostrophe: "Anne-Marie"."""
    return word[0].isupper() and all(char.isalpha() or char in "-'’" for char in word)


def sentence(text: str) -> str:
    """The visitor's text on one line, ending as a sentence: a full stop is added unless it
    already ends with one, a question or exclamation mark, or an ellipsis. A trailing comma,
    colon or semicolon gives way to the full stop."""
    text = squeezed(text).rstrip(",;:").rstrip()
    if not text or text.rstrip("\"'”’)»").endswith((".", "!", "?", "…")):
        return text
    return text + "."


def mailto(person: dict, note: dict) -> str:
    """A mailto: URL (RFC 6068) that opens the note in the visitor's email program.

    The address is left empty when the one given does not look like an email address, so
    the visitor fills it in there. Subject and body are percent-encoded as UTF-8, with line
    breaks sent as CRLF, as RFC 6068 asks; a lone surrogate, which UTF-8 cannot encode,
    becomes "?".
    """
    email = person["email"].strip()
    address = quote(email, safe="@", errors="replace") if _EMAIL.fullmatch(email) else ""
    body = note["body"].replace("\r\n", "\n").replace("\n", "\r\n")
    subject = quote(note["subject"], safe="", errors="replace")
    return f"mailto:{address}?subject={subject}&body={quote(body, safe='', errors='replace')}"
