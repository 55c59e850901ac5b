"""The English time grammar: rules of (pattern, production).

A pattern is a regular expression written with placeholders from the lexicon ({MONTH},
{NUM}, ...). A production reads the match (and, for the traps, the text around it) and
returns a `Reading`, or None to reject the match. Adding an expression is one rule here plus
lines in `tests/corpus/`.

Span conventions (TimeML): no leading preposition; determiners and modifiers inside.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from ..lexicon import time_words as L
from .resolve import (AWAITED_DAY, COMING_DAY, EVENT_DAY, LAST_DAY, NEXT_WEEKS_DAY, OCCASION_DAY, THIS_WEEKS_DAY, Reading,
                      absolute, by_tense, from_dct, from_reference, latest_quarter, no_position, reference_unit, reference_word,
                      span_from_dct, stage_of_running_event, weekday_by_tense, known, year_before_reference, Context, Resolved, unknown)
from .anchor import offset_sign
from .values import duration_value, movable_holiday, value_for
from .literals import alternation


@dataclass(frozen=True)
class Rule:
    """A pattern and its production; `triggers` names the word classes (or number shapes) the
    tagger looks for before running the pattern around them (see tagger.TRIGGER_CLASSES)."""
    name: str
    pattern: re.Pattern
    produce: Callable[[re.Match], Optional[Reading]]
    priority: int = 0
    triggers: frozenset[str] = frozenset()
    # Lowercase strings one of which a window must hold for the rule to run there: a cheap test
    # that spares the pattern's scan where it cannot match ("and" for "four years and two months").
    needs: tuple[str, ...] = ()
    # Whether every match holds one of the rule's trigger words as the trigger scan finds it (a
    # whole word): then no match starts after a window's last trigger, and the scan stops there.
    holds_trigger: bool = False


# ---------------------------------------------------------------- placeholders

def _alternation_in_order(words) -> str:
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
_NUMWORD = alternation(_NUMBER_WORDS)
_UNIT_WORDS = list(L.UNITS) + [u + "s" for u in L.UNITS if u not in ("century", "millennium")] + list(L.UNIT_PLURALS)

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
    "NUM": (r"(?:\d+(?:(?:\s+|-)1/2|\s?½)|\d+(?:[.,]\d+)?|an?\s+(?:hundred|thousand)(?:[\s-]+(?:and\s+)?(?:" + _NUMWORD + r"))*|(?:a\s+)?couple(?:\s+of)?|(?:" + _NUMWORD + r")(?:[\s-]+(?:and\s+)?(?:" + _NUMWORD + r"))*"
            r"|a\s+couple\s+of|half\s+a\s+dozen|(?:a\s+)?half[\s-]dozen|a\s+dozen|a\s+half|half\s+an?|half(?=-)|an?)"),
    "VAGUE": "(?:" + alternation(L.VAGUE_QUANTITIES) + ")",
    "UNIT": "(?:" + alternation(_UNIT_WORDS) + ")",
    "DAY_KIND": "(?:" + alternation(L.DAY_KINDS) + ")",
    "SEASON": "(?:" + alternation(L.SEASONS) + ")",
    "PART": "(?:" + alternation(L.PARTS_OF_DAY) + ")",
    "ORD": "(?:" + alternation([w for w in L.ORDINALS if w not in ("last", "final")]) + r"|\d{1,2}(?:st|nd|rd|th))",
    "QMOD": "(?:" + alternation(L.QUANTITY_MODS) + ")",
    # A quantity modifier ("over", "some") is one only before a number: "over a week", not "over the past".
    "NUMWORD_ONLY": "(?:" + _NUMWORD + ")",
    "QUANTITY_START": r"(?:\d|an?\b|" + _NUMWORD + r"|several|a\s+few|a\s+couple|half)",
    "POS": (r"(?:" + _alternation_in_order(L.POSITION_ADJECTIVES) + r"|the\s+(?:" + _alternation_in_order(L.POSITION_NOUNS)
            + r")\s+of(?:\s+the)?)"),
    # "over the years", "through the decades": a stretch up to now of unknown length, "the" inside it.
    # (the lookbehinds after "the", so that they run only where "the" is)
    "STRETCH_THE": ("the(?:" + "|".join(r"(?<=\b" + w + r"\sthe)" for w in L.STRETCH_PREPOSITIONS) + r")(?=\s+(?:"
                    + alternation(L.STRETCH_PLURAL_UNITS) + r")\b)"),
    "POS_NOUN": "(?:" + _alternation_in_order(L.POSITION_NOUNS) + ")",
    "REL": "(?:" + _alternation_in_order(L.RELATIVE_WORDS) + ")",
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
    "TIMES": (r"(?:once(?:\s+or\s+twice)?|twice|thrice|(?:\d+|several|many|a\s+few|a\s+dozen|" + _NUMWORD
              + r")(?:\s+(?:or|to)\s+(?:\d+|" + _NUMWORD + r"))?\s+times)"),
}


def _compile(pattern: str) -> re.Pattern:
    for name, expansion in PLACEHOLDERS.items():
        pattern = pattern.replace("{" + name + "}", "(?:" + expansion + ")")
    return re.compile(r"(?<![\w'’-])" + pattern + r"(?![\w-])", re.IGNORECASE)


# Patterns the productions read with, compiled once.
_SPACES = re.compile(r"\s+")
_STREAK_AFTER = re.compile(r"\s+(?:" + alternation(L.STREAK_AFTER) + r")\b", re.IGNORECASE)
_WORD_SEPARATORS = re.compile(r"[\s-]+")
_DIGITS = re.compile(r"\d+")
_FOUR_DIGITS = re.compile(r"\d{4}")
_HALF_AFTER_DIGITS = re.compile(r"(\d+)(?:(?:\s+|-)1/2|\s?½)")
_THOUSANDS = re.compile(r"\d+(?:,\d{3})+")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")
_A_HALF = re.compile(r"half\s+an?|a\s+half")
_A_COUPLE = re.compile(r"(?:a\s+)?couple(?:\s+of)?")
_HALF_A_DOZEN = re.compile(r"half\s+a\s+dozen|(?:a\s+)?half[\s-]dozen")
_A_DOZEN = re.compile(r"a\s+dozen")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_OF_AFTER = re.compile(r"\s+of\b")
_AGE_AFTER = re.compile(r"[\s-]+" + L.AGE_WORD + r"\b")
_PREPOSITION_OR_CLOCK_AT_END = re.compile(r"(?:" + "|".join(L.WEEKDAY_PREPOSITIONS)
                                          + r"|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?(?: \w{2,3}t)?)\s*$")
_UNTIL_AT_END = re.compile(r"\b(?:" + "|".join(L.UNTIL_WORDS) + ")$")
_UNTIL_WIDTH = max(map(len, L.UNTIL_WORDS))
_SENTENCE_PUNCTUATION = re.compile(r"[.;:!?]")


# ---------------------------------------------------------------- small readers

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
    for word in _WORD_SEPARATORS.split(t):
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
    digits = _DIGITS.match(word)
    return int(digits.group()) if digits else L.ORDINALS[word.lower()]


def year_of(word: str) -> int:
    if word[0].isalpha():
        return _spelled_year(word)
    if word.startswith(("'", "’")):
        y = int(word[1:])
        return 1900 + y if y >= 30 else 2000 + y
    return int(word)


def _spelled_year(words: str) -> int:
    parts = [w for w in _WORD_SEPARATORS.split(words.lower()) if w not in L.SPELLED_YEAR_FILLERS]
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
    w = _SPACES.sub(" ", word.lower())
    for key, mod in L.POSITION_MODS.items():
        if key in w.split() or w.startswith(key) or f" {key} " in f" {w} ":
            return mod
    return None


def quantity_mod(word: Optional[str], m: Optional[re.Match] = None) -> Optional[str]:
    """The mod of a modifier inside the span, else of one just before it ("about [two weeks]")."""
    if word:
        return L.QUANTITY_MODS.get(_SPACES.sub(" ", word.lower()))
    if m is not None:
        before = _previous_words(m, 2)
        for n in (2, 1):
            key = " ".join(before[-n:])
            if len(before) >= n and key in L.OUTSIDE_MODS:
                return L.OUTSIDE_MODS[key]
    return None


_A_WORD_BEFORE = re.compile(r"[\w.'’$£€#]+")
_A_WORD_AFTER = re.compile(r"\s*([\w%$'’-]+)")


def _previous_words(m: re.Match, n: int = 2) -> list[str]:
    before = m.string[max(0, m.start() - 40):m.start()]
    return _A_WORD_BEFORE.findall(before.lower())[-n:]


def _next_word(m: re.Match) -> str:
    found = _A_WORD_AFTER.match(m.string[m.end():m.end() + 30])
    return found.group(1) if found else ""


_TITLE_AFTER_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])\s+(?:\"|“|``)$")


def _inside_a_name(m: re.Match) -> bool:
    """"ABC's This Week", "VOA Today": a normally lowercase time word set in capitals in the middle
    of a sentence belongs to a title."""
    text = m.group()
    if not any(w[:1].isupper() for w in text.split()[1:]) and not (text[:1].isupper() and text.split()[0].lower() in
                                                                 L.TITLE_TIME_WORDS):
        return False
    if _TITLE_AFTER_POSSESSIVE.search(m.string, max(0, m.start() - 20), m.start()):
        return True          # ABC News' "This Week", NBC's "Today"
    before = m.string[max(0, m.start() - 3):m.start()]
    sentence_start = m.start() == 0 or bool(re.search(r"(?:[.!?:]\s*[\"“'‘]?|\n)\s*$", m.string[max(0, m.start() - 4):m.start()]))
    return not sentence_start and not before.endswith(("“", '"', "``"))


def _ymd(year: int, month: int, day: int) -> Optional[str]:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- productions

def _day_group(m: re.Match) -> str:
    return m["day"] or m["dayw"] if "dayw" in m.re.groupindex else m["day"]


def p_full_date(m: re.Match) -> Optional[Reading]:
    if _clock_after_comma(m):
        return None
    value = _ymd(year_of(m["year"]), month_of(m["month"]), day_of(_day_group(m)))
    return Reading("DATE", absolute(value)) if value else None


def _clock_after_comma(m: re.Match) -> bool:
    """'19 JANUARY, 1130' in a live blog is a day and a clock, not the year 1130: after a comma,
    four digits that read as HHMM and are either a year before the earliest a news date plausibly
    names or followed by a time zone ('19 JANUARY, 1815 GMT', not the year 1815)."""
    digits = m["year"]
    if not (digits.isdigit() and len(digits) == 4):
        return False
    if int(digits) >= L.EARLIEST_CLOCK_LIKE_YEAR and not _CLOCK_AFTER.match(m.string, m.end("year")):
        return False
    before = _MONTH_COMMA_BEFORE.search(m.string, max(0, m.start("year") - 14), m.start("year"))
    month_comma = bool(before) and before["word"].lower() in L.MONTHS
    return month_comma and int(digits[:2]) < 24 and int(digits[2:]) < 60


_MONTH_COMMA_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\.?,\s*$")


def p_month_day(m: re.Match) -> Optional[Reading]:
    month, day = month_of(m["month"]), day_of(_day_group(m))
    if day > 31:
        return None
    if m["month"].lower() == "may" and _may_is_a_name(m):
        return None
    return Reading("DATE", by_tense(lambda y: _ymd(y, month, day), placeholder=f"XXXX-{month:02d}-{day:02d}",
                                    heeds=_tenses_heeded(m), forced=_past_after_since(m),
                                    agrees=_on_weekday(m["named_weekday"])))


def _past_after_since(m: re.Match) -> Optional[str]:
    """"has leaked since April 20", "prices have doubled since March": what a stretch up to now
    starts from lies before the publication date, whatever the clause's tense or the month's
    nearness ahead."""
    return "past" if set(_previous_words(m, 1)) & set(L.SINCE_WORDS) else None


def _on_weekday(word: Optional[str]) -> Optional[Callable[[str], bool]]:
    """"recorded on Tuesday 17 August", written on 2010-08-01: the year whose 17 August is a
    Tuesday (2010), whatever the tense says; a weekday no nearby year agrees with is ignored."""
    if not word:
        return None
    weekday = weekday_of(word)
    return lambda value: date.fromisoformat(value).isoweekday() == weekday


def p_second_day(m: re.Match) -> Optional[Reading]:
    """"on April 24 and 25": the second day is in the month (and year) of the first."""
    if not _MONTH_DAY_AND_BEFORE.search(m.string[max(0, m.start() - 30):m.start()]):
        return None
    day = day_of(m["day"])
    after = _next_word(m)
    if not 1 <= day <= 31 or (after[:1].islower() and after not in L.WORDS_AFTER_A_DATE):
        return None          # "on April 24 and 25 people died": a count of things

    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reference
        if ref is None or ref.earliest is None or ref.granularity != "day":
            return unknown(f"XXXX-XX-{day:02d}")
        value = _ymd(ref.earliest.year, ref.earliest.month, day)
        return known(value, None, "context") if value else unknown(f"XXXX-XX-{day:02d}")
    return Reading("DATE", resolve)


def p_iso(m: re.Match) -> Optional[Reading]:
    value = _ymd(int(m["year"]), int(m["m"]), int(m["d"]))
    return Reading("DATE", absolute(value)) if value else None


def p_numeric(m: re.Match) -> Optional[Reading]:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 30 else 2000 + int(y))
    month, day = (a, b) if a <= 12 else (b, a)      # US order unless impossible
    value = _ymd(year, month, day)
    return Reading("DATE", absolute(value)) if value else None


def p_month_year(m: re.Match) -> Optional[Reading]:
    if _clock_after_comma(m):
        return None
    mod = position_mod(m["pos"])
    return Reading("DATE", absolute(f"{year_of(m['year']):04d}-{month_of(m['month']):02d}", mod), mod)


def p_month_relative_year(m: re.Match) -> Optional[Reading]:
    month, offset = month_of(m["month"]), L.RELATIVE_YEAR_OFFSETS[m["rel"].lower()]
    mod = position_mod(m["pos"])
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(f"XXXX-{month:02d}")
        return known(f"{ctx.dct.year + offset:04d}-{month:02d}", mod, "dct")
    return Reading("DATE", resolve, mod)


_MAY_NAMES = tuple(L.MAY_AS_NAME_BEFORE)


def _may_is_a_name(m: re.Match) -> bool:
    return " ".join(_previous_words(m, 2)).endswith(_MAY_NAMES)


def p_month(m: re.Match) -> Optional[Reading]:
    word = m["month"]
    month = month_of(word)
    mod = position_mod(m["pos"])
    rel = (m["rel"] or "").lower().split()
    if word.lower() == "may" and not rel and not m["pos"]:
        prev = _previous_words(m, 1)
        if not prev or prev[0] not in L.MAY_AS_MONTH_AFTER:
            return None
        if _may_is_a_name(m):
            return None
    if _MARCH_AS_NOUN.match(m.string[m.end():m.end() + 20]) and not rel and not m["pos"]:
        return None          # "the March for Life", "the March on Washington": a march
    placeholder = f"XXXX-{month:02d}"
    if not rel and not m["pos"] and _second_of_a_set(m):
        return Reading("SET", no_position(placeholder))     # "every July and August"
    if "last" in rel or "past" in rel:
        return Reading("DATE", _month_direction(month, -1, mod), mod)
    if "next" in rel or "coming" in rel:
        return Reading("DATE", _month_direction(month, 1, mod), mod)
    if rel == ["this"]:
        return Reading("DATE", _month_direction(month, 0, mod), mod)
    return Reading("DATE", by_tense(lambda y: f"{y:04d}-{month:02d}", mod, placeholder,
                                    heeds=_tenses_heeded(m), forced=_past_after_since(m)), mod)


_MARCH_AS_NOUN = re.compile(r"\s+(?:" + "|".join(L.MARCH_AS_NOUN_BEFORE) + r")\s+(?:the\s+)?[A-Z]")


def _tenses_heeded(m: re.Match) -> frozenset[str]:
    """A target ("by August", "until Nov. 20") is placed by a future clause, not by a past one."""
    return frozenset({"future"}) if _after_target_word(m) else frozenset({"past", "future"})


def _after_target_word(m: re.Match) -> bool:
    """"until mid-November", "by August", "extended to Nov. 20": a deadline or target, which
    the clause's tense does not place."""
    previous = _previous_words(m, 1)
    return bool(previous) and previous[0] in L.TARGET_WORDS


