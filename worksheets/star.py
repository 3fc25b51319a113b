"""Coaching feedback on one STAR story (Situation, Task, Action, Result).

review_story runs a set of small rules (RULES, at the end) over a story. Each rule takes the
story and its word count per part, looks at one habit of a good interview answer, and returns
its points: "good" to confirm what works, "tip" for an improvement, "warn" for a problem to fix
before using the story. Most rules give one point or none; a rule with nothing to judge yet
(say, no Result written) stays silent and leaves it to the missing-part warning. The points
decide the story's level and the one-line verdict shown above them.
"""

import re

from worksheets.text import (
    WORDS_PER_MINUTE,
    count_noun,
    find_phrases,
    speaking_seconds,
    word_count,
    words,
)

PARTS = ("situation", "task", "action", "result")
PART_NAMES = {"situation": "Situation", "task": "Task", "action": "Action", "result": "Result"}

# -- How long each part should be ---------------------------------------------------------
# The one statement of the rule. The coach's checks below use these numbers; the form's hint
# under each box (PART_HINTS) and the guide's STAR page (describe_proportions) are written
# from them, so the three cannot drift apart.

# Most interviewers expect a behavioral answer to take one to two minutes.
AIM_MIN_SECONDS = 60
AIM_MAX_SECONDS = 120
# Outside these the story is clearly off: too thin to show anything, or long enough to lose
# the interviewer. Between them and the aim it is only a little short or long.
TOO_SHORT_SECONDS = 45
TOO_LONG_SECONDS = 150

# The Action is what the interviewer is assessing, so it should get the biggest share.
ACTION_MIN_SHARE = 0.40

# The Situation is only context: beyond a quarter of the story, or about 25 seconds spoken,
# it eats the time the Action needs.
SITUATION_MAX_SHARE = 0.25
SITUATION_MAX_WORDS = 60

# Shares as a reader says them; any other share is written as a percentage.
_FRACTION_WORDS = {20: "a fifth", 25: "a quarter", 33: "a third", 40: "two-fifths", 50: "half"}


def _fraction(share: float) -> str:
    return _FRACTION_WORDS.get(round(share * 100), f"{round(share * 100)}%")


def _words_in(seconds: int) -> int:
    """About how many words fit in `seconds` of speech at the pace the coach assumes."""
    return round(seconds * WORDS_PER_MINUTE / 60)


# What belongs in each part: the form's hint under each box, the coach's message when a part
# is still empty, and the guide's list of what each part holds.
PART_HINTS = {
    "situation": (
        "Set the scene: where you were and what was at stake, in two or three sentences "
        f"(under {SITUATION_MAX_WORDS} words, at most {_fraction(SITUATION_MAX_SHARE)} "
        "of the story)."
    ),
    "task": "Say what was yours to achieve: the goal, the deadline or the problem you owned.",
    "action": (
        "Say what you did, step by step, and why, in your own voice: “I”, not “we”. "
        f"Make it the largest part, at least {_fraction(ACTION_MIN_SHARE)} of the story."
    ),
    "result": (
        "Say what changed because of you, with a number (3 days sooner, 20% fewer errors), "
        "and what you learned."
    ),
}
PART_GUIDANCE = PART_HINTS
"""What the coach says to write in a part that is still empty: the hint under its box."""


def describe_proportions() -> dict[str, str]:
    """The length rule in words, for the guide: the whole answer, then each part's share."""
    return {
        "answer": (
            f"Aim for {AIM_MIN_SECONDS} to {AIM_MAX_SECONDS} seconds spoken: about "
            f"{_words_in(AIM_MIN_SECONDS)} to {_words_in(AIM_MAX_SECONDS)} words at the pace of "
            "a calm answer."
        ),
        **PART_HINTS,
    }


WE_WORDS = frozenset({"we", "our", "ours", "us", "ourselves", "we're", "we've", "we'd", "we'll"})
I_WORDS = frozenset({"i", "my", "mine", "me", "myself", "i'm", "i've", "i'd", "i'll"})

# Words that make a claim sound vague or padded when spoken.
VAGUE_PHRASES = (
    "stuff",
    "things",
    "basically",
    "kind of",
    "sort of",
    "really",
    "very",
    "just",
    "a lot",
    "etc",
    "various",
    "helped with",
    "was involved in",
    "was responsible for",
    "tried to",
    "literally",
    "obviously",
)
MAX_QUOTED_PHRASES = 3

