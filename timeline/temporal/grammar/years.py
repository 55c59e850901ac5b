"""Years and longer calendar spans: a year ("in 1998", "'98", "the year 2000"), a spelled year
("nineteen ninety-six"), a two-year span ("2019-20"), a decade ("the 1990s", "the early
eighties") and a century ("the 19th century").

Most of `p_year` is traps: four digits are a year only where nothing says they are an amount, a
score, a clock time, a count or part of a name.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..resolve import absolute, Reading
from .surroundings import next_word, previous_words
from .readers import DIGITS, position_mod, WORD_SEPARATORS, year_of
from .month_dates import CLOCK_AFTER, clock_after_comma


_AMOUNT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent|[.,]\d|-\d|\s*[-–]\s*\d{1,2}\b(?!\d))")
_SHORT_YEAR_SPAN_AFTER = re.compile(r"\s*[-–/]\s*(?:\d\d)\b")
_SCORE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d{1,3}\b(?!\d|[-/])")
_RAW_WORD = re.compile(r"[\w'’]+")
_SENTENCE_OPENER_BEFORE = re.compile(r"(?:[.!?]\s+|\n)\S+\s$")


def p_year(m: re.Match) -> Optional[Reading]:
    if clock_after_comma(m):
        return None
    text = m["year"]
    year = year_of(text)
    prev = previous_words(m, 2)
    prev1 = prev[-1] if prev else ""
    before_char = m.string[max(0, m.start() - 1):m.start()]
    if before_char in "$£€#" and before_char:
        return None
    after = m.string[m.end():m.end() + 12]
    if _AMOUNT_AFTER.match(after) and not m["pos"]:
        if not _SHORT_YEAR_SPAN_AFTER.match(after):
            return None
    if CLOCK_AFTER.match(after) and not m["pos"]:
        return None          # "from 1130 to 1215 GMT": clock times
    if _SCORE_AFTER.match(after) and not m["pos"]:
        return None          # "a vote of 2012 to 1": a score
    prev_raw = _RAW_WORD.findall(m.string[max(0, m.start() - 25):m.start()])[-1:]
    if (prev_raw and prev_raw[0][:1].isupper() and prev_raw[0].lower() not in L.YEAR_BEFORE
            and not prev_raw[0].lower().endswith(("'s", "’s")) and m.string[m.start() - 1:m.start()] == " "
            and not m["pos"] and prev_raw[0].lower() not in L.MONTHS and prev_raw[0].lower() not in L.SEASONS
            and not _SENTENCE_OPENER_BEFORE.search(m.string[max(0, m.start() - 30):m.start()])):
        return None          # "Orion 1980", "Vision 2020": part of a name
    nxt = next_word(m).lower()
    year_context = (prev1 in L.YEAR_BEFORE or bool(m["pos"]) or bool(m["the_year"])
                    or m.group()[:4].lower() in ("pre-", "post"))
    if not year_context and prev1 in L.NOT_YEAR_BEFORE:
        return None
    if nxt in L.COUNT_NOUNS_AFTER or (nxt.endswith("s") and nxt.isalpha() and nxt not in L.NOT_PLURAL_S
                                       and len(nxt) > 3 and not year_context):
        return None
    modern = 1900 <= year <= 2099
    if not text.startswith(("'", "’")) and not modern and (not year_context or (
            prev1 in L.WEAK_YEAR_BEFORE and not m["pos"] and not m["the_year"])):
        return None
    mod = position_mod(m["pos"])
    return Reading("DATE", absolute(f"{year:04d}", mod), mod)


def p_decade(m: re.Match) -> Optional[Reading]:
    mod = position_mod(m["pos"] or m["pos_noun"])
    if m["full"] and m["full"].endswith("00") and m["full"].startswith("1"):
        # "the 1800s" are the nineteenth century, as "the 1990s" are a decade ("the 2000s" are one too)
        return Reading("DATE", absolute(m["full"][:2], mod), mod)
    if m["full"]:
        decade = int(m["full"]) // 10
    elif m["short"]:
        decade = 190 + int(m["short"]) // 10 if int(m["short"]) >= 20 else 200 + int(m["short"]) // 10
    else:
        decade = 190 + L.DECADE_WORDS[m["word"].lower()]
    return Reading("DATE", absolute(f"{decade:03d}", mod), mod)


def p_century(m: re.Match) -> Optional[Reading]:
    word = m["ord"].lower()
    n = L.ORDINALS.get(word) or int(DIGITS.match(word).group())
    mod = position_mod(m["pos"])
    return Reading("DATE", absolute(f"{n - 1:02d}", mod), mod)


def p_spelled_year(m: re.Match) -> Optional[Reading]:
    """"nineteen ninety-six" (transcripts spell years out); "twenty twenty" needs "the year"."""
    year = year_of(m["year"])
    if not 1100 <= year <= 2099:
        return None
    if not m.group().lower().startswith("the year") and len(WORD_SEPARATORS.split(m["year"])) < 2:
        return None
    return Reading("DATE", absolute(f"{year:04d}"))


def p_year_span(m: re.Match) -> Optional[Reading]:
    """"2019-20" or "2019/20" (a financial or academic year): the first year."""
    return Reading("DATE", absolute(m["year"]))