def _month_direction(month: int, direction: int, mod: Optional[str]):
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(f"XXXX-{month:02d}")
        year = ctx.dct.year          # direction 0: "this September", the DCT's year
        if direction < 0 and month >= ctx.dct.month:
            year -= 1
        if direction > 0 and month <= ctx.dct.month:
            year += 1
        return known(f"{year:04d}-{month:02d}", mod, "dct")
    return resolve


_AMOUNT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent|[.,]\d|-\d|\s*[-–]\s*\d{1,2}\b(?!\d))")
_SHORT_YEAR_SPAN_AFTER = re.compile(r"\s*[-–/]\s*(?:\d\d)\b")
_SCORE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d{1,3}\b(?!\d|[-/])")
_RAW_WORD = re.compile(r"[\w'’]+")
_SENTENCE_OPENER_BEFORE = re.compile(r"(?:[.!?]\s+|\n)\S+\s$")


def p_year(m: re.Match) -> Optional[Reading]:
    if _clock_after_comma(m):
        return None
    text = m["year"]
    year = year_of(text)
    prev = _previous_words(m, 2)
    prev1 = prev[-1] if prev else ""
    before_char = m.string[max(0, m.start() - 1):m.start()]
    if before_char in "$£€#" and before_char:
        return None
    after = m.string[m.end():m.end() + 12]
    if _AMOUNT_AFTER.match(after) and not m["pos"]:
        if not _SHORT_YEAR_SPAN_AFTER.match(after):
            return None
    if _CLOCK_AFTER.match(after) and not m["pos"]:
        return None          # "from 1130 to 1215 GMT": clock times
    if _SCORE_AFTER.match(after) and not m["pos"]:
        return None          # "a vote of 2012 to 1": a score
    prev_raw = _RAW_WORD.findall(m.string[max(0, m.start() - 25):m.start()])[-1:]
    if (prev_raw and prev_raw[0][:1].isupper() and prev_raw[0].lower() not in L.YEAR_BEFORE
            and not prev_raw[0].lower().endswith(("'s", "’s")) and m.string[m.start() - 1:m.start()] == " "
            and not m["pos"] and prev_raw[0].lower() not in L.MONTHS and prev_raw[0].lower() not in L.SEASONS
            and not _SENTENCE_OPENER_BEFORE.search(m.string[max(0, m.start() - 30):m.start()])):
        return None          # "Orion 1980", "Vision 2020": part of a name
    nxt = _next_word(m).lower()
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


_CLOCK_AFTER = re.compile(r"\s*(?:(?:-|–|to)\s*\d{4}\s*)?(?:" + _alternation_in_order(L.TIME_ZONES + L.HOUR_WORDS) + r")\b")


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
    n = L.ORDINALS.get(word) or int(_DIGITS.match(word).group())
    mod = position_mod(m["pos"])
    return Reading("DATE", absolute(f"{n - 1:02d}", mod), mod)


def p_season(m: re.Match) -> Optional[Reading]:
    code = L.SEASONS[m["season"].lower()]
    mod = position_mod(m["pos"])
    if not (m["the"] or m["pos"] or m["rel"] or m["year"]) and _second_of_a_set(m):
        return Reading("SET", no_position(f"XXXX-{code}"))
    if m["year"]:
        return Reading("DATE", absolute(f"{year_of(m['year']):04d}-{code}", mod), mod)
    rel = _SPACES.sub(" ", (m["rel"] or "").lower())
    if not rel and not m["the"] and not m["pos"]:
        prev = _previous_words(m, 1)
        if not prev or (prev[0] not in L.BARE_SEASON_AFTER and not _joined_to_a_season(m)):
            return None
    if rel.startswith("this ") and rel != "this":
        # "this past spring", "this coming winter": the nearest one on that side of the DCT.
        return Reading("DATE", by_tense(lambda y: f"{y:04d}-{code}", mod, f"XXXX-{code}",
                                        heeds=frozenset({"past", "future"}), forced="past" if "past" in rel else "future"), mod)
    offset = -1 if ("last" in rel or "past" in rel) else 1 if ("next" in rel or "coming" in rel) else None
    if offset is not None or "this" in rel:
        def resolve(ctx: Context) -> Resolved:
            if ctx.dct is None:
                return unknown(f"XXXX-{code}")
            year = ctx.dct.year + (offset or 0)
            return known(f"{year:04d}-{code}", mod, "dct")
        return Reading("DATE", resolve, mod)
    return Reading("DATE", by_tense(lambda y: f"{y:04d}-{code}", mod, f"XXXX-{code}"), mod)


_SEASON_JOINED_BEFORE = re.compile(r"\b(?:" + alternation(L.BARE_SEASON_AFTER) + r")\s+(?:(?:early|late|mid)[\s-]*)?(?:"
                                   + alternation(L.SEASONS) + r")\s+(?:and|or)\s+$", re.I)


def _joined_to_a_season(m: re.Match) -> bool:
    """"in the spring and summer": a bare season after "and", beside another that is a time, is one too."""
    return _SEASON_JOINED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None


def p_quarter(m: re.Match) -> Optional[Reading]:
    q = L.ORDINALS.get((m["ord"] or "").lower()) or int(m["qn"] or re.match(r"\d", m["ord"]).group())
    if not 1 <= q <= 4:
        return None
    if m["year"] or m["year2"]:
        return Reading("DATE", absolute(f"{year_of(m['year'] or m['year2']):04d}-Q{q}"))
    if m["rel"]:
        # "the fourth quarter of last year": that quarter in the year named from the DCT's
        offset = L.RELATIVE_YEAR_OFFSETS[m["rel"].lower()]
        return Reading("DATE", lambda ctx: (unknown(f"XXXX-Q{q}") if ctx.dct is None
                                            else known(f"{ctx.dct.year + offset:04d}-Q{q}", None, "dct")))
    # Results news reports the latest quarter even in a future clause ("will report third-quarter
    # results"): the nearest such quarter, unless the clause is past ("earned $2 million in the
    # fiscal first quarter" is the one before).
    return Reading("DATE", by_tense(lambda y: f"{y:04d}-Q{q}", placeholder=f"XXXX-Q{q}", heeds=frozenset({"past"})))


_QUARTER_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?P<month>" + PLACEHOLDERS["MONTH"] + r")\s+(?P<day>\d{1,2})\b")


