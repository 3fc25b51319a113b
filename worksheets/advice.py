"""Advice in a worksheet's output, and the links from it into the site.

An item of advice says what to do (`text`), why or how (`detail`), and which sections of the
guide cover it (`links`). Rules pick links from LINKS by key and never build an address
themselves, so one site test can follow every link a worksheet can produce into the built
site and check that the page and its anchor exist.

Addresses are relative to the site root ("guide/taking-charge/#open-with-it"); the page turns
them into links from wherever it sits.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    page: str  # "guide/taking-charge/", relative to the site root
    anchor: str  # a heading's id on that page, or "" for the top of it
    label: str  # what the link says: the section's heading, or the page's title

    @property
    def url(self) -> str:
        return self.page + (f"#{self.anchor}" if self.anchor else "")


PAGE_TITLES = {
    "guide/first-round-review/": "Reviewing your first interview",
    "guide/what-changes/": "What changes in a second interview",
    "guide/myths/": "Myths about second interviews",
    "guide/questions-to-ask/": "Questions to ask, by interviewer",
    "guide/research/": "Researching the role, the company and the people",
    "guide/taking-charge/": "Taking charge of the conversation",
    "guide/recurring-questions/": "Questions that come back every round",
    "guide/star-method/": "Behavioral and situational questions and the STAR method",
    "guide/how-answers-are-judged/": "How answers are judged",
    "guide/formats/": "One-on-one, panel and group interviews",
    "guide/pay-and-offers/": "Pay and offers",
    "worksheets/interview-plan/": "Interview plan",
}


def _link(page: str, anchor: str, label: str) -> Link:
    return Link(f"{page}/" if page.startswith("worksheets/") else f"guide/{page}/", anchor, label)


LINKS = {
    # Reviewing your first interview
    "felt-bad": _link(
        "first-round-review", "when-the-first-round-felt-bad", "When the first round felt bad"
    ),
    "what-it-might-mean": _link("first-round-review", "what-it-might-mean", "What it might mean"),
    "write-it-down": _link(
        "first-round-review", "write-down-what-happened", "Write down what happened"
    ),
    "ask-yourself": _link(
        "first-round-review", "questions-to-ask-yourself", "Questions to ask yourself"
    ),
    "choose-accomplishments": _link(
        "first-round-review",
        "choose-the-accomplishments-you-want-to-present",
        "Choose the accomplishments you want to present",
    ),
    "recovery-checklist": _link("first-round-review", "recovery-checklist", "Recovery checklist"),
    # What changes in a second interview
    "fit-vs-qualification": _link(
        "what-changes", "fit-versus-qualification", "Fit versus qualification"
    ),
    "same-interviewer": _link(
        "what-changes", "meeting-the-same-interviewer-again", "Meeting the same interviewer again"
    ),
    # Myths about second interviews
    "myth-formality": _link(
        "myths", "myth-1-round-two-is-a-formality", "Myth 1: Round two is a formality"
    ),
    "myth-technical": _link(
        "myths", "myth-3-it-is-all-about-technical-skill", "Myth 3: It is all about technical skill"
    ),
    "myth-asked-already": _link(
        "myths",
        "myth-4-you-asked-your-questions-last-time",
        "Myth 4: You asked your questions last time",
    ),
    "myth-lost-cause": _link(
        "myths",
        "myth-6-if-round-one-felt-bad-round-two-is-a-lost-cause",
        "Myth 6: If round one felt bad, round two is a lost cause",
    ),
    # Questions to ask
    "fresh-list": _link(
        "questions-to-ask",
        "build-a-fresh-list-then-choose-on-the-spot",
        "Build a fresh list, then choose on the spot",
    ),
    "success-questions": _link(
        "questions-to-ask", "the-success-questions", "The success questions"
    ),
    "fit-question": _link(
        "questions-to-ask",
        "close-with-a-question-about-your-fit",
        "Close with a question about your fit",
    ),
    # Researching the role, the company and the people
    "the-job": _link("research", "pin-down-the-job-itself", "Pin down the job itself"),
    "their-angle": _link(
        "research", "what-do-they-want-from-this-meeting", "What do they want from this meeting?"
    ),
    "company-news": _link(
        "research",
        "catch-up-on-the-company-since-round-one",
        "Catch up on the company since round one",
    ),
    "insiders": _link(
        "research", "talk-to-people-who-know-the-place", "Talk to people who know the place"
    ),
    "research-yourself": _link("research", "research-yourself-too", "Research yourself, too"),
    # Taking charge of the conversation
    "firmer-hand": _link(
        "taking-charge", "when-to-take-a-firmer-hand", "When to take a firmer hand"
    ),
    "best-accomplishment": _link(
        "taking-charge", "pick-your-one-best-accomplishment", "Pick your one best accomplishment"
    ),
    "open-with-it": _link("taking-charge", "open-with-it", "Open with it"),
    "storyteller": _link(
        "taking-charge", "the-storyteller-interviewer", "The storyteller interviewer"
    ),
    "sales-pitch": _link(
        "taking-charge", "when-round-one-was-a-sales-pitch", "When round one was a sales pitch"
    ),
    # Questions that come back every round
    "why-leaving": _link("recurring-questions", "why-are-you-leaving", "Why are you leaving?"),
    "why-us": _link("recurring-questions", "why-us", "Why us?"),
    "resume-gap": _link("recurring-questions", "a-gap-in-your-resume", "A gap in your resume"),
    "weakness": _link("recurring-questions", "your-weakness", "Your weakness"),
    "improper-questions": _link(
        "recurring-questions", "questions-they-should-not-ask", "Questions they should not ask"
    ),
    "ask-about-fit": _link(
        "recurring-questions",
        "ask-about-your-fit-before-you-leave",
        "Ask about your fit before you leave",
    ),
    # Other guide pages
    "star": _link("star-method", "the-star-method", "The STAR method"),
    "job-level": _link(
        "how-answers-are-judged", "pitch-at-the-level-of-the-job", "Pitch at the level of the job"
    ),
    "mock-interview": _link(
        "formats", "rehearse-with-a-mock-interview", "Rehearse with a mock interview"
    ),
    "pay-range": _link("pay-and-offers", "research-a-range-first", "Research a range first"),
    "pay-timing": _link(
        "pay-and-offers", "when-to-ask-about-the-package", "When to ask about the package"
    ),
    # Worksheets
    "interview-plan": _link("worksheets/interview-plan", "", "Interview plan"),
}


def advice(text: str, detail: str, *keys: str, **extra) -> dict:
    """One item of advice, with the links named by keys (from LINKS) and any extra fields."""
    return {"text": text, "detail": detail, "links": [_json(LINKS[key]) for key in keys], **extra}


def _json(link: Link) -> dict:
    return {"label": link.label, "url": link.url, "page": PAGE_TITLES[link.page]}