# Signs that a Result is measured: a figure with its unit if any (40%, £2k, 1,200, 3 days),
# a money sign, a word for an amount, a time span or a multiple, or a number written as a
# word ("zero missed payments", "forty accounts", "a third"). "One" is left out: it is far
# more often a pronoun ("no one", "the one I chose") than a count.
_AMOUNTS = r"per ?cent|thousands?|millions?|billions?|minutes?|hours?|days?|weeks?|months?|years?"
_NUMBER_WORDS = (
    r"zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundreds?|dozens?|half|halved|thirds?|quarters?|twice|doubled|tripled"
    r"|trebled|quadrupled"
)
_MEASURE = re.compile(
    rf"[£$€]?\d[\d,.]*(?:%|\s?(?:k|m|bn|{_AMOUNTS})\b)?"
    r"|[£$€]"
    rf"|\b(?:{_AMOUNTS}|{_NUMBER_WORDS})\b",
    re.IGNORECASE,
)


def review_story(story: dict) -> dict:
    """Coaching feedback for one story: its level, verdict, length and points."""
    counts = {part: word_count(story.get(part, "")) for part in PARTS}
    points = [point for rule in RULES for point in rule(story, counts)]
    seconds = speaking_seconds(sum(counts.values()))
    level = _level(counts, points)
    return {
        "level": level,
        "verdict": _verdict(level, points, seconds),
        "speaking_seconds": seconds,
        "words": counts,
        "points": points,
    }


def _point(rule: str, tone: str, message: str, field: str | None = None) -> dict:
    return {"rule": rule, "tone": tone, "field": field, "message": message}


def _level(counts: dict[str, int], points: list[dict]) -> str:
    tones = {point["tone"] for point in points}
    if not any(counts.values()):
        return "empty"
    if "warn" in tones:
        return "needs-work"
    if "tip" in tones:
        return "nearly"
    return "ready"


def _verdict(level: str, points: list[dict], seconds: int) -> str:
    warns = sum(point["tone"] == "warn" for point in points)
    tips = sum(point["tone"] == "tip" for point in points)
    if level == "empty":
        return "Not started yet: write the Situation, Task, Action and Result below."
    if level == "needs-work":
        extra = f" and {count_noun(tips, 'tip')}" if tips else ""
        return f"Needs work: {count_noun(warns, 'problem')} to fix{extra}."
    if level == "nearly":
        return f"Nearly ready: {count_noun(tips, 'tip')} to polish it."
    return f"Ready to tell: about {seconds} seconds spoken, with nothing left to fix."


def _share(counts: dict[str, int], part: str) -> float:
    total = sum(counts.values())
    return counts[part] / total if total else 0.0


def _percent(share: float) -> int:
    return round(share * 100)


def missing_parts(story: dict, counts: dict[str, int]) -> list[dict]:
    """A warning for each STAR part with no words in it, saying what belongs there."""
    return [
        _point(
            "missing-part",
            "warn",
            f"The {PART_NAMES[part]} is not written yet. {PART_GUIDANCE[part]}",
            part,
        )
        for part in PARTS
        if counts[part] == 0
    ]


def title(story: dict, counts: dict[str, int]) -> list[dict]:
    """A title is for the visitor, to pick the right story for a question."""
    if story.get("title", "").strip():
        return []
    message = (
        "Give the story a short title, such as “Rescued the late launch”, "
        "so you can find it quickly when a question calls for it."
    )
    return [_point("title", "tip", message, "title")]


def speaking_time(story: dict, counts: dict[str, int]) -> list[dict]:
    """How long the story takes to say, against the one-to-two-minute aim."""
    total = sum(counts.values())
    if total == 0:
        return []
    seconds = speaking_seconds(total)
    aim = f"Aim for {AIM_MIN_SECONDS} to {AIM_MAX_SECONDS} seconds"
    said = f"About {seconds} seconds spoken ({count_noun(total, 'word')})"
    if seconds < TOO_SHORT_SECONDS:
        tone = "warn"
        advice = (
            "too short to show what you did. Add the steps you took in the Action "
            "and what changed in the Result."
        )
    elif seconds < AIM_MIN_SECONDS:
        tone, advice = "tip", "a little short. One more concrete step in the Action would do it."
    elif seconds <= AIM_MAX_SECONDS:
        return [_point("speaking-time", "good", f"{said}: a comfortable length for an answer.")]
    elif seconds <= TOO_LONG_SECONDS:
        tone, advice = "tip", "a little long. Trim the Situation first."
    else:
        tone = "warn"
        advice = (
            "long enough to lose the interviewer. Shorten the Situation and keep only "
            "the Action steps that changed the outcome."
        )
    return [_point("speaking-time", tone, f"{said}: {advice} {aim}.")]