def p_latest_quarter(m: re.Match) -> Optional[Reading]:
    ended = _QUARTER_ENDED.match(m.string, m.end(), m.end() + 30)
    if ended and m.group().lower().endswith("quarter"):
        # "the quarter ended Sept. 30": the calendar quarter that holds most of its three months,
        # in the past ("the quarter ended July 31", May to July, is the second).
        month = month_of(ended["month"])
        month -= 1 if month % 3 == 1 else 0
        q, back = ((month - 1) // 3 + 1, 0) if month else (4, 1)
        return Reading("DATE", by_tense(lambda y: f"{y - back:04d}-Q{q}", placeholder=f"XXXX-Q{q}", forced="past"))
    return Reading("DATE", latest_quarter())


def p_year_earlier(m: re.Match) -> Optional[Reading]:
    """"year-earlier", "the year-ago quarter", "the corresponding period last year": the same
    period a year before; a quarter named without one to follow is the last complete quarter's."""
    if re.search(r"quarter", m.group(), re.I):
        return Reading("DATE", year_before_reference("quarter"), sets_reference=False)
    return Reading("DATE", year_before_reference("year"), sets_reference=False)


def p_year_period(m: re.Match) -> Optional[Reading]:
    """"the 1988 period", "the 1988 quarter": in a story about a quarter, that quarter in 1988."""
    year = int(m["year"])

    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reported_quarter or ctx.reference
        if ref is not None and ref.earliest and ref.granularity == "quarter":
            return known(f"{year:04d}-Q{(ref.earliest.month - 1) // 3 + 1}", None, "context")
        return known(f"{year:04d}")
    return Reading("DATE", resolve, sets_reference=False)


def p_possessive_quarter(m: re.Match) -> Optional[Reading]:
    q = L.ORDINALS[m["ord"].lower()]
    offset = L.RELATIVE_YEAR_OFFSETS[m["rel"].lower()]

    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(f"XXXX-Q{q}")
        return known(f"{ctx.dct.year + offset:04d}-Q{q}", None, "dct")
    return Reading("DATE", resolve)


def p_half_quarters(m: re.Match) -> Optional[Reading]:
    h = 1 if m["which"].lower() == "first" else 2
    return Reading("DATE", absolute(f"{int(m['year']):04d}-H{h}"))


def p_period_ended(m: re.Match) -> Optional[Reading]:
    """"the year ended March 31", "the quarter ending June 30": a reporting period's length."""
    return Reading("DURATION", no_position(duration_value(1, unit_of(m["unit"]))))


def p_in_the_unit(m: re.Match) -> Optional[Reading]:
    """"earlier in the year", "the full year": the story's year (the last one named, else the DCT's)."""
    unit = unit_of(m["unit"] or m["unit2"])
    mod = position_mod(m["pos"])
    if m["unit2"]:
        # "forecast an increase for the full year": the year of the story's publication.
        return Reading("DATE", from_dct(0, "year", "year"), sets_reference=False)
    return Reading("DATE", reference_unit(_UNIT_GRANULARITY[unit], mod), mod)


def p_story_unit(m: re.Match) -> Optional[Reading]:
    """"For the year, volume was flat", "a high for the year", "the week's most active session": the
    year of publication, the week the story tells of."""
    unit = m["unit"]
    possessive = _POSSESSIVE_S.match(m.string[m.end():m.end() + 3]) is not None
    previous = _previous_words(m, 1)
    if unit[0].isupper() or not (possessive or (previous and previous[0] in L.STORY_UNIT_BEFORE)):
        return None          # "Person of the Year"; "the year" alone is a length or a name
    # The period the story is about: "four days earlier" after it still counts from the day last named.
    if unit.lower() == "year":
        return Reading("DATE", from_dct(0, "year", "year"), sets_reference=False)
    return Reading("DATE", reference_unit("week"), sets_reference=False)


def p_weekend(m: re.Match) -> Optional[Reading]:
    """"the weekend": the one before the DCT in a past clause, after it in a future one."""
    return Reading("DATE", _weekend())


def _weekend(direction: Optional[int] = None):
    """The weekend by the clause's tense, or the one a direction names ("this past weekend": the
    latest before the DCT, its Saturday in the week before when the DCT is a weekday)."""
    inner = weekday_by_tense(6, direction)
    def resolve(ctx: Context) -> Resolved:
        r = inner(ctx)
        if r.earliest is None:
            return unknown("XXXX-WXX-WE")
        return known(value_for(r.earliest, "week") + "-WE", None, "dct")
    return resolve


def p_half(m: re.Match) -> Optional[Reading]:
    h = 1 if m["which"].lower() in ("first", "1st") else 2
    if m["year"]:
        return Reading("DATE", absolute(f"{year_of(m['year']):04d}-H{h}"))
    offset = L.RELATIVE_YEAR_OFFSETS.get((m["rel"] or "this").lower(), 0)
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(f"XXXX-H{h}")
        return known(f"{ctx.dct.year + offset:04d}-H{h}", None, "dct")
    return Reading("DATE", resolve)


def p_period_code(m: re.Match) -> Optional[Reading]:
    """"H1 2018", "2H 2019", "3Q 2018": a half or a quarter of the year named."""
    return Reading("DATE", absolute(f"{year_of(m['year']):04d}-{L.PERIOD_CODES[m['code'].lower()]}"))


_DEICTIC_DAYS = L.DEICTIC_DAYS


_GENERIC_POSSESSIVE = re.compile(r"['’]s\s+(?:" + _alternation_in_order(L.NOUNS_OF_OUR_TIMES) + r")\b", re.I)


def p_deictic_day(m: re.Match) -> Optional[Reading]:
    if _inside_a_name(m):
        return None
    word = m["word"].lower()
    if _GENERIC_POSSESSIVE.match(m.string, m.end()) and word in L.GENERIC_DAY_WORDS:
        return None          # "today's youth", "the people of tomorrow's world": our times, not a day
    offset = _DEICTIC_DAYS[word]
    mod = position_mod(m["pos"])
    part = L.PARTS_OF_DAY.get((m["part"] or "").lower()) or ("NI" if word == "tonight" else None)
    if part:
        return Reading("TIME", _day_with_suffix(offset, "T" + part, mod), mod)
    return Reading("DATE", from_dct(offset, "day", "day", mod, "XXXX-XX-XX"), mod)


def _day_with_suffix(offset: int, suffix: str, mod: Optional[str]):
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown("XXXX-XX-XX" + suffix)
        base = known(value_for(ctx.dct, "day"), None, "dct")
        day = base.earliest.fromordinal(base.earliest.toordinal() + offset)
        r = known(day.isoformat(), None, "dct")
        return Resolved(day.isoformat() + suffix, r.earliest, r.latest, "day", "dct")
    return resolve


def _clock_on_story_day(clock: str, mod: Optional[str]):
    """A clock time without a day ("shot at 10 p.m."): on the day the story last named, else
    on the publication date."""
    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reference
        if ref is not None and ref.granularity == "day" and ref.earliest is not None:
            day = ref.earliest.isoformat()
            return Resolved(day + clock, ref.earliest, ref.earliest, "day", "context")
        return _day_with_suffix(0, clock, mod)(ctx)
    return resolve


def p_part_of_day(m: re.Match) -> Optional[Reading]:
    """"by mid-afternoon", "orders placed in the morning", "mid-afternoon yesterday": a part of
    the day the story tells of (of the day named, if one follows)."""
    previous = _previous_words(m, 1)
    if not (m["the"] or m["pos"] or m["word"] or m["rel"]) and _second_of_a_set(m):
        return Reading("SET", no_position("TXX" + L.PARTS_OF_DAY[m["part"].lower()]))   # "each morning and evening"
    if not (m["pos"] or m["word"] or m["rel"] or (m["the"] and previous and previous[0] in L.PART_OF_DAY_BEFORE)):
        return None          # "good evening", "a morning talk show"
    part = "T" + L.PARTS_OF_DAY[m["part"].lower()]
    mod = position_mod(m["pos"])
    if m["rel"]:
        # "the next morning": the day after the one the story last named.
        offset = -1 if m["rel"].lower() == "previous" else 1
        return Reading("TIME", _beside_story_day(offset, part), mod)
    if m["word"]:
        return Reading("TIME", _day_with_suffix(_DEICTIC_DAYS[m["word"].lower()], part, mod), mod)
    return Reading("TIME", _clock_on_story_day(part, mod), mod)


def _beside_story_day(offset: int, suffix: str):
    inner = from_reference(offset, "day", "day")

    def resolve(ctx: Context) -> Resolved:
        r = inner(ctx)
        if r.earliest is None:
            return unknown("XXXX-XX-XX" + suffix)
        return Resolved(r.value + suffix, r.earliest, r.latest, "day", r.anchor)
    return resolve


def p_this_part(m: re.Match) -> Optional[Reading]:
    part = L.PARTS_OF_DAY[m["part"].lower()]
    offset = L.PART_OF_DAY_OFFSETS[m["rel"].lower()]
    if m["rel"].lower() == "last" and part != "NI":
        return None
    return Reading("TIME", _day_with_suffix(offset, "T" + part, None))


_AFTER_A_SET = re.compile(r"\b(?:every|each)\s+[A-Za-z]+(?:\s+(?:morning|afternoon|evening|night))?"
                         r"(?:\s*,\s*[A-Za-z]+)*\s*(?:,|,?\s+and|,?\s+or)\s+$", re.I)


def _second_of_a_set(m: re.Match) -> bool:
    """"every Monday and Thursday", "each spring and fall": the second member is a set too."""
    return _AFTER_A_SET.search(m.string, max(0, m.start() - 50), m.start()) is not None


# "on Monday and Tuesday nights", "Saturdays and Sundays": a weekday joined to a plural one.
_BEFORE_A_PLURAL_WEEKDAY = re.compile(r"\s+(?:and|or)\s+(?:" + alternation(L.WEEKDAYS) + r")(?:s\b|\s+(?P<parts>(?:morning|afternoon|evening|night)s)\b)", re.I)


def _first_of_a_plural_pair(m: re.Match) -> Optional[str]:
    """The part of day a set reading of the weekday takes ("" for none) when a plural weekday
    follows it ("on Monday and Tuesday nights": Mondays at night too), else None."""
    found = _BEFORE_A_PLURAL_WEEKDAY.match(m.string, m.end())
    if found is None:
        return None
    return "T" + L.PARTS_OF_DAY[found["parts"].lower()[:-1]] if found["parts"] else ""


def _names_a_title(m: re.Match) -> bool:
    """"the Sunday Times", "the Monday Night Club": after "the", a weekday and a capitalised word
    that is no month ("the Friday Sept. 26 debate") begin a name, not a time."""
    words = m.string[max(0, m.start() - 5):m.start()].split()
    if not words or words[-1].lower() != L.TITLE_ARTICLE:
        return False
    after = _NEXT_NAME_WORD.match(m.string, m.end("weekday"))
    return after is not None and after.group(1).lower().rstrip(".") not in L.MONTHS_AND_ABBREVIATIONS


_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+\.?)")


