"""Every page of the guide reads easily: Flesch reading ease of at least 60 (plain English;
the guide aims for 70 to 85), measured on the prose of the built page.

Flesch reading ease = 206.835 - 1.015 x (words per sentence) - 84.6 x (syllables per word).
Syllables are counted with the usual vowel-group rules below rather than a dictionary: the
`textstat` package now looks words up in NLTK's CMU dictionary, which it downloads at run
time, and the tests must not reach the network. The rules land within a syllable or so of a
dictionary on this guide's everyday words, which is close enough to hold a floor of 60.

Headings, list items and table cells count as sentences of their own even without a full
stop, as a reader takes them; code, buttons and the permalink signs are not prose.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.site.pages import article, page_file

ROOT = Path(__file__).resolve().parents[2]
GUIDE = sorted(f"guide/{path.stem}/" for path in (ROOT / "docs" / "guide").glob("*.md"))
OTHER_PAGES = [
    "",
    "checklists/",
    "worksheets/star-stories/",
    "worksheets/interview-plan/",
    "worksheets/practice-drill/",
]
FLOOR = 60

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"”’)]|$)")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Vowel pairs said as two syllables: "idea", "create", "being", "fluent", "serious".
_TWO = re.compile(r"ia|iou|io|eo(?!p)|ua|uo|ie(?=t|r)|[aeiou]ing|eate|iate|uent|[^aeiou]ea$")
# Endings whose vowels the pairs above split but which are said as one syllable: "-tion".
_ONE = re.compile(r"tion|sion|cious|tious|gious|cial|tial")
# A silent e inside a word: "barely", "careful", "statement", "homeless".
_SILENT_E = re.compile(r"[^aeiouy]e(?:ly|ful|ment|less|ness)")


def syllables(word: str) -> int:
    """About how many syllables a word has, by its spelling."""
    w = word.lower().replace("’", "'")
    if w.endswith("n't"):  # "didn't" is "did" and one more; "don't" is one
        stem = w[:-3]
        return syllables(stem) + (stem[-1:] not in tuple("aeiouy"))
    w = re.sub(r"'(?:s|ll|re|ve|d|m)$", "", w)
    if not w.isalpha():
        return max(1, len(w) // 2)  # a figure such as 2024 takes a few syllables to say
    if len(w) <= 3:
        return 1
    count = len(_VOWEL_GROUP.findall(re.sub(r"^y", "", w))) + len(_TWO.findall(w))
    count -= len(_ONE.findall(w)) + len(_SILENT_E.findall(w))
    if re.search(r"[^aeiouy]e$", w) and not re.search(r"[^aeiouy]le$", w):
        count -= 1  # a silent final e: "role", "make"; "able" and "little" keep it
    elif re.search(r"[^aeiouytd]ed$|[^aeiouysxzhgc]es$", w):
        count -= 1  # "asked", "makes"; "needed" and "passes" keep it
    if re.search(r"(?:gue|que)$", w):
        count -= 1  # "vague", "technique"
    return max(1, count)


def flesch_reading_ease(blocks: list[str]) -> float:
    """The score of a text given as blocks (paragraphs, list items, headings, cells)."""
    sentences = total_words = total_syllables = 0
    for block in blocks:
        found = WORD.findall(block)
        if not found:
            continue
        sentences += max(1, sum(1 for part in SENTENCE_END.split(block) if WORD.search(part)))
        total_words += len(found)
        total_syllables += sum(map(syllables, found))
    return 206.835 - 1.015 * total_words / sentences - 84.6 * total_syllables / total_words


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("role", 1),
        ("asked", 1),
        ("needed", 2),
        ("the", 1),
        ("people", 2),
        ("idea", 3),
        ("interview", 3),
        ("situation", 4),
        ("organization", 5),
        ("barely", 2),
        ("careful", 2),
        ("didn't", 2),
        ("don't", 1),
        ("serious", 3),
        ("vague", 1),
        ("little", 2),
        ("being", 2),
    ],
)
def test_syllables_are_counted_as_a_reader_says_them(word, count):
    assert syllables(word) == count


def test_short_plain_sentences_score_high_and_long_latinate_ones_low():
    plain = ["Say what you did. Then say what changed. Keep it short."]
    dense = [
        "Organizational considerations necessitate comprehensive evaluation of "
        "interdependencies characterizing institutional decision-making methodologies."
    ]
    assert flesch_reading_ease(plain) > 90
    assert flesch_reading_ease(dense) < 0


def test_a_list_item_without_a_full_stop_counts_as_a_sentence():
    assert flesch_reading_ease(["Arrive early", "Bring water"]) == flesch_reading_ease(
        ["Arrive early. Bring water."]
    )


@pytest.mark.parametrize("page", GUIDE + OTHER_PAGES)
def test_every_page_reads_at_flesch_60_or_above(built_site, page):
    score = flesch_reading_ease(article(page_file(built_site, page)).blocks)
    assert score >= FLOOR, f"{page or 'home'}: Flesch reading ease {score:.1f} (floor {FLOOR})"
