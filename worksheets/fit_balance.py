"""The flags side of the decision note: the green and red flags the visitor saw, kept apart by
tone, and a summary that weighs both sides without deciding for them.

A flag the visitor ticked comes from the site's list of its own tone (data/flags.yml, split
into "green_flags" and "red_flags"), so an id is only ever looked up in the list of the field
it was ticked in. A flag of their own has the tone they gave it; one with no tone yet is set
apart and named, never guessed. The summary follows the guide's advice on the day: a single
flag may be a bad day, a pattern deserves weight, and the person you would report to counts
on their own. It states what the visitor saw and what to weigh, and leaves the choice to them.
"""

from worksheets.text import count_noun, squeezed

TONES = (("green", "Green: a good sign"), ("red", "Red: a worry"))
TONE_IDS = tuple(tone for tone, _ in TONES)

MANAGER_SCALE = (
    ("not-at-all", "Not at all"),
    ("with-doubts", "With doubts"),
    ("mostly", "Mostly"),
    ("fully", "Yes, fully"),
)
DOUBTS_ABOUT_MANAGER = frozenset({"not-at-all", "with-doubts"})

# Two or more red flags begin to look like a pattern rather than one bad moment.
PATTERN = 2

LEAVES_IT_TO_YOU = (
    "This note sets out what you saw so you can weigh it; the decision stays yours, and it "
    "can wait until the questions below have answers."
)


def page_url(link: str) -> str:
    """A guide link as data/flags.yml writes it ("guide/on-the-day.md#red-flags") as an
    address relative to the site root ("guide/on-the-day/#red-flags")."""
    page, _, anchor = link.partition("#")
    return page.removesuffix(".md") + "/" + (f"#{anchor}" if anchor else "")


def flags_seen(reflection: dict, data: dict) -> dict:
    """{"green": [...], "red": [...], "untoned": [...]}: each flag as {text, url, own}, the
    site's flags first in the order ticked, then the visitor's own in their order."""
    seen = {"green": [], "red": [], "untoned": []}
    for tone in TONE_IDS:
        offered = {flag["id"]: flag for flag in data[f"{tone}_flags"]}
        for flag_id in reflection[f"{tone}_flags"]:
            flag = offered.get(flag_id)
            text, url = (flag["name"], page_url(flag["link"])) if flag else (flag_id, "")
            seen[tone].append({"text": text, "url": url, "own": False})
    for own in reflection["own_flags"]:
        text = squeezed(own["text"])
        if text:
            side = own["tone"] if own["tone"] in TONE_IDS else "untoned"
            seen[side].append({"text": text, "url": "", "own": True})
    return seen


def balance(seen: dict, manager: str) -> list[str]:
    """The summary, a sentence or two a paragraph: what was seen on each side, how much a
    lone flag or a pattern weighs, the manager, and that the choice stays the visitor's."""
    green, red = len(seen["green"]), len(seen["red"])
    if not green and not red:
        paragraphs = [
            "You have not ticked or written any flags yet. While the day is fresh, tick what "
            "you noticed above, good and bad, and add anything the list does not have."
        ]
    else:
        paragraphs = [
            f"You noted {count_noun(green, 'green flag')} and {count_noun(red, 'red flag')}.",
            _weighing(green, red),
        ]
    if seen["untoned"]:
        count = count_noun(len(seen["untoned"]), "flag")
        paragraphs.append(
            f"{count} of your own {'has' if len(seen['untoned']) == 1 else 'have'} "
            "no colour yet: mark each green or red so it is weighed on the right side."
        )
    paragraphs.append(_about_manager(manager))
    paragraphs.append(LEAVES_IT_TO_YOU)
    return paragraphs


def _weighing(green: int, red: int) -> str:
    if not red:
        return (
            "Everything you noted was a good sign. A second round shows a company at its "
            "best, so ask yourself what you did not get to see, and use the questions below "
            "to check it before an offer makes the choice feel urgent."
        )
    lone = red < PATTERN
    worry = (
        "A single red flag may be one bad moment rather than how the place works, so test "
        "it before you give it much weight."
        if lone
        else f"With {red} red flags a pattern begins to show, and a pattern deserves more weight "
        "than any one moment: test each with the questions below."
    )
    if not green:
        return f"You noted worries and no good signs. {worry}"
    return (
        f"You saw good signs and worries. {worry} Then weigh the two sides by what would "
        "still matter to you six months into the job, not by how many each side has."
    )


def _about_manager(manager: str) -> str:
    if manager not in dict(MANAGER_SCALE):
        return (
            "You have not said yet whether you would respect your manager. The person you "
            "report to shapes most working days, so it is worth an honest answer above."
        )
    if manager in DOUBTS_ABOUT_MANAGER:
        answer = dict(MANAGER_SCALE)[manager].lower()
        return (
            f"Asked whether you would respect your manager, you said “{answer}”. The person "
            "you report to shapes most working days, so give this weight of its own, apart "
            "from the flags, and try to meet them again before you decide."
        )
    if manager == "mostly":
        return (
            "You would mostly respect your manager. Name to yourself what holds you back, "
            "and check it if you can: it is easier to ask now than after you start."
        )
    return (
        "You would fully respect the person you would report to: that counts for a great "
        "deal, since they shape most of your working days."
    )