def p_weekday(m: re.Match) -> Optional[Reading]:
    if not m["rel"] and _names_a_title(m):
        return None
    weekday = weekday_of(m["weekday"])
    rel = (m["rel"] or "").lower()
    if not rel and not m["pos"] and _second_of_a_set(m):
        part = L.PARTS_OF_DAY.get((m["part"] or "").lower())
        return Reading("SET", no_position(f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")))
    plural_part = None if rel or m["pos"] or m["part"] else _first_of_a_plural_pair(m)
    if plural_part is not None:
        return Reading("SET", no_position(f"XXXX-WXX-{weekday}{plural_part}"))
    direction = (LAST_DAY if ("last" in rel or "past" in rel) else COMING_DAY if "coming" in rel
                 else NEXT_WEEKS_DAY if "next" in rel else THIS_WEEKS_DAY if rel == "this" else None)
    part = L.PARTS_OF_DAY.get((m["part"] or "").lower())
    mod = position_mod(m["pos"])
    if direction is None and _before_a_coming_day(m):
        direction = COMING_DAY
    if direction is None and set(_previous_words(m, 1)) & set(L.SINCE_WORDS):
        direction = LAST_DAY
    if direction is None and _POSSESSIVE_S.match(m.string[m.end():m.end() + 3]):
        direction = _possessive_day_direction(m)
    if part:
        return Reading("TIME", weekday_by_tense(weekday, direction, "T" + part, mod), mod)
    return Reading("DATE", weekday_by_tense(weekday, direction, "", mod), mod)


def p_day_beside(m: re.Match) -> Optional[Reading]:
    """"the day before last Tuesday's hearing", "the day after Christmas": one day from a named day."""
    step = -1 if m["dir"].lower() == "before" else 1
    if m["weekday"]:
        rel = (m["rel"] or "").lower()
        direction = LAST_DAY if rel == "last" else NEXT_WEEKS_DAY if rel == "next" else THIS_WEEKS_DAY if rel == "this" else None
        inner = weekday_by_tense(weekday_of(m["weekday"]), direction)
    elif m["month"]:
        month, day = month_of(m["month"]), day_of(m["day"])
        inner = by_tense(lambda y: _ymd(y, month, day), placeholder=f"XXXX-{month:02d}-{day:02d}")
    else:
        name = _SPACES.sub(" ", m["name"].lower()).replace("’", "'")
        if name not in L.HOLIDAYS_FIXED:
            return None
        month, day = L.HOLIDAYS_FIXED[name]
        inner = by_tense(lambda y: _ymd(y, month, day), placeholder=f"XXXX-{month:02d}-{day:02d}")

    def resolve(ctx: Context) -> Resolved:
        found = inner(ctx)
        if found.earliest is None or found.granularity != "day":
            return unknown("XXXX-XX-XX")
        return known((found.earliest + timedelta(days=step)).isoformat(), None, found.anchor)
    return Reading("DATE", resolve)


def p_weekday_from_reference(m: re.Match) -> Optional[Reading]:
    """"up 2.5% from the previous Friday", "left the following Thursday": the nearest such day
    before (after) the day the story last named, else the publication date."""
    weekday = weekday_of(m["weekday"])
    step = 1 if m["rel"].lower() in L.FORWARD_RELATIVE else -1

    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reference
        base = ref.earliest if ref is not None and ref.earliest and ref.granularity == "day" else ctx.dct
        if base is None:
            return unknown(f"XXXX-WXX-{weekday}")
        ahead, back = (weekday - base.isoweekday()) % 7 or 7, (base.isoweekday() - weekday) % 7 or 7
        day = base + timedelta(days=ahead if step > 0 else -back)
        return known(day.isoformat(), None, "context" if base is not ctx.dct else "dct")
    return Reading("DATE", resolve)


def _possessive_day_direction(m: re.Match) -> int:
    """Where a day named by its possessive ("Friday's debate") lies: what is put off is to come;
    an occasion looked to ("for Saturday's show") is ahead unless the clause is past; the occasion
    of the clause's act goes where its tense says; any other event named by its day has happened."""
    if _after_a_deferral(m):
        return COMING_DAY
    preposition, occasion = _preposition_before(m), _names_an_occasion(m)
    if preposition in L.AWAITING_PREPOSITIONS or (occasion and preposition in L.AWAITING_OCCASION_PREPOSITIONS):
        return AWAITED_DAY
    if preposition or occasion:
        return OCCASION_DAY
    return EVENT_DAY


def _preposition_before(m: re.Match) -> Optional[str]:
    """The occasion preposition right before the day ("at Tuesday's results", "ahead of Friday's
    vote"), if any."""
    before = " ".join(m.string[max(0, m.start() - 12):m.start()].lower().split()[-2:])
    return next((p for p in L.OCCASION_PREPOSITIONS if before == p or before.endswith(" " + p)), None)


def _names_an_occasion(m: re.Match) -> bool:
    """"Saturday's tribute concert", "Friday's debate": the day's possessive names an occasion set
    for it (within its next three words, past the capitalised words of a title: "Friday's Songs For
    Shelters telethon"), which the clause's tense places."""
    words = [w.strip(".,;:!?\"'") for w in m.string[m.end():m.end() + 80].split()[1:]]
    title = 0
    while title < min(len(words), _TITLE_WORDS) and words[title][:1].isupper():
        title += 1
    return any(word.lower() in L.SCHEDULED_OCCASIONS for word in words[:title + 3])


_TITLE_WORDS = 4
_DEFERRAL = re.compile(r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in L.DEFERRING_VERBS) + ")")
_PHRASE_PUNCTUATION = re.compile(r"[.,;:!?]")


def _after_a_deferral(m: re.Match) -> bool:
    """"asked for a delay of Friday's hearing", "postponed Monday's vote": what is put off had not
    happened yet, so the day is the coming one."""
    before = _PHRASE_PUNCTUATION.split(m.string[max(0, m.start() - 40):m.start()])[-1]
    return _DEFERRAL.search(before.lower()) is not None


def _before_a_coming_day(m: re.Match) -> bool:
    # the words before, one space between them (what "\s+" replaced by a space and stripped gives)
    before = " ".join(m.string[max(0, m.start() - 80):m.start()].lower().split())
    before = _PREPOSITION_OR_CLOCK_AT_END.sub("", before).strip()
    if before.endswith(L.COMING_DAY_BEFORE):
        return True
    # a match ends the text and is one of the words: only its last few characters can hold it
    if _UNTIL_AT_END.search(before, max(0, len(before) - _UNTIL_WIDTH)):
        clause = _SENTENCE_PUNCTUATION.split(before)[-1]
        return any(verb in clause for verb in L.DEFERRING_VERBS)
    return False


_UNIT_GRANULARITY = {"day": "day", "night": "day", "week": "week", "weekend": "week", "month": "month",
                     "quarter": "quarter", "year": "year", "decade": "decade", "century": "century",
                     "fortnight": "week", "millennium": "millennium"}


def p_relative_unit(m: re.Match) -> Optional[Reading]:
    """"last week", "this year", "next month", "the following day", "that year", "earlier this month"."""
    if _inside_a_name(m):
        return None
    rel = _SPACES.sub(" ", m["rel"].lower())
    unit = unit_of(m["unit"])
    gran = _UNIT_GRANULARITY[unit]
    mod = position_mod(m["pos"])
    has_the = rel.startswith("the ")
    core = rel.replace("the ", "")
    if has_the and core in ("next", "following") and unit == "day":
        return Reading("DATE", from_reference(1, "day", "day", mod), mod)      # "the next day"
    if has_the and core in ("past", "last") and not m["pos"] and unit in ("year", "week", "month"):
        # "over the past year": TimeBank marks the calendar unit before the DCT (3 times of 3), with
        # an approximate interval, as against "the past three years", a measured stretch.
        return Reading("DATE", from_dct(-1, unit, gran, None, approximate=True))
    if has_the and core in ("past", "last", "next", "coming") and not m["pos"]:
        # "the next week": a stretch of time, not a calendar unit.
        direction = -1 if core in ("past", "last") else 1
        value = duration_value(1, unit)
        return Reading("DURATION", span_from_dct(value, 1, unit, direction))
    weekend = unit == "weekend"
    if weekend and core in ("this past", "this coming"):
        return Reading("DATE", _weekend(LAST_DAY if core == "this past" else COMING_DAY), mod)
    if core in ("last", "past", "previous") and not has_the and core != "previous":
        res = from_dct(-1, unit if not weekend else "week", gran, mod)
    elif core in ("next", "coming"):
        res = from_dct(1, unit if not weekend else "week", gran, mod)
    elif core in ("this", "current", "this past", "this coming"):
        res = from_dct(0, unit if not weekend else "week", gran, mod)
    elif core in ("following",):
        res = from_reference(1, unit if not weekend else "week", gran, mod)
    elif core in ("previous",):
        res = from_reference(-1, unit if not weekend else "week", gran, mod)
    else:  # that, same
        res = reference_unit(gran, mod)
    if weekend:
        base = res
        def res(ctx: Context, base=base) -> Resolved:
            r = base(ctx)
            if r.earliest is None:
                return unknown("XXXX-WXX-WE")
            return known(r.value + "-WE", mod, r.anchor)
    return Reading("DATE", res, mod)


def p_ago(m: re.Match) -> Optional[Reading]:
    return _counted_from_dct(m, -1)


def p_from_now(m: re.Match) -> Optional[Reading]:
    """"three weeks from now", "a year from today": that long after the DCT."""
    if m["num"] and _VAGUE_WORDS.fullmatch(m["num"]):
        return None
    return _counted_from_dct(m, 1)


def _counted_from_dct(m: re.Match, direction: int) -> Optional[Reading]:
    """"two years ago" (direction -1), "two years from now" (+1): the date that far from the DCT,
    as fine as the count makes it (a year is a year, a week or two a day)."""
    unit = unit_of(m["unit"])
    amount = number(m["num"]) if m["num"] and not _VAGUE_WORDS.match(m["num"]) else None
    mod = quantity_mod(m["qmod"], m) or ("APPROX" if m["orso"] else None)
    if amount is None:
        return Reading("DATE", reference_word("PAST_REF"))
    if unit in L.TIME_UNITS:
        return Reading("TIME", from_dct(0, "day", "day", mod))
    gran = {"day": "day", "night": "day", "week": "week", "fortnight": "week", "month": "month"}.get(unit, "year")
    if unit == "decade":
        gran = "year"
    if unit == "day" or (unit == "week" and amount < 3):
        gran = "day"
    if amount == 1 and unit == "year" and direction < 0:
        return Reading("DATE", year_before_reference("year", mod), mod, sets_reference=False)
    return Reading("DATE", from_dct(direction * amount, unit, gran, mod, approximate=mod is not None), mod)


L_VAGUE = PLACEHOLDERS["VAGUE"]
_VAGUE_WORDS = re.compile(L_VAGUE, re.I)


def p_beyond_deictic(m: re.Match) -> Optional[Reading]:
    """"the day before yesterday", "the year before last", "the week after next": two units from the DCT."""
    unit, direction, end = m["unit"].lower(), m["dir"].lower(), m["end"].lower()
    if (unit == "day") != (end in ("yesterday", "tomorrow")) or (direction == "before") != (end in ("yesterday", "last")):
        return None          # "the day before last", "the year after tomorrow": no such reading
    return Reading("DATE", from_dct(-2 if direction == "before" else 2, unit, _UNIT_GRANULARITY[unit]))


def p_offset_from_reference(m: re.Match) -> Optional[Reading]:
    """"two years later", "a day earlier": relative to the last date mentioned."""
    unit = unit_of(m["unit"])
    amount = number(m["num"])
    if amount is None or unit in L.TIME_UNITS:
        return None
    direction = 1 if m["dir"].lower() in L.FORWARD_WORDS else -1
    mod = quantity_mod(m["qmod"], m)
    if direction < 0 and amount == 1 and unit == "year":
        return Reading("DATE", year_before_reference("year", mod), mod, sets_reference=False)
    gran = {"day": "day", "week": "day", "month": "month"}.get(unit, "year")
    return Reading("DATE", from_reference(direction * amount, unit, gran, mod), mod)


def p_comes_after(m: re.Match) -> Optional[Reading]:
    """"(it) comes 35 years after ...": the earlier event is that long before the DCT."""
    previous = _previous_words(m, 1)
    if not (len(previous) == 1 and previous[0] in L.COME_FORMS):
        return None
    unit = unit_of(m["unit"])
    if unit in L.TIME_UNITS:
        return None          # "came less than an hour after": a duration, not a calendar date
    amount = number(m["num"])
    if amount is None:
        return None
    direction = offset_sign(m["dir"].lower())
    mod = quantity_mod(m["qmod"])
    gran = {"day": "day", "week": "day", "month": "month"}.get(unit, "year")
    return Reading("DATE", from_dct(direction * amount, unit, gran, mod, approximate=mod is not None), mod)


_EVENT_RELATIVE_AFTER = re.compile(r"\s+(?:" + _alternation_in_order(L.EVENT_RELATIVE_WORDS) + r")\s")


_CLOCK_QUARTER_AFTER = re.compile(r"\s+(?:to|past|after|before)\s+(?:\d|" + _NUMWORD + r"|noon|midnight)")
_PAY_AFTER = re.compile(r"(?:['’]|\s+of)\s+(?:[a-z]+\s+)?(?:" + _alternation_in_order(L.PAY_NOUNS) + r")\b", re.I)


def p_duration(m: re.Match) -> Optional[Reading]:
    unit = unit_of(m["unit"])
    num_text = m["num"]
    vague = num_text is None or _VAGUE_WORDS.fullmatch(num_text) is not None
    amount = None if vague else number(num_text)
    if not vague and amount is None:
        return None
    if amount is not None and 1800 <= amount <= 2099 and _FOUR_DIGITS.fullmatch(num_text or ""):
        return None          # "the 1988 quarter": a year, not 1988 quarters
    after = m.string[m.end():m.end() + 12].lower()
    if unit == "quarter" and not (vague and num_text) and (_OF_AFTER.match(after) or "-quarter" in m.group().lower() and not m["rel"]):
        return None          # "a quarter of", "three-quarters": fractions; not "several quarters of losses"
    if unit == "quarter" and _CLOCK_QUARTER_AFTER.match(after):
        return None          # "at a quarter to nine": a clock time
    if unit == "year" and _AGE_AFTER.match(after):
        return None          # ages are not time expressions in TimeBank ("52 years old")
    if m["adj"] and m["adj"] == "-old" and (unit == "year" or _next_word(m).lower() in L.YOUNG_PERSON_NOUNS):
        return None          # "a 45-year-old man", "their 6-month-old son": ages
    if num_text and num_text.lower() in ("a", "an") and unit == "second":
        return None          # "a second term"
    if _PAY_AFTER.match(m.string, m.end()):
        return None          # "a grant equal to six months of salary": an amount of money
    if unit == "weekend":
        return None
    if m["ormore"] and _RATE_AMOUNT_BEFORE.search(m.string, max(0, m.start() - 25), m.start()):
        return None          # "pay $15 an hour or less": a rate (the rate rule reads "an hour")
    if unit == "day" and m.group().lower() == "one day" and set(_previous_words(m, 1)) & set(L.MODAL_VERBS):
        return Reading("DATE", reference_word("FUTURE_REF"))   # "the language will one day be ...": some day to come
    if num_text is None and not m["rel"] and not m["adj"]:
        plural = m["unit"].lower() != unit
        prev = _previous_words(m, 1)
        if not plural or not (prev and prev[0] in L.BARE_UNITS_AFTER or _stretch_of_something(m, unit, prev)):
            return None
    if num_text is None and m["unit"].lower() == unit and (m["adj"] or m["rel"]):
        amount, vague = 1, False      # "a day-long meeting", "the decade-old law", "the next year or so": one
    if (m["half"] or m["half_before"]) and amount is not None:
        amount += 0.5
    if (num_text is None and not m["rel"] and m["unit"].lower() != unit and unit in ("day", "week", "month")
            and _previous_words(m, 1) == ["the"]
            and _EVENT_RELATIVE_AFTER.match(m.string[m.end():m.end() + 20])):
        # "in the weeks before the robbery": a time placed by an event, not a length. Where
        # is left to the event layer, which may know the event's date; the value stays open.
        return Reading("DATE", lambda ctx: unknown("XXXX-XX"))
    if num_text and num_text.lower() == "coming" and not m["qmod"] and not m["rel"] and m["unit"].lower() != unit:
        # "in coming months": the future, as "in recent years" is the past.
        return Reading("DATE", reference_word("FUTURE_REF"))
    if num_text and num_text.lower() == "recent" and unit in ("year", "decade") and not m["qmod"]:
        # "in recent years" says "lately", like "recently": a vague past, not a measured stretch.
        return Reading("DATE", reference_word("PAST_REF"))
    mod = (quantity_mod(m["qmod"], None if m["rel"] else m) or ("APPROX" if m["orso"] or m["odd"] else None)
           or ("MORE_THAN" if m["plus"] else None) or _open_end_mod(m["ormore"]))
    value = duration_value(amount, unit)
    rel = (m["rel"] or "").lower().split()
    if rel and rel[-1] in L.BACKWARD_RELATIVE and amount is not None:
        return Reading("DURATION", span_from_dct(value, amount, unit, -1), mod)
    if rel and rel[-1] in L.FORWARD_RELATIVE and amount is not None:
        return Reading("DURATION", span_from_dct(value, amount, unit, 1), mod)
    return Reading("DURATION", no_position(value), mod)


def _open_end_mod(words: Optional[str]) -> Optional[str]:
    """"a month or more": at least a month; "a week or less": at most a week."""
    if not words:
        return None
    return "EQUAL_OR_LESS" if words.split()[-1].lower() == "less" else "EQUAL_OR_MORE"


def _stretch_of_something(m: re.Match, unit: str, prev: list[str]) -> bool:
    """"after months of debate", "follows years of war": a bare plural unit before "of" measures
    what follows; not after a determiner, with or without an adjective between ("the years of plenty",
    "the waning months of his term" name an era)."""
    return (unit in L.BARE_UNITS_BEFORE_OF and _next_word(m).lower() == "of"
            and not set(_previous_words(m, 2)) & L.ERA_DETERMINERS)


def p_set(m: re.Match) -> Optional[Reading]:
    target = _SPACES.sub(" ", m["target"].lower())
    if target.startswith("quarter") and target.endswith("hour"):
        return Reading("SET", no_position("PT15M"))          # "every quarter-hour"
    num = (m["num"] or "").lower()
    # "every other week" is every second one; "every few months" an unknown number of them.
    amount = (2 if num == "other" else L.ORDINALS[num] if num in L.ORDINALS else None
              if num and _VAGUE_WORDS.fullmatch(num) else number(num) if num else 0.5 if m["half"] else 1)
    if num and amount is None and not _VAGUE_WORDS.fullmatch(num):
        return None
    if target in L.SEASONS:
        return Reading("SET", no_position(f"XXXX-{L.SEASONS[target]}"))
    if target == "weekend":
        return Reading("SET", no_position("XXXX-WXX-WE"))
    day, _, part = target.partition(" ")
    if day in L.WEEKDAYS:
        # "every Saturday morning": every Saturday, in the morning.
        at = f"T{L.PARTS_OF_DAY[part]}" if part else ""
        return Reading("SET", no_position(f"XXXX-WXX-{L.WEEKDAYS[day]}{at}"))
    if target in L.MONTHS:
        return Reading("SET", no_position(f"XXXX-{L.MONTHS[target]:02d}"))
    if target in L.PARTS_OF_DAY and not (target in L.UNITS and m.group().lower().startswith("per")):
        return Reading("SET", no_position(f"TXX{L.PARTS_OF_DAY[target]}"))     # not "$90 per night", a rate
    if target in L.HOLIDAYS_FIXED:
        month, day = L.HOLIDAYS_FIXED[target]
        return Reading("SET", no_position(f"XXXX-{month:02d}-{day:02d}"))
    unit = unit_of(target)
    if unit not in L.UNITS or unit == "weekend":
        return None
    return Reading("SET", no_position(duration_value(amount, unit)), "APPROX" if m["orso"] else None)


_OF_A_MONTH_AFTER = re.compile(r"\s+of\s+" + PLACEHOLDERS["MONTH_NAME"], re.I)


def p_stage(m: re.Match) -> Optional[Reading]:
    """"the third day of the strike", "in its second week": the stage a running event has reached."""
    before = _previous_words(m, 2)
    if not m["the"]:
        if not before or before[-1] not in L.STAGE_POSSESSIVES:
            return None
        before = before[:-1]
    if L.ORDINALS.get(m["ord"].lower()) == 1:
        return None          # "the first day of school": a beginning, not a stage reached
    if _next_word(m).lower() not in L.STAGE_AFTER and not (before and before[-1] in L.STAGE_BEFORE):
        return None
    if _STREAK_AFTER.match(m.string, m.end()):
        return None          # "the third day in a row": a streak, a length
    if _OF_A_MONTH_AFTER.match(m.string, m.end()):
        return None          # "the fifth week of May": a week of the calendar, no stage of an event
    unit = m["unit"].lower()
    return Reading("DATE", stage_of_running_event(unit))


def p_streak(m: re.Match) -> Optional[Reading]:
    """"for the third straight year", "the fifth month in a row": a run of that many units."""
    word = m["ord"].lower()
    n = L.ORDINALS.get(word) or int(_DIGITS.match(word).group())
    if n < 2:
        return None
    return Reading("DURATION", no_position(duration_value(n, unit_of(m["unit"] or m["unit2"]))))


# Units from the longest to the shortest, as an ISO 8601 duration writes them.
_UNIT_ORDER = ("millennium", "century", "decade", "year", "quarter", "month", "fortnight", "week", "day", "night",
               "hour", "minute", "second")


def p_stretch_ahead(m: re.Match) -> Optional[Reading]:
    """"the weeks ahead", "decades to come": a stretch of unknown length from now on ("a year
    ahead", counted, is a length measured in advance, left to the duration rule)."""
    return Reading("DURATION", no_position(duration_value(None, unit_of(m["unit"]))))


def p_compound_duration(m: re.Match) -> Optional[Reading]:
    """"four years and two months", "an hour and 20 minutes": one length, P4Y2M."""
    u1, u2 = unit_of(m["u1"]), unit_of(m["u2"])
    n1, n2 = number(m["n1"]), number(m["n2"])
    if (n1 is None or n2 is None or u1 not in _UNIT_ORDER or u2 not in _UNIT_ORDER
            or _UNIT_ORDER.index(u1) >= _UNIT_ORDER.index(u2) or {u1, u2} & {"weekend", "quarter", "fortnight"}):
        return None
    first, second = duration_value(n1, u1), duration_value(n2, u2)
    if first == second:
        return Reading("DURATION", no_position(first))      # "40 days and 40 nights": one stretch, both ways
    if first[-1] == second[-1] and ("T" in first) == ("T" in second):
        return None
    if "T" in first and "T" not in second:
        return None
    if "T" in second and "T" not in first:
        value = first + second[1:]                   # P2D + PT5H -> P2DT5H
    elif "T" in first:
        value = first + second[2:]                   # PT1H + PT20M -> PT1H20M
    else:
        value = first + second[1:]                   # P4Y + P2M -> P4Y2M
    mod = quantity_mod(m["qmod"], m)
    return Reading("DURATION", no_position(value), mod)


def p_counted_per_unit(m: re.Match) -> Optional[Reading]:
    """"four days a week", "eight months a year", "60 minutes a day": a share of each longer unit, a set."""
    counted = unit_of(m["counted"])
    counted = "week" if counted == "weekend" else counted
    if _UNIT_ORDER.index(counted) <= _UNIT_ORDER.index(unit_of(m["unit"])):
        return None          # "two years a month" says nothing of the kind
    return p_frequency(m)


def p_frequency(m: re.Match) -> Optional[Reading]:
    unit = unit_of(m["unit"])
    return Reading("SET", no_position(duration_value(1, unit)))


# "$40,000 a year", "5% a month", "$5m a year", "£2bn a year": an amount before the unit.
_RATE_AMOUNT_BEFORE = re.compile(r"(?:\d%?|\d(?:" + _alternation_in_order(L.MONEY_MAGNITUDE_SUFFIXES) + r")|"
                                 + _alternation_in_order(L.RATE_AMOUNT_WORDS).replace(r"\s+", r"\s?")
                                 + r")\s*$", re.I)


# "four flights a week", "50,000 CDs a year", "1.2 million visitors a year", "200,000 new jobs a month",
# "500 tons of steel a day", "thousands of people a year": a count of things per unit of time. The
# count, up to two words (adjectives, a measure), then a plural noun or "of" and what is counted.
_COUNT = (r"(?:\d[\d,]*(?:\.\d+)?(?:\s+(?:" + _alternation_in_order(L.LARGE_NUMBER_WORDS) + r"))?"
          r"|an?\s+(?:" + _alternation_in_order(L.LARGE_NUMBER_WORDS) + r")|" + _NUMWORD + r")")
_COUNTED_THINGS_BEFORE = re.compile(
    r"(?<![\w.,$£€])(?:" + _COUNT + r"(?P<words>(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:(?P<noun>[a-z]+s)|of\s+(?P<what>[a-z]+))"
    r"|(?:" + _alternation_in_order(L.COUNTS_OF) + r")\s+(?P<group_of>[a-z]+))\s+$", re.I)
_RATE_LOOKBACK = 60


def _counts_things(before: str) -> bool:
    """Whether `before` ends with a count of things ("four flights", "500 tons of steel"), with no
    verb inside it ("five men waited [a day]", "two firms said") and no unit as the thing counted
    ("three days a week" is its own rule)."""
    counted = _COUNTED_THINGS_BEFORE.search(before)
    if counted is None:
        return False
    noun = (counted["noun"] or counted["what"] or counted["group_of"]).lower()
    if noun in _UNIT_WORDS or noun in L.NOT_PLURAL_S:
        return False
    inner = (counted["words"] or "").lower().split() + ([noun] if counted["what"] or counted["group_of"] else [])
    return not any(_is_a_verb(word) for word in inner)


def _is_a_verb(word: str) -> bool:
    return (word in L.PAST_IRREGULAR or word in L.PRESENT_AUXILIARIES or word in L.FUTURE_AUXILIARIES
            or word in L.MODAL_VERBS or (word.endswith(L.PAST_SUFFIX) and word not in L.NOT_PAST_ED))


def p_rate(m: re.Match) -> Optional[Reading]:
    """"$40,000 a year", "5% a month", "four flights a week": a rate, which TimeML marks as a set."""
    before = m.string[max(0, m.start() - _RATE_LOOKBACK):m.start()]
    if not _RATE_AMOUNT_BEFORE.search(before[-25:]) and not _counts_things(before):
        return None
    return Reading("SET", no_position(duration_value(1, unit_of(m["unit"]))))


def p_vague_length(m: re.Match) -> Optional[Reading]:
    """"for a while", "for some time": a length of time of unknown size."""
    words = _SPACES.sub(" ", m.group().lower())
    if words == "some time" and _previous_words(m, 1) != ["for"]:
        return None          # "some time next year", "spent some time abroad"
    if _previous_words(m, 2) == ["once", "in"]:
        return None          # "once in a while": now and then
    if re.match(r"\s+(?:ago|later|earlier|before|after)\b", m.string[m.end():m.end() + 10], re.I):
        return None          # "some time ago" is a past reference, read by its own rule
    return Reading("DURATION", no_position("PXX"))


def p_quarter_century(m: re.Match) -> Optional[Reading]:
    """"a quarter-century", "the past quarter of a century": 25 years; "a quarter of an hour" 15
    minutes, "three-quarters of an hour" 45."""
    quarters = 3 if m["three"] else 1
    if m["unit"].lower() == "hour":
        value, amount, unit = f"PT{15 * quarters}M", 15 * quarters, "minute"
    else:
        value, amount, unit = f"P{25 * quarters}Y", 25 * quarters, "year"
    if m["rel"]:
        direction = -1 if m["rel"].split()[1].lower() in L.BACKWARD_RELATIVE else 1
        return Reading("DURATION", span_from_dct(value, amount, unit, direction))
    return Reading("DURATION", no_position(value))


def p_weekends(m: re.Match) -> Optional[Reading]:
    """"open on weekends": every weekend."""
    return Reading("SET", no_position("XXXX-WXX-WE"))


def p_plural_weekday(m: re.Match) -> Optional[Reading]:
    if m["parts"]:
        # "Tuesday nights": every Tuesday, at night.
        part = L.PARTS_OF_DAY[m["parts"].lower()[:-1]]
        return Reading("SET", no_position(f"XXXX-WXX-{weekday_of(m['day'])}T{part}"))
    return Reading("SET", no_position(f"XXXX-WXX-{weekday_of(m['weekday'][:-1])}"))


def p_whole_unit(m: re.Match) -> Optional[Reading]:
    """"the whole day", "the entire month": one unit taken as a length."""
    return Reading("DURATION", no_position(duration_value(1, unit_of(m["unit"]))))


def p_unsized_stretch(m: re.Match) -> Optional[Reading]:
    """"the early years of the mine", "years and years": a length of unknown size."""
    return Reading("DURATION", no_position(duration_value(None, unit_of(m["unit"]))))


def p_repeated_unit(m: re.Match) -> Optional[Reading]:
    """"day after day", "year after year": the unit over and over."""
    return Reading("SET", no_position(L.REPEATED_UNIT_SETS[m["unit"].lower()]))


def p_set_adverb(m: re.Match) -> Optional[Reading]:
    word = m["word"].lower()
    if word in L.SET_ADVERBS_ONLY_AT_A_CLAUSE_END and not _ends_a_clause_or_before(m, L.SET_ADVERB_WORDS_ALLOWED_AFTER):
        return None          # "its quarterly dividend", "an initial quarterly of 5 cents": an adjective or a noun
    if word in L.SET_ADJECTIVES_ONLY_BEFORE and _next_word(m).lower() not in L.SET_ADVERB_WORDS_ALLOWED_AFTER:
        return None          # "the annual meeting"; "on an annual basis" is a set
    return Reading("SET", no_position(L.SET_ADVERBS[word]))


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”—–]|$)")


