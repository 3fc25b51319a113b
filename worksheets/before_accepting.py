"""The questions to settle before saying yes, each addressed to the person who can answer it.

They come from three places: what the visitor wrote they still need to know, the question
that tests each red flag they saw (data/flags.yml), and, when they doubt the manager they
would report to, a request for another conversation. Pay and terms go to HR or the
recruiter, as the guide advises, and the work itself to the hiring manager; the visitor may
choose otherwise, and is told so gently when they send pay to the manager.
"""

from worksheets.fit_balance import DOUBTS_ABOUT_MANAGER, page_url
from worksheets.plan_checks import PAY_WORDS
from worksheets.text import find_phrases, folded, squeezed

ASK_WHO = (("hr", "HR or the recruiter"), ("manager", "The hiring manager"))

# Pay and benefits (the plan's list), and the terms of an offer, which HR also answers.
TERMS_WORDS = PAY_WORDS + (
    "contract",
    "offer",
    "in writing",
    "notice period",
    "start date",
    "probation",
    "relocation",
    "visa",
    "sponsorship",
    "working hours",
    "overtime",
    "flexible working",
    "remote working",
    "remote days",
    "hybrid",
    "sick pay",
    "parental leave",
    "maternity",
    "paternity",
    "health cover",
    "health insurance",
    "insurance",
    "training budget",
)

MEET_AGAIN = (
    "Could I have a short second conversation with the manager I would report to, or speak "
    "with someone on their team, before I decide?"
)
OFFER_IN_WRITING = {
    "label": "An offer on the spot",
    "url": "guide/pay-and-offers/#an-offer-on-the-spot",
}
PACKAGE_TO_HR = {
    "label": "When to ask about the package",
    "url": "guide/pay-and-offers/#when-to-ask-about-the-package",
}


def route(text: str, chosen: str) -> str:
    """Who to ask: the visitor's choice if they made one, else HR for pay and terms and the
    hiring manager for everything else."""
    if chosen in dict(ASK_WHO):
        return chosen
    return "hr" if find_phrases(text, TERMS_WORDS) else "manager"


def open_questions(reflection: dict, red_flags: list[dict]) -> dict:
    """{"hr": [...], "manager": [...], "tips": [...]}: each question as {text, why, url}, the
    visitor's own first, each question once (url: the guide on the red flag it tests); tips
    as {text, link}, link as {label, url}."""
    asked = {"hr": [], "manager": []}
    seen: set[str] = set()

    def add(who: str, text: str, why: str = "", url: str = "") -> None:
        if folded(text) not in seen:
            seen.add(folded(text))
            asked[who].append({"text": text, "why": why, "url": url})

    for point in reflection["still_to_know"]:
        text = squeezed(point["text"])
        if text:
            add(route(text, point["ask"]), text)
    offered = {flag["id"]: flag for flag in red_flags}
    for flag_id in reflection["red_flags"]:
        flag = offered.get(flag_id)
        if flag:
            add(
                flag["ask"],
                flag["question"],
                f"It tests a red flag you saw: {flag['name']}.",
                page_url(flag["link"]),
            )
    if reflection["manager"] in DOUBTS_ABOUT_MANAGER:
        add("hr", MEET_AGAIN, "You have doubts about the manager you would report to.")
    return {**asked, "tips": _tips(reflection, asked)}


def _tips(reflection: dict, asked: dict) -> list[dict]:
    tips = []
    for point in reflection["still_to_know"]:
        found = find_phrases(point["text"], TERMS_WORDS)
        if point["ask"] == "manager" and found:
            tips.append(
                {
                    "text": f"You chose to ask the manager “{squeezed(point['text'])}”, which "
                    f"mentions “{found[0]}”. Pay and terms are usually HR's to answer; the "
                    "manager may not know, and it can sound like your main interest.",
                    "link": PACKAGE_TO_HR,
                }
            )
    if not any(find_phrases(question["text"], TERMS_WORDS) for question in asked["hr"]):
        tips.append(
            {
                "text": "Nothing here is about pay or terms yet. When an offer comes, ask HR for it "
                "in writing, with the whole package, and agree a date to reply.",
                "link": OFFER_IN_WRITING,
            }
        )
    return tips