def action_share(story: dict, counts: dict[str, int]) -> list[dict]:
    """The Action should be the largest part, since it is what the interviewer assesses."""
    if counts["action"] == 0:
        return []
    share = _share(counts, "action")
    rival = max((part for part in PARTS if part != "action"), key=lambda part: counts[part])
    if share >= ACTION_MIN_SHARE and counts["action"] >= counts[rival]:
        message = (
            f"The Action is {_percent(share)}% of your words, the largest part, as it should be."
        )
        return [_point("action-share", "good", message, "action")]
    if share < ACTION_MIN_SHARE:
        problem = f"The Action is only {_percent(share)}% of your words."
    else:
        problem = (
            f"The Action is {_percent(share)}% of your words, but the {PART_NAMES[rival]} "
            f"is longer ({_percent(_share(counts, rival))}%)."
        )
    advice = (
        f"Make the Action the largest part, at least {_percent(ACTION_MIN_SHARE)}%: "
        "say more about what you did and how, less about the background."
    )
    return [_point("action-share", "tip", f"{problem} {advice}", "action")]


def first_person(story: dict, counts: dict[str, int]) -> list[dict]:
    """Interviewers hire the person, not the team, so the Action should say "I"."""
    action_words = words(story.get("action", ""))
    we = sum(word in WE_WORDS for word in action_words)
    i = sum(word in I_WORDS for word in action_words)
    if we > i:
        said_i = f"only {count_noun(i, 'time')}" if i else "never"
        message = (
            f"The Action says “we”, “our” or “us” {count_noun(we, 'time')} and “I”, “my” or "
            f"“me” {said_i}. The interviewer is hiring you, not the team: say what you did "
            "yourself, for example “I drafted…” or “I persuaded…”."
        )
        return [_point("first-person", "warn", message, "action")]
    if i > we:
        message = f"The Action is told in your own voice: “I” words {i}, “we” words {we}."
        return [_point("first-person", "good", message, "action")]
    return []


def measurable_result(story: dict, counts: dict[str, int]) -> list[dict]:
    """A number makes a result believable and memorable."""
    if counts["result"] == 0:
        return []
    match = _MEASURE.search(story.get("result", ""))
    if match:
        measure = match.group().rstrip(".,")
        message = (
            f"The Result is measured (“{measure}”), which makes it believable and easy to remember."
        )
        return [_point("measurable-result", "good", message, "result")]
    message = (
        "The Result has no number in it. Add one that shows the size of the outcome: "
        "time saved, money, a percentage, or how many people it affected."
    )
    return [_point("measurable-result", "tip", message, "result")]


def brief_situation(story: dict, counts: dict[str, int]) -> list[dict]:
    """The Situation is context only; a long one leaves too little time for the Action.

    Its share is judged only once the Action is written, since a half-finished story
    would otherwise always look top-heavy.
    """
    situation = counts["situation"]
    share = _share(counts, "situation")
    too_big = counts["action"] > 0 and share > SITUATION_MAX_SHARE
    if situation <= SITUATION_MAX_WORDS and not too_big:
        return []
    message = (
        f"The Situation is {count_noun(situation, 'word')} ({_percent(share)}% of the story). "
        f"Keep it to two or three sentences, under {SITUATION_MAX_WORDS} words, "
        "so the Action gets the time."
    )
    return [_point("brief-situation", "tip", message, "situation")]


def vague_wording(story: dict, counts: dict[str, int]) -> list[dict]:
    """Filler and vague words, quoted with the part they are in."""
    found = [
        (phrase, part)
        for part in PARTS
        for phrase in find_phrases(story.get(part, ""), VAGUE_PHRASES)
    ]
    if not found:
        return []
    shown = ", ".join(
        f"“{phrase}” in the {PART_NAMES[part]}" for phrase, part in found[:MAX_QUOTED_PHRASES]
    )
    more = len(found) - MAX_QUOTED_PHRASES
    extra = f" (and {more} more)" if more > 0 else ""
    fields = {part for _, part in found}
    field = fields.pop() if len(fields) == 1 else None
    message = (
        f"Vague or filler words: {shown}{extra}. "
        "Replace each with the specific thing you mean, or cut it."
    )
    return [_point("vague-wording", "tip", message, field)]


RULES = (
    missing_parts,
    title,
    speaking_time,
    action_share,
    first_person,
    measurable_result,
    brief_situation,
    vague_wording,
)