def _ends_a_clause_or_before(m: re.Match, words: tuple[str, ...]) -> bool:
    """Whether punctuation (or the text's end) follows the match, or one of `words` does."""
    return _CLAUSE_END_AFTER.match(m.string, m.end()) is not None or _next_word(m).lower() in words


def p_closed_mid(m: re.Match) -> Optional[Reading]:
    """"by midyear", "a mid-month deadline": the middle of the DCT's year (month)."""
    unit = L.CLOSED_MID_WORDS[m["word"].lower()]
    return Reading("DATE", from_dct(0, unit, _UNIT_GRANULARITY[unit], "MID"), "MID")


def p_closed_long(m: re.Match) -> Optional[Reading]:
    """"a weeklong pause", "the yearlong inquiry": one unit, as "week-long" is."""
    return Reading("DURATION", no_position(L.CLOSED_LONG_WORDS[m["word"].lower()]))


# The day a clock time is on, named right after it: "at 1653 local time (2153 GMT) on Tuesday";
# a clock time in brackets closes them first ("at 4:53 pm (2153 GMT) on Tuesday").
_DAY_AFTER_CLOCK = re.compile(r"\)?\s+(?:(?:local\s+time|\([^()\n]{1,16}\))(?:\s+on)?|on)\s+(?:(?P<day>" + PLACEHOLDERS["WEEKDAY"] + ")|(?P<month>"
                              + PLACEHOLDERS["MONTH"] + r")\s+(?P<dom>" + PLACEHOLDERS["DAY"] + ")|(?P<dom_first>"
                              + PLACEHOLDERS["DAY"] + r")\s+(?P<month_after>" + PLACEHOLDERS["MONTH"] + "))", re.I)


