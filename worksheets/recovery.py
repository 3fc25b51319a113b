"""What round one means for round two: recovery advice after a round that went poorly, fixes
and strengths to keep after a mixed one, and a warning against coasting after a good one.

The advice follows the guide's "Reviewing your first interview" and "Taking charge of the
conversation". When the visitor says why round one went poorly, the causes the guide names
(a grilling, a meeting that drifted, an interviewer who did the talking, odd questions) and
two more we see often (nerves, questions nobody should ask) are found in their words, so the
advice fits what happened rather than being a list of generic tips.
"""

from worksheets.advice import advice
from worksheets.text import find_phrases, squeezed

OUTCOMES = {
    "went-well": "It went well",
    "mixed": "Mixed: some good, some not",
    "went-poorly": "It went poorly",
}

TITLES = {
    "went-poorly": "Recovering from round one",
    "mixed": "Fixing what went wrong, keeping what worked",
    "went-well": "Building on a good round one",
    "": "Round one",
}

# Words that show each cause in "what went poorly and why", matched as whole words.
CAUSE_WORDS = {
    "grilled": (
        "grilled",
        "grilling",
        "grill",
        "pushed back",
        "pushed hard",
        "hostile",
        "aggressive",
        "harsh",
        "tough",
        "interrogated",
        "interrogation",
        "sceptical",
        "skeptical",
        "doubted",
        "challenged",
    ),
    "drifted": (
        "was short",
        "was brief",
        "very short",
        "only lasted",
        "cut short",
        "drifted",
        "drifting",
        "went nowhere",
        "unfocused",
        "unstructured",
        "no structure",
        "barely looked",
        "glanced",
        "had not read",
        "hadn't read",
        "did not read",
        "didn't read",
        "distracted",
    ),
    "they-talked": (
        "did the talking",
        "did all the talking",
        "did most of the talking",
        "talked the whole",
        "talked most",
        "talked a lot",
        "kept talking",
        "talked about themselves",
        "monologue",
        "sales pitch",
        "selling the company",
        "sold the company",
        "barely spoke",
        "hardly spoke",
        "get a word in",
        "did not get to",
        "didn't get to",
        "never asked",
        "storyteller",
    ),
    "odd-questions": (
        "odd",
        "strange",
        "weird",
        "bizarre",
        "random",
        "brain teaser",
        "brainteaser",
        "trick question",
        "off topic",
        "off-topic",
        "irrelevant",
    ),
    "improper": (
        "how old",
        "my age",
        "married",
        "pregnant",
        "children",
        "kids",
        "family plans",
        "religion",
        "illegal",
        "unlawful",
        "inappropriate",
        "personal questions",
    ),
    "nerves": (
        "nervous",
        "nerves",
        "anxious",
        "blanked",
        "went blank",
        "froze",
        "rambled",
        "rambling",
        "waffled",
        "stumbled",
        "panicked",
        "tongue-tied",
    ),
}

CAUSE_ADVICE = {
    "grilled": advice(
        "Expect the pressure again, and meet it with evidence",
        "Some interviewers push hard on purpose to see how you respond, and being grilled then "
        "invited back is a good sign. For each point they pressed on, prepare a calm, short "
        "answer with a real example and its result.",
        "what-it-might-mean",
    ),
    "drifted": advice(
        "Bring your best evidence yourself",
        "A short meeting that drifted often means round one was a quick filter, or that the "
        "interviewer was never trained to interview. Round two may be the first real look at "
        "your work, so do not wait to be asked for your strongest story.",
        "firmer-hand",
        "what-it-might-mean",
    ),
    "they-talked": advice(
        "Make your case in the opening minutes",
        "An interviewer who did most of the talking will probably do it again. Right after the "
        "greetings, thank them and move into your best accomplishment; when they pause later, "
        "link their story to one of yours. Ask your most important questions early too.",
        "open-with-it",
        "storyteller",
        "sales-pitch",
    ),
    "odd-questions": advice(
        "Read little into the strange questions",
        "An odd question usually says more about the interviewer's habits than about you. Think "
        "about what it might have been testing, such as how you think on your feet, and have a "
        "short story ready for that instead.",
        "what-it-might-mean",
    ),
    "improper": advice(
        "Decide now how you will handle a question nobody should ask",
        "You can answer it, answer the concern behind it, or decline politely and steer back to "
        "the job. Write down who asked what: one clumsy question may be habit, a pattern is a "
        "warning sign.",
        "improper-questions",
    ),
    "nerves": advice(
        "Rehearse aloud until your stories come easily",
        "Nerves ease when the words are familiar. Say each story out loud and time it, check that "
        "you get to the point, and run a mock interview with someone who asks follow-up questions.",
        "mock-interview",
        "ask-yourself",
    ),
}

