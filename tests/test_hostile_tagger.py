"""Hostile inputs: the time tagger's work grows linearly with the text, however dense its dates.

A page of "1 May 1 May 1 May …" used to take time quadratic in its length (the tense of every
date was read from the whole sentence, and every span chosen was compared with every span taken
before it). The work is counted here in function calls (cProfile counts every Python and built-in
call), not in seconds: doubling the text must about double the calls.
"""
from __future__ import annotations

import random
import re
from datetime import date
from typing import Optional

import pytest

from timeline.lexicon import en_time as L
from timeline.temporal import tag_text

from conftest import calls_made
from timeline.temporal.tagger import _candidates
from timeline.temporal.tense import (SentenceIndex, TenseReader, _after_hyphen, _word_before, clause_bounds,
                                     sentence_bounds, word_tense)

DCT = date(2019, 2, 26)

DENSE = ["1 May ", "2019 ", "on Monday, ", "said 1 May ", "3:30 pm ", "the year 2019, ", "next week and last year ",
         "two years ago, ", "Christmas ", "every Tuesday ", "12/31/2001 ", "the 1990s ", "today "]


def _calls(text: str) -> int:
    return calls_made(tag_text, text, DCT)


@pytest.mark.parametrize("unit", DENSE)
def test_work_grows_linearly_with_dense_dates(unit):
    n = max(1, 6000 // len(unit))            # about 6 KB, then 12 KB: enough to show a square
    small, large = _calls(unit * n), _calls(unit * (2 * n))
    assert large <= 2.3 * small, f"{unit!r}: {small} calls for {n}, {large} for {2 * n}"


def test_one_long_sentence_of_prose_with_a_few_dates_is_linear():
    prose = "the committee met and the minister spoke about the budget plans for the region "
    unit = prose * 10 + "in March "
    small, large = _calls(unit * 8), _calls(unit * 16)
    assert large <= 2.3 * small


# ---------------------------------------------------------------- the tense read as before

_MULTIWORD_FUTURE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, L.FUTURE_PHRASES), key=len, reverse=True))
                               + r")\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?!(?:" + "|".join(sorted(L.PLANNING_PARTICIPLES)) + r")\b)"
                      r"(?:\w+ed|been|said|told|made|had|won|lost|seen)\b")
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+$", re.I)


def _governing_verb_tense(text: str, s: int, start: int) -> Optional[tuple[str, int]]:
    """A past verb right before the expression, or before a preposition right before it
    ("opened on 24 May"), gives the tense whatever else the clause holds."""
    words = [m for m in re.finditer(r"[A-Za-z][A-Za-z'’]*", text[s:start])]
    norm = [m.group().lower().replace("’", "'") for m in words]
    k, gap_end = len(words) - 1, start
    if k >= 0 and norm[k] in L.VERB_DATE_PREPOSITIONS and not text[s + words[k].end():start].strip():
        gap_end, k = s + words[k].start(), k - 1
    if k < 0 or norm[k] in L.REPORTING_VERBS or norm[k] in L.PAST_CUE_ADVERBS \
            or text[s + words[k].end():gap_end].strip():
        return None
    before = _word_before(norm, k)
    if norm[k] in L.SCHEDULED_PRESENT_VERBS and before not in L.NOT_SCHEDULED_BEFORE:
        return "future", start - s - words[k].end()      # "hearings begin Saturday"
    tense = word_tense(text, s + words[k].end(), norm[k], before)
    if tense is None and before in L.BEFORE_ADJECTIVAL_PARTICIPLE:
        tense = word_tense(text, s + words[k].end(), norm[k], "")
    return ("past", start - s - words[k].end()) if tense == "past" else None