def p_clock(m: re.Match) -> Optional[Reading]:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif not (m["mi"] and (m["tz"] or _previous_words(m, 1) == ["at"])):
        return None
    if hour > 23 or minute > 59:
        return None
    mod = quantity_mod(m["qmod"], m)
    clock = f"T{hour:02d}:{minute:02d}"
    day = (m["day"] or "").lower()
    later_day = None if day or m["cmonth"] else _DAY_AFTER_CLOCK.match(m.string, m.end())
    if later_day and later_day["day"]:
        day = later_day["day"].lower()       # "at 10:35 a.m. local time Friday", "at 8 p.m. on Monday": on that day
    month_day = (m["cmonth"], m["cday"]) if m["cmonth"] else _month_day_after(later_day)
    return _clock_on_named_day(m, clock, mod, day, month_day)


def _month_day_after(later_day: Optional[re.Match]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """The month and day _DAY_AFTER_CLOCK found, in either order ("on May 5", "on 5 May")."""
    if later_day is None:
        return None
    if later_day["month_after"]:
        return later_day["month_after"], later_day["dom_first"]
    return later_day["month"], later_day["dom"]


def _clock_on_named_day(m: re.Match, clock: str, mod: Optional[str], day: str,
                        month_day: Optional[tuple[Optional[str], Optional[str]]]) -> Reading:
    """A clock time on the day named with it (a weekday, a deictic day, a month and day), else on
    the story's day."""
    if month_day and month_day[0]:
        month, dom = month_of(month_day[0]), day_of(month_day[1])
        return Reading("TIME", by_tense(lambda y: (_ymd(y, month, dom) or "") + clock if _ymd(y, month, dom) else None,
                                        mod, f"XXXX-{month:02d}-{dom:02d}{clock}", heeds=_tenses_heeded(m)), mod)
    if day in _DEICTIC_DAYS:
        return Reading("TIME", _day_with_suffix(_DEICTIC_DAYS[day], clock, mod), mod)
    if day:
        # "extended its offer until 9 a.m. Tuesday": the coming Tuesday, as for a bare weekday.
        direction = COMING_DAY if _before_a_coming_day(m) else None
        return Reading("TIME", weekday_by_tense(weekday_of(day), direction, clock, mod), mod)
    return Reading("TIME", _clock_on_story_day(clock, mod), mod)


def p_clock24(m: re.Match) -> Optional[Reading]:
    hour, minute = int(m["h"]), int(m["mi"])
    if hour > 23 or minute > 59:
        return None
    # "struck at 2153 GMT on Tuesday", "at 1653 (2153 GMT) on Tuesday": on the day named after it
    later_day = _DAY_AFTER_CLOCK.match(m.string, m.end())
    day = (later_day["day"] or "").lower() if later_day else ""
    month_day = _month_day_after(later_day)
    return _clock_on_named_day(m, f"T{hour:02d}:{minute:02d}", None, day, month_day)


def p_clock_words(m: re.Match) -> Optional[Reading]:
    """"4 in the morning", "7 in the evening"."""
    hour = int(m["h"])
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if m["part"].lower() in L.AFTERNOON_PARTS else 0)
    return Reading("TIME", _clock_on_story_day(f"T{hour:02d}:00", None))


def p_noon(m: re.Match) -> Optional[Reading]:
    clock = L.CLOCK_WORDS[m["word"].lower()]
    if _previous_words(m, 1) == [L.NOT_A_CLOCK_BEFORE]:
        return None          # "high noon": a showdown, not twelve o'clock
    day = (m["day"] or "").lower()
    if day in _DEICTIC_DAYS:
        return Reading("TIME", _day_with_suffix(_DEICTIC_DAYS[day], clock, None))
    if day:
        return Reading("TIME", weekday_by_tense(weekday_of(day), None, clock, None))
    return Reading("TIME", _day_with_suffix(0, clock, None))


def p_holiday(m: re.Match) -> Optional[Reading]:
    name = _SPACES.sub(" ", m["name"].lower()).replace("’", "'")
    if name == "may day" and m["name"][0] == "m":
        return None
    if _next_word(m).lower() in L.NOT_A_HOLIDAY_AFTER or L.NOT_A_HOLIDAY_BEFORE.intersection(_previous_words(m, 1)):
        return None          # "Easter eggs", "Operation Easter": things named after the day

    def on(year: int) -> Optional[str]:
        if name in L.HOLIDAYS_FIXED:
            month, day = L.HOLIDAYS_FIXED[name]
            return _ymd(year, month, day)
        return movable_holiday(name, year).isoformat()

    if m["year"]:
        value = on(year_of(m["year"]))
        return Reading("DATE", absolute(value)) if value else None
    rel = (m["rel"] or "").lower()
    if rel in L.RELATIVE_YEAR_OFFSETS:
        offset = L.RELATIVE_YEAR_OFFSETS[rel]
        def resolve(ctx: Context) -> Resolved:
            if ctx.dct is None:
                return unknown("XXXX")
            return known(on(ctx.dct.year + offset) or "XXXX", None, "dct")
        return Reading("DATE", resolve)
    return Reading("DATE", by_tense(on))


def p_week_of(m: re.Match) -> Optional[Reading]:
    """"the week of March 6", "Easter week": the calendar week holding that day."""
    groups = m.groupdict()
    if groups.get("name"):
        name = _SPACES.sub(" ", m["name"].lower()).replace("’", "'")
        fixed = L.HOLIDAYS_FIXED.get(name)

        def day_in(year: int) -> Optional[str]:
            return _ymd(year, *fixed) if fixed else movable_holiday(name, year).isoformat()
    else:
        month, day = month_of(m["month"]), day_of(m["day"])

        def day_in(year: int) -> Optional[str]:
            return _ymd(year, month, day)

    def week_in(year: int) -> Optional[str]:
        found = day_in(year)
        return value_for(date.fromisoformat(found), "week") if found else None

    if groups.get("year"):
        value = week_in(year_of(groups["year"]))
        return Reading("DATE", absolute(value)) if value else None
    return Reading("DATE", by_tense(week_in, placeholder="XXXX-WXX"))


def p_week_of_month(m: re.Match) -> Optional[Reading]:
    """"the second week of January", "the last week of March 2018": the calendar week holding
    that week's middle day (the 4th, 11th, 18th, 25th; the last week's, four days before the month's end)."""
    which = L.ORDINALS[m["ord"].lower()]
    if not (which == -1 or 1 <= which <= 4):
        return None
    month = month_of(m["month"])

    def week_in(year: int) -> Optional[str]:
        if which == -1:
            middle = date(year, month, 1) + timedelta(days=31)
            middle = middle.replace(day=1) - timedelta(days=4)
        else:
            middle = date(year, month, 7 * (which - 1) + 4)
        return value_for(middle, "week")

    if m["year"]:
        return Reading("DATE", absolute(week_in(year_of(m["year"]))))
    return Reading("DATE", by_tense(week_in, placeholder="XXXX-WXX"))


