"""The doubts an interviewer can be left with after round one, and how to answer each.

The debrief asks what each concern was about (CONCERN_KINDS). Some are best answered with a
story from the visitor's own work, so they also become stories to write in the prep plan;
others want a consistent, well-prepared answer, or belong with HR. The advice is ours, and
each kind links to the guide's sections that cover it.
"""

from dataclasses import dataclass

from worksheets.advice import advice
from worksheets.text import squeezed


@dataclass(frozen=True)
class ConcernKind:
    label: str
    advice: str
    links: tuple[str, ...]
    # The story that would answer it, or "" when a story is not the best answer.
    story: str = ""


CONCERN_KINDS = {
    "skills": ConcernKind(
        "A skill or experience they thought I lacked",
        "Answer with proof, not reassurance. If you have the skill, tell one short story where "
        "you used it and say what changed. If you have something close, say how it carries over. "
        "If you truly lack it, say so, and show how fast you learned something similar.",
        ("the-job", "star"),
        story="A time you used that skill, or the nearest thing to it, with a result you can measure.",
    ),
    "fit": ConcernKind(
        "How I would fit in with the team",
        "Fit is judged from how you work with people, so bring a story about a colleague, a "
        "disagreement or a plan that changed, and be open about how you like to work. Listen to "
        "how they describe the team, and let both sides judge honestly.",
        ("fit-vs-qualification", "myth-technical"),
        story="A time you worked through a disagreement, a new team or a change of plan.",
    ),
    "level": ConcernKind(
        "Whether I am ready for the level of the job",
        "Pitch your examples at the size of this job: the scope, the budget or the team you "
        "handled, and the judgment calls you made yourself. If they thought you too senior, say "
        "plainly why this role is the one you want.",
        ("job-level",),
        story="A time you handled work of the size and weight this job carries.",
    ),
    "motivation": ConcernKind(
        "Why I want this job, or why I am leaving",
        "Give the same reason you gave in round one and add one layer: something specific you "
        "have learned about them since, and what you are moving toward. Two or three calm "
        "sentences, fair to your current employer.",
        ("why-leaving", "why-us"),
    ),
    "history": ConcernKind(
        "A gap or a short stay on my resume",
        "Give the same short, true answer as before with a little more detail: what you did in "
        "that time, how you kept your skills fresh and why you are ready now. It needs no apology.",
        ("resume-gap",),
    ),
    "answer": ConcernKind(
        "An answer that came out wrong",
        "Add it under the questions you wish you had answered differently. If you meet the same "
        "person, it is fine to come back to it: say you have thought more about their question "
        "and give the fuller answer.",
        ("same-interviewer", "write-it-down"),
    ),
    "pay": ConcernKind(
        "What I would cost, or the terms I want",
        "Know your range before anyone asks, from research rather than hope, and keep talk of "
        "pay and terms for HR or the recruiter, usually once an offer is near.",
        ("pay-range", "pay-timing"),
    ),
    "other": ConcernKind(
        "Something else",
        "Answer it head on with one real example rather than a promise, then ask near the end "
        "whether anything still gives them pause.",
        ("ask-about-fit",),
        story="One real example that shows the doubt is unfounded.",
    ),
}

# A concern whose kind is not chosen yet gets this advice, and still becomes a story to write.
UNSORTED = ConcernKind(
    "Not sorted yet",
    "Say what the concern is about and the advice here will fit it. Whatever it is, a real "
    "example answers a doubt better than a promise does.",
    ("ask-about-fit",),
    story=CONCERN_KINDS["other"].story,
)


def kind_of(concern: dict) -> ConcernKind:
    return CONCERN_KINDS.get(concern["about"], UNSORTED)


def written(concerns: list[dict]) -> list[dict]:
    """The concerns the visitor has put into words."""
    return [concern for concern in concerns if concern["concern"].strip()]


def concerns_to_answer(concerns: list[dict]) -> list[dict]:
    """One item per concern: how to answer it, and whether a story to write answers it too."""
    items = []
    for concern in written(concerns):
        kind = kind_of(concern)
        noticed = squeezed(concern["sign"]).rstrip(".")
        detail = kind.advice
        if noticed:
            detail = f"What you noticed: {noticed}. {detail}"
        if kind.story:
            detail += " The story to write for it is in the list above."
        items.append(
            advice(f"“{squeezed(concern['concern'])}”", detail, *kind.links, about=kind.label)
        )
    return items
