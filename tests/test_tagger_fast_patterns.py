"""The tagger's scans written for speed find what their plain forms find.

Some patterns of `timeline.temporal` open on a character of a known set (so that the regex engine
looks only at those characters) or replace a regex search by a short loop. Each must find the
same spans, in the same order, as the plain pattern it stands for (quoted in its comment), on any
text: checked here on random strings over the characters that matter to it.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from timeline.lexicon import time_words as L
from timeline.temporal import literals, tagger, tense

PLAIN_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z“\"])")
PLAIN_CLAUSE_BREAK = re.compile("[" + re.escape(L.CLAUSE_BREAK_PUNCTUATION.replace(":", "")) + r"]|(?<!\d):|:(?!\d)|,\s+(?:"
                                + tense._words(L.CLAUSE_BREAK_CONJUNCTIONS) + r")\b"
                                + "|(?<=[" + L.QUOTE_END_PUNCTUATION + "])[" + L.CLOSING_QUOTES + "]")
PLAIN_NUMBER = re.compile(r"'\d\d|\d+(?:[/:.]\d+)*(?:\s*[ap]\.?m\b)?")
PLAIN_WORD_BEFORE_STOP = re.compile(r"([A-Za-z]+)\.$")

PIECES = list("Ma.!?\"”’)“‘( \n\t:;—–,0129/'") + ["pm", " a.m", "Mr.", "No.", " and ", ", but ", "\n\n",
                                                  " Going To ", "set to", "\u0130s to", "due to", " will be"]


def _texts(count: int = 800, seed: int = 7):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 24)))


@pytest.mark.parametrize("fast, plain", [
    (lambda t: list(tense.sentence_ends(t)), lambda t: [m.span() for m in PLAIN_SENTENCE_END.finditer(t)]),
    (lambda t: [m.span() for m in tense._CLAUSE_BREAK.finditer(t)], lambda t: [m.span() for m in PLAIN_CLAUSE_BREAK.finditer(t)]),
    (lambda t: [m.span() for m in tagger._NUMBER.finditer(t)], lambda t: [m.span() for m in PLAIN_NUMBER.finditer(t)]),
    (lambda t: tense.ClauseCues(t, 0, len(t), tense.fold_words(t)).phrases, lambda t: tense.ClauseCues(t, 0, len(t)).phrases),
], ids=["sentence ends", "clause breaks", "number tokens", "future phrases"])
def test_a_fast_scan_finds_what_its_plain_pattern_finds(fast, plain):
    for text in _texts():
        assert fast(text) == plain(text), text


def test_the_word_before_a_stop_is_what_the_plain_search_finds():
    for text in _texts():
        for at in range(len(text) + 1):
            found = PLAIN_WORD_BEFORE_STOP.search(text, max(0, at - 12), at)
            assert tense._word_before_stop(text, at) == (found.group(1) if found else None), (text, at)


def _corpus_texts() -> list[str]:
    corpus = Path(__file__).parent / "corpus" / "timex_en.txt"
    return [line.split(" | ")[0] for line in corpus.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_reading_only_the_matches_that_would_be_chosen_chooses_the_same():
    """The tagger reads a match only when it would be chosen; that picks what reading every
    match and then choosing picks, on every text of the time-expression corpus."""
    for text in _corpus_texts():
        lazy = [(s, e, rule.name) for s, e, rule, _ in tagger._chosen(text)]
        eager = [(s, e, rule.name) for s, e, rule, _ in tagger._select(tagger._candidates(text))]
        assert lazy == eager, text


FOLD_PIECES = ["May", "may", "MAY", "March", "march", "Sat.", "sat.", "Sept. ", "Jan", " 12", " 2019", "the", "The ",
               " next ", " Week", " weeks", " ago", " and ", "Q3", "FY", "É", "é", "-", "’s", " a ", "day", "Days",
               "fiscal ", "1998", "'98", " of ", " at 3 PM", " GMT", ", ", "p.m.", "(", "Monday", " 5 a.m.", "7 p.m.", "Jan."]


def test_a_rule_scans_the_case_folded_text_as_it_scans_the_text():
    """The tagger runs each rule's case-folded pattern over the ASCII-lowercased text (confirming
    its places with the rule's own pattern where a part of it is case-sensitive); that finds
    what the rule's pattern finds in the text itself."""
    rng = random.Random(5)
    texts = _corpus_texts() + ["".join(rng.choice(FOLD_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(300)]
    for text in texts:
        low, whole = tagger._fold(text), [(0, len(text))]
        _, starts = tagger._windows_by_class(text, low)
        for rule in tagger.RULES:
            # a rule that holds its trigger is scanned up to the window's last trigger, if any
            has_trigger = any(starts.get(c) for c in rule.triggers)
            last = tagger._last_triggers(whole, rule.triggers, starts) if rule.holds_trigger and has_trigger else None
            folded = [(s, e) for s, e, *_ in tagger._found(rule, text, low, whole, last)]
            assert folded == [m.span() for m in rule.pattern.finditer(text)], (rule.name, text)
            # and in a window inside the text, where the character before it may open a match
            a = rng.randrange(len(text) + 1)
            b = rng.randrange(a, len(text) + 1)
            folded = [(s, e) for s, e, *_ in tagger._found(rule, text, low, [(a, b)])]
            assert folded == [m.span() for m in rule.pattern.finditer(text, a, b)], (rule.name, text, a, b)


def test_a_scan_opened_on_the_character_before_finds_a_match_right_after_another():
    """A pattern made to open on the character before a match takes that character; where a
    match ends on one that may open the next match ("a.m." then "b"), the next is still found."""
    pattern = re.compile(r"(?<![\w'’-])(?:a\.m\.|b)", re.I)
    scan = tagger._folded_scan(tagger.Rule("test", pattern, lambda m: None))
    assert scan.opened is not None
    text = "A.M.a.m.b x a.m.B-b (b)"
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            expected = [m.span() for m in pattern.finditer(text, a, b)]
            assert list(scan.spans(tagger._fold(text), a, b)) == expected, (a, b)
            assert [m.span() for m in tagger._confirmed(scan, pattern, text, tagger._fold(text), a, b, b)] == expected


def test_a_case_sensitive_part_in_a_negative_lookaround_is_not_folded():
    assert literals.case_folded(re.compile(r"a(?!(?-i:B))", re.I)) is None
    assert literals.case_folded(re.compile(r"(?P<w>a)(?P=w)", re.I)) is None
    assert literals.case_folded(re.compile(r"(?-i:May)", re.I))[1] is False
    assert literals.case_folded(re.compile(r"[A-C]x", re.I))[0].fullmatch("bx")


def test_sentences_read_as_far_as_asked_are_those_of_the_whole_text():
    rng = random.Random(3)
    for text in _texts():
        whole = tense.SentenceIndex(tense.sentence_bounds(text))
        so_far = tense._SentencesSoFar(text)
        offsets = sorted(rng.randrange(len(text) + 1) for _ in range(4)) + [rng.randrange(len(text) + 1)]
        for offset in offsets:
            assert so_far.around(offset) == whole.around(offset), (text, offset)