def p_reference_word(m: re.Match) -> Optional[Reading]:
    word = _SPACES.sub(" ", m["word"].lower()).replace("’", "'")
    value = L.PRESENT_WORDS.get(word) or L.PAST_WORDS.get(word) or L.FUTURE_WORDS.get(word)
    if word == "now" and (_next_word(m).lower() in L.NOW_AS_CONJUNCTION_BEFORE
                          or re.match(L.NOW_AND_THEN, m.string[m.end():m.end() + 14], re.I)):
        return None
    if word == "current" and not _qualifies_a_noun(m):
        return None
    if word == "soon" and not _soon_looks_ahead(m):
        return None
    return Reading("DATE", reference_word(value))


def _soon_looks_ahead(m: re.Match) -> bool:
    """"may soon seek", "soon will begin": a time after the DCT; not "as soon as", "soon after",
    nor a narrative's "was soon released"."""
    before = _previous_words(m, L.SOON_CUE_WORDS_BEFORE)
    after = _A_WORDS_AFTER.findall(m.string[m.end():m.end() + 30].lower())[:L.SOON_CUE_WORDS_AFTER]
    if (before and before[-1] in L.SOON_RELATING_BEFORE) or (after and after[0] in L.SOON_RELATING_AFTER):
        return False
    return any(w in L.SOON_FUTURE_CUES for w in before + after)


_A_WORDS_AFTER = re.compile(r"[\w'’]+")


def _qualifies_a_noun(m: re.Match) -> bool:
    """Whether an adjective stands before a lowercase word it can qualify ("current weakness"),
    as against a noun ("the current is strong") or a fixed term ("current account")."""
    after = _next_word(m)
    return (bool(after) and after[0].islower() and after.isalpha() and after not in L.CURRENT_NOT_BEFORE
            and not after.endswith(L.PAST_VERB_ENDING))


def p_spelled_year(m: re.Match) -> Optional[Reading]:
    """"nineteen ninety-six" (transcripts spell years out); "twenty twenty" needs "the year"."""
    year = year_of(m["year"])
    if not 1100 <= year <= 2099:
        return None
    if not m.group().lower().startswith("the year") and len(_WORD_SEPARATORS.split(m["year"])) < 2:
        return None
    return Reading("DATE", absolute(f"{year:04d}"))


def p_year_span(m: re.Match) -> Optional[Reading]:
    """"2019-20" or "2019/20" (a financial or academic year): the first year."""
    return Reading("DATE", absolute(m["year"]))


def p_position_of_unit(m: re.Match) -> Optional[Reading]:
    unit = unit_of(m["unit"] or m["unit2"])
    gran = _UNIT_GRANULARITY[unit]
    mod = position_mod(m["pos"] or m["pos2"])
    if m["unit2"]:
        return Reading("DATE", from_dct(0, "year", "year", mod), mod)
    return Reading("DATE", from_dct(0, unit, gran, mod), mod)


def p_fiscal(m: re.Match) -> Optional[Reading]:
    if m["fy"]:
        y = int(m["fy"])
        year = y if y > 99 else (2000 + y if y < 50 else 1900 + y)
        return Reading("DATE", absolute(f"{year:04d}"))
    if m["year"]:
        return Reading("DATE", absolute(f"{year_of(m['year']):04d}"))
    offset = L.RELATIVE_FISCAL_OFFSETS.get((m["rel2"] or m["rel3"] or "").lower(), 0)
    return Reading("DATE", from_dct(offset, "year", "year"))


# ---------------------------------------------------------------- the rules

# "April 24 and ": a month and day just before a second day joined to it.
_MONTH_DAY_AND_BEFORE = re.compile(r"(?<![\w'’-])(?:" + PLACEHOLDERS["MONTH"] + r")\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:"
                                   + _alternation_in_order(L.SECOND_DAY_JOINERS) + r")\s+$", re.IGNORECASE)

_REF_WORDS = [w for w in list(L.PRESENT_WORDS) + list(L.PAST_WORDS) + list(L.FUTURE_WORDS)
              if w not in L.REFERENCE_WORDS_NOT_ALONE]

# The units of a clock length: "hour", "minutes".
_CLOCK_UNIT = "(?:" + alternation(sorted(L.TIME_UNITS)) + ")s?"

# ... whose second unit, smaller than the first, is a minute or a second: a window without one holds none.
_CLOCK_LENGTH_NEEDS = tuple(sorted(set(L.TIME_UNITS) - {"hour"}))

# "years and", "hour, and": where a compound length ("four years and two months") may be.
_UNIT_THEN_AND = tuple(f"{u}{sep}and" for u in _UNIT_WORDS for sep in (" ", ", "))