SAY_WHY = advice(
    "Say what went poorly, and why",
    "Write it in “What went poorly, and why” above. The advice here then fits what happened: a "
    "grilling, a meeting that drifted, an interviewer who did all the talking, or odd questions.",
    "felt-bad",
)
THEIR_VERDICT = advice(
    "Take the invitation as their verdict",
    "Employers rarely spend time on someone they have ruled out. How round one felt to you and "
    "how it looked to them can be very different, so prepare to win, not to apologise.",
    "what-it-might-mean",
    "myth-lost-cause",
)
ONE_ACCOMPLISHMENT = advice(
    "Choose the one accomplishment that proves you can do this job",
    "If you had a single chance to make your case, which story would you tell? Shape it to "
    "under two minutes and plan a natural moment, early on, to bring it in.",
    "best-accomplishment",
)
WARNING_SIGN = advice(
    "Weigh whether it was a warning sign",
    "Set round one against everything else you know: how promptly and politely they have dealt "
    "with you, and what contacts and staff reviews say. Let round two confirm or correct your "
    "first impression.",
    "what-it-might-mean",
)
CHECKLIST = advice(
    "Work through the recovery checklist",
    "It takes you from naming what went wrong to the opening line you will use in round two.",
    "recovery-checklist",
)
NO_COASTING = advice(
    "Prepare as if you were starting fresh",
    "A good first round is the easiest one to coast after. The people left are fewer and "
    "stronger, and you may meet senior people who have not seen you yet.",
    "myth-formality",
)
BRING_BACK = advice(
    "Bring back your strongest points",
    "Do not count on them remembering the best of round one. Restate it briefly, in fresh "
    "words, and show what you have learned or thought about since.",
    "same-interviewer",
)
CHOOSE_OUTCOME = advice(
    "Say how round one went",
    "Choose an answer under “How did round one go?” and this part of the plan gives advice for "
    "a round that went well, a mixed one, or one to recover from.",
)


def causes(went_poorly: str) -> list[str]:
    """The causes found in the visitor's words, in the order of CAUSE_WORDS."""
    return [cause for cause, words in CAUSE_WORDS.items() if find_phrases(went_poorly, words)]


def round_one(outcome: str, went_well: str, went_poorly: str) -> dict:
    """The plan's section on round one: a title and its items, most useful first."""
    fixes = [CAUSE_ADVICE[cause] for cause in causes(went_poorly)]
    if outcome == "went-poorly":
        items = [*(fixes or [SAY_WHY]), THEIR_VERDICT, ONE_ACCOMPLISHMENT, WARNING_SIGN, CHECKLIST]
    elif outcome == "mixed":
        items = [*(fixes or [SAY_WHY]), *_keep(went_well), ONE_ACCOMPLISHMENT]
    elif outcome == "went-well":
        items = [NO_COASTING, BRING_BACK, *_keep(went_well), *fixes]
    else:
        items = [CHOOSE_OUTCOME]
    return {"id": "round-one", "title": TITLES.get(outcome, TITLES[""]), "items": items}


def _keep(went_well: str) -> list[dict]:
    """What went well, to do again; nothing when the visitor has not said."""
    said = squeezed(went_well)
    if not said:
        return []
    return [
        advice(
            "Do again what worked",
            f"You noted what went well: “{said}”. Plan to do it again, and bring back the stories "
            "that landed, in fresh words.",
            "ask-yourself",
        )
    ]
