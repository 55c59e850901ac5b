"""What a match's own words say: numbers ("twenty-four", "half a dozen"), units, months, days,
years (also spelled out), weekdays, position and quantity modifiers ("early", "about"), a valid
ISO day, and the units' granularities and order.

Every production reads its groups through these; none of them decides whether a match is a time.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ...lexicon import time_words as L
from .patterns import PLACEHOLDERS
from .surroundings import previous_words


# Patterns the productions read with, compiled once.
SPACES = re.compile(r"\s+")
WORD_SEPARATORS = re.compile(r"[\s-]+")
DIGITS = re.compile(r"\d+")
_HALF_AFTER_DIGITS = re.compile(r"(\d+)(?:(?:\s+|-)1/2|\s?½)")
_THOUSANDS = re.compile(r"\d+(?:,\d{3})+")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")
_A_HALF = re.compile(r"half\s+an?|a\s+half")
_A_COUPLE = re.compile(r"(?:a\s+)?couple(?:\s+of)?")
_HALF_A_DOZEN = re.compile(r"half\s+a\s+dozen|(?:a\s+)?half[\s-]dozen")
_A_DOZEN = re.compile(r"a\s+dozen")


def number(text: str) -> Optional[float]:
    """"twenty-four" -> 24, "a hundred" -> 100, "1,000" -> 1000, "half an" -> 0.5."""
    t = text.lower().strip()
    fraction = _HALF_AFTER_DIGITS.fullmatch(t)
    if fraction:
        return int(fraction.group(1)) + 0.5
    if _THOUSANDS.fullmatch(t):
        return float(t.replace(",", ""))
    if _DECIMAL.fullmatch(t):
        return float(t.replace(",", "."))
    if _A_HALF.fullmatch(t):
        return 0.5
    if _A_COUPLE.fullmatch(t):
        return 2
    if _HALF_A_DOZEN.fullmatch(t):
        return 6
    if _A_DOZEN.fullmatch(t):
        return 12
    total, current = 0.0, 0.0
    for word in WORD_SEPARATORS.split(t):
        if word == "and":
            if current >= 100 or total:
                continue                  # "a hundred and five"
            return current                # "between three and five years": the lower bound
        n = L.NUMBER_WORDS.get(word)
        if n is None:
            return None
        if n in (100, 1000):
            current = (current or 1) * n
            if n == 1000:
                total, current = total + current, 0.0
        else:
            current += n
    return total + current


def unit_of(word: str) -> str:
    w = word.lower()
    w = L.UNIT_PLURALS.get(w, w)
    return w[:-1] if w.endswith("s") and w[:-1] in L.UNITS else w


def month_of(word: str) -> int:
    w = word.lower().rstrip(".")
    return L.MONTHS.get(w) or L.MONTH_ABBREVIATIONS[w]


def day_of(word: str) -> int:
    digits = DIGITS.match(word)
    return int(digits.group()) if digits else L.ORDINALS[word.lower()]


def year_of(word: str) -> int:
    if word[0].isalpha():
        return _spelled_year(word)
    if word.startswith(("'", "’")):
        y = int(word[1:])
        return 1900 + y if y >= 30 else 2000 + y
    return int(word)


def _spelled_year(words: str) -> int:
    parts = [w for w in WORD_SEPARATORS.split(words.lower()) if w not in L.SPELLED_YEAR_FILLERS]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + int(number(" ".join(parts[2:])) or 0) if parts[2:] else 2000
    century = L.NUMBER_WORDS[parts[0]]
    rest = [p for p in parts[1:] if p != "hundred"]
    return century * 100 + int(number(" ".join(rest)) or 0) if rest else century * 100


def weekday_of(word: str) -> int:
    w = word.lower().rstrip(".")
    return L.WEEKDAYS.get(w) or L.WEEKDAY_ABBREVIATIONS[w]


def position_mod(word: Optional[str]) -> Optional[str]:
    if not word:
        return None
    w = SPACES.sub(" ", word.lower())
    for key, mod in L.POSITION_MODS.items():
        if key in w.split() or w.startswith(key) or f" {key} " in f" {w} ":
            return mod
    return None


def quantity_mod(word: Optional[str], m: Optional[re.Match] = None) -> Optional[str]:
    """The mod of a modifier inside the span, else of one just before it ("about [two weeks]")."""
    if word:
        return L.QUANTITY_MODS.get(SPACES.sub(" ", word.lower()))
    if m is not None:
        before = previous_words(m, 2)
        for n in (2, 1):
            key = " ".join(before[-n:])
            if len(before) >= n and key in L.OUTSIDE_MODS:
                return L.OUTSIDE_MODS[key]
    return None


def ymd(year: int, month: int, day: int) -> Optional[str]:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


UNIT_GRANULARITY = {"day": "day", "night": "day", "week": "week", "weekend": "week", "month": "month",
                    "quarter": "quarter", "year": "year", "decade": "decade", "century": "century",
                    "fortnight": "week", "millennium": "millennium"}


L_VAGUE = PLACEHOLDERS["VAGUE"]
VAGUE_WORDS = re.compile(L_VAGUE, re.I)


# Units from the longest to the shortest, as an ISO 8601 duration writes them.
UNIT_ORDER = ("millennium", "century", "decade", "year", "quarter", "month", "fortnight", "week", "day", "night",
              "hour", "minute", "second")