RULE_TABLE: list[tuple] = [
    ("date_mdy", r"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY}|{DAYW}),?\s+(?P<year>{YEAR})", p_full_date, 10, ("month",)),
    ("date_dmy", r"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?:(?P<day>{DAY})(?:\s+of)?|(?P<dayw>{DAYW})\s+of)\s+(?P<month>{MONTH}),?\s+(?P<year>{YEAR})", p_full_date, 10, ("month",)),
    ("date_md", r"(?:(?P<named_weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY}|{DAYW})(?!\s*(?:,\s*)?\d|:\d)", p_month_day, 8, ("month",)),
    # "Monday 7 to Friday 11 September": the first day of a range takes the month that closes it
    ("date_d_range_m", r"(?P<named_weekday>{WEEKDAY}),?\s+(?P<day>{DAY})(?=\s*(?:to|until|till|through|-|–)\s+(?:{WEEKDAY},?\s+)?{DAY}\s+(?P<month>{MONTH}))", p_month_day, 8, ("weekday",)),
    ("date_dm", r"(?:(?P<named_weekday>{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<day>{DAY})(?:\s+of)?|(?P<dayw>{DAYW})\s+of)\s+(?P<month>{MONTH})", p_month_day, 8, ("month",)),
    ("second_day", r"(?<=\s)(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)(?!\s*(?:,\s*)?\d|[:.,]\d|\s*%|\s+(?:percent|per\s+cent)\b)", p_second_day, 1, ("month",)),
    ("date_iso", r"(?P<year>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T[\d:]+Z?)?", p_iso, 9, ("year4",)),
    ("date_numeric", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})", p_numeric, 9, ("slash_date",)),
    ("month_year", r"(?:(?P<pos>{POS})[\s-]*)?(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR}|{YEAR2}|{YEARW})", p_month_year, 7, ("month",)),
    ("spelled_year", r"(?:the\s+year\s+)?(?P<year>{YEARW})", p_spelled_year, 4, ("spelled",)),
    ("month_rel_year", r"(?:(?P<pos>{POS})[\s-]*)?(?P<month>{MONTH_NAME})\s+(?:of\s+)?(?P<rel>last|next|this)\s+year", p_month_relative_year, 7, ("month",)),
    ("month", r"(?:(?P<pos>{POS})[\s-]*)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+)?(?P<month>{MONTH_NAME})", p_month, 5, ("month",)),
    ("year", r"(?:(?P<pos>{POS})[\s-]*|(?:pre|post)-)?(?P<the_year>the\s+year\s+)?(?P<year>{YEAR}|(?<=\s)'\d\d(?!\w))", p_year, 4, ("year4", "short_year")),
    ("year_span", r"(?P<year>(?:19|20)\d\d)[-/–](?:\d\d)(?!\d)", p_year_span, 5, ("year4",)),
    ("decade", r"(?:the\s+(?:(?P<pos_noun>{POS_NOUN})\s+of\s+the\s+)?)?(?:(?P<pos>early|mid|late)[\s-]*)?(?:(?P<full>1\d\d0|20\d0)'?s|['’](?P<short>\d0)s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", p_decade, 6, ("year4", "short_year", "decade_word")),
    ("century", r"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]*)?(?P<ord>{ORD})[\s-]+century", p_century, 6, ("unit",)),
    ("season", r"(?P<the>the\s+)?(?:(?P<pos>early|mid|late)[\s-]*)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|past|coming)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}|{YEAR2}|{YEARW}))?", p_season, 5, ("season",)),
    ("quarter", r"(?:the\s+(?!(?:fiscal[\s-]+)?[a-z0-9]+-quarter))?(?:(?P<year>{YEAR})\s+)?(?:fiscal[\s-]+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year2>{YEAR})|\s+of\s+(?P<rel>last|this|next)\s+year)?", p_quarter, 6, ("unit", "quarter_code")),
    ("half", r"(?:the\s+)?(?P<which>first|second|1st|2nd)\s+half\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?:the\s+|(?P<rel>this|last|next)\s+)year)", p_half, 6, ("unit", "year4")),
    ("period_code", r"(?P<code>" + alternation(L.PERIOD_CODES) + r")\s+(?P<year>{YEAR})", p_period_code, 6, ("year4",), tuple(L.PERIOD_CODES)),
    ("fiscal", r"(?:the\s+)?(?:(?P<rel>current|latest|last|previous|next)\s+)?(?:fiscal(?:\s+year)?|financial\s+year)\s+(?P<year>{YEAR})|FY\s?(?P<fy>\d{2,4})|(?:the\s+(?:(?P<rel2>current|latest|last|previous|next)\s+)?|(?P<rel3>this|last|next)\s+)(?:" + alternation(L.FISCAL_YEAR_ADJECTIVES) + r")\s+year", p_fiscal, 6, ("fiscal",), ("fiscal", "fy", "financial year")),
    ("deictic_day", r"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>{PART}))?", p_deictic_day, 6, ("deictic",)),
    ("this_part", r"(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{PART})", p_this_part, 6, ("part",)),
    ("weekday", r"(?:(?P<pos>early|late)\s+)?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|coming|past)\s+)?(?P<weekday>{WEEKDAY}|{WEEKDAY_ABBR})(?:\s+(?P<part>{PART}))?", p_weekday, 5, ("weekday",)),
    ("day_beside", r"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:(?:(?P<rel>last|next|this)\s+)?(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\s*,?\s*\d)|(?P<name>{HOLIDAY}))", p_day_beside, 9, ("weekday", "month", "holiday"), ("day before", "day after")),
    ("weekday_from_reference", r"the\s+(?P<rel>previous|preceding|following)\s+(?P<weekday>{WEEKDAY})", p_weekday_from_reference, 6, ("weekday",), ("previous", "preceding", "following")),
    ("plural_weekday", r"(?P<weekday>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)|(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?P<parts>(?:morning|afternoon|evening|night)s)", p_plural_weekday, 5, ("weekday",)),
    ("vague_length", "(?:" + _alternation_in_order(L.VAGUE_LENGTHS) + ")", p_vague_length, 3, ("vague_length",), L.VAGUE_LENGTHS),
    ("quarter_century", r"(?P<rel>the\s+(?:past|last|next)\s+)?(?:(?P<three>three)[\s-]+quarters|(?:an?\s+)?quarter)(?:-|\s+of\s+an?\s+)(?P<unit>century|hour)", p_quarter_century, 6, ("unit",), ("century", "hour")),
    ("weekends", r"weekends", p_weekends, 5, ("unit",), ("weekends",)),
    ("streak", r"(?:the\s+|an?\s+)?(?P<ord>{ORD})\s+(?:{STREAK_ADJ}\s+(?P<unit>day|week|month|quarter|year|decade)|(?P<unit2>day|week|month|quarter|year|decade)\s+{STREAK_AFTER})", p_streak, 6, ("unit",), (L.STREAK_ADJECTIVES + L.STREAK_AFTER)),
    ("stage", r"(?:(?P<the>the)\s+)?(?P<ord>{ORD})\s+(?P<unit>day|week|month)", p_stage, 5, ("unit",), L.STAGE_ORDINAL_CUES),
    ("stretch_ahead", r"(?:the\s+)?(?:(?P<num>{VAGUE})\s+)?(?P<unit>days|weeks|months|years|decades)\s+{AHEAD}", p_stretch_ahead, 4, ("unit",), L.AHEAD_WORDS),
    ("compound_duration", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<n1>{NUM})[\s-]+(?P<u1>{UNIT}),?\s+and\s+(?P<n2>{NUM})[\s-]+(?P<u2>{UNIT})", p_compound_duration, 4, ("unit",), _UNIT_THEN_AND),
    # "1 hour 20 minutes", "3 minutes 30 seconds": a clock length written without "and".
    ("clock_length", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<n1>\d+)\s+(?P<u1>" + _CLOCK_UNIT + r")\s+(?P<n2>\d+)\s+(?P<u2>" + _CLOCK_UNIT + r")", p_compound_duration, 4, ("unit",), _CLOCK_LENGTH_NEEDS),
    ("relative_unit", r"(?:(?P<pos>early|late|mid|earlier|later|the\s+(?:beginning|start|middle|end|close)\s+of)[\s-]+)?(?P<rel>{REL})\s+(?P<unit>day|week|weekend|month|year|quarter|decade|century)", p_relative_unit, 6, ("unit",)),
    ("position_of_unit", r"(?P<pos>the\s+(?:beginning|start|middle|end|close)\s+of)\s+the\s+(?P<unit>week|month|year|quarter|decade|century)|(?P<unit2>year)(?:-|\s+|['’]s\s+)(?P<pos2>end)", p_position_of_unit, 6, ("unit",)),
    ("in_the_year", r"(?P<pos>earlier|later|early|late)\s+in\s+the\s+(?P<unit>year|month|week)|the\s+full\s+(?P<unit2>year)", p_in_the_unit, 6, ("unit",)),
    ("ago", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<num>{VAGUE}|{NUM})\s+(?P<unit>{UNIT})\s+(?P<orso>or\s+so\s+)?ago", p_ago, 8, ("ago",)),
    ("from_now", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<orso>or\s+so\s+)?from\s+(?:now|today)", p_from_now, 8, ("unit",), ("from now", "from today")),
    ("beyond_deictic", r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)\s+(?P<end>yesterday|tomorrow|last|next)(?!\s+(?:{UNIT}|{WEEKDAY}|{MONTH_NAME}|{SEASON}|{HOLIDAY})|['’])", p_beyond_deictic, 8, ("unit",), ("before yesterday", "after tomorrow", "before last", "after next")),
    ("offset_from_reference", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>later|earlier|afterwards?)", p_offset_from_reference, 8, ("unit",)),
    ("comes_after", r"(?:(?P<qmod>{QMOD}|just)\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>after|before)", p_comes_after, 9, ("unit",)),
    ("duration", r"(?:(?P<qmod>{QMOD})\s+(?={QUANTITY_START}))?(?:(?P<rel>the\s+(?:past|last|next|first|coming|previous|following|final|latest)|these\s+past|the\s+(?:" + alternation(L.MOST_OF_WORDS) + r")\s+part\s+of|the(?=\s+(?:\d+|{NUMWORD_ONLY})\s)|{STRETCH_THE})\s+)?(?:(?!an?\s+[a-z]+-long\b)(?P<num>{VAGUE}|{NUM})(?P<odd>-{ODD})?(?P<plus>-{PLUS})?(?P<range>\s+(?:to|or)\s+{NUM}|-\d+(?=\s))?(?P<half_before>[\s-]+and[\s-]+a[\s-]+half)?(?:\s+(?:{INNER_ADJ}))?[\s-]+(?:{DAY_KIND}\s+(?=days?\b))?)?(?P<unit>{UNIT})(?P<half>[\s-]+and[\s-]+a[\s-]+half)?(?P<adj>-(?:old|long))?(?P<orso>\s+or\s+so\b)?(?P<ormore>\s+or\s+(?:more|longer|less)\b)?(?P<either>\s+or\s+(?:two|three|{UNIT})\b)?", p_duration, 3, ("unit",)),
    ("whole_unit", r"the\s+(?:" + alternation(L.WHOLE_ADJECTIVES) + r")\s+(?P<unit>day|week|month|year|decade)", p_whole_unit, 4, ("unit",), L.WHOLE_ADJECTIVES),
    ("early_stretch", r"the\s+early\s+(?P<unit>" + alternation(L.EARLY_STRETCH_UNITS) + ")", p_unsized_stretch, 4, ("unit",), ("early",)),
    ("repeated_length", r"(?P<unit>" + alternation(L.REPEATED_LENGTH_UNITS) + r")\s+and\s+(?P=unit)", p_unsized_stretch, 4, ("unit",), (" and ",)),
    ("set_every", r"(?:{TIMES}\s+)?(?:each\s+and\s+every|every|each|per)\s+(?:(?P<num>{VAGUE}|{NUM}|other|second|third|fourth)(?:\s+(?:or|to)\s+{NUM}|-\d+)?\s+|(?P<half>half)(?:\s+an?)?[\s-]+)?(?:single\s+)?(?:{DAY_KIND}\s+(?=days?\b))?(?P<target>quarter[\s-]hour|{UNIT}|{WEEKDAY}(?:\s+{PART})?|{MONTH_NAME}|{PART}|{SEASON}|{HOLIDAY})(?P<orso>\s+or\s+so\b)?", p_set, 7, ("every",)),
    ("days_a_week", r"(?P<num>{NUM})(?:-{PLUS})?\s+(?P<counted>minutes|hours|days|nights|weekends|weeks|months)\s+(?:a|an|per)\s+(?P<unit>week|month|year|day)\b", p_counted_per_unit, 8, ("unit",), L.COUNT_PER_UNIT_HINTS),
    ("frequency", r"{TIMES}\s+(?:a|an|per)\s+(?P<unit>day|week|month|quarter|year|decade|hour|fortnight)", p_frequency, 8, ("every",)),
    ("set_adverb", r"(?:{TIMES}[\s-]+)?(?P<word>" + "|".join(L.SET_ADVERBS) + r")", p_set_adverb, 2, ("set_adverb",)),
    ("closed_mid", r"(?P<word>" + alternation(L.CLOSED_MID_WORDS) + r")", p_closed_mid, 5, ("closed_mid",)),
    ("closed_long", r"(?P<word>" + alternation(L.CLOSED_LONG_WORDS) + r")", p_closed_long, 3, ("closed_long",)),
    ("repeated_unit", r"(?P<unit>" + alternation(L.REPEATED_UNIT_SETS) + r")\s+(?:" + alternation(L.REPEATED_UNIT_JOINERS) + r")\s+(?P=unit)", p_repeated_unit, 8, ("unit", "part"), L.REPEATED_UNIT_JOINERS),
    ("rate", r"(?:a|an|per)\s+(?P<unit>year|month|week|day|night|hour)(?!\s+(?:ago|earlier|later|before|after))", p_rate, 4, ("unit",)),
    ("clock", r"(?:(?P<qmod>around)\s+)?(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm|a\.m|p\.m)?(?:\s+(?P<tz>[ECMP][SD]T|GMT|BST|UTC|CET))?(?:,?\s+(?P<day>today|yesterday|tomorrow|{WEEKDAY})|,?\s+(?P<cmonth>{MONTH})\s+(?P<cday>{DAY}))?", p_clock, 7, ("clock",)),
    ("clock24", r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:GMT|BST|UTC|CET|hrs|hours)", p_clock24, 7, ("year4",)),
    ("noon", r"(?P<word>noon|midday|midnight)(?:\s+(?P<day>today|yesterday|tomorrow|{WEEKDAY}))?", p_noon, 5, ("deictic",)),
    ("part_of_day", r"(?:(?P<the>the)\s+(?![a-z]+-(?:morning|afternoon|evening)\b)(?:(?P<rel>next|following|previous)\s+)?)?(?:(?P<pos>early|late|mid)[\s-]*)?(?P<part>morning|afternoon|evening)(?:\s+(?P<word>yesterday|today|tomorrow))?", p_part_of_day, 5, ("part",)),
    ("clock_words", r"(?P<h>\d{1,2})\s+(?:o['’]clock\s+)?in\s+the\s+(?P<part>morning|afternoon|evening)", p_clock_words, 7, ("part",)),
    ("latest_quarter", r"the\s+(?:latest|most\s+recent|just-ended|just\s+ended)\s+(?:quarter|period)|the\s+quarter(?!\s+(?:of|century|point|percentage))", p_latest_quarter, 6, ("unit", "latest")),
    ("year_earlier", r"(?:(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:earlier|ago)\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period|month)|year-(?:earlier|ago)"
                     r"|the\s+(?:comparable|corresponding|same)\s+(?:quarter|period)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))"
                     r"|the\s+quarter\s+a\s+year\s+(?:ago|earlier)|last\s+year['’]s\s+(?:quarter|period))", p_year_earlier, 7, ("unit",)),
    ("year_period", r"the\s+(?P<year>{YEAR})\s+(?:period|quarter)", p_year_period, 7, ("year4",)),
    ("possessive_quarter", r"(?P<rel>this|last|next)\s+year['’]s\s+(?P<ord>first|second|third|fourth)[\s-]+quarter", p_possessive_quarter, 8, ("unit",)),
    ("half_quarters", r"(?:the\s+)?(?P<which>first|last|second)\s+(?:two\s+quarters|half)\s+of\s+(?P<year>{YEAR})", p_half_quarters, 7, ("unit", "year4")),
    ("weekend", r"the\s+weekend", p_weekend, 5, ("unit",)),
    ("story_unit", r"the\s+(?P<unit>year|week)(?![\s-]+(?:ended|ending|earlier|ago|before|after|later|that|when|in\s+which|to|through|until)\b)", p_story_unit, 5, ("unit",)),
    # "the year ended March 31" is a length of time; "the quarter ended Sept. 30" names a quarter.
    ("period_ended", r"the\s+(?:fiscal\s+)?(?P<unit>year)(?=\s+(?:ended|ending|that\s+ended)\b)", p_period_ended, 7, ("unit",)),
    ("holiday", r"(?:(?P<rel>last|next|this)\s+)?(?P<name>{HOLIDAY})(?:\s+Day)?(?:\s+(?P<year>{YEAR}))?", p_holiday, 6, ("holiday",)),
    ("week_of", r"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?", p_week_of, 9, ("unit",), ("week of",)),
    ("week_of_month", r"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>{MONTH_NAME})(?:,?\s+(?P<year>{YEAR}))?", p_week_of_month, 9, ("unit",), ("week of",)),
    ("holiday_week", r"(?P<name>{HOLIDAY})\s+week(?!s?\b\s*(?:ago|earlier|later))", p_week_of, 9, ("holiday",), ("week",)),
    ("reference_word", r"(?P<word>" + alternation(_REF_WORDS) + ")", p_reference_word, 2, ("ago", "deictic", "reference")),
]


# Texts on which a pattern must not find an empty match: a rule must read something.
_EMPTY_PROBES = ("", " ", "x", "1", " a. ", "\n")


def rule(name: str, pattern: str, produce: Callable, priority: int, triggers: tuple[str, ...],
         needs: tuple[str, ...] = (), holds_trigger: bool = False) -> Rule:
    """A rule, refused (ValueError) if its pattern can match the empty string, as ctparse does,
    or if it names no trigger."""
    compiled = _compile(pattern)
    if any(m.end() == m.start() for probe in _EMPTY_PROBES for m in compiled.finditer(probe)):
        raise ValueError(f"time rule {name!r}: its pattern matches the empty string")
    if not triggers:
        raise ValueError(f"time rule {name!r}: no trigger classes, so it would never run")
    return Rule(name, compiled, produce, priority, frozenset(triggers), tuple(needs), holds_trigger)


# The rules whose every match holds a word of their trigger classes as a whole word (a unit
# after a space or hyphen and before a non-letter, "last week", "three days", "a year"; a
# deictic word; a quarter or its code; a month or weekday name after a space or the match's
# start), unlike "second_day" (a day number by a month), "year" (digits, which the trigger scan
# may read as a longer token), "month" or "season" (whose name may follow "mid" with nothing
# between) or a pattern of branches (the lookbehind before a word opens only the first one):
# tests/test_time_rules.py checks it.
HOLD_THEIR_TRIGGER = frozenset({"duration", "relative_unit", "rate", "reference_word", "quarter", "deictic_day",
                                "date_mdy", "date_dmy", "date_md", "date_dm", "date_d_range_m", "weekday",
                                "story_unit", "period_ended", "offset_from_reference", "comes_after", "ago"})

RULES: tuple[Rule, ...] = tuple(rule(*row, holds_trigger=row[0] in HOLD_THEIR_TRIGGER) for row in RULE_TABLE)
