"""Tests for worksheets.text: words, speaking time, phrase finding and message wording."""

from worksheets import text


def test_words_are_lower_cased_and_split_on_punctuation():
    assert text.words("Hello, World! It's 2024.") == ["hello", "world", "it's", "2024"]


def test_words_straighten_curly_apostrophes():
    assert text.words("I’m sure we’ve") == ["i'm", "sure", "we've"]


def test_word_count_ignores_punctuation_and_spacing():
    assert text.word_count("  One, two —   three.\n\nFour? ") == 4
    assert text.word_count("") == 0
    assert text.word_count("... — !") == 0


def test_speaking_seconds_uses_130_words_per_minute():
    assert text.WORDS_PER_MINUTE == 130
    assert text.speaking_seconds(130) == 60
    assert text.speaking_seconds(260) == 120
    assert text.speaking_seconds(0) == 0


def test_speaking_seconds_rounds_to_the_nearest_second():
    assert text.speaking_seconds(1) == 0  # 0.46 s
    assert text.speaking_seconds(2) == 1  # 0.92 s


def test_find_phrases_returns_each_phrase_once_in_order_of_appearance():
    found = text.find_phrases("Very good stuff, really very good.", ["really", "stuff", "very"])
    assert found == ["Very", "stuff", "really"]


def test_find_phrases_keeps_the_visitors_spelling():
    assert text.find_phrases("BASICALLY it worked", ["basically"]) == ["BASICALLY"]


def test_find_phrases_matches_whole_words_only():
    assert text.find_phrases("I had to justify everything", ["just", "thing"]) == []
    assert text.find_phrases("the team's stuff's fine", ["team"]) == []


def test_find_phrases_matches_multi_word_phrases_across_line_breaks():
    assert text.find_phrases("It was kind\nof late", ["kind of"]) == ["kind\nof"]


def test_find_phrases_prefers_the_longest_overlapping_phrase():
    assert text.find_phrases("I helped with the plan", ["helped", "helped with"]) == ["helped with"]


def test_count_noun_agrees_with_the_count():
    assert text.count_noun(1, "story", "stories") == "1 story"
    assert text.count_noun(0, "story", "stories") == "0 stories"
    assert text.count_noun(3, "word") == "3 words"
    assert text.count_noun(1200, "word") == "1,200 words"


def test_json_kind_describes_every_json_type():
    assert text.json_kind(None) == "null"
    assert text.json_kind(True) == "true (a yes/no value)"
    assert text.json_kind(3) == "a number"
    assert text.json_kind(2.5) == "a number"
    assert text.json_kind("x") == "text"
    assert text.json_kind([1]) == "a list"
    assert text.json_kind({"a": 1}) == "an object"
