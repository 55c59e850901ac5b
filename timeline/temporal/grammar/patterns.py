"""The pattern language of the time grammar: the {PLACEHOLDERS} a rule's pattern is written with
({MONTH}, {NUM}, {UNIT}, ...), each spelled from the lexicon's word lists, and the compiling of a
pattern (placeholders expanded, word edges added, case ignored).

Kept apart from the productions so that what a pattern may say is read in one place.
"""
from __future__ import annotations

import re

from ...lexicon import time_words as L
from ..literals import alternation


def alternation_in_order(words) -> str:
    """An alternation of words (spaces as any whitespace) in the order given."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _month_names() -> str:
    forms = []
    for name in L.MONTHS:
        forms += [name.capitalize(), name.upper()]
        if name not in L.AMBIGUOUS_MONTHS:
            forms.append(name)
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b"


def _month_abbreviations() -> str:
    forms = []
    for name in L.MONTH_ABBREVIATIONS:
        forms += [name.capitalize(), name.upper()]
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?:\.|\b)"


_NUMBER_WORDS = [w for w in L.NUMBER_WORDS if w not in ("a", "an", "half", "couple", "dozen")]
NUMWORD = alternation(_NUMBER_WORDS)
UNIT_WORDS = list(L.UNITS) + [u + "s" for u in L.UNITS if u not in ("century", "millennium")] + list(L.UNIT_PLURALS)

PLACEHOLDERS = {
    "MONTH_NAME": _month_names(),
    "MONTH": "(?:" + _month_names() + "|" + _month_abbreviations() + ")",
    "WEEKDAY": r"(?:" + alternation(L.WEEKDAYS) + r")(?!s\b)\b",
    "WEEKDAY_ABBR": "(?-i:" + "|".join(w.capitalize() for w in L.WEEKDAY_ABBREVIATIONS) + r")\.",
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b",
    # "March eighth", "the first of May" (transcripts spell the day out)
    "DAYW": "(?:" + alternation([w for w, n in L.ORDINALS.items() if 1 <= n <= 31]) + r")\b",
    "YEAR": r"(?:1[0-9]\d\d|20\d\d)(?!\d)",
    "YEAR2": r"'\d\d\b",
    # "nineteen ninety-four", "two thousand and one", "the year two thousand"
    "YEARW": (r"(?:nineteen|eighteen|twenty)[\s-]+(?:hundred(?:[\s-]+and)?[\s-]+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))"
              r"|two\s+thousand(?:(?:\s+and)?[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?"),
    "NUM": (r"(?:\d+(?:(?:\s+|-)1/2|\s?½)|\d+(?:[.,]\d+)?|an?\s+(?:hundred|thousand)(?:[\s-]+(?:and\s+)?(?:" + NUMWORD + r"))*|(?:a\s+)?couple(?:\s+of)?|(?:" + NUMWORD + r")(?:[\s-]+(?:and\s+)?(?:" + NUMWORD + r"))*"
            r"|a\s+couple\s+of|half\s+a\s+dozen|(?:a\s+)?half[\s-]dozen|a\s+dozen|a\s+half|half\s+an?|half(?=-)|an?)"),
    "VAGUE": "(?:" + alternation(L.VAGUE_QUANTITIES) + ")",
    "UNIT": "(?:" + alternation(UNIT_WORDS) + ")",
    "DAY_KIND": "(?:" + alternation(L.DAY_KINDS) + ")",
    "SEASON": "(?:" + alternation(L.SEASONS) + ")",
    "PART": "(?:" + alternation(L.PARTS_OF_DAY) + ")",
    "ORD": "(?:" + alternation([w for w in L.ORDINALS if w not in ("last", "final")]) + r"|\d{1,2}(?:st|nd|rd|th))",
    "QMOD": "(?:" + alternation(L.QUANTITY_MODS) + ")",
    # A quantity modifier ("over", "some") is one only before a number: "over a week", not "over the past".
    "NUMWORD_ONLY": "(?:" + NUMWORD + ")",
    "QUANTITY_START": r"(?:\d|an?\b|" + NUMWORD + r"|several|a\s+few|a\s+couple|half)",
    "POS": (r"(?:" + alternation_in_order(L.POSITION_ADJECTIVES) + r"|the\s+(?:" + alternation_in_order(L.POSITION_NOUNS)
            + r")\s+of(?:\s+the)?)"),
    # "over the years", "through the decades": a stretch up to now of unknown length, "the" inside it.
    # (the lookbehinds after "the", so that they run only where "the" is)
    "STRETCH_THE": ("the(?:" + "|".join(r"(?<=\b" + w + r"\sthe)" for w in L.STRETCH_PREPOSITIONS) + r")(?=\s+(?:"
                    + alternation(L.STRETCH_PLURAL_UNITS) + r")\b)"),
    "POS_NOUN": "(?:" + alternation_in_order(L.POSITION_NOUNS) + ")",
    "REL": "(?:" + alternation_in_order(L.RELATIVE_WORDS) + ")",
    "HOLIDAY": "(?:" + alternation(list(L.HOLIDAYS_FIXED) + list(L.HOLIDAYS_MOVABLE)) + r")\b",
    "INNER_ADJ": "(?:" + alternation(L.DURATION_INNER_ADJECTIVES) + ")",
    "AHEAD": "(?:" + alternation(L.AHEAD_WORDS) + ")",
    "ODD": re.escape(L.ODD_NUMBER_SUFFIX),
    "PLUS": re.escape(L.PLUS_NUMBER_SUFFIX),
    "STREAK_ADJ": "(?:" + alternation(L.STREAK_ADJECTIVES) + ")",
    "STREAK_AFTER": "(?:" + alternation(L.STREAK_AFTER) + ")",
    # "twice", "four times", "several times": how often, before "a year" or "every month".
    # "once or twice", "two or three times", "three to four times": a range of counts.
    # (the range's second count after the first, so that no optional group opens the pattern)
    "TIMES": (r"(?:once(?:\s+or\s+twice)?|twice|thrice|(?:\d+|several|many|a\s+few|a\s+dozen|" + NUMWORD
              + r")(?:\s+(?:or|to)\s+(?:\d+|" + NUMWORD + r"))?\s+times)"),
}


def compile_pattern(pattern: str) -> re.Pattern:
    for name, expansion in PLACEHOLDERS.items():
        pattern = pattern.replace("{" + name + "}", "(?:" + expansion + ")")
    return re.compile(r"(?<![\w'’-])" + pattern + r"(?![\w-])", re.IGNORECASE)
