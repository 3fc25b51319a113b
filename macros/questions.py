"""The guide's lists of questions to ask, rendered from data/questions-to-ask.yml.

`{{ questions_to_ask("hiring-manager") }}` lists the questions tagged with that kind of
interviewer, grouped by topic in the order the data file lists its topics: one collapsible
box per topic, so a page with four kinds of interviewer stays short enough to scan.
"""

from __future__ import annotations

from html import escape

from macros.data import ASKED_OF, SiteData


class UnknownInterviewer(LookupError):
    """A page asked for the questions of a kind of interviewer the data does not tag."""


def render(data: SiteData, kind: str) -> str:
    """One kind of interviewer's questions, as HTML: a <details> per topic that has any."""
    if kind not in ASKED_OF:
        raise UnknownInterviewer(
            f"unknown kind of interviewer '{kind}' (questions are tagged with: {', '.join(ASKED_OF)})"
        )
    groups = []
    for topic in data.topics:
        questions = [
            q for q in data.questions_to_ask if q.topic == topic.id and kind in q.interviewers
        ]
        if not questions:
            continue
        items = "\n".join(
            f'<li data-question="{escape(q.id)}">{escape(q.text)}</li>' for q in questions
        )
        groups.append(
            f'<details class="question" data-topic="{escape(topic.id)}">\n'
            f"<summary>{escape(topic.name)} ({len(questions)})</summary>\n"
            f"<ul>\n{items}\n</ul>\n</details>"
        )
    return (
        f'<div class="questions-to-ask" data-interviewer="{escape(kind)}">\n'
        + "\n".join(groups)
        + "\n</div>"
    )