def _sets_the_report(text: str, words: list, i: int, start: int) -> bool:
    """Whether the reporting verb words[i] is the one the date after its setting or addressee
    dates ("said in a statement Monday", "told reporters Monday"): the nearest reporting verb
    before the date, at most five words from it, none of them a tense cue or an opener of the
    reported words."""
    between = [m for m in words[i + 1:] if m.start() < start]
    if len(between) > 5 or words[i].end() > start:
        return False
    for j, m in enumerate(between):
        word = m.group().lower().replace("’", "'")
        earlier = [w.group().lower().replace("’", "'") for w in words[:i + 1 + j]]
        if word in L.REPORTING_VERBS or word in L.REPORTED_WORDS_OPENERS:
            return False
        following = words[i + 2 + j].group().lower() if i + 2 + j < len(words) else ""
        planning_aux = word in L.AUXILIARIES_OF_PLANS and following in L.PLANNING_PARTICIPLES
        if not _after_hyphen(text, m.start()) and not planning_aux \
                and word_tense(text, m.end(), word, _word_before(earlier + [word], len(earlier))):
            return False
    name = words[i].group().lower().replace("’", "'")
    word = r"[A-Za-z][\w.'’&-]*\s+"
    setting = (r"\s+(?:" + word + r"){1,4}" if name in L.ADDRESSEE_REPORTING_VERBS else
               r"\s+(?:" + "|".join(L.REPORT_SETTING_PREPOSITIONS) + r")\s+(?:" + word + r"){1,4}")
    return re.fullmatch(setting + r"(?:on\s+)?", text[words[i].end():start]) is not None


def _whole_clause_tense(text: str, start: int, end: int, sentence) -> Optional[tuple[str, int]]:
    """The reading of the clause's tense that looks at every word of the clause for every
    expression: slow on long sentences, and the reference the fast one must agree with."""
    s, e = clause_bounds(text, start, end, sentence)
    governing = _governing_verb_tense(text, s, start)
    if governing:
        return governing
    dist = lambda a, b: start - b if b <= start else a - end if a >= end else 0
    found = []
    for m in _MULTIWORD_FUTURE.finditer(text, s, e):
        tense = "present" if _PAST_PLAN.search(text, max(s, m.start() - 12), m.start()) else "future"
        found.append((dist(m.start(), m.end()), 0 if tense == "future" else 2, tense, m.start() >= end))
    seen: list[str] = []           # the words before this one since the expression or the clause began
    words = list(re.compile(r"[A-Za-z][A-Za-z'’]*").finditer(text, s, e))
    for i, m in enumerate(words):
        if start <= m.start() < end:
            seen = [""]
            continue
        word = m.group().lower().replace("’", "'")
        before = _word_before(seen + [word], len(seen))
        seen.append(word)
        if _after_hyphen(text, m.start()):
            continue          # "so-called": part of a compound
        if word in L.REPORTING_VERBS and not re.fullmatch(r"\s*(?:on\s+)?", text[m.end():start]) \
                and not _sets_the_report(text, words, i, start):
            continue
        following = words[i + 1].group().lower() if i + 1 < len(words) else ""
        if word in L.AUXILIARIES_OF_PLANS and following in L.PLANNING_PARTICIPLES:
            continue          # "were planning": the participle's tense
        tense = word_tense(text, m.end(), word, before)
        if tense:
            found.append((dist(m.start(), m.end()), {"future": 0, "past": 1, "present": 2}[tense], tense,
                          m.start() >= end))
    if not found:
        return None
    # a cue after the expression is never close, and loses to a nearer one before it
    distance, best = min((cue[0] + (100 if cue[3] else 0), cue) for cue in found)
    if best[2] == "present":
        return ("past" if _PERFECT.search(text[s:e].lower()) else "present"), distance
    return best[2], distance


PIECES = ["said", "said on", "on", "Monday", "1 May", "2019", "will", "would", "has", "have been", "had been due to",
          "set to", "is", "was", "untouched by the", "expected to", ",", ", but", ", and", ";", ":", "(", ")", "3:30",
          "3:30 pm", "reported", "told", "May’s", "the", "a", "scheduled", "has set", "next week", "last Friday", "—",
          ".", ". The", "\n\n", "to be", "going to", "won't", "he'll", "announced", "in March", "two years ago",
          "yesterday", "aged", "renewed", "in the morning", "was expected to"]


def test_the_indexed_tense_reading_agrees_with_the_whole_clause_reading():
    rnd = random.Random(11)
    checked = 0
    for _ in range(400):
        text = " ".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 40)))
        bounds = sentence_bounds(text)
        reader, index = TenseReader(text), SentenceIndex(bounds)
        for start, end in sorted({(c[0], c[1]) for c in _candidates(text)}):
            assert reader.cue(start, end) == _whole_clause_tense(text, start, end, index.around(start)), \
                (text, start, end)
            checked += 1
    assert checked > 1000
