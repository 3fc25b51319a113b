"""Which questions from the site's bank to suggest to each person in an interview plan.

All the interviews in one plan happen on the same day, and interviewers compare notes, so no
bank question is suggested to two people. How the suggestions are chosen:

1. Each person gets a pool of the bank questions that suit them: tagged with their kind of
   interviewer, or, for a person of kind "other" or no kind yet, any question. Questions on
   pay and terms (the "package" topic) only ever go to HR, whatever their tags. Left out:
   questions this person dismissed, and questions anyone in the plan has already kept.
2. Within each topic, a pool is ranked. For a known kind, the most targeted questions come
   first (tagged with the fewest kinds: the ones best put to this person); for an unknown
   kind, the most widely suited come first, since they are safe whoever the person turns
   out to be. Ties keep the bank's order.
3. The topics are taken in the site's order, except that a panel or group interview puts
   FAVOURED_TOPICS first: with several interviewers in the room, questions about the team,
   its culture and the next steps are ones every one of them can answer.
4. The people then take turns, one question a turn, in a snake order (first to last, then
   last to first), so the first person in the plan does not take all the best questions.
   On their turn a person takes the best free question of the topic they have had fewest
   questions from, so their suggestions go round the topics rather than nine from one. In
   a panel, group or series (SPREAD_FORMATS), ties go to the topic the others have had
   fewest questions from, so each person starts on a different subject and the day does
   not repeat itself. Remaining ties go to the earlier topic in the order of step 3.
5. Turns stop when everyone has per_person suggestions or their pool has run dry.

Everything is taken in a fixed order (the plan's people, the bank's questions, the site's
topics), so the same plan always gets the same suggestions.
"""

from collections import Counter

PACKAGE_TOPIC = "package"
PACKAGE_KINDS = frozenset({"hr"})
UNKNOWN_KINDS = frozenset({"", "other"})

FAVOURED_TOPICS = {
    "panel": ("team", "culture", "next-steps"),
    "group": ("team", "culture", "next-steps"),
}
SPREAD_FORMATS = frozenset({"panel", "group", "series"})


def suggest(
    plan: dict, questions_to_ask: list[dict], topics: list[dict], per_person: int = 9
) -> dict[str, list[str]]:
    """Bank question ids to suggest to each person, best first, keyed by person id."""
    people = plan["people"]
    interview_format = plan["interview"]["format"]
    kept = {q["source"] for person in people for q in person["questions"] if q["source"]}
    order = _topic_order(topics, questions_to_ask, interview_format)
    pools = [_pool(person, questions_to_ask, kept, order) for person in people]
    picks = _take_turns(pools, per_person, spread=interview_format in SPREAD_FORMATS)
    return {person["id"]: ids for person, ids in zip(people, picks, strict=True)}


def _topic_order(topics: list[dict], bank: list[dict], interview_format: str) -> list[str]:
    """The site's topics, those the format favours first; a topic only the bank names last."""
    known = [topic["id"] for topic in topics]
    extra = [question["topic"] for question in bank if question["topic"] not in known]
    order = list(dict.fromkeys(known + extra))
    favoured = [topic for topic in FAVOURED_TOPICS.get(interview_format, ()) if topic in order]
    return favoured + [topic for topic in order if topic not in favoured]


def suits(question: dict, kind: str) -> bool:
    """Whether a bank question is one to put to a person of this kind."""
    if question["topic"] == PACKAGE_TOPIC:
        return kind in PACKAGE_KINDS
    return kind in UNKNOWN_KINDS or kind in question["interviewers"]


def _pool(person: dict, bank: list[dict], kept: set[str], order: list[str]) -> dict[str, list[str]]:
    """The question ids open to this person, by topic in `order`, best first in each."""
    dismissed = set(person["dismissed"])
    open_questions = [
        question
        for question in bank
        if question["id"] not in kept
        and question["id"] not in dismissed
        and suits(question, person["kind"])
    ]
    sign = -1 if person["kind"] in UNKNOWN_KINDS else 1
    ranked = sorted(open_questions, key=lambda question: sign * len(question["interviewers"]))
    pool: dict[str, list[str]] = {topic: [] for topic in order}
    for question in ranked:
        pool[question["topic"]].append(question["id"])
    return {topic: ids for topic, ids in pool.items() if ids}


def _take_turns(
    pools: list[dict[str, list[str]]], per_person: int, spread: bool
) -> list[list[str]]:
    """Each person's picks, taking one question a turn in snake order (step 4)."""
    picks: list[list[str]] = [[] for _ in pools]
    own = [Counter() for _ in pools]  # per person: questions taken per topic
    everyone: Counter = Counter()  # questions taken per topic, all people together
    given: set[str] = set()
    turn_order = list(range(len(pools)))
    progress = True
    while progress:
        progress = False
        for person in turn_order:
            if len(picks[person]) >= per_person:
                continue
            choice = _best_free(pools[person], own[person], everyone, given, spread)
            if choice:
                topic, question = choice
                picks[person].append(question)
                given.add(question)
                own[person][topic] += 1
                everyone[topic] += 1
                progress = True
        turn_order.reverse()
    return picks


def _best_free(
    pool: dict[str, list[str]], own: Counter, everyone: Counter, given: set[str], spread: bool
) -> tuple[str, str] | None:
    """The topic and question this person takes next, or None when nothing is left."""
    free = {topic: [q for q in ids if q not in given] for topic, ids in pool.items()}
    open_topics = [topic for topic, ids in free.items() if ids]
    if not open_topics:
        return None

    def need(topic: str) -> tuple[int, int]:
        others = everyone[topic] - own[topic] if spread else 0
        return own[topic], others

    topic = min(open_topics, key=need)  # min keeps the earliest topic on a tie
    return topic, free[topic][0]
